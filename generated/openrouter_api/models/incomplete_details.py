from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incomplete_details_reason import IncompleteDetailsReason
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="IncompleteDetails")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"reason"})


@_attrs_define(repr=False)
class IncompleteDetails:
    """
    Example:
        {'reason': 'max_output_tokens'}

    Attributes:
        reason (IncompleteDetailsReason | Unset):
    """

    reason: IncompleteDetailsReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reason={self.reason!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        reason: Any = self.reason
        if not (isinstance(reason, Unset) or reason is None):
            reason = reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of IncompleteDetails and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "reason" in data and not IncompleteDetailsReason.is_known(data["reason"]):
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
                    f"IncompleteDetails is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "reason"
            _raw_reason = d.get("reason", UNSET)
            reason: Any = _raw_reason
            if _raw_reason is not None and _raw_reason is not UNSET:
                reason = IncompleteDetailsReason._value2member_map_.get(_raw_reason) or IncompleteDetailsReason._parse(
                    _raw_reason
                )

        except FieldParseError as error:
            raise error.within("IncompleteDetails", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("IncompleteDetails", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        incomplete_details = cls(
            reason,
        )

        if not _DECLARED_KEYS.issuperset(d):
            incomplete_details.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return incomplete_details

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
