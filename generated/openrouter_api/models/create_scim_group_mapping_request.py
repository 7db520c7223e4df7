from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scim_group_mapping_request_role import CreateScimGroupMappingRequestRole
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CreateScimGroupMappingRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"role", "scim_group_id", "workspace_id"})


@_attrs_define(repr=False)
class CreateScimGroupMappingRequest:
    """
    Attributes:
        role (CreateScimGroupMappingRequestRole):
        scim_group_id (UUID):
        workspace_id (UUID):
    """

    _role: CreateScimGroupMappingRequestRole = _attrs_field(alias="role")
    _scim_group_id: UUID = _attrs_field(alias="scim_group_id")
    _workspace_id: UUID = _attrs_field(alias="workspace_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def role(self) -> CreateScimGroupMappingRequestRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("CreateScimGroupMappingRequest", "role")
        return value

    @role.setter
    def role(self, value: CreateScimGroupMappingRequestRole) -> None:
        self._role = value

    @property
    def scim_group_id(self) -> UUID:
        value: Any = self._scim_group_id
        if value is UNSET:
            raise MissingFieldError("CreateScimGroupMappingRequest", "scim_group_id")
        return value

    @scim_group_id.setter
    def scim_group_id(self, value: UUID) -> None:
        self._scim_group_id = value

    @property
    def workspace_id(self) -> UUID:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("CreateScimGroupMappingRequest", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: UUID) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"role={self._role!r}, "
            f"scim_group_id={self._scim_group_id!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        scim_group_id: Any = self._scim_group_id
        if not (isinstance(scim_group_id, Unset) or scim_group_id is None):
            scim_group_id = str(self._scim_group_id)

        workspace_id: Any = self._workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(self._workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if scim_group_id is not UNSET:
            field_dict["scim_group_id"] = scim_group_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateScimGroupMappingRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not CreateScimGroupMappingRequestRole.is_known(data["role"]):
            return False
        if "scim_group_id" not in data:
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
                    f"CreateScimGroupMappingRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = CreateScimGroupMappingRequestRole._value2member_map_.get(
                    _raw_role
                ) or CreateScimGroupMappingRequestRole._parse(_raw_role)

            _field = "scim_group_id"
            _raw_scim_group_id = d.get("scim_group_id", UNSET)
            scim_group_id: Any = _raw_scim_group_id
            if _raw_scim_group_id is not None and _raw_scim_group_id is not UNSET:
                scim_group_id = UUID(_raw_scim_group_id)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("CreateScimGroupMappingRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateScimGroupMappingRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_scim_group_mapping_request = cls(
            role,
            scim_group_id,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_scim_group_mapping_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_scim_group_mapping_request

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
