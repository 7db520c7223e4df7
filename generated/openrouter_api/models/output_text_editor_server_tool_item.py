from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_text_editor_server_tool_item_command import OutputTextEditorServerToolItemCommand
from ..models.output_text_editor_server_tool_item_type import OutputTextEditorServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputTextEditorServerToolItem")


@_attrs_define
class OutputTextEditorServerToolItem:
    """An openrouter:text_editor server tool output item

    Example:
        {'command': 'view', 'filePath': '/src/main.ts', 'id': 'te_tmp_abc123', 'status': 'completed', 'type':
            'openrouter:text_editor'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputTextEditorServerToolItemType):
        command (OutputTextEditorServerToolItemCommand | Unset):
        file_path (str | Unset):
        id (str | Unset):
    """

    status: ToolCallStatus
    type_: OutputTextEditorServerToolItemType
    command: OutputTextEditorServerToolItemCommand | Unset = UNSET
    file_path: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = self.status.value

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        command: Any = self.command
        if not (isinstance(command, Unset) or command is None):
            command = UNSET
            if not isinstance(self.command, Unset):
                command = self.command.value

        file_path: Any = self.file_path

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if command is not UNSET:
            field_dict["command"] = command
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputTextEditorServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputTextEditorServerToolItemType.is_known(data["type"]):
            return False
        if "command" in data and not OutputTextEditorServerToolItemCommand.is_known(data["command"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            status = ToolCallStatus._parse(_raw_status)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OutputTextEditorServerToolItemType._parse(_raw_type_)

        _raw_command = d.pop("command", UNSET)
        command: Any = _raw_command
        if _raw_command is not None and _raw_command is not UNSET:
            _command = _raw_command
            command: OutputTextEditorServerToolItemCommand | Unset
            if isinstance(_command, Unset):
                command = UNSET
            else:
                command = OutputTextEditorServerToolItemCommand._parse(_command)

        file_path = d.pop("filePath", UNSET)

        id = d.pop("id", UNSET)

        output_text_editor_server_tool_item = cls(
            status=status,
            type_=type_,
            command=command,
            file_path=file_path,
            id=id,
        )

        output_text_editor_server_tool_item.additional_properties = d
        return output_text_editor_server_tool_item

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
