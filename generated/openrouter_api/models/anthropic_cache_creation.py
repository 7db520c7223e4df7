from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="AnthropicCacheCreation")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"ephemeral_1h_input_tokens", "ephemeral_5m_input_tokens"})


@_attrs_define(repr=False)
class AnthropicCacheCreation:
    """
    Example:
        {'ephemeral_1h_input_tokens': 0, 'ephemeral_5m_input_tokens': 100}

    Attributes:
        ephemeral_1h_input_tokens (int):
        ephemeral_5m_input_tokens (int):
    """

    _ephemeral_1h_input_tokens: int = _attrs_field(alias="ephemeral_1h_input_tokens")
    _ephemeral_5m_input_tokens: int = _attrs_field(alias="ephemeral_5m_input_tokens")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def ephemeral_1h_input_tokens(self) -> int:
        value: Any = self._ephemeral_1h_input_tokens
        if value is UNSET:
            raise MissingFieldError("AnthropicCacheCreation", "ephemeral_1h_input_tokens")
        return value

    @ephemeral_1h_input_tokens.setter
    def ephemeral_1h_input_tokens(self, value: int) -> None:
        self._ephemeral_1h_input_tokens = value

    @property
    def ephemeral_5m_input_tokens(self) -> int:
        value: Any = self._ephemeral_5m_input_tokens
        if value is UNSET:
            raise MissingFieldError("AnthropicCacheCreation", "ephemeral_5m_input_tokens")
        return value

    @ephemeral_5m_input_tokens.setter
    def ephemeral_5m_input_tokens(self, value: int) -> None:
        self._ephemeral_5m_input_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"ephemeral_1h_input_tokens={self._ephemeral_1h_input_tokens!r}, "
            f"ephemeral_5m_input_tokens={self._ephemeral_5m_input_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        ephemeral_1h_input_tokens: Any = self._ephemeral_1h_input_tokens

        ephemeral_5m_input_tokens: Any = self._ephemeral_5m_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if ephemeral_1h_input_tokens is not UNSET:
            field_dict["ephemeral_1h_input_tokens"] = ephemeral_1h_input_tokens
        if ephemeral_5m_input_tokens is not UNSET:
            field_dict["ephemeral_5m_input_tokens"] = ephemeral_5m_input_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCacheCreation and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "ephemeral_1h_input_tokens" not in data:
            return False
        if "ephemeral_5m_input_tokens" not in data:
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
                    f"AnthropicCacheCreation is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        ephemeral_1h_input_tokens = d.get("ephemeral_1h_input_tokens", UNSET)

        ephemeral_5m_input_tokens = d.get("ephemeral_5m_input_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_cache_creation = cls(
            ephemeral_1h_input_tokens,
            ephemeral_5m_input_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_cache_creation.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_cache_creation

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
