from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_engine_enum import ApplyPatchEngineEnum
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="ApplyPatchServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"engine"})


@_attrs_define(repr=False)
class ApplyPatchServerToolConfig:
    """Configuration for the openrouter:apply_patch server tool

    Example:
        {'engine': 'auto'}

    Attributes:
        engine (ApplyPatchEngineEnum | Unset): Which apply_patch engine to use. "auto" (default) uses native passthrough
            when the endpoint advertises native apply_patch support, otherwise falls back to OpenRouter's HITL validator.
            "native" forces native passthrough — when the endpoint does not support native, the request falls back to HITL.
            "openrouter" always runs the HITL validator. Native passthrough streams the diff incrementally via
            `apply_patch_call_operation_diff.delta` events; HITL buffers the diff for atomic delivery as a single delta.
            Example: auto.
    """

    engine: ApplyPatchEngineEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(engine={self.engine!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ApplyPatchServerToolConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "engine" in data and not ApplyPatchEngineEnum.is_known(data["engine"]):
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
                    f"ApplyPatchServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = ApplyPatchEngineEnum._value2member_map_.get(_raw_engine) or ApplyPatchEngineEnum._parse(
                    _raw_engine
                )

        except FieldParseError as error:
            raise error.within("ApplyPatchServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ApplyPatchServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        apply_patch_server_tool_config = cls(
            engine,
        )

        if not _DECLARED_KEYS.issuperset(d):
            apply_patch_server_tool_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return apply_patch_server_tool_config

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
