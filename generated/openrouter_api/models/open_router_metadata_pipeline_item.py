from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_router_metadata_pipeline_item_data import OpenRouterMetadataPipelineItemData

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenRouterMetadataPipelineItemData
    from ..models.open_router_metadata_pipeline_item_data import OpenRouterMetadataPipelineItemData  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenRouterMetadataPipelineItem")


@_attrs_define
class OpenRouterMetadataPipelineItem:
    """
    Attributes:
        type_ (str | Unset):
        name (str | Unset):
        summary (str | Unset):
        data (OpenRouterMetadataPipelineItemData | Unset):
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    summary: str | Unset = UNSET
    data: OpenRouterMetadataPipelineItemData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_

        name: Any = self.name

        summary: Any = self.summary

        data: Any = self.data
        if not (isinstance(data, Unset) or data is None):
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if summary is not UNSET:
            field_dict["summary"] = summary
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterMetadataPipelineItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        summary = d.pop("summary", UNSET)

        _raw_data = d.pop("data", UNSET)
        data: Any = _raw_data
        if _raw_data is not None and _raw_data is not UNSET:
            _data = _raw_data
            data: OpenRouterMetadataPipelineItemData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = OpenRouterMetadataPipelineItemData.from_dict(_data)

        open_router_metadata_pipeline_item = cls(
            type_=type_,
            name=name,
            summary=summary,
            data=data,
        )

        open_router_metadata_pipeline_item.additional_properties = d
        return open_router_metadata_pipeline_item

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
