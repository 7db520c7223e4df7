from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_status import PresetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_designated_version import PresetDesignatedVersion

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PresetDesignatedVersion
    from ..models.preset_designated_version import PresetDesignatedVersion  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PresetWithDesignatedVersion")


@_attrs_define
class PresetWithDesignatedVersion:
    """A preset with its currently designated version.

    Example:
        {'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'description':
            None, 'designated_version': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at':
            '2026-04-20T10:00:00Z', 'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'preset_id': '650e8400-e29b-41d4-a716-446655440001', 'system_prompt':
            'You are a helpful assistant.', 'updated_at': '2026-04-20T10:00:00Z', 'version': 1}, 'designated_version_id':
            '550e8400-e29b-41d4-a716-446655440000', 'id': '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset',
            'slug': 'my-preset', 'status': 'active', 'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z',
            'workspace_id': '750e8400-e29b-41d4-a716-446655440002'}

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
        designated_version (None | PresetDesignatedVersion):
    """

    created_at: str
    creator_user_id: None | str
    description: None | str
    designated_version_id: None | str
    id: str
    name: str
    slug: str
    status: PresetStatus
    status_updated_at: None | str
    updated_at: str
    workspace_id: None | str
    designated_version: None | PresetDesignatedVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        created_at: Any = self.created_at

        creator_user_id: Any = self.creator_user_id
        if not (isinstance(creator_user_id, Unset) or creator_user_id is None):
            creator_user_id = self.creator_user_id

        description: Any = self.description
        if not (isinstance(description, Unset) or description is None):
            description = self.description

        designated_version_id: Any = self.designated_version_id
        if not (isinstance(designated_version_id, Unset) or designated_version_id is None):
            designated_version_id = self.designated_version_id

        id: Any = self.id

        name: Any = self.name

        slug: Any = self.slug

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = self.status.value

        status_updated_at: Any = self.status_updated_at
        if not (isinstance(status_updated_at, Unset) or status_updated_at is None):
            status_updated_at = self.status_updated_at

        updated_at: Any = self.updated_at

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = self.workspace_id

        designated_version: Any = self.designated_version
        if not (isinstance(designated_version, Unset) or designated_version is None):
            if isinstance(self.designated_version, PresetDesignatedVersion):
                designated_version = self.designated_version.to_dict()
            else:
                designated_version = self.designated_version

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
        if designated_version is not UNSET:
            field_dict["designated_version"] = designated_version

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PresetWithDesignatedVersion and its fixed values."""
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
        if "designated_version" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        description = d.pop("description", UNSET)

        designated_version_id = d.pop("designated_version_id", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            status = PresetStatus._parse(_raw_status)

        status_updated_at = d.pop("status_updated_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _raw_designated_version = d.pop("designated_version", UNSET)
        designated_version: Any = _raw_designated_version
        if _raw_designated_version is not None and _raw_designated_version is not UNSET:
            designated_version = _parse_designated_version(_raw_designated_version)

        preset_with_designated_version = cls(
            created_at=created_at,
            creator_user_id=creator_user_id,
            description=description,
            designated_version_id=designated_version_id,
            id=id,
            name=name,
            slug=slug,
            status=status,
            status_updated_at=status_updated_at,
            updated_at=updated_at,
            workspace_id=workspace_id,
            designated_version=designated_version,
        )

        preset_with_designated_version.additional_properties = d
        return preset_with_designated_version

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


def _parse_designated_version(data: object) -> None | PresetDesignatedVersion:
    if data is None:
        return data
    if PresetDesignatedVersion._matches(data):
        try:
            designated_version_type_0 = PresetDesignatedVersion.from_dict(data)

            return designated_version_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        designated_version_type_0 = PresetDesignatedVersion.from_dict(data)

        return designated_version_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PresetDesignatedVersion", data)
