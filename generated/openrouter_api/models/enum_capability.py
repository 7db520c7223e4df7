from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_capability_type import EnumCapabilityType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="EnumCapability")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "values"})


@_attrs_define(repr=False)
class EnumCapability:
    """A parameter that accepts one of a discrete set of string values.

    Example:
        {'type': 'enum', 'values': ['1K', '2K', '4K']}

    Attributes:
        type_ (EnumCapabilityType):
        values (list[str]):
    """

    _type_: EnumCapabilityType = _attrs_field(alias="type_")
    _values: list[str] = _attrs_field(alias="values")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> EnumCapabilityType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("EnumCapability", "type")
        return value

    @type_.setter
    def type_(self, value: EnumCapabilityType) -> None:
        self._type_ = value

    @property
    def values(self) -> list[str]:
        value: Any = self._values
        if value is UNSET:
            raise MissingFieldError("EnumCapability", "values")
        return value

    @values.setter
    def values(self, value: list[str]) -> None:
        self._values = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"values={self._values!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        values: Any = self._values
        if not (isinstance(values, Unset) or values is None):
            values = self._values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of EnumCapability and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not EnumCapabilityType.is_known(data["type"]):
            return False
        if "values" not in data:
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
                    f"EnumCapability is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = EnumCapabilityType._value2member_map_.get(_raw_type_) or EnumCapabilityType._parse(_raw_type_)

            _field = "values"
            _raw_values = d.get("values", UNSET)
            values: Any = _raw_values
            if _raw_values is not None and _raw_values is not UNSET:
                values = cast("list[str]", _raw_values)

        except FieldParseError as error:
            raise error.within("EnumCapability", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("EnumCapability", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        enum_capability = cls(
            type_,
            values,
        )

        if not _DECLARED_KEYS.issuperset(d):
            enum_capability.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return enum_capability

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
