from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="QueryAnalyticsBodyFiltersItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"field", "operator", "value", "include_unset"})


@_attrs_define(repr=False)
class QueryAnalyticsBodyFiltersItem:
    """
    Attributes:
        field (str): Dimension to filter on. Use the /meta endpoint for available dimensions. Example: model.
        operator (str): Filter operator Example: eq.
        value (float | list[float | str] | str): Filter value (scalar or array depending on operator). Several
            dimensions are enriched in responses (returned as human-readable labels), but filters must use the underlying
            ID: `api_key_id` — numeric ID (from generation metadata) or key hash (64-char hex from GET /api/v1/keys,
            resolved server-side); `user` — Clerk user ID (e.g. "user_abc123"), not the display name; `workspace` —
            workspace UUID, not the workspace name (filtering or grouping by the account default workspace also covers
            activity recorded before workspace resolution existed, which is attributed to that default workspace); `app` —
            numeric app ID, not the app title; `model` — permaslug (e.g. "openai/gpt-4o"), not the display name. Other
            dimensions (provider, origin, country, etc.) are not enriched and accept the value as returned.
        include_unset (bool | Unset): Include rows where the dimension has no value. Applies only to the `in` and
            `not_in` operators and dimensions that have an unset bucket.
    """

    _field: str = _attrs_field(alias="field")
    _operator: str = _attrs_field(alias="operator")
    _value: float | list[float | str] | str = _attrs_field(alias="value")
    include_unset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field(self) -> str:
        value: Any = self._field
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyFiltersItem", "field")
        return value

    @field.setter
    def field(self, value: str) -> None:
        self._field = value

    @property
    def operator(self) -> str:
        value: Any = self._operator
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyFiltersItem", "operator")
        return value

    @operator.setter
    def operator(self, value: str) -> None:
        self._operator = value

    @property
    def value(self) -> float | list[float | str] | str:
        value: Any = self._value
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyFiltersItem", "value")
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
            f"include_unset={self.include_unset!r}, "
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

        include_unset: Any = self.include_unset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if include_unset is not UNSET:
            field_dict["include_unset"] = include_unset

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBodyFiltersItem and its fixed values."""
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
                    f"QueryAnalyticsBodyFiltersItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            include_unset = d.get("include_unset", UNSET)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBodyFiltersItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBodyFiltersItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body_filters_item = cls(
            field,
            operator,
            value,
            include_unset,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body_filters_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_body_filters_item

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
