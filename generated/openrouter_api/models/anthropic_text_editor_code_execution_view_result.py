from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_view_result_file_type import (
    AnthropicTextEditorCodeExecutionViewResultFileType,
)
from ..models.anthropic_text_editor_code_execution_view_result_type import (
    AnthropicTextEditorCodeExecutionViewResultType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionViewResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "file_type", "num_lines", "start_line", "total_lines", "type"})


@_attrs_define(repr=False)
class AnthropicTextEditorCodeExecutionViewResult:
    """
    Example:
        {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines': 10, 'type':
            'text_editor_code_execution_view_result'}

    Attributes:
        content (str):
        file_type (AnthropicTextEditorCodeExecutionViewResultFileType):
        num_lines (int | None):
        start_line (int | None):
        total_lines (int | None):
        type_ (AnthropicTextEditorCodeExecutionViewResultType):
    """

    _content: str = _attrs_field(alias="content")
    _file_type: AnthropicTextEditorCodeExecutionViewResultFileType = _attrs_field(alias="file_type")
    _num_lines: int | None = _attrs_field(alias="num_lines")
    _start_line: int | None = _attrs_field(alias="start_line")
    _total_lines: int | None = _attrs_field(alias="total_lines")
    _type_: AnthropicTextEditorCodeExecutionViewResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> str:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionViewResult", "content")
        return value

    @content.setter
    def content(self, value: str) -> None:
        self._content = value

    @property
    def file_type(self) -> AnthropicTextEditorCodeExecutionViewResultFileType:
        value: Any = self._file_type
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionViewResult", "file_type")
        return value

    @file_type.setter
    def file_type(self, value: AnthropicTextEditorCodeExecutionViewResultFileType) -> None:
        self._file_type = value

    @property
    def num_lines(self) -> int | None:
        value: Any = self._num_lines
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionViewResult", "num_lines")
        return value

    @num_lines.setter
    def num_lines(self, value: int | None) -> None:
        self._num_lines = value

    @property
    def start_line(self) -> int | None:
        value: Any = self._start_line
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionViewResult", "start_line")
        return value

    @start_line.setter
    def start_line(self, value: int | None) -> None:
        self._start_line = value

    @property
    def total_lines(self) -> int | None:
        value: Any = self._total_lines
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionViewResult", "total_lines")
        return value

    @total_lines.setter
    def total_lines(self, value: int | None) -> None:
        self._total_lines = value

    @property
    def type_(self) -> AnthropicTextEditorCodeExecutionViewResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionViewResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicTextEditorCodeExecutionViewResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"file_type={self._file_type!r}, "
            f"num_lines={self._num_lines!r}, "
            f"start_line={self._start_line!r}, "
            f"total_lines={self._total_lines!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        content: Any = self._content

        file_type: Any = self._file_type
        if not (isinstance(file_type, Unset) or file_type is None):
            file_type = self._file_type.value

        num_lines: Any = self._num_lines

        start_line: Any = self._start_line

        total_lines: Any = self._total_lines

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if num_lines is not UNSET:
            field_dict["num_lines"] = num_lines
        if start_line is not UNSET:
            field_dict["start_line"] = start_line
        if total_lines is not UNSET:
            field_dict["total_lines"] = total_lines
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicTextEditorCodeExecutionViewResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "file_type" not in data:
            return False
        if "file_type" in data and not AnthropicTextEditorCodeExecutionViewResultFileType.is_known(data["file_type"]):
            return False
        if "num_lines" not in data:
            return False
        if "start_line" not in data:
            return False
        if "total_lines" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicTextEditorCodeExecutionViewResultType.is_known(data["type"]):
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
                    f"AnthropicTextEditorCodeExecutionViewResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            content = d.get("content", UNSET)

            _field = "file_type"
            _raw_file_type = d.get("file_type", UNSET)
            file_type: Any = _raw_file_type
            if _raw_file_type is not None and _raw_file_type is not UNSET:
                file_type = AnthropicTextEditorCodeExecutionViewResultFileType._value2member_map_.get(
                    _raw_file_type
                ) or AnthropicTextEditorCodeExecutionViewResultFileType._parse(_raw_file_type)

            num_lines = d.get("num_lines", UNSET)

            start_line = d.get("start_line", UNSET)

            total_lines = d.get("total_lines", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicTextEditorCodeExecutionViewResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicTextEditorCodeExecutionViewResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicTextEditorCodeExecutionViewResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicTextEditorCodeExecutionViewResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_text_editor_code_execution_view_result = cls(
            content,
            file_type,
            num_lines,
            start_line,
            total_lines,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_text_editor_code_execution_view_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_text_editor_code_execution_view_result

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
