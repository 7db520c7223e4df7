from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_engine import WebSearchEngine
from ..models.web_search_plugin_id import WebSearchPluginId
from ..models.web_search_plugin_native_tool_version import WebSearchPluginNativeToolVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchPlugin")


@_attrs_define
class WebSearchPlugin:
    """Adds web search results to the prompt.

    Attributes:
        id (WebSearchPluginId):
        enabled (bool | Unset):
        max_results (int | Unset):
        search_prompt (str | Unset): Text placed before the search results.
        engine (WebSearchEngine | Unset): Which search backend the web plugin uses; native means the model provider's
            own search.
        native_tool_version (WebSearchPluginNativeToolVersion | Unset): Version of the provider's native search tool to
            use.
        include_domains (list[str] | Unset):
        exclude_domains (list[str] | Unset):
    """

    id: WebSearchPluginId
    enabled: bool | Unset = UNSET
    max_results: int | Unset = UNSET
    search_prompt: str | Unset = UNSET
    engine: WebSearchEngine | Unset = UNSET
    native_tool_version: WebSearchPluginNativeToolVersion | Unset = UNSET
    include_domains: list[str] | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            id = self.id.value

        enabled: Any = self.enabled

        max_results: Any = self.max_results

        search_prompt: Any = self.search_prompt

        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = UNSET
            if not isinstance(self.engine, Unset):
                engine = self.engine.value

        native_tool_version: Any = self.native_tool_version
        if not (isinstance(native_tool_version, Unset) or native_tool_version is None):
            native_tool_version = UNSET
            if not isinstance(self.native_tool_version, Unset):
                native_tool_version = self.native_tool_version.value

        include_domains: Any = self.include_domains
        if not (isinstance(include_domains, Unset) or include_domains is None):
            include_domains = UNSET
            if not isinstance(self.include_domains, Unset):
                include_domains = self.include_domains

        exclude_domains: Any = self.exclude_domains
        if not (isinstance(exclude_domains, Unset) or exclude_domains is None):
            exclude_domains = UNSET
            if not isinstance(self.exclude_domains, Unset):
                exclude_domains = self.exclude_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if search_prompt is not UNSET:
            field_dict["search_prompt"] = search_prompt
        if engine is not UNSET:
            field_dict["engine"] = engine
        if native_tool_version is not UNSET:
            field_dict["native_tool_version"] = native_tool_version
        if include_domains is not UNSET:
            field_dict["include_domains"] = include_domains
        if exclude_domains is not UNSET:
            field_dict["exclude_domains"] = exclude_domains

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
        if "native_tool_version" in data and not WebSearchPluginNativeToolVersion.is_known(data["native_tool_version"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: Any = _raw_id
        if _raw_id is not None and _raw_id is not UNSET:
            id = WebSearchPluginId._parse(_raw_id)

        enabled = d.pop("enabled", UNSET)

        max_results = d.pop("max_results", UNSET)

        search_prompt = d.pop("search_prompt", UNSET)

        _raw_engine = d.pop("engine", UNSET)
        engine: Any = _raw_engine
        if _raw_engine is not None and _raw_engine is not UNSET:
            _engine = _raw_engine
            engine: WebSearchEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = WebSearchEngine._parse(_engine)

        _raw_native_tool_version = d.pop("native_tool_version", UNSET)
        native_tool_version: Any = _raw_native_tool_version
        if _raw_native_tool_version is not None and _raw_native_tool_version is not UNSET:
            _native_tool_version = _raw_native_tool_version
            native_tool_version: WebSearchPluginNativeToolVersion | Unset
            if isinstance(_native_tool_version, Unset):
                native_tool_version = UNSET
            else:
                native_tool_version = WebSearchPluginNativeToolVersion._parse(_native_tool_version)

        _raw_include_domains = d.pop("include_domains", UNSET)
        include_domains: Any = _raw_include_domains
        if _raw_include_domains is not None and _raw_include_domains is not UNSET:
            include_domains = cast("list[str]", _raw_include_domains)

        _raw_exclude_domains = d.pop("exclude_domains", UNSET)
        exclude_domains: Any = _raw_exclude_domains
        if _raw_exclude_domains is not None and _raw_exclude_domains is not UNSET:
            exclude_domains = cast("list[str]", _raw_exclude_domains)

        web_search_plugin = cls(
            id=id,
            enabled=enabled,
            max_results=max_results,
            search_prompt=search_prompt,
            engine=engine,
            native_tool_version=native_tool_version,
            include_domains=include_domains,
            exclude_domains=exclude_domains,
        )

        web_search_plugin.additional_properties = d
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
