from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_member_role import WorkspaceMemberRole
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="WorkspaceMember")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"created_at", "id", "role", "user_id", "workspace_id"})


@_attrs_define(repr=False)
class WorkspaceMember:
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'id': '660e8400-e29b-41d4-a716-446655440000', 'role': 'member',
            'user_id': 'user_abc123', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the membership was created Example: 2025-08-24T10:30:00Z.
        id (UUID): Unique identifier for the workspace membership Example: 660e8400-e29b-41d4-a716-446655440000.
        role (WorkspaceMemberRole): Role of the member in the workspace Example: member.
        user_id (str): Clerk user ID of the member Example: user_abc123.
        workspace_id (UUID): ID of the workspace Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    _created_at: str = _attrs_field(alias="created_at")
    _id: UUID = _attrs_field(alias="id")
    _role: WorkspaceMemberRole = _attrs_field(alias="role")
    _user_id: str = _attrs_field(alias="user_id")
    _workspace_id: UUID = _attrs_field(alias="workspace_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("WorkspaceMember", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("WorkspaceMember", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def role(self) -> WorkspaceMemberRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("WorkspaceMember", "role")
        return value

    @role.setter
    def role(self, value: WorkspaceMemberRole) -> None:
        self._role = value

    @property
    def user_id(self) -> str:
        value: Any = self._user_id
        if value is UNSET:
            raise MissingFieldError("WorkspaceMember", "user_id")
        return value

    @user_id.setter
    def user_id(self, value: str) -> None:
        self._user_id = value

    @property
    def workspace_id(self) -> UUID:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("WorkspaceMember", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: UUID) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"id={self._id!r}, "
            f"role={self._role!r}, "
            f"user_id={self._user_id!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = self._created_at

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        user_id: Any = self._user_id

        workspace_id: Any = self._workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(self._workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WorkspaceMember and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "id" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not WorkspaceMemberRole.is_known(data["role"]):
            return False
        if "user_id" not in data:
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
                    f"WorkspaceMember is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = WorkspaceMemberRole._value2member_map_.get(_raw_role) or WorkspaceMemberRole._parse(_raw_role)

            user_id = d.get("user_id", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("WorkspaceMember", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WorkspaceMember", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        workspace_member = cls(
            created_at,
            id,
            role,
            user_id,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            workspace_member.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return workspace_member

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
