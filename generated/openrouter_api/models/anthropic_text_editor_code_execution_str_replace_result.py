from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
    AnthropicTextEditorCodeExecutionStrReplaceResultType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionStrReplaceResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"lines", "new_lines", "new_start", "old_lines", "old_start", "type"})


@_attrs_define(repr=False)
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

    _lines: list[str] | None = _attrs_field(alias="lines")
    _new_lines: int | None = _attrs_field(alias="new_lines")
    _new_start: int | None = _attrs_field(alias="new_start")
    _old_lines: int | None = _attrs_field(alias="old_lines")
    _old_start: int | None = _attrs_field(alias="old_start")
    _type_: AnthropicTextEditorCodeExecutionStrReplaceResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def lines(self) -> list[str] | None:
        value: Any = self._lines
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionStrReplaceResult", "lines")
        return value

    @lines.setter
    def lines(self, value: list[str] | None) -> None:
        self._lines = value

    @property
    def new_lines(self) -> int | None:
        value: Any = self._new_lines
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionStrReplaceResult", "new_lines")
        return value

    @new_lines.setter
    def new_lines(self, value: int | None) -> None:
        self._new_lines = value

    @property
    def new_start(self) -> int | None:
        value: Any = self._new_start
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionStrReplaceResult", "new_start")
        return value

    @new_start.setter
    def new_start(self, value: int | None) -> None:
        self._new_start = value

    @property
    def old_lines(self) -> int | None:
        value: Any = self._old_lines
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionStrReplaceResult", "old_lines")
        return value

    @old_lines.setter
    def old_lines(self, value: int | None) -> None:
        self._old_lines = value

    @property
    def old_start(self) -> int | None:
        value: Any = self._old_start
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionStrReplaceResult", "old_start")
        return value

    @old_start.setter
    def old_start(self, value: int | None) -> None:
        self._old_start = value

    @property
    def type_(self) -> AnthropicTextEditorCodeExecutionStrReplaceResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionStrReplaceResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicTextEditorCodeExecutionStrReplaceResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"lines={self._lines!r}, "
            f"new_lines={self._new_lines!r}, "
            f"new_start={self._new_start!r}, "
            f"old_lines={self._old_lines!r}, "
            f"old_start={self._old_start!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        lines: Any = self._lines
        if not (isinstance(lines, Unset) or lines is None):
            if isinstance(self._lines, list):
                lines = self._lines

            else:
                lines = self._lines

        new_lines: Any = self._new_lines

        new_start: Any = self._new_start

        old_lines: Any = self._old_lines

        old_start: Any = self._old_start

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"AnthropicTextEditorCodeExecutionStrReplaceResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "lines"
            _raw_lines = d.get("lines", UNSET)
            lines: Any = _raw_lines
            if _raw_lines is not None and _raw_lines is not UNSET:
                lines = _parse_lines(_raw_lines)

            new_lines = d.get("new_lines", UNSET)

            new_start = d.get("new_start", UNSET)

            old_lines = d.get("old_lines", UNSET)

            old_start = d.get("old_start", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicTextEditorCodeExecutionStrReplaceResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicTextEditorCodeExecutionStrReplaceResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicTextEditorCodeExecutionStrReplaceResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicTextEditorCodeExecutionStrReplaceResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_text_editor_code_execution_str_replace_result = cls(
            lines,
            new_lines,
            new_start,
            old_lines,
            old_start,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_text_editor_code_execution_str_replace_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
