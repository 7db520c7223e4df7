from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="PerRequestLimits")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"completion_tokens", "prompt_tokens"})


@_attrs_define(repr=False)
class PerRequestLimits:
    """Per-request token limits

    Example:
        {'completion_tokens': 1000, 'prompt_tokens': 1000}

    Attributes:
        completion_tokens (float): Maximum completion tokens per request Example: 1000.
        prompt_tokens (float): Maximum prompt tokens per request Example: 1000.
    """

    _completion_tokens: float = _attrs_field(alias="completion_tokens")
    _prompt_tokens: float = _attrs_field(alias="prompt_tokens")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completion_tokens(self) -> float:
        value: Any = self._completion_tokens
        if value is UNSET:
            raise MissingFieldError("PerRequestLimits", "completion_tokens")
        return value

    @completion_tokens.setter
    def completion_tokens(self, value: float) -> None:
        self._completion_tokens = value

    @property
    def prompt_tokens(self) -> float:
        value: Any = self._prompt_tokens
        if value is UNSET:
            raise MissingFieldError("PerRequestLimits", "prompt_tokens")
        return value

    @prompt_tokens.setter
    def prompt_tokens(self, value: float) -> None:
        self._prompt_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completion_tokens={self._completion_tokens!r}, "
            f"prompt_tokens={self._prompt_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        completion_tokens: Any = self._completion_tokens

        prompt_tokens: Any = self._prompt_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PerRequestLimits and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completion_tokens" not in data:
            return False
        if "prompt_tokens" not in data:
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
                    f"PerRequestLimits is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        completion_tokens = d.get("completion_tokens", UNSET)

        prompt_tokens = d.get("prompt_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        per_request_limits = cls(
            completion_tokens,
            prompt_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            per_request_limits.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return per_request_limits

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
