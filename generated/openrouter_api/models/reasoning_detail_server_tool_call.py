from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_server_tool_call_type import ReasoningDetailServerToolCallType
from ..models.reasoning_format import ReasoningFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningDetailServerToolCall")


@_attrs_define
class ReasoningDetailServerToolCall:
    """Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in reasoning_details so a prior
    tool call can be rehydrated into a later turn of the same conversation.

        Example:
            {'arguments': '{"prompt":"Compare carbon tax proposals"}', 'result':
                '{"status":"ok","models":["openai/gpt-4o"]}', 'tool_call_id': 'call_abc123', 'tool_name': 'openrouter:fusion',
                'type': 'reasoning.server_tool_call'}

        Attributes:
            arguments (str):
            result (str):
            tool_name (str):
            type_ (ReasoningDetailServerToolCallType):
            format_ (None | ReasoningFormat | Unset):
            id (None | str | Unset):
            index (int | Unset):
            tool_call_id (None | str | Unset):
    """

    arguments: str
    result: str
    tool_name: str
    type_: ReasoningDetailServerToolCallType
    format_: None | ReasoningFormat | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments: Any = self.arguments

        result: Any = self.result

        tool_name: Any = self.tool_name

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, Unset):
                format_ = UNSET
            elif isinstance(self.format_, ReasoningFormat):
                format_ = self.format_.value
            else:
                format_ = self.format_

        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

        index: Any = self.index

        tool_call_id: Any = self.tool_call_id
        if not (isinstance(tool_call_id, Unset) or tool_call_id is None):
            if isinstance(self.tool_call_id, Unset):
                tool_call_id = UNSET
            else:
                tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if result is not UNSET:
            field_dict["result"] = result
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningDetailServerToolCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "arguments" not in data:
            return False
        if "result" not in data:
            return False
        if "tool_name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ReasoningDetailServerToolCallType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments", UNSET)

        result = d.pop("result", UNSET)

        tool_name = d.pop("tool_name", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ReasoningDetailServerToolCallType._parse(_raw_type_)

        _raw_format_ = d.pop("format", UNSET)
        format_: Any = _raw_format_
        if _raw_format_ is not None and _raw_format_ is not UNSET:
            format_ = _parse_format_(_raw_format_)

        id = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        tool_call_id = d.pop("tool_call_id", UNSET)

        reasoning_detail_server_tool_call = cls(
            arguments=arguments,
            result=result,
            tool_name=tool_name,
            type_=type_,
            format_=format_,
            id=id,
            index=index,
            tool_call_id=tool_call_id,
        )

        reasoning_detail_server_tool_call.additional_properties = d
        return reasoning_detail_server_tool_call

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


def _parse_format_(data: object) -> None | ReasoningFormat | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningFormat.is_known(data):
        try:
            format_type_0 = ReasoningFormat._parse(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        format_type_0 = ReasoningFormat._parse(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningFormat | Unset", data)
