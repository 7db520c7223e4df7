from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_status import PresetStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="Preset")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "creator_user_id",
        "description",
        "designated_version_id",
        "id",
        "name",
        "slug",
        "status",
        "status_updated_at",
        "updated_at",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class Preset:
    """A preset without version details.

    Example:
        {'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'description':
            None, 'designated_version_id': '550e8400-e29b-41d4-a716-446655440000', 'id':
            '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset', 'slug': 'my-preset', 'status': 'active',
            'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z', 'workspace_id':
            '750e8400-e29b-41d4-a716-446655440002'}

    Attributes:
        created_at (str):
        creator_user_id (None | str):
        description (None | str):
        designated_version_id (None | str):
        id (str):
        name (str):
        slug (str):
        status (PresetStatus): The status of a preset. Example: active.
        status_updated_at (None | str):
        updated_at (str):
        workspace_id (None | str):
    """

    _created_at: str = _attrs_field(alias="created_at")
    _creator_user_id: None | str = _attrs_field(alias="creator_user_id")
    _description: None | str = _attrs_field(alias="description")
    _designated_version_id: None | str = _attrs_field(alias="designated_version_id")
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _slug: str = _attrs_field(alias="slug")
    _status: PresetStatus = _attrs_field(alias="status")
    _status_updated_at: None | str = _attrs_field(alias="status_updated_at")
    _updated_at: str = _attrs_field(alias="updated_at")
    _workspace_id: None | str = _attrs_field(alias="workspace_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("Preset", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def creator_user_id(self) -> None | str:
        value: Any = self._creator_user_id
        if value is UNSET:
            raise MissingFieldError("Preset", "creator_user_id")
        return value

    @creator_user_id.setter
    def creator_user_id(self, value: None | str) -> None:
        self._creator_user_id = value

    @property
    def description(self) -> None | str:
        value: Any = self._description
        if value is UNSET:
            raise MissingFieldError("Preset", "description")
        return value

    @description.setter
    def description(self, value: None | str) -> None:
        self._description = value

    @property
    def designated_version_id(self) -> None | str:
        value: Any = self._designated_version_id
        if value is UNSET:
            raise MissingFieldError("Preset", "designated_version_id")
        return value

    @designated_version_id.setter
    def designated_version_id(self, value: None | str) -> None:
        self._designated_version_id = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("Preset", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("Preset", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def slug(self) -> str:
        value: Any = self._slug
        if value is UNSET:
            raise MissingFieldError("Preset", "slug")
        return value

    @slug.setter
    def slug(self, value: str) -> None:
        self._slug = value

    @property
    def status(self) -> PresetStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("Preset", "status")
        return value

    @status.setter
    def status(self, value: PresetStatus) -> None:
        self._status = value

    @property
    def status_updated_at(self) -> None | str:
        value: Any = self._status_updated_at
        if value is UNSET:
            raise MissingFieldError("Preset", "status_updated_at")
        return value

    @status_updated_at.setter
    def status_updated_at(self, value: None | str) -> None:
        self._status_updated_at = value

    @property
    def updated_at(self) -> str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("Preset", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    @property
    def workspace_id(self) -> None | str:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("Preset", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: None | str) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"creator_user_id={self._creator_user_id!r}, "
            f"description={self._description!r}, "
            f"designated_version_id={self._designated_version_id!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"slug={self._slug!r}, "
            f"status={self._status!r}, "
            f"status_updated_at={self._status_updated_at!r}, "
            f"updated_at={self._updated_at!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = self._created_at

        creator_user_id: Any = self._creator_user_id

        description: Any = self._description

        designated_version_id: Any = self._designated_version_id

        id: Any = self._id

        name: Any = self._name

        slug: Any = self._slug

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        status_updated_at: Any = self._status_updated_at

        updated_at: Any = self._updated_at

        workspace_id: Any = self._workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if designated_version_id is not UNSET:
            field_dict["designated_version_id"] = designated_version_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Preset and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "creator_user_id" not in data:
            return False
        if "description" not in data:
            return False
        if "designated_version_id" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "slug" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not PresetStatus.is_known(data["status"]):
            return False
        if "status_updated_at" not in data:
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
                    f"Preset is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created_at = d.get("created_at", UNSET)

            creator_user_id = d.get("creator_user_id", UNSET)

            description = d.get("description", UNSET)

            designated_version_id = d.get("designated_version_id", UNSET)

            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

            slug = d.get("slug", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = PresetStatus._value2member_map_.get(_raw_status) or PresetStatus._parse(_raw_status)

            status_updated_at = d.get("status_updated_at", UNSET)

            updated_at = d.get("updated_at", UNSET)

            workspace_id = d.get("workspace_id", UNSET)

        except FieldParseError as error:
            raise error.within("Preset", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("Preset", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        preset = cls(
            created_at,
            creator_user_id,
            description,
            designated_version_id,
            id,
            name,
            slug,
            status,
            status_updated_at,
            updated_at,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            preset.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return preset

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
