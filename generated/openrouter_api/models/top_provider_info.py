from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="TopProviderInfo")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"is_moderated", "context_length", "max_completion_tokens"})


@_attrs_define(repr=False)
class TopProviderInfo:
    """Information about the top provider for this model

    Example:
        {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}

    Attributes:
        is_moderated (bool): Whether the top provider moderates content Example: True.
        context_length (int | None | Unset): Context length from the top provider Example: 8192.
        max_completion_tokens (int | None | Unset): Maximum completion tokens from the top provider Example: 4096.
    """

    _is_moderated: bool = _attrs_field(alias="is_moderated")
    context_length: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def is_moderated(self) -> bool:
        value: Any = self._is_moderated
        if value is UNSET:
            raise MissingFieldError("TopProviderInfo", "is_moderated")
        return value

    @is_moderated.setter
    def is_moderated(self, value: bool) -> None:
        self._is_moderated = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"is_moderated={self._is_moderated!r}, "
            f"context_length={self.context_length!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        is_moderated: Any = self._is_moderated

        context_length: Any = self.context_length

        max_completion_tokens: Any = self.max_completion_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if is_moderated is not UNSET:
            field_dict["is_moderated"] = is_moderated
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TopProviderInfo and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "is_moderated" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"TopProviderInfo is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        is_moderated = d.get("is_moderated", UNSET)

        context_length = d.get("context_length", UNSET)

        max_completion_tokens = d.get("max_completion_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        top_provider_info = cls(
            is_moderated,
            context_length,
            max_completion_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            top_provider_info.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return top_provider_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
