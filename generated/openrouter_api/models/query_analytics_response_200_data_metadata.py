from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="QueryAnalyticsResponse200DataMetadata")


@_attrs_define
class QueryAnalyticsResponse200DataMetadata:
    """
    Attributes:
        query_time_ms (float):
        row_count (int):
        truncated (bool):
    """

    query_time_ms: float
    row_count: int
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_time_ms: Any = self.query_time_ms

        row_count: Any = self.row_count

        truncated: Any = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if query_time_ms is not UNSET:
            field_dict["query_time_ms"] = query_time_ms
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsResponse200DataMetadata and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "query_time_ms" not in data:
            return False
        if "row_count" not in data:
            return False
        if "truncated" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query_time_ms = d.pop("query_time_ms", UNSET)

        row_count = d.pop("row_count", UNSET)

        truncated = d.pop("truncated", UNSET)

        query_analytics_response_200_data_metadata = cls(
            query_time_ms=query_time_ms,
            row_count=row_count,
            truncated=truncated,
        )

        query_analytics_response_200_data_metadata.additional_properties = d
        return query_analytics_response_200_data_metadata

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
