from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="BulkUnassignMembersResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"unassigned_count"})


@_attrs_define(repr=False)
class BulkUnassignMembersResponse:
    """
    Example:
        {'unassigned_count': 2}

    Attributes:
        unassigned_count (int): Number of members successfully unassigned Example: 2.
    """

    _unassigned_count: int = _attrs_field(alias="unassigned_count")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def unassigned_count(self) -> int:
        value: Any = self._unassigned_count
        if value is UNSET:
            raise MissingFieldError("BulkUnassignMembersResponse", "unassigned_count")
        return value

    @unassigned_count.setter
    def unassigned_count(self, value: int) -> None:
        self._unassigned_count = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"unassigned_count={self._unassigned_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        unassigned_count: Any = self._unassigned_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if unassigned_count is not UNSET:
            field_dict["unassigned_count"] = unassigned_count

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BulkUnassignMembersResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "unassigned_count" not in data:
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
                    f"BulkUnassignMembersResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        unassigned_count = d.get("unassigned_count", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bulk_unassign_members_response = cls(
            unassigned_count,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bulk_unassign_members_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return bulk_unassign_members_response

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
