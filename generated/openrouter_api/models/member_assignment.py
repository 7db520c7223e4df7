from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberAssignment")


@_attrs_define
class MemberAssignment:
    """
    Example:
        {'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_xyz789', 'user_id': 'user_abc123'}

    Attributes:
        assigned_by (None | str): User ID of who made the assignment Example: user_abc123.
        created_at (str): ISO 8601 timestamp of when the assignment was created Example: 2025-08-24T10:30:00Z.
        guardrail_id (UUID): ID of the guardrail Example: 550e8400-e29b-41d4-a716-446655440001.
        id (UUID): Unique identifier for the assignment Example: 550e8400-e29b-41d4-a716-446655440000.
        organization_id (str): Organization ID Example: org_xyz789.
        user_id (str): Clerk user ID of the assigned member Example: user_abc123.
    """

    assigned_by: None | str
    created_at: str
    guardrail_id: UUID
    id: UUID
    organization_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_by: Any = self.assigned_by
        if not (isinstance(assigned_by, Unset) or assigned_by is None):
            assigned_by = self.assigned_by

        created_at: Any = self.created_at

        guardrail_id: Any = self.guardrail_id
        if not (isinstance(guardrail_id, Unset) or guardrail_id is None):
            guardrail_id = str(self.guardrail_id)

        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            id = str(self.id)

        organization_id: Any = self.organization_id

        user_id: Any = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MemberAssignment and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "assigned_by" not in data:
            return False
        if "created_at" not in data:
            return False
        if "guardrail_id" not in data:
            return False
        if "id" not in data:
            return False
        if "organization_id" not in data:
            return False
        if "user_id" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_by = d.pop("assigned_by", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_guardrail_id = d.pop("guardrail_id", UNSET)
        guardrail_id: Any = _raw_guardrail_id
        if _raw_guardrail_id is not None and _raw_guardrail_id is not UNSET:
            guardrail_id = UUID(_raw_guardrail_id)

        _raw_id = d.pop("id", UNSET)
        id: Any = _raw_id
        if _raw_id is not None and _raw_id is not UNSET:
            id = UUID(_raw_id)

        organization_id = d.pop("organization_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        member_assignment = cls(
            assigned_by=assigned_by,
            created_at=created_at,
            guardrail_id=guardrail_id,
            id=id,
            organization_id=organization_id,
            user_id=user_id,
        )

        member_assignment.additional_properties = d
        return member_assignment

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
