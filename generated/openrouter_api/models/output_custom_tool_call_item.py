from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_custom_tool_call_item_type import OutputCustomToolCallItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputCustomToolCallItem")


@_attrs_define
class OutputCustomToolCallItem:
    """A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`. Used for tools like
    Codex CLI's `apply_patch` whose payload is opaque text rather than JSON arguments.

        Example:
            {'call_id': 'call-abc123', 'id': 'ctc-abc123', 'input': '*** Begin Patch\\n*** End Patch', 'name':
                'apply_patch', 'type': 'custom_tool_call'}

        Attributes:
            call_id (str):
            input_ (str):
            name (str):
            type_ (OutputCustomToolCallItemType):
            id (str | Unset):
            namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
                server)
    """

    call_id: str
    input_: str
    name: str
    type_: OutputCustomToolCallItemType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id: Any = self.call_id

        input_: Any = self.input_

        name: Any = self.name

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        id: Any = self.id

        namespace: Any = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputCustomToolCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "input" not in data:
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputCustomToolCallItemType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id", UNSET)

        input_ = d.pop("input", UNSET)

        name = d.pop("name", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OutputCustomToolCallItemType._parse(_raw_type_)

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        output_custom_tool_call_item = cls(
            call_id=call_id,
            input_=input_,
            name=name,
            type_=type_,
            id=id,
            namespace=namespace,
        )

        output_custom_tool_call_item.additional_properties = d
        return output_custom_tool_call_item

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
