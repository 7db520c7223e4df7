from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_compression_engine import ContextCompressionEngine
from ..models.context_compression_plugin_id import ContextCompressionPluginId
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ContextCompressionPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "enabled", "engine"})


@_attrs_define(repr=False)
class ContextCompressionPlugin:
    """
    Example:
        {'enabled': True, 'engine': 'middle-out', 'id': 'context-compression'}

    Attributes:
        id (ContextCompressionPluginId):
        enabled (bool | Unset): Set to false to disable the context-compression plugin for this request. Defaults to
            true.
        engine (ContextCompressionEngine | Unset): The compression engine to use. Defaults to "middle-out". Example:
            middle-out.
    """

    _id: ContextCompressionPluginId = _attrs_field(alias="id")
    enabled: bool | Unset = UNSET
    engine: ContextCompressionEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> ContextCompressionPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ContextCompressionPlugin", "id")
        return value

    @id.setter
    def id(self, value: ContextCompressionPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"enabled={self.enabled!r}, "
            f"engine={self.engine!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        enabled: Any = self.enabled

        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContextCompressionPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not ContextCompressionPluginId.is_known(data["id"]):
            return False
        if "engine" in data and not ContextCompressionEngine.is_known(data["engine"]):
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
                    f"ContextCompressionPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = ContextCompressionPluginId._value2member_map_.get(_raw_id) or ContextCompressionPluginId._parse(
                    _raw_id
                )

            enabled = d.get("enabled", UNSET)

            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = ContextCompressionEngine._value2member_map_.get(
                    _raw_engine
                ) or ContextCompressionEngine._parse(_raw_engine)

        except FieldParseError as error:
            raise error.within("ContextCompressionPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ContextCompressionPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        context_compression_plugin = cls(
            id,
            enabled,
            engine,
        )

        if not _DECLARED_KEYS.issuperset(d):
            context_compression_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return context_compression_plugin

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
