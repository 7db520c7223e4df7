from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_group_mapping_role import ScimGroupMappingRole
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ScimGroupMapping")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"created_at", "id", "organization_id", "role", "scim_group_id", "updated_at", "workspace_id"}
)


@_attrs_define(repr=False)
class ScimGroupMapping:
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_123456', 'role': 'member', 'scim_group_id': '550e8400-e29b-41d4-a716-446655440000', 'updated_at':
            '2025-08-24T10:30:00.000Z', 'workspace_id': '660e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str):
        id (UUID):
        organization_id (str):
        role (ScimGroupMappingRole):
        scim_group_id (UUID):
        updated_at (str):
        workspace_id (UUID):
    """

    _created_at: str = _attrs_field(alias="created_at")
    _id: UUID = _attrs_field(alias="id")
    _organization_id: str = _attrs_field(alias="organization_id")
    _role: ScimGroupMappingRole = _attrs_field(alias="role")
    _scim_group_id: UUID = _attrs_field(alias="scim_group_id")
    _updated_at: str = _attrs_field(alias="updated_at")
    _workspace_id: UUID = _attrs_field(alias="workspace_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def organization_id(self) -> str:
        value: Any = self._organization_id
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "organization_id")
        return value

    @organization_id.setter
    def organization_id(self, value: str) -> None:
        self._organization_id = value

    @property
    def role(self) -> ScimGroupMappingRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "role")
        return value

    @role.setter
    def role(self, value: ScimGroupMappingRole) -> None:
        self._role = value

    @property
    def scim_group_id(self) -> UUID:
        value: Any = self._scim_group_id
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "scim_group_id")
        return value

    @scim_group_id.setter
    def scim_group_id(self, value: UUID) -> None:
        self._scim_group_id = value

    @property
    def updated_at(self) -> str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    @property
    def workspace_id(self) -> UUID:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("ScimGroupMapping", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: UUID) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"id={self._id!r}, "
            f"organization_id={self._organization_id!r}, "
            f"role={self._role!r}, "
            f"scim_group_id={self._scim_group_id!r}, "
            f"updated_at={self._updated_at!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = self._created_at

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        organization_id: Any = self._organization_id

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        scim_group_id: Any = self._scim_group_id
        if not (isinstance(scim_group_id, Unset) or scim_group_id is None):
            scim_group_id = str(self._scim_group_id)

        updated_at: Any = self._updated_at

        workspace_id: Any = self._workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(self._workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if role is not UNSET:
            field_dict["role"] = role
        if scim_group_id is not UNSET:
            field_dict["scim_group_id"] = scim_group_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ScimGroupMapping and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "id" not in data:
            return False
        if "organization_id" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not ScimGroupMappingRole.is_known(data["role"]):
            return False
        if "scim_group_id" not in data:
            return False
        if "updated_at" not in data:
            return False
        if "workspace_id" not in data:
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
                    f"ScimGroupMapping is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created_at = d.get("created_at", UNSET)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            organization_id = d.get("organization_id", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = ScimGroupMappingRole._value2member_map_.get(_raw_role) or ScimGroupMappingRole._parse(_raw_role)

            _field = "scim_group_id"
            _raw_scim_group_id = d.get("scim_group_id", UNSET)
            scim_group_id: Any = _raw_scim_group_id
            if _raw_scim_group_id is not None and _raw_scim_group_id is not UNSET:
                scim_group_id = UUID(_raw_scim_group_id)

            updated_at = d.get("updated_at", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("ScimGroupMapping", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ScimGroupMapping", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        scim_group_mapping = cls(
            created_at,
            id,
            organization_id,
            role,
            scim_group_id,
            updated_at,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            scim_group_mapping.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return scim_group_mapping

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
