from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="OpenAIResponsesUsageInputTokensDetails")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"cached_tokens", "cache_write_tokens"})


@_attrs_define(repr=False)
class OpenAIResponsesUsageInputTokensDetails:
    """
    Attributes:
        cached_tokens (int):
        cache_write_tokens (int | None | Unset):
    """

    _cached_tokens: int = _attrs_field(alias="cached_tokens")
    cache_write_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cached_tokens(self) -> int:
        value: Any = self._cached_tokens
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesUsageInputTokensDetails", "cached_tokens")
        return value

    @cached_tokens.setter
    def cached_tokens(self, value: int) -> None:
        self._cached_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cached_tokens={self._cached_tokens!r}, "
            f"cache_write_tokens={self.cache_write_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cached_tokens: Any = self._cached_tokens

        cache_write_tokens: Any = self.cache_write_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIResponsesUsageInputTokensDetails and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "cached_tokens" not in data:
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
                    f"OpenAIResponsesUsageInputTokensDetails is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        cached_tokens = d.get("cached_tokens", UNSET)

        cache_write_tokens = d.get("cache_write_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_responses_usage_input_tokens_details = cls(
            cached_tokens,
            cache_write_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_responses_usage_input_tokens_details.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return open_ai_responses_usage_input_tokens_details

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
