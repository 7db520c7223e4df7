from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem
from ..models.messages_request_tools_item_web_search_20260209_name import MessagesRequestToolsItemWebSearch20260209Name
from ..models.messages_request_tools_item_web_search_20260209_type import MessagesRequestToolsItemWebSearch20260209Type
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_web_search_tool_user_location import AnthropicWebSearchToolUserLocation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControlDirective, AnthropicWebSearchToolUserLocation
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_web_search_tool_user_location import AnthropicWebSearchToolUserLocation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequestToolsItemWebSearch20260209")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "allowed_callers",
        "allowed_domains",
        "blocked_domains",
        "cache_control",
        "max_uses",
        "user_location",
    }
)


@_attrs_define(repr=False)
class MessagesRequestToolsItemWebSearch20260209:
    """
    Attributes:
        name (MessagesRequestToolsItemWebSearch20260209Name):
        type_ (MessagesRequestToolsItemWebSearch20260209Type):
        allowed_callers (list[AnthropicAllowedCallersItem] | Unset):  Example: ['direct'].
        allowed_domains (list[str] | None | Unset):
        blocked_domains (list[str] | None | Unset):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        max_uses (int | None | Unset):
        user_location (AnthropicWebSearchToolUserLocation | None | Unset):
    """

    _name: MessagesRequestToolsItemWebSearch20260209Name = _attrs_field(alias="name")
    _type_: MessagesRequestToolsItemWebSearch20260209Type = _attrs_field(alias="type_")
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    max_uses: int | None | Unset = UNSET
    user_location: AnthropicWebSearchToolUserLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> MessagesRequestToolsItemWebSearch20260209Name:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemWebSearch20260209", "name")
        return value

    @name.setter
    def name(self, value: MessagesRequestToolsItemWebSearch20260209Name) -> None:
        self._name = value

    @property
    def type_(self) -> MessagesRequestToolsItemWebSearch20260209Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolsItemWebSearch20260209", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestToolsItemWebSearch20260209Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"allowed_callers={self.allowed_callers!r}, "
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"cache_control={self.cache_control!r}, "
            f"max_uses={self.max_uses!r}, "
            f"user_location={self.user_location!r}, "
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

        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            if isinstance(self.allowed_domains, list):
                allowed_domains = self.allowed_domains

            else:
                allowed_domains = self.allowed_domains

        blocked_domains: Any = self.blocked_domains
        if not (isinstance(blocked_domains, Unset) or blocked_domains is None):
            if isinstance(self.blocked_domains, list):
                blocked_domains = self.blocked_domains

            else:
                blocked_domains = self.blocked_domains

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        max_uses: Any = self.max_uses

        user_location: Any = self.user_location
        if not (isinstance(user_location, Unset) or user_location is None):
            if isinstance(self.user_location, AnthropicWebSearchToolUserLocation):
                user_location = self.user_location.to_dict()
            else:
                user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestToolsItemWebSearch20260209 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "name" in data and not MessagesRequestToolsItemWebSearch20260209Name.is_known(data["name"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestToolsItemWebSearch20260209Type.is_known(data["type"]):
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
                    f"MessagesRequestToolsItemWebSearch20260209 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "name"
            _raw_name = d.get("name", UNSET)
            name: Any = _raw_name
            if _raw_name is not None and _raw_name is not UNSET:
                name = MessagesRequestToolsItemWebSearch20260209Name._value2member_map_.get(
                    _raw_name
                ) or MessagesRequestToolsItemWebSearch20260209Name._parse(_raw_name)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestToolsItemWebSearch20260209Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestToolsItemWebSearch20260209Type._parse(_raw_type_)

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

            _field = "allowed_domains"
            _raw_allowed_domains = d.get("allowed_domains", UNSET)
            allowed_domains: Any = _raw_allowed_domains
            if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
                allowed_domains = _parse_allowed_domains(_raw_allowed_domains)

            _field = "blocked_domains"
            _raw_blocked_domains = d.get("blocked_domains", UNSET)
            blocked_domains: Any = _raw_blocked_domains
            if _raw_blocked_domains is not None and _raw_blocked_domains is not UNSET:
                blocked_domains = _parse_blocked_domains(_raw_blocked_domains)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            max_uses = d.get("max_uses", UNSET)

            _field = "user_location"
            _raw_user_location = d.get("user_location", UNSET)
            user_location: Any = _raw_user_location
            if _raw_user_location is not None and _raw_user_location is not UNSET:
                user_location = (
                    AnthropicWebSearchToolUserLocation.from_dict(_raw_user_location)
                    if type(_raw_user_location) is dict
                    else _parse_user_location(_raw_user_location)
                )

        except FieldParseError as error:
            raise error.within("MessagesRequestToolsItemWebSearch20260209", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestToolsItemWebSearch20260209", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_tools_item_web_search_20260209 = cls(
            name,
            type_,
            allowed_callers,
            allowed_domains,
            blocked_domains,
            cache_control,
            max_uses,
            user_location,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_tools_item_web_search_20260209.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_tools_item_web_search_20260209

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


MessagesRequestToolsItemWebSearch20260209.__annotations__ = ResolvingAnnotations(
    MessagesRequestToolsItemWebSearch20260209.__annotations__, _resolve_lazy_imports
)


def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_domains_type_0 = cast("list[str]", data)

        return allowed_domains_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        blocked_domains_type_0 = cast("list[str]", data)

        return blocked_domains_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_user_location(data: object) -> AnthropicWebSearchToolUserLocation | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicWebSearchToolUserLocation._matches(data):
        try:
            user_location_type_0 = AnthropicWebSearchToolUserLocation.from_dict(data)

            return user_location_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_location_type_0 = AnthropicWebSearchToolUserLocation.from_dict(data)

        return user_location_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicWebSearchToolUserLocation | None | Unset", data)
