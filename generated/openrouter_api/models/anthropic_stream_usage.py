from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_stream_usage_server_tool_use_type_0 import AnthropicStreamUsageServerToolUseType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicStreamUsageServerToolUseType0
    from ..models.anthropic_stream_usage_server_tool_use_type_0 import AnthropicStreamUsageServerToolUseType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicStreamUsage")


@_attrs_define
class AnthropicStreamUsage:
    """Cumulative token counts reported near the end of a stream; any field may be missing.

    Attributes:
        input_tokens (int | None | Unset):
        output_tokens (int | Unset):
        cache_creation_input_tokens (int | None | Unset):
        cache_read_input_tokens (int | None | Unset):
        server_tool_use (AnthropicStreamUsageServerToolUseType0 | None | Unset):
    """

    input_tokens: int | None | Unset = UNSET
    output_tokens: int | Unset = UNSET
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    server_tool_use: AnthropicStreamUsageServerToolUseType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_tokens: Any = self.input_tokens
        if not (isinstance(input_tokens, Unset) or input_tokens is None):
            if isinstance(self.input_tokens, Unset):
                input_tokens = UNSET
            else:
                input_tokens = self.input_tokens

        output_tokens: Any = self.output_tokens

        cache_creation_input_tokens: Any = self.cache_creation_input_tokens
        if not (isinstance(cache_creation_input_tokens, Unset) or cache_creation_input_tokens is None):
            if isinstance(self.cache_creation_input_tokens, Unset):
                cache_creation_input_tokens = UNSET
            else:
                cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: Any = self.cache_read_input_tokens
        if not (isinstance(cache_read_input_tokens, Unset) or cache_read_input_tokens is None):
            if isinstance(self.cache_read_input_tokens, Unset):
                cache_read_input_tokens = UNSET
            else:
                cache_read_input_tokens = self.cache_read_input_tokens

        server_tool_use: Any = self.server_tool_use
        if not (isinstance(server_tool_use, Unset) or server_tool_use is None):
            if isinstance(self.server_tool_use, Unset):
                server_tool_use = UNSET
            elif isinstance(self.server_tool_use, AnthropicStreamUsageServerToolUseType0):
                server_tool_use = self.server_tool_use.to_dict()
            else:
                server_tool_use = self.server_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicStreamUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        _raw_server_tool_use = d.pop("server_tool_use", UNSET)
        server_tool_use: Any = _raw_server_tool_use
        if _raw_server_tool_use is not None and _raw_server_tool_use is not UNSET:
            server_tool_use = _parse_server_tool_use(_raw_server_tool_use)

        anthropic_stream_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            server_tool_use=server_tool_use,
        )

        anthropic_stream_usage.additional_properties = d
        return anthropic_stream_usage

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


def _parse_server_tool_use(data: object) -> AnthropicStreamUsageServerToolUseType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicStreamUsageServerToolUseType0._matches(data):
        try:
            server_tool_use_type_0 = AnthropicStreamUsageServerToolUseType0.from_dict(data)

            return server_tool_use_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = AnthropicStreamUsageServerToolUseType0.from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicStreamUsageServerToolUseType0 | None | Unset", data)
