from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
    AnthropicTextEditorCodeExecutionStrReplaceResultType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionStrReplaceResult")


@_attrs_define
class AnthropicTextEditorCodeExecutionStrReplaceResult:
    """
    Example:
        {'lines': None, 'new_lines': None, 'new_start': None, 'old_lines': None, 'old_start': None, 'type':
            'text_editor_code_execution_str_replace_result'}

    Attributes:
        lines (list[str] | None):
        new_lines (int | None):
        new_start (int | None):
        old_lines (int | None):
        old_start (int | None):
        type_ (AnthropicTextEditorCodeExecutionStrReplaceResultType):
    """

    lines: list[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None
    type_: AnthropicTextEditorCodeExecutionStrReplaceResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines: Any = self.lines
        if not (isinstance(lines, Unset) or lines is None):
            if isinstance(self.lines, list):
                lines = self.lines

            else:
                lines = self.lines

        new_lines: Any = self.new_lines
        if not (isinstance(new_lines, Unset) or new_lines is None):
            new_lines = self.new_lines

        new_start: Any = self.new_start
        if not (isinstance(new_start, Unset) or new_start is None):
            new_start = self.new_start

        old_lines: Any = self.old_lines
        if not (isinstance(old_lines, Unset) or old_lines is None):
            old_lines = self.old_lines

        old_start: Any = self.old_start
        if not (isinstance(old_start, Unset) or old_start is None):
            old_start = self.old_start

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if lines is not UNSET:
            field_dict["lines"] = lines
        if new_lines is not UNSET:
            field_dict["new_lines"] = new_lines
        if new_start is not UNSET:
            field_dict["new_start"] = new_start
        if old_lines is not UNSET:
            field_dict["old_lines"] = old_lines
        if old_start is not UNSET:
            field_dict["old_start"] = old_start
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicTextEditorCodeExecutionStrReplaceResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "lines" not in data:
            return False
        if "new_lines" not in data:
            return False
        if "new_start" not in data:
            return False
        if "old_lines" not in data:
            return False
        if "old_start" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicTextEditorCodeExecutionStrReplaceResultType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_lines = d.pop("lines", UNSET)
        lines: Any = _raw_lines
        if _raw_lines is not None and _raw_lines is not UNSET:
            lines = _parse_lines(_raw_lines)

        new_lines = d.pop("new_lines", UNSET)

        new_start = d.pop("new_start", UNSET)

        old_lines = d.pop("old_lines", UNSET)

        old_start = d.pop("old_start", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicTextEditorCodeExecutionStrReplaceResultType._parse(_raw_type_)

        anthropic_text_editor_code_execution_str_replace_result = cls(
            lines=lines,
            new_lines=new_lines,
            new_start=new_start,
            old_lines=old_lines,
            old_start=old_start,
            type_=type_,
        )

        anthropic_text_editor_code_execution_str_replace_result.additional_properties = d
        return anthropic_text_editor_code_execution_str_replace_result

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


def _parse_lines(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        lines_type_0 = cast("list[str]", data)

        return lines_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None", data)
