from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
from ..models.messages_request_tools_item_advisor_20260301_name import MessagesRequestToolsItemAdvisor20260301Name
from ..models.messages_request_tools_item_advisor_20260301_type import MessagesRequestToolsItemAdvisor20260301Type
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


T = TypeVar("T", bound="MessagesRequestToolsItemAdvisor20260301")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"model", "name", "type", "allowed_callers", "cache_control", "caching", "defer_loading", "max_uses"}
)


@_attrs_define(repr=False)
class MessagesRequestToolsItemAdvisor20260301:
    """
    Attributes:
        model (str):
        name (MessagesRequestToolsItemAdvisor20260301Name):
        type_ (MessagesRequestToolsItemAdvisor20260301Type):
        allowed_callers (list[AnthropicAllowedCallersItem] | Unset):  Example: ['direct'].
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        caching (AnthropicCacheControlDirective | None | Unset):
        defer_loading (bool | Unset):
        max_uses (int | Unset):
    """

    _model: str = _attrs_field(alias="model")
    _name: MessagesRequestToolsItemAdvisor20260301Name = _attrs_field(alias="name")
    _type_: MessagesRequestToolsItemAdvisor20260301Type = _attrs_field(alias="type_")
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    caching: AnthropicCacheControlDirective | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemAdvisor20260301", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def name(self) -> MessagesRequestToolsItemAdvisor20260301Name:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemAdvisor20260301", "name")
        return value

    @name.setter
    def name(self, value: MessagesRequestToolsItemAdvisor20260301Name) -> None:
        self._name = value

    @property
    def type_(self) -> MessagesRequestToolsItemAdvisor20260301Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemAdvisor20260301", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestToolsItemAdvisor20260301Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"model={self._model!r}, "
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"allowed_callers={self.allowed_callers!r}, "
            f"cache_control={self.cache_control!r}, "
            f"caching={self.caching!r}, "
            f"defer_loading={self.defer_loading!r}, "
            f"max_uses={self.max_uses!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        model: Any = self._model

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

        caching: Any = self.caching
        if not (isinstance(caching, Unset) or caching is None):
            if isinstance(self.caching, AnthropicCacheControlDirective):
                caching = self.caching.to_dict()
            else:
                caching = self.caching

        defer_loading: Any = self.defer_loading

        max_uses: Any = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if caching is not UNSET:
            field_dict["caching"] = caching
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestToolsItemAdvisor20260301 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "name" not in data:
            return False
        if "name" in data and not MessagesRequestToolsItemAdvisor20260301Name.is_known(data["name"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestToolsItemAdvisor20260301Type.is_known(data["type"]):
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
                    f"MessagesRequestToolsItemAdvisor20260301 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            model = d.get("model", UNSET)

            _field = "name"
            _raw_name = d.get("name", UNSET)
            name: Any = _raw_name
            if _raw_name is not None and _raw_name is not UNSET:
                name = MessagesRequestToolsItemAdvisor20260301Name._value2member_map_.get(
                    _raw_name
                ) or MessagesRequestToolsItemAdvisor20260301Name._parse(_raw_name)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestToolsItemAdvisor20260301Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestToolsItemAdvisor20260301Type._parse(_raw_type_)

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

            _field = "caching"
            _raw_caching = d.get("caching", UNSET)
            caching: Any = _raw_caching
            if _raw_caching is not None and _raw_caching is not UNSET:
                caching = (
                    AnthropicCacheControlDirective.from_dict(_raw_caching)
                    if type(_raw_caching) is dict
                    else _parse_caching(_raw_caching)
                )

            defer_loading = d.get("defer_loading", UNSET)

            max_uses = d.get("max_uses", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesRequestToolsItemAdvisor20260301", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestToolsItemAdvisor20260301", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_tools_item_advisor_20260301 = cls(
            model,
            name,
            type_,
            allowed_callers,
            cache_control,
            caching,
            defer_loading,
            max_uses,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_tools_item_advisor_20260301.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_tools_item_advisor_20260301

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


MessagesRequestToolsItemAdvisor20260301.__annotations__ = ResolvingAnnotations(
    MessagesRequestToolsItemAdvisor20260301.__annotations__, _resolve_lazy_imports
)


def _parse_caching(data: object) -> AnthropicCacheControlDirective | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicCacheControlDirective._matches(data):
        try:
            caching_type_0 = AnthropicCacheControlDirective.from_dict(data)

            return caching_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        caching_type_0 = AnthropicCacheControlDirective.from_dict(data)

        return caching_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicCacheControlDirective | None | Unset", data)
