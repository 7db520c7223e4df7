from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PresetDesignatedVersionConfig
    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PresetDesignatedVersion")


@_attrs_define
class PresetDesignatedVersion:
    """A specific version of a preset, containing config and optional system prompt.

    Example:
        {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z', 'creator_id':
            'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}

    Attributes:
        config (PresetDesignatedVersionConfig):
        created_at (str):
        creator_id (str):
        id (str):
        preset_id (str):
        system_prompt (None | str):
        updated_at (str):
        version (int):
    """

    config: PresetDesignatedVersionConfig
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    system_prompt: None | str
    updated_at: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        config: Any = self.config
        if not (isinstance(config, Unset) or config is None):
            config = self.config.to_dict()

        created_at: Any = self.created_at

        creator_id: Any = self.creator_id

        id: Any = self.id

        preset_id: Any = self.preset_id

        system_prompt: Any = self.system_prompt
        if not (isinstance(system_prompt, Unset) or system_prompt is None):
            system_prompt = self.system_prompt

        updated_at: Any = self.updated_at

        version: Any = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if id is not UNSET:
            field_dict["id"] = id
        if preset_id is not UNSET:
            field_dict["preset_id"] = preset_id
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PresetDesignatedVersion and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "config" not in data:
            return False
        if "created_at" not in data:
            return False
        if "creator_id" not in data:
            return False
        if "id" not in data:
            return False
        if "preset_id" not in data:
            return False
        if "system_prompt" not in data:
            return False
        if "updated_at" not in data:
            return False
        if "version" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_config = d.pop("config", UNSET)
        config: Any = _raw_config
        if _raw_config is not None and _raw_config is not UNSET:
            config = PresetDesignatedVersionConfig.from_dict(_raw_config)

        created_at = d.pop("created_at", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        id = d.pop("id", UNSET)

        preset_id = d.pop("preset_id", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        version = d.pop("version", UNSET)

        preset_designated_version = cls(
            config=config,
            created_at=created_at,
            creator_id=creator_id,
            id=id,
            preset_id=preset_id,
            system_prompt=system_prompt,
            updated_at=updated_at,
            version=version,
        )

        preset_designated_version.additional_properties = d
        return preset_designated_version

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
