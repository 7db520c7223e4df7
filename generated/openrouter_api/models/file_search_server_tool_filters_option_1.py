from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_filters_option_1_type import FileSearchServerToolFiltersOption1Type
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="FileSearchServerToolFiltersOption1")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"key", "type", "value"})


@_attrs_define(repr=False)
class FileSearchServerToolFiltersOption1:
    """
    Attributes:
        key (str):
        type_ (FileSearchServerToolFiltersOption1Type):
        value (bool | float | list[float | str] | str):
    """

    _key: str = _attrs_field(alias="key")
    _type_: FileSearchServerToolFiltersOption1Type = _attrs_field(alias="type_")
    _value: bool | float | list[float | str] | str = _attrs_field(alias="value")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def key(self) -> str:
        value: Any = self._key
        if value is UNSET:
            raise MissingFieldError("FileSearchServerToolFiltersOption1", "key")
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    @property
    def type_(self) -> FileSearchServerToolFiltersOption1Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("FileSearchServerToolFiltersOption1", "type")
        return value

    @type_.setter
    def type_(self, value: FileSearchServerToolFiltersOption1Type) -> None:
        self._type_ = value

    @property
    def value(self) -> bool | float | list[float | str] | str:
        value: Any = self._value
        if value is UNSET:
            raise MissingFieldError("FileSearchServerToolFiltersOption1", "value")
        return value

    @value.setter
    def value(self, value: bool | float | list[float | str] | str) -> None:
        self._value = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"key={self._key!r}, "
            f"type_={self._type_!r}, "
            f"value={self._value!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key: Any = self._key

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        value: Any = self._value
        if not (isinstance(value, Unset) or value is None):
            if isinstance(self._value, list):
                value = []
                for value_type_3_item_data in self._value:
                    value_type_3_item: float | str
                    value_type_3_item = value_type_3_item_data
                    value.append(value_type_3_item)

            else:
                value = self._value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FileSearchServerToolFiltersOption1 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "key" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FileSearchServerToolFiltersOption1Type.is_known(data["type"]):
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
                    f"FileSearchServerToolFiltersOption1 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            key = d.get("key", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FileSearchServerToolFiltersOption1Type._value2member_map_.get(
                    _raw_type_
                ) or FileSearchServerToolFiltersOption1Type._parse(_raw_type_)

            _field = "value"
            _raw_value = d.get("value", UNSET)
            value: Any = _raw_value
            if _raw_value is not None and _raw_value is not UNSET:
                value = _parse_value(_raw_value)

        except FieldParseError as error:
            raise error.within("FileSearchServerToolFiltersOption1", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FileSearchServerToolFiltersOption1", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        file_search_server_tool_filters_option_1 = cls(
            key,
            type_,
            value,
        )

        if not _DECLARED_KEYS.issuperset(d):
            file_search_server_tool_filters_option_1.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return file_search_server_tool_filters_option_1

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


def _parse_value(data: object) -> bool | float | list[float | str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        value_type_3 = [value_type_3_item_data for value_type_3_item_data in data]

        return value_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("bool | float | list[float | str] | str", data)
