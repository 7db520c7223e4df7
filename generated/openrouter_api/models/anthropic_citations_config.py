from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="AnthropicCitationsConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"enabled"})


@_attrs_define(repr=False)
class AnthropicCitationsConfig:
    """
    Example:
        {'enabled': True}

    Attributes:
        enabled (bool):
    """

    _enabled: bool = _attrs_field(alias="enabled")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def enabled(self) -> bool:
        value: Any = self._enabled
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationsConfig", "enabled")
        return value

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._enabled = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(enabled={self._enabled!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        enabled: Any = self._enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCitationsConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "enabled" not in data:
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
                    f"AnthropicCitationsConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        enabled = d.get("enabled", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_citations_config = cls(
            enabled,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_citations_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_citations_config

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
