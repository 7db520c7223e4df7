from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_organization_members_response_200_data_item_role import (
    ListOrganizationMembersResponse200DataItemRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOrganizationMembersResponse200DataItem")


@_attrs_define
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

    email: str
    first_name: None | str
    id: str
    last_name: None | str
    role: ListOrganizationMembersResponse200DataItemRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: Any = self.email

        first_name: Any = self.first_name
        if not (isinstance(first_name, Unset) or first_name is None):
            first_name = self.first_name

        id: Any = self.id

        last_name: Any = self.last_name
        if not (isinstance(last_name, Unset) or last_name is None):
            last_name = self.last_name

        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

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
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        id = d.pop("id", UNSET)

        last_name = d.pop("last_name", UNSET)

        _raw_role = d.pop("role", UNSET)
        role: Any = _raw_role
        if _raw_role is not None and _raw_role is not UNSET:
            role = ListOrganizationMembersResponse200DataItemRole._parse(_raw_role)

        list_organization_members_response_200_data_item = cls(
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            role=role,
        )

        list_organization_members_response_200_data_item.additional_properties = d
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
