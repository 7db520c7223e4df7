from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.preset_designated_version import PresetDesignatedVersion

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PresetDesignatedVersion
    if _lazy_imports_resolved:
        return
    from ..models.preset_designated_version import PresetDesignatedVersion  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GetPresetVersionResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class GetPresetVersionResponse:
    """A single version of a preset.

    Example:
        {'data': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z',
            'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}}

    Attributes:
        data (None | PresetDesignatedVersion):
    """

    _data: None | PresetDesignatedVersion = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> None | PresetDesignatedVersion:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("GetPresetVersionResponse", "data")
        return value

    @data.setter
    def data(self, value: None | PresetDesignatedVersion) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            if isinstance(self._data, PresetDesignatedVersion):
                data = self._data.to_dict()
            else:
                data = self._data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetPresetVersionResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
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
                    f"GetPresetVersionResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = (
                    PresetDesignatedVersion.from_dict(_raw_data) if type(_raw_data) is dict else _parse_data(_raw_data)
                )

        except FieldParseError as error:
            raise error.within("GetPresetVersionResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetPresetVersionResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_preset_version_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_preset_version_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return get_preset_version_response

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


GetPresetVersionResponse.__annotations__ = ResolvingAnnotations(
    GetPresetVersionResponse.__annotations__, _resolve_lazy_imports
)


def _parse_data(data: object) -> None | PresetDesignatedVersion:
    if data is None:
        return data
    if PresetDesignatedVersion._matches(data):
        try:
            data_type_0 = PresetDesignatedVersion.from_dict(data)

            return data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_type_0 = PresetDesignatedVersion.from_dict(data)

        return data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PresetDesignatedVersion", data)
