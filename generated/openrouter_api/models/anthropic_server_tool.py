from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControl
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicServerTool")


@_attrs_define
class AnthropicServerTool:
    """A server tool such as web_search_20250305, or an OpenRouter server tool, with its own settings.

    Attributes:
        type_ (str):
        name (str | Unset):
        max_uses (int | Unset):
        allowed_domains (list[str] | Unset):
        blocked_domains (list[str] | Unset):
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
    """

    type_: str
    name: str | Unset = UNSET
    max_uses: int | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    cache_control: AnthropicCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_

        name: Any = self.name

        max_uses: Any = self.max_uses

        allowed_domains: Any = self.allowed_domains
        if not (isinstance(allowed_domains, Unset) or allowed_domains is None):
            allowed_domains = UNSET
            if not isinstance(self.allowed_domains, Unset):
                allowed_domains = self.allowed_domains

        blocked_domains: Any = self.blocked_domains
        if not (isinstance(blocked_domains, Unset) or blocked_domains is None):
            blocked_domains = UNSET
            if not isinstance(self.blocked_domains, Unset):
                blocked_domains = self.blocked_domains

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        _raw_allowed_domains = d.pop("allowed_domains", UNSET)
        allowed_domains: Any = _raw_allowed_domains
        if _raw_allowed_domains is not None and _raw_allowed_domains is not UNSET:
            allowed_domains = cast("list[str]", _raw_allowed_domains)

        _raw_blocked_domains = d.pop("blocked_domains", UNSET)
        blocked_domains: Any = _raw_blocked_domains
        if _raw_blocked_domains is not None and _raw_blocked_domains is not UNSET:
            blocked_domains = cast("list[str]", _raw_blocked_domains)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        anthropic_server_tool = cls(
            type_=type_,
            name=name,
            max_uses=max_uses,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            cache_control=cache_control,
        )

        anthropic_server_tool.additional_properties = d
        return anthropic_server_tool

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
