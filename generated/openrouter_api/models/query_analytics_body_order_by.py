from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_analytics_body_order_by_direction import QueryAnalyticsBodyOrderByDirection
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="QueryAnalyticsBodyOrderBy")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"direction", "field"})


@_attrs_define(repr=False)
class QueryAnalyticsBodyOrderBy:
    """
    Attributes:
        direction (QueryAnalyticsBodyOrderByDirection):
        field (str): Field to order by: a metric included in `metrics` (or "request_count", which may be ordered by
            without being requested), a requested dimension, or "date". Example: request_count.
    """

    _direction: QueryAnalyticsBodyOrderByDirection = _attrs_field(alias="direction")
    _field: str = _attrs_field(alias="field")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def direction(self) -> QueryAnalyticsBodyOrderByDirection:
        value: Any = self._direction
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyOrderBy", "direction")
        return value

    @direction.setter
    def direction(self, value: QueryAnalyticsBodyOrderByDirection) -> None:
        self._direction = value

    @property
    def field(self) -> str:
        value: Any = self._field
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyOrderBy", "field")
        return value

    @field.setter
    def field(self, value: str) -> None:
        self._field = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"direction={self._direction!r}, "
            f"field={self._field!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        direction: Any = self._direction
        if not (isinstance(direction, Unset) or direction is None):
            direction = self._direction.value

        field: Any = self._field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if direction is not UNSET:
            field_dict["direction"] = direction
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBodyOrderBy and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "direction" not in data:
            return False
        if "direction" in data and not QueryAnalyticsBodyOrderByDirection.is_known(data["direction"]):
            return False
        if "field" not in data:
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
                    f"QueryAnalyticsBodyOrderBy is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "direction"
            _raw_direction = d.get("direction", UNSET)
            direction: Any = _raw_direction
            if _raw_direction is not None and _raw_direction is not UNSET:
                direction = QueryAnalyticsBodyOrderByDirection._value2member_map_.get(
                    _raw_direction
                ) or QueryAnalyticsBodyOrderByDirection._parse(_raw_direction)

            field = d.get("field", UNSET)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBodyOrderBy", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBodyOrderBy", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body_order_by = cls(
            direction,
            field,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body_order_by.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_body_order_by

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
