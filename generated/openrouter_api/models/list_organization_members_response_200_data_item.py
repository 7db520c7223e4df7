from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_organization_members_response_200_data_item_role import (
    ListOrganizationMembersResponse200DataItemRole,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ListOrganizationMembersResponse200DataItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"email", "first_name", "id", "last_name", "role"})


@_attrs_define(repr=False)
class ListOrganizationMembersResponse200DataItem:
    """
    Attributes:
        email (str): Email address of the member Example: jane.doe@example.com.
        first_name (None | str): First name of the member Example: Jane.
        id (str): User ID of the organization member Example: user_2dHFtVWx2n56w6HkM0000000000.
        last_name (None | str): Last name of the member Example: Doe.
        role (ListOrganizationMembersResponse200DataItemRole): Role of the member in the organization Example:
            org:member.
    """

    _email: str = _attrs_field(alias="email")
    _first_name: None | str = _attrs_field(alias="first_name")
    _id: str = _attrs_field(alias="id")
    _last_name: None | str = _attrs_field(alias="last_name")
    _role: ListOrganizationMembersResponse200DataItemRole = _attrs_field(alias="role")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def email(self) -> str:
        value: Any = self._email
        if value is UNSET:
            raise MissingFieldError("ListOrganizationMembersResponse200DataItem", "email")
        return value

    @email.setter
    def email(self, value: str) -> None:
        self._email = value

    @property
    def first_name(self) -> None | str:
        value: Any = self._first_name
        if value is UNSET:
            raise MissingFieldError("ListOrganizationMembersResponse200DataItem", "first_name")
        return value

    @first_name.setter
    def first_name(self, value: None | str) -> None:
        self._first_name = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ListOrganizationMembersResponse200DataItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def last_name(self) -> None | str:
        value: Any = self._last_name
        if value is UNSET:
            raise MissingFieldError("ListOrganizationMembersResponse200DataItem", "last_name")
        return value

    @last_name.setter
    def last_name(self, value: None | str) -> None:
        self._last_name = value

    @property
    def role(self) -> ListOrganizationMembersResponse200DataItemRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("ListOrganizationMembersResponse200DataItem", "role")
        return value

    @role.setter
    def role(self, value: ListOrganizationMembersResponse200DataItemRole) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"email={self._email!r}, "
            f"first_name={self._first_name!r}, "
            f"id={self._id!r}, "
            f"last_name={self._last_name!r}, "
            f"role={self._role!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        email: Any = self._email

        first_name: Any = self._first_name

        id: Any = self._id

        last_name: Any = self._last_name

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListOrganizationMembersResponse200DataItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "email" not in data:
            return False
        if "first_name" not in data:
            return False
        if "id" not in data:
            return False
        if "last_name" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not ListOrganizationMembersResponse200DataItemRole.is_known(data["role"]):
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
                    f"ListOrganizationMembersResponse200DataItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            email = d.get("email", UNSET)

            first_name = d.get("first_name", UNSET)

            id = d.get("id", UNSET)

            last_name = d.get("last_name", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = ListOrganizationMembersResponse200DataItemRole._value2member_map_.get(
                    _raw_role
                ) or ListOrganizationMembersResponse200DataItemRole._parse(_raw_role)

        except FieldParseError as error:
            raise error.within("ListOrganizationMembersResponse200DataItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListOrganizationMembersResponse200DataItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_organization_members_response_200_data_item = cls(
            email,
            first_name,
            id,
            last_name,
            role,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_organization_members_response_200_data_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return list_organization_members_response_200_data_item

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
