from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchToolFilters")


@_attrs_define
class WebSearchToolFilters:
    """Limits on which sites search may use.

    Attributes:
        allowed_domains (list[str] | None | Unset):
    """

    allowed_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            if isinstance(self.allowed_domains, Unset):
                allowed_domains = UNSET
            elif isinstance(self.allowed_domains, list):
                allowed_domains = self.allowed_domains

            else:
                allowed_domains = self.allowed_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WebSearchToolFilters and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_allowed_domains = d.pop("allowed_domains", UNSET)
        allowed_domains: Any = _raw_allowed_domains
        if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
            allowed_domains = _parse_allowed_domains(_raw_allowed_domains)

        web_search_tool_filters = cls(
            allowed_domains=allowed_domains,
        )

        web_search_tool_filters.additional_properties = d
        return web_search_tool_filters

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


def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_domains_type_0 = cast("list[str]", data)

        return allowed_domains_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)
