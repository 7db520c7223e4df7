from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="QueryAnalyticsBodyClassifierFiltersFiltersItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"field", "operator", "value"})


@_attrs_define(repr=False)
class QueryAnalyticsBodyClassifierFiltersFiltersItem:
    """
    Attributes:
        field (str): Classifier dimension name to filter on (snake_case identifier, e.g. "department", "work_type").
            Example: department.
        operator (str): Filter operator. Only equality/set operators are supported (eq, neq, in, not_in) — ordered
            comparisons are not available because classification values are strings. Example: eq.
        value (float | list[float | str] | str): Filter value. Use a scalar (string or number) for eq/neq, or an array
            for in/not_in. Example: Engineering.
    """

    _field: str = _attrs_field(alias="field")
    _operator: str = _attrs_field(alias="operator")
    _value: float | list[float | str] | str = _attrs_field(alias="value")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field(self) -> str:
        value: Any = self._field
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyClassifierFiltersFiltersItem", "field")
        return value

    @field.setter
    def field(self, value: str) -> None:
        self._field = value

    @property
    def operator(self) -> str:
        value: Any = self._operator
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyClassifierFiltersFiltersItem", "operator")
        return value

    @operator.setter
    def operator(self, value: str) -> None:
        self._operator = value

    @property
    def value(self) -> float | list[float | str] | str:
        value: Any = self._value
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyClassifierFiltersFiltersItem", "value")
        return value

    @value.setter
    def value(self, value: float | list[float | str] | str) -> None:
        self._value = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field={self._field!r}, "
            f"operator={self._operator!r}, "
            f"value={self._value!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        field: Any = self._field

        operator: Any = self._operator

        value: Any = self._value
        if not (isinstance(value, Unset) or value is None):
            if isinstance(self._value, list):
                value = []
                for value_type_2_item_data in self._value:
                    value_type_2_item: float | str
                    value_type_2_item = value_type_2_item_data
                    value.append(value_type_2_item)

            else:
                value = self._value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBodyClassifierFiltersFiltersItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "field" not in data:
            return False
        if "operator" not in data:
            return False
        if "value" not in data:
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
                    f"QueryAnalyticsBodyClassifierFiltersFiltersItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            field = d.get("field", UNSET)

            operator = d.get("operator", UNSET)

            _field = "value"
            _raw_value = d.get("value", UNSET)
            value: Any = _raw_value
            if _raw_value is not None and _raw_value is not UNSET:
                value = _parse_value(_raw_value)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBodyClassifierFiltersFiltersItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBodyClassifierFiltersFiltersItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body_classifier_filters_filters_item = cls(
            field,
            operator,
            value,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body_classifier_filters_filters_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_body_classifier_filters_filters_item

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


def _parse_value(data: object) -> float | list[float | str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        value_type_2 = [value_type_2_item_data for value_type_2_item_data in data]

        return value_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("float | list[float | str] | str", data)
