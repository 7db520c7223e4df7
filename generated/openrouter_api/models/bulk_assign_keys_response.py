from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="BulkAssignKeysResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"assigned_count"})


@_attrs_define(repr=False)
class BulkAssignKeysResponse:
    """
    Example:
        {'assigned_count': 3}

    Attributes:
        assigned_count (int): Number of keys successfully assigned Example: 3.
    """

    _assigned_count: int = _attrs_field(alias="assigned_count")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def assigned_count(self) -> int:
        value: Any = self._assigned_count
        if value is UNSET:
            raise MissingFieldError("BulkAssignKeysResponse", "assigned_count")
        return value

    @assigned_count.setter
    def assigned_count(self, value: int) -> None:
        self._assigned_count = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"assigned_count={self._assigned_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        assigned_count: Any = self._assigned_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if assigned_count is not UNSET:
            field_dict["assigned_count"] = assigned_count

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BulkAssignKeysResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "assigned_count" not in data:
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
                    f"BulkAssignKeysResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        assigned_count = d.get("assigned_count", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bulk_assign_keys_response = cls(
            assigned_count,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bulk_assign_keys_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return bulk_assign_keys_response

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
