from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_granularities_item_name import (
    GetAnalyticsMetaResponse200DataGranularitiesItemName,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="GetAnalyticsMetaResponse200DataGranularitiesItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"display_label", "name"})


@_attrs_define(repr=False)
class GetAnalyticsMetaResponse200DataGranularitiesItem:
    """
    Attributes:
        display_label (str): Human-readable label Example: Day.
        name (GetAnalyticsMetaResponse200DataGranularitiesItemName): Granularity identifier Example: day.
    """

    _display_label: str = _attrs_field(alias="display_label")
    _name: GetAnalyticsMetaResponse200DataGranularitiesItemName = _attrs_field(alias="name")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def display_label(self) -> str:
        value: Any = self._display_label
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataGranularitiesItem", "display_label")
        return value

    @display_label.setter
    def display_label(self, value: str) -> None:
        self._display_label = value

    @property
    def name(self) -> GetAnalyticsMetaResponse200DataGranularitiesItemName:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataGranularitiesItem", "name")
        return value

    @name.setter
    def name(self, value: GetAnalyticsMetaResponse200DataGranularitiesItemName) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"display_label={self._display_label!r}, "
            f"name={self._name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        display_label: Any = self._display_label

        name: Any = self._name
        if not (isinstance(name, Unset) or name is None):
            name = self._name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetAnalyticsMetaResponse200DataGranularitiesItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "display_label" not in data:
            return False
        if "name" not in data:
            return False
        if "name" in data and not GetAnalyticsMetaResponse200DataGranularitiesItemName.is_known(data["name"]):
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
                    f"GetAnalyticsMetaResponse200DataGranularitiesItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            display_label = d.get("display_label", UNSET)

            _field = "name"
            _raw_name = d.get("name", UNSET)
            name: Any = _raw_name
            if _raw_name is not None and _raw_name is not UNSET:
                name = GetAnalyticsMetaResponse200DataGranularitiesItemName._value2member_map_.get(
                    _raw_name
                ) or GetAnalyticsMetaResponse200DataGranularitiesItemName._parse(_raw_name)

        except FieldParseError as error:
            raise error.within("GetAnalyticsMetaResponse200DataGranularitiesItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetAnalyticsMetaResponse200DataGranularitiesItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_analytics_meta_response_200_data_granularities_item = cls(
            display_label,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_analytics_meta_response_200_data_granularities_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_analytics_meta_response_200_data_granularities_item

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
