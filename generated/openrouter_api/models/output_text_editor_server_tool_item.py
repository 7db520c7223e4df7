from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_text_editor_server_tool_item_command import OutputTextEditorServerToolItemCommand
from ..models.output_text_editor_server_tool_item_type import OutputTextEditorServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputTextEditorServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "command", "filePath", "id"})


@_attrs_define(repr=False)
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

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputTextEditorServerToolItemType = _attrs_field(alias="type_")
    command: OutputTextEditorServerToolItemCommand | Unset = UNSET
    file_path: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputTextEditorServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputTextEditorServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputTextEditorServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputTextEditorServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"command={self.command!r}, "
            f"file_path={self.file_path!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        command: Any = self.command
        if not (isinstance(command, Unset) or command is None):
            command = command.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"OutputTextEditorServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputTextEditorServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputTextEditorServerToolItemType._parse(_raw_type_)

            _field = "command"
            _raw_command = d.get("command", UNSET)
            command: Any = _raw_command
            if _raw_command is not None and _raw_command is not UNSET:
                command = OutputTextEditorServerToolItemCommand._value2member_map_.get(
                    _raw_command
                ) or OutputTextEditorServerToolItemCommand._parse(_raw_command)

            file_path = d.get("filePath", UNSET)

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("OutputTextEditorServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputTextEditorServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_text_editor_server_tool_item = cls(
            status,
            type_,
            command,
            file_path,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_text_editor_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
