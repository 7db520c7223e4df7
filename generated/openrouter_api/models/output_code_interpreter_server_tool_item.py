from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_code_interpreter_server_tool_item_type import OutputCodeInterpreterServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputCodeInterpreterServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "code", "exitCode", "id", "language", "stderr", "stdout"})


@_attrs_define(repr=False)
class OutputCodeInterpreterServerToolItem:
    """An openrouter:code_interpreter server tool output item

    Example:
        {'code': 'print("hello")', 'id': 'ci_tmp_abc123', 'language': 'python', 'status': 'completed', 'stdout':
            'hello\\n', 'type': 'openrouter:code_interpreter'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputCodeInterpreterServerToolItemType):
        code (str | Unset):
        exit_code (int | Unset):
        id (str | Unset):
        language (str | Unset):
        stderr (str | Unset):
        stdout (str | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputCodeInterpreterServerToolItemType = _attrs_field(alias="type_")
    code: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    language: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputCodeInterpreterServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputCodeInterpreterServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputCodeInterpreterServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputCodeInterpreterServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"code={self.code!r}, "
            f"exit_code={self.exit_code!r}, "
            f"id={self.id!r}, "
            f"language={self.language!r}, "
            f"stderr={self.stderr!r}, "
            f"stdout={self.stdout!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        code: Any = self.code

        exit_code: Any = self.exit_code

        id: Any = self.id

        language: Any = self.language

        stderr: Any = self.stderr

        stdout: Any = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if id is not UNSET:
            field_dict["id"] = id
        if language is not UNSET:
            field_dict["language"] = language
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputCodeInterpreterServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputCodeInterpreterServerToolItemType.is_known(data["type"]):
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
                    f"OutputCodeInterpreterServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = OutputCodeInterpreterServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputCodeInterpreterServerToolItemType._parse(_raw_type_)

            code = d.get("code", UNSET)

            exit_code = d.get("exitCode", UNSET)

            id = d.get("id", UNSET)

            language = d.get("language", UNSET)

            stderr = d.get("stderr", UNSET)

            stdout = d.get("stdout", UNSET)

        except FieldParseError as error:
            raise error.within("OutputCodeInterpreterServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputCodeInterpreterServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_code_interpreter_server_tool_item = cls(
            status,
            type_,
            code,
            exit_code,
            id,
            language,
            stderr,
            stdout,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_code_interpreter_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_code_interpreter_server_tool_item

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
