from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl
from ..models.anthropic_cache_control_type import AnthropicCacheControlType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicCacheControl")


@_attrs_define
class AnthropicCacheControl:
    """A prompt-cache breakpoint in Anthropic's style.

    Example:
        {'type': 'ephemeral'}

    Attributes:
        type_ (AnthropicCacheControlType):
        ttl (AnthropicCacheControlTtl | Unset): How long the cache entry lives.
    """

    type_: AnthropicCacheControlType
    ttl: AnthropicCacheControlTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        ttl: Any = self.ttl
        if not (isinstance(ttl, Unset) or ttl is None):
            ttl = UNSET
            if not isinstance(self.ttl, Unset):
                ttl = self.ttl.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCacheControl and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCacheControlType.is_known(data["type"]):
            return False
        if "ttl" in data and not AnthropicCacheControlTtl.is_known(data["ttl"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicCacheControlType._parse(_raw_type_)

        _raw_ttl = d.pop("ttl", UNSET)
        ttl: Any = _raw_ttl
        if _raw_ttl is not None and _raw_ttl is not UNSET:
            _ttl = _raw_ttl
            ttl: AnthropicCacheControlTtl | Unset
            if isinstance(_ttl, Unset):
                ttl = UNSET
            else:
                ttl = AnthropicCacheControlTtl._parse(_ttl)

        anthropic_cache_control = cls(
            type_=type_,
            ttl=ttl,
        )

        anthropic_cache_control.additional_properties = d
        return anthropic_cache_control

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
