from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="PromptCacheOptions")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"mode", "ttl"})


@_attrs_define(repr=False)
class PromptCacheOptions:
    """Request-level prompt-cache controls. `mode: "explicit"` disables OpenAI-managed breakpoints so only blocks marked
    with `prompt_cache_breakpoint` are cached. Only supported by OpenAI GPT-5.6 and newer.

        Example:
            {'mode': 'explicit', 'ttl': '30m'}

        Attributes:
            mode (PromptCacheOptionsMode):
            ttl (None | str | Unset):
    """

    _mode: PromptCacheOptionsMode = _attrs_field(alias="mode")
    ttl: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def mode(self) -> PromptCacheOptionsMode:
        value: Any = self._mode
        if value is UNSET:
            raise MissingFieldError("PromptCacheOptions", "mode")
        return value

    @mode.setter
    def mode(self, value: PromptCacheOptionsMode) -> None:
        self._mode = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"mode={self._mode!r}, "
            f"ttl={self.ttl!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        mode: Any = self._mode
        if not (isinstance(mode, Unset) or mode is None):
            mode = self._mode.value

        ttl: Any = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if mode is not UNSET:
            field_dict["mode"] = mode
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PromptCacheOptions and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "mode" not in data:
            return False
        if "mode" in data and not PromptCacheOptionsMode.is_known(data["mode"]):
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
                    f"PromptCacheOptions is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "mode"
            _raw_mode = d.get("mode", UNSET)
            mode: Any = _raw_mode
            if _raw_mode is not None and _raw_mode is not UNSET:
                mode = PromptCacheOptionsMode._value2member_map_.get(_raw_mode) or PromptCacheOptionsMode._parse(
                    _raw_mode
                )

            ttl = d.get("ttl", UNSET)

        except FieldParseError as error:
            raise error.within("PromptCacheOptions", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PromptCacheOptions", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        prompt_cache_options = cls(
            mode,
            ttl,
        )

        if not _DECLARED_KEYS.issuperset(d):
            prompt_cache_options.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return prompt_cache_options

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
