from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset, parse_datetime

T = TypeVar("T", bound="QueryAnalyticsBodyTimeRange")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"end", "start"})


@_attrs_define(repr=False)
class QueryAnalyticsBodyTimeRange:
    """
    Attributes:
        end (datetime.datetime):
        start (datetime.datetime):
    """

    _end: datetime.datetime = _attrs_field(alias="end")
    _start: datetime.datetime = _attrs_field(alias="start")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def end(self) -> datetime.datetime:
        value: Any = self._end
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyTimeRange", "end")
        return value

    @end.setter
    def end(self, value: datetime.datetime) -> None:
        self._end = value

    @property
    def start(self) -> datetime.datetime:
        value: Any = self._start
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyTimeRange", "start")
        return value

    @start.setter
    def start(self, value: datetime.datetime) -> None:
        self._start = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"end={self._end!r}, "
            f"start={self._start!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        end: Any = self._end
        if not (isinstance(end, Unset) or end is None):
            end = self._end.isoformat()

        start: Any = self._start
        if not (isinstance(start, Unset) or start is None):
            start = self._start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if end is not UNSET:
            field_dict["end"] = end
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBodyTimeRange and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "end" not in data:
            return False
        if "start" not in data:
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
                    f"QueryAnalyticsBodyTimeRange is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "end"
            _raw_end = d.get("end", UNSET)
            end: Any = _raw_end
            if _raw_end is not None and _raw_end is not UNSET:
                end = parse_datetime(_raw_end)

            _field = "start"
            _raw_start = d.get("start", UNSET)
            start: Any = _raw_start
            if _raw_start is not None and _raw_start is not UNSET:
                start = parse_datetime(_raw_start)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBodyTimeRange", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBodyTimeRange", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body_time_range = cls(
            end,
            start,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body_time_range.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_body_time_range

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
