from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ScimGroup")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"created_at", "display_name", "external_id", "id", "organization_id", "updated_at"}
)


@_attrs_define(repr=False)
class ScimGroup:
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'display_name': 'Engineering', 'external_id': 'group-external-id',
            'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id': 'org_123456', 'updated_at':
            '2025-08-24T10:30:00.000Z'}

    Attributes:
        created_at (str):
        display_name (str):
        external_id (None | str):
        id (UUID):
        organization_id (str):
        updated_at (str):
    """

    _created_at: str = _attrs_field(alias="created_at")
    _display_name: str = _attrs_field(alias="display_name")
    _external_id: None | str = _attrs_field(alias="external_id")
    _id: UUID = _attrs_field(alias="id")
    _organization_id: str = _attrs_field(alias="organization_id")
    _updated_at: str = _attrs_field(alias="updated_at")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("ScimGroup", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def display_name(self) -> str:
        value: Any = self._display_name
        if value is UNSET:
            raise MissingFieldError("ScimGroup", "display_name")
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._display_name = value

    @property
    def external_id(self) -> None | str:
        value: Any = self._external_id
        if value is UNSET:
            raise MissingFieldError("ScimGroup", "external_id")
        return value

    @external_id.setter
    def external_id(self, value: None | str) -> None:
        self._external_id = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ScimGroup", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def organization_id(self) -> str:
        value: Any = self._organization_id
        if value is UNSET:
            raise MissingFieldError("ScimGroup", "organization_id")
        return value

    @organization_id.setter
    def organization_id(self, value: str) -> None:
        self._organization_id = value

    @property
    def updated_at(self) -> str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("ScimGroup", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"display_name={self._display_name!r}, "
            f"external_id={self._external_id!r}, "
            f"id={self._id!r}, "
            f"organization_id={self._organization_id!r}, "
            f"updated_at={self._updated_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = self._created_at

        display_name: Any = self._display_name

        external_id: Any = self._external_id

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        organization_id: Any = self._organization_id

        updated_at: Any = self._updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ScimGroup and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "display_name" not in data:
            return False
        if "external_id" not in data:
            return False
        if "id" not in data:
            return False
        if "organization_id" not in data:
            return False
        if "updated_at" not in data:
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
                    f"ScimGroup is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created_at = d.get("created_at", UNSET)

            display_name = d.get("display_name", UNSET)

            external_id = d.get("external_id", UNSET)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            organization_id = d.get("organization_id", UNSET)

            updated_at = d.get("updated_at", UNSET)

        except FieldParseError as error:
            raise error.within("ScimGroup", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ScimGroup", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        scim_group = cls(
            created_at,
            display_name,
            external_id,
            id,
            organization_id,
            updated_at,
        )

        if not _DECLARED_KEYS.issuperset(d):
            scim_group.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return scim_group

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
