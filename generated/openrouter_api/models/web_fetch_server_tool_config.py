from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_fetch_engine_enum import WebFetchEngineEnum
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="WebFetchServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"allowed_domains", "blocked_domains", "engine", "max_content_tokens", "max_uses"}
)


@_attrs_define(repr=False)
class WebFetchServerToolConfig:
    """Configuration for the openrouter:web_fetch server tool

    Example:
        {'max_content_tokens': 100000, 'max_uses': 10}

    Attributes:
        allowed_domains (list[str] | Unset): Only fetch from these domains.
        blocked_domains (list[str] | Unset): Never fetch from these domains.
        engine (WebFetchEngineEnum | Unset): Which fetch engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in fetch. "exa" uses Exa Contents API.
            "openrouter" uses direct HTTP fetch. "firecrawl" uses Firecrawl scrape (requires BYOK). "parallel" uses the
            Parallel extract API. Example: auto.
        max_content_tokens (int | Unset): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated. Example: 100000.
        max_uses (int | Unset): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
            Example: 10.
    """

    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    engine: WebFetchEngineEnum | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_domains={self.allowed_domains!r}, "
            f"blocked_domains={self.blocked_domains!r}, "
            f"engine={self.engine!r}, "
            f"max_content_tokens={self.max_content_tokens!r}, "
            f"max_uses={self.max_uses!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            allowed_domains = self.allowed_domains

        blocked_domains: Any = self.blocked_domains
        if not (isinstance(blocked_domains, Unset) or blocked_domains is None):
            blocked_domains = self.blocked_domains

        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        max_content_tokens: Any = self.max_content_tokens

        max_uses: Any = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if engine is not UNSET:
            field_dict["engine"] = engine
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of WebFetchServerToolConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "engine" in data and not WebFetchEngineEnum.is_known(data["engine"]):
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
                    f"WebFetchServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            _field = "blocked_domains"
            _raw_blocked_domains = d.get("blocked_domains", UNSET)
            blocked_domains: Any = _raw_blocked_domains
            if _raw_blocked_domains is not None and _raw_blocked_domains is not UNSET:
                blocked_domains = cast("list[str]", _raw_blocked_domains)

            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = WebFetchEngineEnum._value2member_map_.get(_raw_engine) or WebFetchEngineEnum._parse(
                    _raw_engine
                )

            max_content_tokens = d.get("max_content_tokens", UNSET)

            max_uses = d.get("max_uses", UNSET)

        except FieldParseError as error:
            raise error.within("WebFetchServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("WebFetchServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        web_fetch_server_tool_config = cls(
            allowed_domains,
            blocked_domains,
            engine,
            max_content_tokens,
            max_uses,
        )

        if not _DECLARED_KEYS.issuperset(d):
            web_fetch_server_tool_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return web_fetch_server_tool_config

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
