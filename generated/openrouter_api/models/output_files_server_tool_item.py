from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_files_server_tool_item_type import OutputFilesServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputFilesServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"status", "type", "arguments", "call_id", "error", "file_id", "filename", "id", "operation", "result"}
)


@_attrs_define(repr=False)
class OutputFilesServerToolItem:
    """An openrouter:files server tool output item

    Example:
        {'filename': 'notes.txt', 'id': 'fl_tmp_abc123', 'operation': 'read', 'result':
            '{"id":"file_abc","filename":"notes.txt","content":"hello"}', 'status': 'completed', 'type': 'openrouter:files'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputFilesServerToolItemType):
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model.
        call_id (None | str | Unset): The model-generated tool call id from the originating turn.
        error (str | Unset): Error message when the file operation failed.
        file_id (str | Unset): The target file id supplied in the tool-call arguments.
        filename (str | Unset): The target filename supplied in the tool-call arguments.
        id (str | Unset):
        operation (str | Unset): The file operation performed (list, read, write, or edit).
        result (str | Unset): JSON-serialized result of the file operation.
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputFilesServerToolItemType = _attrs_field(alias="type_")
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    error: str | Unset = UNSET
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    operation: str | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputFilesServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputFilesServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputFilesServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputFilesServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"arguments={self.arguments!r}, "
            f"call_id={self.call_id!r}, "
            f"error={self.error!r}, "
            f"file_id={self.file_id!r}, "
            f"filename={self.filename!r}, "
            f"id={self.id!r}, "
            f"operation={self.operation!r}, "
            f"result={self.result!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        arguments: Any = self.arguments

        call_id: Any = self.call_id

        error: Any = self.error

        file_id: Any = self.file_id

        filename: Any = self.filename

        id: Any = self.id

        operation: Any = self.operation

        result: Any = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if error is not UNSET:
            field_dict["error"] = error
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputFilesServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputFilesServerToolItemType.is_known(data["type"]):
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
                    f"OutputFilesServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = OutputFilesServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputFilesServerToolItemType._parse(_raw_type_)

            arguments = d.get("arguments", UNSET)

            call_id = d.get("call_id", UNSET)

            error = d.get("error", UNSET)

            file_id = d.get("file_id", UNSET)

            filename = d.get("filename", UNSET)

            id = d.get("id", UNSET)

            operation = d.get("operation", UNSET)

            result = d.get("result", UNSET)

        except FieldParseError as error:
            raise error.within("OutputFilesServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputFilesServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_files_server_tool_item = cls(
            status,
            type_,
            arguments,
            call_id,
            error,
            file_id,
            filename,
            id,
            operation,
            result,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_files_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_files_server_tool_item

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
