from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_pricing_entry_billable import ImagePricingEntryBillable
from ..models.image_pricing_entry_unit import ImagePricingEntryUnit
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ImagePricingEntry")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"billable", "cost_usd", "unit", "variant"})


@_attrs_define(repr=False)
class ImagePricingEntry:
    """One billable pricing line for an image provider.

    Example:
        {'billable': 'output_image', 'cost_usd': 0.05, 'unit': 'image'}

    Attributes:
        billable (ImagePricingEntryBillable):
        cost_usd (float):
        unit (ImagePricingEntryUnit):
        variant (str | Unset):
    """

    _billable: ImagePricingEntryBillable = _attrs_field(alias="billable")
    _cost_usd: float = _attrs_field(alias="cost_usd")
    _unit: ImagePricingEntryUnit = _attrs_field(alias="unit")
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def billable(self) -> ImagePricingEntryBillable:
        value: Any = self._billable
        if value is UNSET:
            raise MissingFieldError("ImagePricingEntry", "billable")
        return value

    @billable.setter
    def billable(self, value: ImagePricingEntryBillable) -> None:
        self._billable = value

    @property
    def cost_usd(self) -> float:
        value: Any = self._cost_usd
        if value is UNSET:
            raise MissingFieldError("ImagePricingEntry", "cost_usd")
        return value

    @cost_usd.setter
    def cost_usd(self, value: float) -> None:
        self._cost_usd = value

    @property
    def unit(self) -> ImagePricingEntryUnit:
        value: Any = self._unit
        if value is UNSET:
            raise MissingFieldError("ImagePricingEntry", "unit")
        return value

    @unit.setter
    def unit(self, value: ImagePricingEntryUnit) -> None:
        self._unit = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"billable={self._billable!r}, "
            f"cost_usd={self._cost_usd!r}, "
            f"unit={self._unit!r}, "
            f"variant={self.variant!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        billable: Any = self._billable
        if not (isinstance(billable, Unset) or billable is None):
            billable = self._billable.value

        cost_usd: Any = self._cost_usd

        unit: Any = self._unit
        if not (isinstance(unit, Unset) or unit is None):
            unit = self._unit.value

        variant: Any = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if billable is not UNSET:
            field_dict["billable"] = billable
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd
        if unit is not UNSET:
            field_dict["unit"] = unit
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImagePricingEntry and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "billable" not in data:
            return False
        if "billable" in data and not ImagePricingEntryBillable.is_known(data["billable"]):
            return False
        if "cost_usd" not in data:
            return False
        if "unit" not in data:
            return False
        if "unit" in data and not ImagePricingEntryUnit.is_known(data["unit"]):
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
                    f"ImagePricingEntry is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "billable"
            _raw_billable = d.get("billable", UNSET)
            billable: Any = _raw_billable
            if _raw_billable is not None and _raw_billable is not UNSET:
                billable = ImagePricingEntryBillable._value2member_map_.get(
                    _raw_billable
                ) or ImagePricingEntryBillable._parse(_raw_billable)

            cost_usd = d.get("cost_usd", UNSET)

            _field = "unit"
            _raw_unit = d.get("unit", UNSET)
            unit: Any = _raw_unit
            if _raw_unit is not None and _raw_unit is not UNSET:
                unit = ImagePricingEntryUnit._value2member_map_.get(_raw_unit) or ImagePricingEntryUnit._parse(
                    _raw_unit
                )

            variant = d.get("variant", UNSET)

        except FieldParseError as error:
            raise error.within("ImagePricingEntry", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImagePricingEntry", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_pricing_entry = cls(
            billable,
            cost_usd,
            unit,
            variant,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_pricing_entry.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_pricing_entry

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
