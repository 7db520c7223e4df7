from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_quality_level import SearchQualityLevel
from ..models.web_search_engine_enum import WebSearchEngineEnum
from ..models.web_search_mode import WebSearchMode
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.web_search_user_location_server_tool import WebSearchUserLocationServerTool

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, WebSearchUserLocationServerTool
    if _lazy_imports_resolved:
        return
    from ..models.web_search_user_location_server_tool import WebSearchUserLocationServerTool  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="WebSearchServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "allowed_domains",
        "engine",
        "excluded_domains",
        "max_characters",
        "max_results",
        "max_total_results",
        "max_uses",
        "mode",
        "search_context_size",
        "user_location",
    }
)


@_attrs_define(repr=False)
class WebSearchServerToolConfig:
    """Configuration for the openrouter:web_search server tool

    Example:
        {'max_results': 5, 'search_context_size': 'medium'}

    Attributes:
        allowed_domains (list[str] | Unset): Limit search results to these domains. Supported by Exa, Firecrawl,
            Parallel, Perplexity, and most native providers (Anthropic, OpenAI, xAI). Cannot be used with excluded_domains.
        engine (WebSearchEngineEnum | Unset): Which search engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in search. "exa" forces the Exa search API.
            "firecrawl" uses Firecrawl (requires BYOK). "parallel" uses the Parallel search API. "perplexity" uses the
            Perplexity Search API (raw ranked results). Example: auto.
        excluded_domains (list[str] | Unset): Exclude search results from these domains. Supported by Exa, Firecrawl,
            Parallel, Perplexity, Anthropic, OpenAI, and xAI. Cannot be used with allowed_domains.
        max_characters (int | Unset): Exact maximum number of characters of content per search result. Applies to the
            Exa, Parallel, and Perplexity engines; ignored with native provider search and Firecrawl. For Exa, caps
            highlight content per result. For Parallel, caps excerpt content per result (default 1,500 when omitted). For
            Perplexity, maps to the native `max_tokens_per_page` parameter (converted from characters to tokens) and trims
            the response to the exact character cap. When both `max_characters` and `search_context_size` are set,
            `max_characters` takes precedence. When omitted, falls back to `search_context_size` mapping (Exa) or engine
            defaults (Parallel, Perplexity). Example: 2000.
        max_results (int | Unset): Maximum number of search results to return per search call. Defaults to 5. Applies to
            Exa, Firecrawl, Parallel, and Perplexity engines; ignored with native provider search. Perplexity supports a
            maximum of 20; values above 20 are clamped. Example: 5.
        max_total_results (int | Unset): Maximum total number of search results across all search calls in a single
            request. Once this limit is reached, the tool will stop returning new results. Useful for controlling cost and
            context size in agentic loops. Defaults to 50 when not specified. Example: 50.
        max_uses (int | Unset): Maximum number of web searches the model may perform in a single request. Once reached,
            further search calls return an error result instead of executing. Applies to the Exa, Firecrawl, Parallel, and
            Perplexity engines. With native provider search, forwarded only to Anthropic (as `max_uses`); other native
            search providers have no equivalent parameter and ignore it. Example: 3.
        mode (WebSearchMode | Unset): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_context_size (SearchQualityLevel | Unset): How much context to retrieve per result. Applies to Exa,
            Parallel, and Perplexity engines; ignored with native provider search and Firecrawl. For Exa, pins a fixed per-
            result character cap (low=5,000, medium=15,000, high=30,000); when omitted, Exa picks an adaptive size per query
            and document (typically ~2,000–4,000 characters per result). For Parallel, controls the total characters across
            all results; when omitted, Parallel uses its own default size. For Perplexity, maps directly to the Search API's
            native search_context_size parameter. Overridden by `max_characters` when both are set. Example: medium.
        user_location (WebSearchUserLocationServerTool | Unset): Approximate user location for location-biased results.
            Example: {'city': 'San Francisco', 'country': 'US', 'region': 'California', 'timezone': 'America/Los_Angeles',
            'type': 'approximate'}.
    """

    allowed_domains: list[str] | Unset = UNSET
    engine: WebSearchEngineEnum | Unset = UNSET
    excluded_domains: list[str] | Unset = UNSET
    max_characters: int | Unset = UNSET
    max_results: int | Unset = UNSET
    max_total_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: WebSearchMode | Unset = UNSET
    search_context_size: SearchQualityLevel | Unset = UNSET
    user_location: WebSearchUserLocationServerTool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"engine={self.engine!r}, "
            f"excluded_domains={self.excluded_domains!r}, "
            f"max_characters={self.max_characters!r}, "
            f"max_results={self.max_results!r}, "
            f"max_total_results={self.max_total_results!r}, "
            f"max_uses={self.max_uses!r}, "
            f"mode={self.mode!r}, "
            f"search_context_size={self.search_context_size!r}, "
            f"user_location={self.user_location!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            allowed_domains = self.allowed_domains

        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        excluded_domains: Any = self.excluded_domains
        if not (isinstance(excluded_domains, Unset) or excluded_domains is None):
            excluded_domains = self.excluded_domains

        max_characters: Any = self.max_characters

        max_results: Any = self.max_results

        max_total_results: Any = self.max_total_results

        max_uses: Any = self.max_uses

        mode: Any = self.mode
        if not (isinstance(mode, Unset) or mode is None):
            mode = mode.value

        search_context_size: Any = self.search_context_size
        if not (isinstance(search_context_size, Unset) or search_context_size is None):
            search_context_size = search_context_size.value

        user_location: Any = self.user_location
        if not (isinstance(user_location, Unset) or user_location is None):
            user_location = user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if engine is not UNSET:
            field_dict["engine"] = engine
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains
        if max_characters is not UNSET:
            field_dict["max_characters"] = max_characters
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_total_results is not UNSET:
            field_dict["max_total_results"] = max_total_results
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
        """True if data is an object with every required key of WebSearchServerToolConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "engine" in data and not WebSearchEngineEnum.is_known(data["engine"]):
            return False
        if "mode" in data and not WebSearchMode.is_known(data["mode"]):
            return False
        if "search_context_size" in data and not SearchQualityLevel.is_known(data["search_context_size"]):
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
                    f"WebSearchServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "allowed_domains"
            _raw_allowed_domains = d.get("allowed_domains", UNSET)
            allowed_domains: Any = _raw_allowed_domains
            if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
                allowed_domains = cast("list[str]", _raw_allowed_domains)

            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = WebSearchEngineEnum._value2member_map_.get(_raw_engine) or WebSearchEngineEnum._parse(
                    _raw_engine
                )

            _field = "excluded_domains"
            _raw_excluded_domains = d.get("excluded_domains", UNSET)
            excluded_domains: Any = _raw_excluded_domains
            if _raw_excluded_domains is not None and _raw_excluded_domains is not UNSET:
                excluded_domains = cast("list[str]", _raw_excluded_domains)

            max_characters = d.get("max_characters", UNSET)

            max_results = d.get("max_results", UNSET)

            max_total_results = d.get("max_total_results", UNSET)

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
                search_context_size = SearchQualityLevel._value2member_map_.get(
                    _raw_search_context_size
                ) or SearchQualityLevel._parse(_raw_search_context_size)

            _field = "user_location"
            _raw_user_location = d.get("user_location", UNSET)
            user_location: Any = _raw_user_location
            if _raw_user_location is not None and _raw_user_location is not UNSET:
                user_location = WebSearchUserLocationServerTool.from_dict(_raw_user_location)

        except FieldParseError as error:
            raise error.within("WebSearchServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WebSearchServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        web_search_server_tool_config = cls(
            allowed_domains,
            engine,
            excluded_domains,
            max_characters,
            max_results,
            max_total_results,
            max_uses,
            mode,
            search_context_size,
            user_location,
        )

        if not _DECLARED_KEYS.issuperset(d):
            web_search_server_tool_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return web_search_server_tool_config

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


WebSearchServerToolConfig.__annotations__ = ResolvingAnnotations(
    WebSearchServerToolConfig.__annotations__, _resolve_lazy_imports
)
