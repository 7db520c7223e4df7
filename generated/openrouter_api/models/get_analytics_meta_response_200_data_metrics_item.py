from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_metrics_item_display_format import (
    GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAnalyticsMetaResponse200DataMetricsItem")


@_attrs_define
class GetAnalyticsMetaResponse200DataMetricsItem:
    """
    Attributes:
        display_format (GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat): How this metric value should be
            formatted for display (e.g. percent → multiply by 100 and append %, currency → prefix with $) Example: number.
        display_label (str): Human-readable label Example: Request Count.
        is_rate (bool): Whether this metric is a rate/ratio (averaged, not summed)
        name (str): Metric identifier used in query requests Example: request_count.
    """

    display_format: GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat
    display_label: str
    is_rate: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_format: Any = self.display_format
        if not (isinstance(display_format, Unset) or display_format is None):
            display_format = self.display_format.value

        display_label: Any = self.display_label

        is_rate: Any = self.is_rate

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if display_format is not UNSET:
            field_dict["display_format"] = display_format
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if is_rate is not UNSET:
            field_dict["is_rate"] = is_rate
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetAnalyticsMetaResponse200DataMetricsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "display_format" not in data:
            return False
        if "display_format" in data and not GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat.is_known(
            data["display_format"]
        ):
            return False
        if "display_label" not in data:
            return False
        if "is_rate" not in data:
            return False
        if "name" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_display_format = d.pop("display_format", UNSET)
        display_format: Any = _raw_display_format
        if _raw_display_format is not None and _raw_display_format is not UNSET:
            display_format = GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat._parse(_raw_display_format)

        display_label = d.pop("display_label", UNSET)

        is_rate = d.pop("is_rate", UNSET)

        name = d.pop("name", UNSET)

        get_analytics_meta_response_200_data_metrics_item = cls(
            display_format=display_format,
            display_label=display_label,
            is_rate=is_rate,
            name=name,
        )

        get_analytics_meta_response_200_data_metrics_item.additional_properties = d
        return get_analytics_meta_response_200_data_metrics_item

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
