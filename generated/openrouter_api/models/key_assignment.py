from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyAssignment")


@_attrs_define
class KeyAssignment:
    """An API key placed under a guardrail.

    Attributes:
        id (str): Assignment id.
        key_hash (str): Hash of the assigned key.
        guardrail_id (UUID): Guardrail the key is under.
        key_name (str): Name of the key.
        key_label (str): Shortened form of the key.
        assigned_by (None | str): User who made the assignment.
        created_at (str): When the assignment was made, ISO 8601.
    """

    id: str
    key_hash: str
    guardrail_id: UUID
    key_name: str
    key_label: str
    assigned_by: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = self.id

        key_hash: Any = self.key_hash

        guardrail_id: Any = self.guardrail_id
        if not (isinstance(guardrail_id, Unset) or guardrail_id is None):
            guardrail_id = str(self.guardrail_id)

        key_name: Any = self.key_name

        key_label: Any = self.key_label

        assigned_by: Any = self.assigned_by
        if not (isinstance(assigned_by, Unset) or assigned_by is None):
            assigned_by = self.assigned_by

        created_at: Any = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if key_hash is not UNSET:
            field_dict["key_hash"] = key_hash
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if key_label is not UNSET:
            field_dict["key_label"] = key_label
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of KeyAssignment and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "key_hash" not in data:
            return False
        if "guardrail_id" not in data:
            return False
        if "key_name" not in data:
            return False
        if "key_label" not in data:
            return False
        if "assigned_by" not in data:
            return False
        if "created_at" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        key_hash = d.pop("key_hash", UNSET)

        _raw_guardrail_id = d.pop("guardrail_id", UNSET)
        guardrail_id: Any = _raw_guardrail_id
        if _raw_guardrail_id is not None and _raw_guardrail_id is not UNSET:
            guardrail_id = UUID(_raw_guardrail_id)

        key_name = d.pop("key_name", UNSET)

        key_label = d.pop("key_label", UNSET)

        assigned_by = d.pop("assigned_by", UNSET)

        created_at = d.pop("created_at", UNSET)

        key_assignment = cls(
            id=id,
            key_hash=key_hash,
            guardrail_id=guardrail_id,
            key_name=key_name,
            key_label=key_label,
            assigned_by=assigned_by,
            created_at=created_at,
        )

        key_assignment.additional_properties = d
        return key_assignment

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
