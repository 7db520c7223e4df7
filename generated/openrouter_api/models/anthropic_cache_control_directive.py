from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_cache_control_directive_type import AnthropicCacheControlDirectiveType
from ..models.anthropic_cache_control_ttl import AnthropicCacheControlTtl
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicCacheControlDirective")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "ttl"})


@_attrs_define(repr=False)
class AnthropicCacheControlDirective:
    """Enable automatic prompt caching. When set at the top level, the system automatically applies cache breakpoints to
    the last cacheable block in the request. When set on an individual content block, it marks an explicit cache
    breakpoint; block-level markers also work on OpenAI models that support explicit prompt caching — OpenRouter
    converts them to the provider's native format.

        Example:
            {'type': 'ephemeral'}

        Attributes:
            type_ (AnthropicCacheControlDirectiveType):
            ttl (AnthropicCacheControlTtl | Unset):  Example: 5m.
    """

    _type_: AnthropicCacheControlDirectiveType = _attrs_field(alias="type_")
    ttl: AnthropicCacheControlTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> AnthropicCacheControlDirectiveType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicCacheControlDirective", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicCacheControlDirectiveType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"ttl={self.ttl!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        ttl: Any = self.ttl
        if not (isinstance(ttl, Unset) or ttl is None):
            ttl = ttl.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCacheControlDirective and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCacheControlDirectiveType.is_known(data["type"]):
            return False
        if "ttl" in data and not AnthropicCacheControlTtl.is_known(data["ttl"]):
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
                    f"AnthropicCacheControlDirective is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicCacheControlDirectiveType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicCacheControlDirectiveType._parse(_raw_type_)

            _field = "ttl"
            _raw_ttl = d.get("ttl", UNSET)
            ttl: Any = _raw_ttl
            if _raw_ttl is not None and _raw_ttl is not UNSET:
                ttl = AnthropicCacheControlTtl._value2member_map_.get(_raw_ttl) or AnthropicCacheControlTtl._parse(
                    _raw_ttl
                )

        except FieldParseError as error:
            raise error.within("AnthropicCacheControlDirective", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicCacheControlDirective", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_cache_control_directive = cls(
            type_,
            ttl,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_cache_control_directive.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_cache_control_directive

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
