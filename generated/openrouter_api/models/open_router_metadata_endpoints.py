from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_router_metadata_endpoints_available_item import OpenRouterMetadataEndpointsAvailableItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenRouterMetadataEndpointsAvailableItem
    from ..models.open_router_metadata_endpoints_available_item import OpenRouterMetadataEndpointsAvailableItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenRouterMetadataEndpoints")


@_attrs_define
class OpenRouterMetadataEndpoints:
    """
    Attributes:
        total (int | Unset):
        available (list[OpenRouterMetadataEndpointsAvailableItem] | Unset):
    """

    total: int | Unset = UNSET
    available: list[OpenRouterMetadataEndpointsAvailableItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        total: Any = self.total

        available: Any = self.available
        if not (isinstance(available, Unset) or available is None):
            available = UNSET
            if not isinstance(self.available, Unset):
                available = []
                for available_item_data in self.available:
                    available_item = available_item_data.to_dict()
                    available.append(available_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if total is not UNSET:
            field_dict["total"] = total
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterMetadataEndpoints and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _raw_available = d.pop("available", UNSET)
        available: Any = _raw_available
        if _raw_available is not None and _raw_available is not UNSET:
            _available = _raw_available
            available: list[OpenRouterMetadataEndpointsAvailableItem] | Unset = UNSET
            if _available is not UNSET:
                available = []
                for available_item_data in _available:
                    available_item = OpenRouterMetadataEndpointsAvailableItem.from_dict(available_item_data)

                    available.append(available_item)

        open_router_metadata_endpoints = cls(
            total=total,
            available=available,
        )

        open_router_metadata_endpoints.additional_properties = d
        return open_router_metadata_endpoints

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
