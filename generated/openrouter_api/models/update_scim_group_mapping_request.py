from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_scim_group_mapping_request_role import UpdateScimGroupMappingRequestRole
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="UpdateScimGroupMappingRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"role"})


@_attrs_define(repr=False)
class UpdateScimGroupMappingRequest:
    """
    Attributes:
        role (UpdateScimGroupMappingRequestRole):
    """

    _role: UpdateScimGroupMappingRequestRole = _attrs_field(alias="role")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def role(self) -> UpdateScimGroupMappingRequestRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("UpdateScimGroupMappingRequest", "role")
        return value

    @role.setter
    def role(self, value: UpdateScimGroupMappingRequestRole) -> None:
        self._role = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(role={self._role!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateScimGroupMappingRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not UpdateScimGroupMappingRequestRole.is_known(data["role"]):
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
                    f"UpdateScimGroupMappingRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = UpdateScimGroupMappingRequestRole._value2member_map_.get(
                    _raw_role
                ) or UpdateScimGroupMappingRequestRole._parse(_raw_role)

        except FieldParseError as error:
            raise error.within("UpdateScimGroupMappingRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UpdateScimGroupMappingRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        update_scim_group_mapping_request = cls(
            role,
        )

        if not _DECLARED_KEYS.issuperset(d):
            update_scim_group_mapping_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return update_scim_group_mapping_request

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
