from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PresetDesignatedVersionConfig
    if _lazy_imports_resolved:
        return
    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PresetDesignatedVersion")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"config", "created_at", "creator_id", "id", "preset_id", "system_prompt", "updated_at", "version"}
)


@_attrs_define(repr=False)
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

    _config: PresetDesignatedVersionConfig = _attrs_field(alias="config")
    _created_at: str = _attrs_field(alias="created_at")
    _creator_id: str = _attrs_field(alias="creator_id")
    _id: str = _attrs_field(alias="id")
    _preset_id: str = _attrs_field(alias="preset_id")
    _system_prompt: None | str = _attrs_field(alias="system_prompt")
    _updated_at: str = _attrs_field(alias="updated_at")
    _version: int = _attrs_field(alias="version")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def config(self) -> PresetDesignatedVersionConfig:
        value: Any = self._config
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "config")
        return value

    @config.setter
    def config(self, value: PresetDesignatedVersionConfig) -> None:
        self._config = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def creator_id(self) -> str:
        value: Any = self._creator_id
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "creator_id")
        return value

    @creator_id.setter
    def creator_id(self, value: str) -> None:
        self._creator_id = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def preset_id(self) -> str:
        value: Any = self._preset_id
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "preset_id")
        return value

    @preset_id.setter
    def preset_id(self, value: str) -> None:
        self._preset_id = value

    @property
    def system_prompt(self) -> None | str:
        value: Any = self._system_prompt
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "system_prompt")
        return value

    @system_prompt.setter
    def system_prompt(self, value: None | str) -> None:
        self._system_prompt = value

    @property
    def updated_at(self) -> str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    @property
    def version(self) -> int:
        value: Any = self._version
        if value is UNSET:
            raise MissingFieldError("PresetDesignatedVersion", "version")
        return value

    @version.setter
    def version(self, value: int) -> None:
        self._version = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"config={self._config!r}, "
            f"created_at={self._created_at!r}, "
            f"creator_id={self._creator_id!r}, "
            f"id={self._id!r}, "
            f"preset_id={self._preset_id!r}, "
            f"system_prompt={self._system_prompt!r}, "
            f"updated_at={self._updated_at!r}, "
            f"version={self._version!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        config: Any = self._config
        if not (isinstance(config, Unset) or config is None):
            config = self._config.to_dict()

        created_at: Any = self._created_at

        creator_id: Any = self._creator_id

        id: Any = self._id

        preset_id: Any = self._preset_id

        system_prompt: Any = self._system_prompt

        updated_at: Any = self._updated_at

        version: Any = self._version

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"PresetDesignatedVersion is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "config"
            _raw_config = d.get("config", UNSET)
            config: Any = _raw_config
            if _raw_config is not None and _raw_config is not UNSET:
                config = PresetDesignatedVersionConfig.from_dict(_raw_config)

            created_at = d.get("created_at", UNSET)

            creator_id = d.get("creator_id", UNSET)

            id = d.get("id", UNSET)

            preset_id = d.get("preset_id", UNSET)

            system_prompt = d.get("system_prompt", UNSET)

            updated_at = d.get("updated_at", UNSET)

            version = d.get("version", UNSET)

        except FieldParseError as error:
            raise error.within("PresetDesignatedVersion", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PresetDesignatedVersion", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        preset_designated_version = cls(
            config,
            created_at,
            creator_id,
            id,
            preset_id,
            system_prompt,
            updated_at,
            version,
        )

        if not _DECLARED_KEYS.issuperset(d):
            preset_designated_version.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


PresetDesignatedVersion.__annotations__ = ResolvingAnnotations(
    PresetDesignatedVersion.__annotations__, _resolve_lazy_imports
)
