from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="BulkRemoveWorkspaceMembersRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"user_ids"})


@_attrs_define(repr=False)
class BulkRemoveWorkspaceMembersRequest:
    """
    Example:
        {'user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        user_ids (list[str]): List of user IDs to remove from the workspace Example: ['user_abc123', 'user_def456'].
    """

    _user_ids: list[str] = _attrs_field(alias="user_ids")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def user_ids(self) -> list[str]:
        value: Any = self._user_ids
        if value is UNSET:
            raise MissingFieldError("BulkRemoveWorkspaceMembersRequest", "user_ids")
        return value

    @user_ids.setter
    def user_ids(self, value: list[str]) -> None:
        self._user_ids = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(user_ids={self._user_ids!r}, additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        user_ids: Any = self._user_ids
        if not (isinstance(user_ids, Unset) or user_ids is None):
            user_ids = self._user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BulkRemoveWorkspaceMembersRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "user_ids" not in data:
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
                    f"BulkRemoveWorkspaceMembersRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "user_ids"
            _raw_user_ids = d.get("user_ids", UNSET)
            user_ids: Any = _raw_user_ids
            if _raw_user_ids is not None and _raw_user_ids is not UNSET:
                user_ids = cast("list[str]", _raw_user_ids)

        except FieldParseError as error:
            raise error.within("BulkRemoveWorkspaceMembersRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BulkRemoveWorkspaceMembersRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bulk_remove_workspace_members_request = cls(
            user_ids,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bulk_remove_workspace_members_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return bulk_remove_workspace_members_request

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
