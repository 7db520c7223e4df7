from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationUsageServerToolUseType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"tool_calls_executed", "tool_calls_requested", "web_search_requests"})


@_attrs_define(repr=False)
class ImageGenerationUsageServerToolUseType0:
    """
    Attributes:
        tool_calls_executed (int | None | Unset): Number of OpenRouter server tool calls that executed and produced a
            result.
        tool_calls_requested (int | None | Unset): Total number of OpenRouter server-orchestrated tool calls the model
            requested, across all tool types. Provider-native tools (e.g. native web search) are not counted here.
        web_search_requests (int | None | Unset): Number of web searches performed by server-side tools. For server-
            orchestrated tool calls a web search is also counted in tool_calls_requested; provider-native web search may
            report web_search_requests only. Do not sum the two.
    """

    tool_calls_executed: int | None | Unset = UNSET
    tool_calls_requested: int | None | Unset = UNSET
    web_search_requests: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"tool_calls_executed={self.tool_calls_executed!r}, "
            f"tool_calls_requested={self.tool_calls_requested!r}, "
            f"web_search_requests={self.web_search_requests!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        tool_calls_executed: Any = self.tool_calls_executed

        tool_calls_requested: Any = self.tool_calls_requested

        web_search_requests: Any = self.web_search_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool_calls_executed is not UNSET:
            field_dict["tool_calls_executed"] = tool_calls_executed
        if tool_calls_requested is not UNSET:
            field_dict["tool_calls_requested"] = tool_calls_requested
        if web_search_requests is not UNSET:
            field_dict["web_search_requests"] = web_search_requests

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationUsageServerToolUseType0 and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ImageGenerationUsageServerToolUseType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        tool_calls_executed = d.get("tool_calls_executed", UNSET)

        tool_calls_requested = d.get("tool_calls_requested", UNSET)

        web_search_requests = d.get("web_search_requests", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_usage_server_tool_use_type_0 = cls(
            tool_calls_executed,
            tool_calls_requested,
            web_search_requests,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_usage_server_tool_use_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return image_generation_usage_server_tool_use_type_0

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
