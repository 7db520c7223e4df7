from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="BulkUnassignMembersRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"member_user_ids"})


@_attrs_define(repr=False)
class BulkUnassignMembersRequest:
    """
    Example:
        {'member_user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        member_user_ids (list[str]): Array of member user IDs to unassign from the guardrail Example: ['user_abc123',
            'user_def456'].
    """

    _member_user_ids: list[str] = _attrs_field(alias="member_user_ids")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def member_user_ids(self) -> list[str]:
        value: Any = self._member_user_ids
        if value is UNSET:
            raise MissingFieldError("BulkUnassignMembersRequest", "member_user_ids")
        return value

    @member_user_ids.setter
    def member_user_ids(self, value: list[str]) -> None:
        self._member_user_ids = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"member_user_ids={self._member_user_ids!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        member_user_ids: Any = self._member_user_ids
        if not (isinstance(member_user_ids, Unset) or member_user_ids is None):
            member_user_ids = self._member_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if member_user_ids is not UNSET:
            field_dict["member_user_ids"] = member_user_ids

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BulkUnassignMembersRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "member_user_ids" not in data:
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
                    f"BulkUnassignMembersRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "member_user_ids"
            _raw_member_user_ids = d.get("member_user_ids", UNSET)
            member_user_ids: Any = _raw_member_user_ids
            if _raw_member_user_ids is not None and _raw_member_user_ids is not UNSET:
                member_user_ids = cast("list[str]", _raw_member_user_ids)

        except FieldParseError as error:
            raise error.within("BulkUnassignMembersRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BulkUnassignMembersRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bulk_unassign_members_request = cls(
            member_user_ids,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bulk_unassign_members_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return bulk_unassign_members_request

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
