from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_operators_item_name import (
    GetAnalyticsMetaResponse200DataOperatorsItemName,
)
from ..models.get_analytics_meta_response_200_data_operators_item_value_type import (
    GetAnalyticsMetaResponse200DataOperatorsItemValueType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="GetAnalyticsMetaResponse200DataOperatorsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "value_type"})


@_attrs_define(repr=False)
class GetAnalyticsMetaResponse200DataOperatorsItem:
    """
    Attributes:
        name (GetAnalyticsMetaResponse200DataOperatorsItemName): Operator identifier used in filter definitions Example:
            eq.
        value_type (GetAnalyticsMetaResponse200DataOperatorsItemValueType): Whether the operator expects a single value
            or an array
    """

    _name: GetAnalyticsMetaResponse200DataOperatorsItemName = _attrs_field(alias="name")
    _value_type: GetAnalyticsMetaResponse200DataOperatorsItemValueType = _attrs_field(alias="value_type")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> GetAnalyticsMetaResponse200DataOperatorsItemName:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataOperatorsItem", "name")
        return value

    @name.setter
    def name(self, value: GetAnalyticsMetaResponse200DataOperatorsItemName) -> None:
        self._name = value

    @property
    def value_type(self) -> GetAnalyticsMetaResponse200DataOperatorsItemValueType:
        value: Any = self._value_type
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataOperatorsItem", "value_type")
        return value

    @value_type.setter
    def value_type(self, value: GetAnalyticsMetaResponse200DataOperatorsItemValueType) -> None:
        self._value_type = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"value_type={self._value_type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        name: Any = self._name
        if not (isinstance(name, Unset) or name is None):
            name = self._name.value

        value_type: Any = self._value_type
        if not (isinstance(value_type, Unset) or value_type is None):
            value_type = self._value_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if value_type is not UNSET:
            field_dict["value_type"] = value_type

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetAnalyticsMetaResponse200DataOperatorsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "name" in data and not GetAnalyticsMetaResponse200DataOperatorsItemName.is_known(data["name"]):
            return False
        if "value_type" not in data:
            return False
        if "value_type" in data and not GetAnalyticsMetaResponse200DataOperatorsItemValueType.is_known(
            data["value_type"]
        ):
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
                    f"GetAnalyticsMetaResponse200DataOperatorsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "name"
            _raw_name = d.get("name", UNSET)
            name: Any = _raw_name
            if _raw_name is not None and _raw_name is not UNSET:
                name = GetAnalyticsMetaResponse200DataOperatorsItemName._value2member_map_.get(
                    _raw_name
                ) or GetAnalyticsMetaResponse200DataOperatorsItemName._parse(_raw_name)

            _field = "value_type"
            _raw_value_type = d.get("value_type", UNSET)
            value_type: Any = _raw_value_type
            if _raw_value_type is not None and _raw_value_type is not UNSET:
                value_type = GetAnalyticsMetaResponse200DataOperatorsItemValueType._value2member_map_.get(
                    _raw_value_type
                ) or GetAnalyticsMetaResponse200DataOperatorsItemValueType._parse(_raw_value_type)

        except FieldParseError as error:
            raise error.within("GetAnalyticsMetaResponse200DataOperatorsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetAnalyticsMetaResponse200DataOperatorsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_analytics_meta_response_200_data_operators_item = cls(
            name,
            value_type,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_analytics_meta_response_200_data_operators_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_analytics_meta_response_200_data_operators_item

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
