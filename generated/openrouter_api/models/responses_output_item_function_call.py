from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_item_function_call_type import ResponsesOutputItemFunctionCallType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesOutputItemFunctionCall")


@_attrs_define
class ResponsesOutputItemFunctionCall:
    """A function call the model wants your code to run.

    Example:
        {'type': 'function_call', 'id': 'fc-abc123', 'call_id': 'call-abc123', 'name': 'get_weather', 'arguments':
            '{"location": "Paris"}'}

    Attributes:
        type_ (ResponsesOutputItemFunctionCallType):
        call_id (str):
        name (str):
        arguments (str): The arguments as a JSON string.
        id (str | Unset):
        status (ToolCallStatus | Unset): Progress of a tool call or output item.
    """

    type_: ResponsesOutputItemFunctionCallType
    call_id: str
    name: str
    arguments: str
    id: str | Unset = UNSET
    status: ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        call_id: Any = self.call_id

        name: Any = self.name

        arguments: Any = self.arguments

        id: Any = self.id

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponsesOutputItemFunctionCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponsesOutputItemFunctionCallType.is_known(data["type"]):
            return False
        if "call_id" not in data:
            return False
        if "name" not in data:
            return False
        if "arguments" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ResponsesOutputItemFunctionCallType._parse(_raw_type_)

        call_id = d.pop("call_id", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        id = d.pop("id", UNSET)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            _status = _raw_status
            status: ToolCallStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ToolCallStatus._parse(_status)

        responses_output_item_function_call = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            arguments=arguments,
            id=id,
            status=status,
        )

        responses_output_item_function_call.additional_properties = d
        return responses_output_item_function_call

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
