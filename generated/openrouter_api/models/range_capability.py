from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.range_capability_type import RangeCapabilityType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="RangeCapability")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"max", "min", "type"})


@_attrs_define(repr=False)
class RangeCapability:
    """A parameter that accepts any value within an inclusive numeric range.

    Example:
        {'max': 100, 'min': 0, 'type': 'range'}

    Attributes:
        max_ (float):
        min_ (float):
        type_ (RangeCapabilityType):
    """

    _max_: float = _attrs_field(alias="max_")
    _min_: float = _attrs_field(alias="min_")
    _type_: RangeCapabilityType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def max_(self) -> float:
        value: Any = self._max_
        if value is UNSET:
            raise MissingFieldError("RangeCapability", "max")
        return value

    @max_.setter
    def max_(self, value: float) -> None:
        self._max_ = value

    @property
    def min_(self) -> float:
        value: Any = self._min_
        if value is UNSET:
            raise MissingFieldError("RangeCapability", "min")
        return value

    @min_.setter
    def min_(self, value: float) -> None:
        self._min_ = value

    @property
    def type_(self) -> RangeCapabilityType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("RangeCapability", "type")
        return value

    @type_.setter
    def type_(self, value: RangeCapabilityType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"max_={self._max_!r}, "
            f"min_={self._min_!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        max_: Any = self._max_

        min_: Any = self._min_

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of RangeCapability and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "max" not in data:
            return False
        if "min" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not RangeCapabilityType.is_known(data["type"]):
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
                    f"RangeCapability is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            max_ = d.get("max", UNSET)

            min_ = d.get("min", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = RangeCapabilityType._value2member_map_.get(_raw_type_) or RangeCapabilityType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("RangeCapability", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("RangeCapability", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        range_capability = cls(
            max_,
            min_,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            range_capability.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return range_capability

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
