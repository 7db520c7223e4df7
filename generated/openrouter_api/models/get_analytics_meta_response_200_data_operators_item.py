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
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAnalyticsMetaResponse200DataOperatorsItem")


@_attrs_define
class GetAnalyticsMetaResponse200DataOperatorsItem:
    """
    Attributes:
        name (GetAnalyticsMetaResponse200DataOperatorsItemName): Operator identifier used in filter definitions Example:
            eq.
        value_type (GetAnalyticsMetaResponse200DataOperatorsItemValueType): Whether the operator expects a single value
            or an array
    """

    name: GetAnalyticsMetaResponse200DataOperatorsItemName
    value_type: GetAnalyticsMetaResponse200DataOperatorsItemValueType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any = self.name
        if not (isinstance(name, Unset) or name is None):
            name = self.name.value

        value_type: Any = self.value_type
        if not (isinstance(value_type, Unset) or value_type is None):
            value_type = self.value_type.value

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
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: Any = _raw_name
        if _raw_name is not None and _raw_name is not UNSET:
            name = GetAnalyticsMetaResponse200DataOperatorsItemName._parse(_raw_name)

        _raw_value_type = d.pop("value_type", UNSET)
        value_type: Any = _raw_value_type
        if _raw_value_type is not None and _raw_value_type is not UNSET:
            value_type = GetAnalyticsMetaResponse200DataOperatorsItemValueType._parse(_raw_value_type)

        get_analytics_meta_response_200_data_operators_item = cls(
            name=name,
            value_type=value_type,
        )

        get_analytics_meta_response_200_data_operators_item.additional_properties = d
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
