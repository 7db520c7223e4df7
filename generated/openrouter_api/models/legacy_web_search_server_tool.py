from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_web_search_server_tool_type import LegacyWebSearchServerToolType
from ..models.search_context_size_enum import SearchContextSizeEnum
from ..models.web_search_engine_enum import WebSearchEngineEnum
from ..models.web_search_mode import WebSearchMode
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.web_search_domain_filter import WebSearchDomainFilter
    from ..models.web_search_user_location import WebSearchUserLocation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, WebSearchDomainFilter, WebSearchUserLocation
    if _lazy_imports_resolved:
        return
    from ..models.web_search_domain_filter import WebSearchDomainFilter  # noqa: PLC0415
    from ..models.web_search_user_location import WebSearchUserLocation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="LegacyWebSearchServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"type", "engine", "filters", "max_results", "max_uses", "mode", "search_context_size", "user_location"}
)


@_attrs_define(repr=False)
class LegacyWebSearchServerTool:
    """Web search tool configuration

    Example:
        {'engine': 'auto', 'filters': {'allowed_domains': ['example.com']}, 'type': 'web_search'}

    Attributes:
        type_ (LegacyWebSearchServerToolType):
        engine (WebSearchEngineEnum | Unset): Which search engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in search. "exa" forces the Exa search API.
            "firecrawl" uses Firecrawl (requires BYOK). "parallel" uses the Parallel search API. "perplexity" uses the
            Perplexity Search API (raw ranked results). Example: auto.
        filters (None | Unset | WebSearchDomainFilter):
        max_results (int | Unset): Maximum number of search results to return per search call. Defaults to 5. Applies to
            Exa, Firecrawl, Parallel, and Perplexity engines; ignored with native provider search. Perplexity supports a
            maximum of 20; values above 20 are clamped. Example: 5.
        max_uses (int | Unset): Maximum number of web searches the model may perform in a single request. Once reached,
            further search calls return an error result instead of executing. Applies to the Exa, Firecrawl, Parallel, and
            Perplexity engines. With native provider search, forwarded only to Anthropic (as `max_uses`); other native
            search providers have no equivalent parameter and ignore it. Example: 3.
        mode (WebSearchMode | Unset): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_context_size (SearchContextSizeEnum | Unset): Size of the search context for web search tools Example:
            medium.
        user_location (None | Unset | WebSearchUserLocation):
    """

    _type_: LegacyWebSearchServerToolType = _attrs_field(alias="type_")
    engine: WebSearchEngineEnum | Unset = UNSET
    filters: None | Unset | WebSearchDomainFilter = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: WebSearchMode | Unset = UNSET
    search_context_size: SearchContextSizeEnum | Unset = UNSET
    user_location: None | Unset | WebSearchUserLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> LegacyWebSearchServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("LegacyWebSearchServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: LegacyWebSearchServerToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"engine={self.engine!r}, "
            f"filters={self.filters!r}, "
            f"max_results={self.max_results!r}, "
            f"max_uses={self.max_uses!r}, "
            f"mode={self.mode!r}, "
            f"search_context_size={self.search_context_size!r}, "
            f"user_location={self.user_location!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        filters: Any = self.filters
        if not (isinstance(filters, Unset) or filters is None):
            if isinstance(self.filters, WebSearchDomainFilter):
                filters = self.filters.to_dict()
            else:
                filters = self.filters

        max_results: Any = self.max_results

        max_uses: Any = self.max_uses

        mode: Any = self.mode
        if not (isinstance(mode, Unset) or mode is None):
            mode = mode.value

        search_context_size: Any = self.search_context_size
        if not (isinstance(search_context_size, Unset) or search_context_size is None):
            search_context_size = search_context_size.value

        user_location: Any = self.user_location
        if not (isinstance(user_location, Unset) or user_location is None):
            if isinstance(self.user_location, WebSearchUserLocation):
                user_location = self.user_location.to_dict()
            else:
                user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if engine is not UNSET:
            field_dict["engine"] = engine
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if mode is not UNSET:
            field_dict["mode"] = mode
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of LegacyWebSearchServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not LegacyWebSearchServerToolType.is_known(data["type"]):
            return False
        if "engine" in data and not WebSearchEngineEnum.is_known(data["engine"]):
            return False
        if "mode" in data and not WebSearchMode.is_known(data["mode"]):
            return False
        if "search_context_size" in data and not SearchContextSizeEnum.is_known(data["search_context_size"]):
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
                    f"LegacyWebSearchServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = LegacyWebSearchServerToolType._value2member_map_.get(
                    _raw_type_
                ) or LegacyWebSearchServerToolType._parse(_raw_type_)

            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = WebSearchEngineEnum._value2member_map_.get(_raw_engine) or WebSearchEngineEnum._parse(
                    _raw_engine
                )

            _field = "filters"
            _raw_filters = d.get("filters", UNSET)
            filters: Any = _raw_filters
            if _raw_filters is not None and _raw_filters is not UNSET:
                filters = (
                    WebSearchDomainFilter.from_dict(_raw_filters)
                    if type(_raw_filters) is dict
                    else _parse_filters(_raw_filters)
                )

            max_results = d.get("max_results", UNSET)

            max_uses = d.get("max_uses", UNSET)

            _field = "mode"
            _raw_mode = d.get("mode", UNSET)
            mode: Any = _raw_mode
            if _raw_mode is not None and _raw_mode is not UNSET:
                mode = WebSearchMode._value2member_map_.get(_raw_mode) or WebSearchMode._parse(_raw_mode)

            _field = "search_context_size"
            _raw_search_context_size = d.get("search_context_size", UNSET)
            search_context_size: Any = _raw_search_context_size
            if _raw_search_context_size is not None and _raw_search_context_size is not UNSET:
                search_context_size = SearchContextSizeEnum._value2member_map_.get(
                    _raw_search_context_size
                ) or SearchContextSizeEnum._parse(_raw_search_context_size)

            _field = "user_location"
            _raw_user_location = d.get("user_location", UNSET)
            user_location: Any = _raw_user_location
            if _raw_user_location is not None and _raw_user_location is not UNSET:
                user_location = (
                    WebSearchUserLocation.from_dict(_raw_user_location)
                    if type(_raw_user_location) is dict
                    else _parse_user_location(_raw_user_location)
                )

        except FieldParseError as error:
            raise error.within("LegacyWebSearchServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("LegacyWebSearchServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        legacy_web_search_server_tool = cls(
            type_,
            engine,
            filters,
            max_results,
            max_uses,
            mode,
            search_context_size,
            user_location,
        )

        if not _DECLARED_KEYS.issuperset(d):
            legacy_web_search_server_tool.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return legacy_web_search_server_tool

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


LegacyWebSearchServerTool.__annotations__ = ResolvingAnnotations(
    LegacyWebSearchServerTool.__annotations__, _resolve_lazy_imports
)


def _parse_filters(data: object) -> None | Unset | WebSearchDomainFilter:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if WebSearchDomainFilter._matches(data):
        try:
            filters_type_0 = WebSearchDomainFilter.from_dict(data)

            return filters_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_0 = WebSearchDomainFilter.from_dict(data)

        return filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Unset | WebSearchDomainFilter", data)


def _parse_user_location(data: object) -> None | Unset | WebSearchUserLocation:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if WebSearchUserLocation._matches(data):
        try:
            user_location_type_0 = WebSearchUserLocation.from_dict(data)

            return user_location_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_location_type_0 = WebSearchUserLocation.from_dict(data)

        return user_location_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Unset | WebSearchUserLocation", data)
