from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_engine import WebSearchEngine
from ..models.web_search_mode import WebSearchMode
from ..models.web_search_plugin_id import WebSearchPluginId
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.web_search_plugin_user_location import WebSearchPluginUserLocation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, WebSearchPluginUserLocation
    if _lazy_imports_resolved:
        return
    from ..models.web_search_plugin_user_location import WebSearchPluginUserLocation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="WebSearchPlugin")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "enabled",
        "engine",
        "exclude_domains",
        "include_domains",
        "max_results",
        "max_uses",
        "mode",
        "search_prompt",
        "user_location",
    }
)


@_attrs_define(repr=False)
class WebSearchPlugin:
    """
    Example:
        {'enabled': True, 'id': 'web', 'max_results': 5}

    Attributes:
        id (WebSearchPluginId):
        enabled (bool | Unset): Set to false to disable the web-search plugin for this request. Defaults to true.
        engine (WebSearchEngine | Unset): The search engine to use for web search. Example: exa.
        exclude_domains (list[str] | Unset): A list of domains to exclude from web search results. Supports wildcards
            (e.g. "*.substack.com") and path filtering (e.g. "openai.com/blog"). Example: ['example.com', '*.substack.com',
            'openai.com/blog'].
        include_domains (list[str] | Unset): A list of domains to restrict web search results to. Supports wildcards
            (e.g. "*.substack.com") and path filtering (e.g. "openai.com/blog"). Example: ['example.com', '*.substack.com',
            'openai.com/blog'].
        max_results (int | Unset):
        max_uses (int | Unset): Maximum number of times the model can invoke web search in a single turn. Passed through
            to native providers that support it (e.g. Anthropic).
        mode (WebSearchMode | Unset): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_prompt (str | Unset):
        user_location (WebSearchPluginUserLocation | Unset):
    """

    _id: WebSearchPluginId = _attrs_field(alias="id")
    enabled: bool | Unset = UNSET
    engine: WebSearchEngine | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    include_domains: list[str] | Unset = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: WebSearchMode | Unset = UNSET
    search_prompt: str | Unset = UNSET
    user_location: WebSearchPluginUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> WebSearchPluginId:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("WebSearchPlugin", "id")
        return value

    @id.setter
    def id(self, value: WebSearchPluginId) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"enabled={self.enabled!r}, "
            f"engine={self.engine!r}, "
            f"exclude_domains={self.exclude_domains!r}, "
            f"include_domains={self.include_domains!r}, "
            f"max_results={self.max_results!r}, "
            f"max_uses={self.max_uses!r}, "
            f"mode={self.mode!r}, "
            f"search_prompt={self.search_prompt!r}, "
            f"user_location={self.user_location!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = self._id.value

        enabled: Any = self.enabled

        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        exclude_domains: Any = self.exclude_domains
        if not (isinstance(exclude_domains, Unset) or exclude_domains is None):
            exclude_domains = self.exclude_domains

        include_domains: Any = self.include_domains
        if not (isinstance(include_domains, Unset) or include_domains is None):
            include_domains = self.include_domains

        max_results: Any = self.max_results

        max_uses: Any = self.max_uses

        mode: Any = self.mode
        if not (isinstance(mode, Unset) or mode is None):
            mode = mode.value

        search_prompt: Any = self.search_prompt

        user_location: Any = self.user_location
        if not (isinstance(user_location, Unset) or user_location is None):
            user_location = user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine
        if exclude_domains is not UNSET:
            field_dict["exclude_domains"] = exclude_domains
        if include_domains is not UNSET:
            field_dict["include_domains"] = include_domains
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if mode is not UNSET:
            field_dict["mode"] = mode
        if search_prompt is not UNSET:
            field_dict["search_prompt"] = search_prompt
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WebSearchPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not WebSearchPluginId.is_known(data["id"]):
            return False
        if "engine" in data and not WebSearchEngine.is_known(data["engine"]):
            return False
        if "mode" in data and not WebSearchMode.is_known(data["mode"]):
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
                    f"WebSearchPlugin is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = WebSearchPluginId._value2member_map_.get(_raw_id) or WebSearchPluginId._parse(_raw_id)

            enabled = d.get("enabled", UNSET)

            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = WebSearchEngine._value2member_map_.get(_raw_engine) or WebSearchEngine._parse(_raw_engine)

            _field = "exclude_domains"
            _raw_exclude_domains = d.get("exclude_domains", UNSET)
            exclude_domains: Any = _raw_exclude_domains
            if _raw_exclude_domains is not None and _raw_exclude_domains is not UNSET:
                exclude_domains = cast("list[str]", _raw_exclude_domains)

            _field = "include_domains"
            _raw_include_domains = d.get("include_domains", UNSET)
            include_domains: Any = _raw_include_domains
            if _raw_include_domains is not None and _raw_include_domains is not UNSET:
                include_domains = cast("list[str]", _raw_include_domains)

            max_results = d.get("max_results", UNSET)

            max_uses = d.get("max_uses", UNSET)

            _field = "mode"
            _raw_mode = d.get("mode", UNSET)
            mode: Any = _raw_mode
            if _raw_mode is not None and _raw_mode is not UNSET:
                mode = WebSearchMode._value2member_map_.get(_raw_mode) or WebSearchMode._parse(_raw_mode)

            search_prompt = d.get("search_prompt", UNSET)

            _field = "user_location"
            _raw_user_location = d.get("user_location", UNSET)
            user_location: Any = _raw_user_location
            if _raw_user_location is not None and _raw_user_location is not UNSET:
                user_location = WebSearchPluginUserLocation.from_dict(_raw_user_location)

        except FieldParseError as error:
            raise error.within("WebSearchPlugin", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WebSearchPlugin", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        web_search_plugin = cls(
            id,
            enabled,
            engine,
            exclude_domains,
            include_domains,
            max_results,
            max_uses,
            mode,
            search_prompt,
            user_location,
        )

        if not _DECLARED_KEYS.issuperset(d):
            web_search_plugin.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return web_search_plugin

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


WebSearchPlugin.__annotations__ = ResolvingAnnotations(WebSearchPlugin.__annotations__, _resolve_lazy_imports)
