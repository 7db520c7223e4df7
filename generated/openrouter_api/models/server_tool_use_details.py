from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerToolUseDetails")


@_attrs_define
class ServerToolUseDetails:
    """How many server-tool calls the model asked for and how many ran.

    Attributes:
        tool_calls_requested (int | Unset):
        tool_calls_executed (int | Unset):
    """

    tool_calls_requested: int | Unset = UNSET
    tool_calls_executed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_calls_requested: Any = self.tool_calls_requested

        tool_calls_executed: Any = self.tool_calls_executed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool_calls_requested is not UNSET:
            field_dict["tool_calls_requested"] = tool_calls_requested
        if tool_calls_executed is not UNSET:
            field_dict["tool_calls_executed"] = tool_calls_executed

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ServerToolUseDetails and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_calls_requested = d.pop("tool_calls_requested", UNSET)

        tool_calls_executed = d.pop("tool_calls_executed", UNSET)

        server_tool_use_details = cls(
            tool_calls_requested=tool_calls_requested,
            tool_calls_executed=tool_calls_executed,
        )

        server_tool_use_details.additional_properties = d
        return server_tool_use_details

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
