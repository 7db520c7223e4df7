from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_metrics_item_display_format import (
    GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="GetAnalyticsMetaResponse200DataMetricsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"display_format", "display_label", "is_rate", "name"})


@_attrs_define(repr=False)
class GetAnalyticsMetaResponse200DataMetricsItem:
    """
    Attributes:
        display_format (GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat): How this metric value should be
            formatted for display (e.g. percent → multiply by 100 and append %, currency → prefix with $) Example: number.
        display_label (str): Human-readable label Example: Request Count.
        is_rate (bool): Whether this metric is a rate/ratio (averaged, not summed)
        name (str): Metric identifier used in query requests Example: request_count.
    """

    _display_format: GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat = _attrs_field(alias="display_format")
    _display_label: str = _attrs_field(alias="display_label")
    _is_rate: bool = _attrs_field(alias="is_rate")
    _name: str = _attrs_field(alias="name")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def display_format(self) -> GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat:
        value: Any = self._display_format
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataMetricsItem", "display_format")
        return value

    @display_format.setter
    def display_format(self, value: GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat) -> None:
        self._display_format = value

    @property
    def display_label(self) -> str:
        value: Any = self._display_label
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataMetricsItem", "display_label")
        return value

    @display_label.setter
    def display_label(self, value: str) -> None:
        self._display_label = value

    @property
    def is_rate(self) -> bool:
        value: Any = self._is_rate
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataMetricsItem", "is_rate")
        return value

    @is_rate.setter
    def is_rate(self, value: bool) -> None:
        self._is_rate = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200DataMetricsItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"display_format={self._display_format!r}, "
            f"display_label={self._display_label!r}, "
            f"is_rate={self._is_rate!r}, "
            f"name={self._name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        display_format: Any = self._display_format
        if not (isinstance(display_format, Unset) or display_format is None):
            display_format = self._display_format.value

        display_label: Any = self._display_label

        is_rate: Any = self._is_rate

        name: Any = self._name

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"GetAnalyticsMetaResponse200DataMetricsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "display_format"
            _raw_display_format = d.get("display_format", UNSET)
            display_format: Any = _raw_display_format
            if _raw_display_format is not None and _raw_display_format is not UNSET:
                display_format = GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat._value2member_map_.get(
                    _raw_display_format
                ) or GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat._parse(_raw_display_format)

            display_label = d.get("display_label", UNSET)

            is_rate = d.get("is_rate", UNSET)

            name = d.get("name", UNSET)

        except FieldParseError as error:
            raise error.within("GetAnalyticsMetaResponse200DataMetricsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetAnalyticsMetaResponse200DataMetricsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_analytics_meta_response_200_data_metrics_item = cls(
            display_format,
            display_label,
            is_rate,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_analytics_meta_response_200_data_metrics_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
