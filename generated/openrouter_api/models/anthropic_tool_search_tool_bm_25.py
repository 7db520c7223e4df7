from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
from ..models.anthropic_tool_search_tool_bm_25_name import AnthropicToolSearchToolBm25Name
from ..models.anthropic_tool_search_tool_bm_25_type import AnthropicToolSearchToolBm25Type
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControlDirective
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicToolSearchToolBm25")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"name", "type", "allowed_callers", "cache_control", "defer_loading", "strict"}
)


@_attrs_define(repr=False)
class AnthropicToolSearchToolBm25:
    """
    Attributes:
        name (AnthropicToolSearchToolBm25Name):
        type_ (AnthropicToolSearchToolBm25Type):
        allowed_callers (list[AnthropicAllowedCallersItem] | Unset):  Example: ['direct'].
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        defer_loading (bool | Unset):
        strict (bool | Unset):
    """

    _name: AnthropicToolSearchToolBm25Name = _attrs_field(alias="name")
    _type_: AnthropicToolSearchToolBm25Type = _attrs_field(alias="type_")
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> AnthropicToolSearchToolBm25Name:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("AnthropicToolSearchToolBm25", "name")
        return value

    @name.setter
    def name(self, value: AnthropicToolSearchToolBm25Name) -> None:
        self._name = value

    @property
    def type_(self) -> AnthropicToolSearchToolBm25Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicToolSearchToolBm25", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicToolSearchToolBm25Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"allowed_callers={self.allowed_callers!r}, "
            f"cache_control={self.cache_control!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"strict={self.strict!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name
        if not (isinstance(name, Unset) or name is None):
            name = self._name.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        allowed_callers: Any = self.allowed_callers
        if not (isinstance(allowed_callers, Unset) or allowed_callers is None):
            allowed_callers = []
            for componentsschemas_anthropic_allowed_callers_item_data in self.allowed_callers:
                componentsschemas_anthropic_allowed_callers_item = (
                    componentsschemas_anthropic_allowed_callers_item_data.value
                )
                allowed_callers.append(componentsschemas_anthropic_allowed_callers_item)

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        defer_loading: Any = self.defer_loading

        strict: Any = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicToolSearchToolBm25 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "name" in data and not AnthropicToolSearchToolBm25Name.is_known(data["name"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicToolSearchToolBm25Type.is_known(data["type"]):
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
                    f"AnthropicToolSearchToolBm25 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "name"
            _raw_name = d.get("name", UNSET)
            name: Any = _raw_name
            if _raw_name is not None and _raw_name is not UNSET:
                name = AnthropicToolSearchToolBm25Name._value2member_map_.get(
                    _raw_name
                ) or AnthropicToolSearchToolBm25Name._parse(_raw_name)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicToolSearchToolBm25Type._value2member_map_.get(
                    _raw_type_
                ) or AnthropicToolSearchToolBm25Type._parse(_raw_type_)

            _field = "allowed_callers"
            _raw_allowed_callers = d.get("allowed_callers", UNSET)
            allowed_callers: Any = _raw_allowed_callers
            if _raw_allowed_callers is not None and _raw_allowed_callers is not UNSET:
                allowed_callers = [
                    AnthropicAllowedCallersItem._value2member_map_.get(
                        componentsschemas_anthropic_allowed_callers_item_data
                    )
                    or AnthropicAllowedCallersItem._parse(componentsschemas_anthropic_allowed_callers_item_data)
                    for componentsschemas_anthropic_allowed_callers_item_data in _raw_allowed_callers
                ]

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            defer_loading = d.get("defer_loading", UNSET)

            strict = d.get("strict", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicToolSearchToolBm25", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicToolSearchToolBm25", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_tool_search_tool_bm_25 = cls(
            name,
            type_,
            allowed_callers,
            cache_control,
            defer_loading,
            strict,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_tool_search_tool_bm_25.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_tool_search_tool_bm_25

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


AnthropicToolSearchToolBm25.__annotations__ = ResolvingAnnotations(
    AnthropicToolSearchToolBm25.__annotations__, _resolve_lazy_imports
)
