from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="QueryAnalyticsResponse200DataMetadata")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"query_time_ms", "row_count", "truncated"})


@_attrs_define(repr=False)
class QueryAnalyticsResponse200DataMetadata:
    """
    Attributes:
        query_time_ms (float):
        row_count (int):
        truncated (bool):
    """

    _query_time_ms: float = _attrs_field(alias="query_time_ms")
    _row_count: int = _attrs_field(alias="row_count")
    _truncated: bool = _attrs_field(alias="truncated")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def query_time_ms(self) -> float:
        value: Any = self._query_time_ms
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsResponse200DataMetadata", "query_time_ms")
        return value

    @query_time_ms.setter
    def query_time_ms(self, value: float) -> None:
        self._query_time_ms = value

    @property
    def row_count(self) -> int:
        value: Any = self._row_count
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsResponse200DataMetadata", "row_count")
        return value

    @row_count.setter
    def row_count(self, value: int) -> None:
        self._row_count = value

    @property
    def truncated(self) -> bool:
        value: Any = self._truncated
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsResponse200DataMetadata", "truncated")
        return value

    @truncated.setter
    def truncated(self, value: bool) -> None:
        self._truncated = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"query_time_ms={self._query_time_ms!r}, "
            f"row_count={self._row_count!r}, "
            f"truncated={self._truncated!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        query_time_ms: Any = self._query_time_ms

        row_count: Any = self._row_count

        truncated: Any = self._truncated

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"QueryAnalyticsResponse200DataMetadata is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        query_time_ms = d.get("query_time_ms", UNSET)

        row_count = d.get("row_count", UNSET)

        truncated = d.get("truncated", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_response_200_data_metadata = cls(
            query_time_ms,
            row_count,
            truncated,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_response_200_data_metadata.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
