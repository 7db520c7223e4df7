from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_server_tool_call_type import ReasoningDetailServerToolCallType
from ..models.reasoning_format import ReasoningFormat
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ReasoningDetailServerToolCall")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"arguments", "result", "tool_name", "type", "format", "id", "index", "tool_call_id"}
)


@_attrs_define(repr=False)
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

    _arguments: str = _attrs_field(alias="arguments")
    _result: str = _attrs_field(alias="result")
    _tool_name: str = _attrs_field(alias="tool_name")
    _type_: ReasoningDetailServerToolCallType = _attrs_field(alias="type_")
    format_: None | ReasoningFormat | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arguments(self) -> str:
        value: Any = self._arguments
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailServerToolCall", "arguments")
        return value

    @arguments.setter
    def arguments(self, value: str) -> None:
        self._arguments = value

    @property
    def result(self) -> str:
        value: Any = self._result
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailServerToolCall", "result")
        return value

    @result.setter
    def result(self, value: str) -> None:
        self._result = value

    @property
    def tool_name(self) -> str:
        value: Any = self._tool_name
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailServerToolCall", "tool_name")
        return value

    @tool_name.setter
    def tool_name(self, value: str) -> None:
        self._tool_name = value

    @property
    def type_(self) -> ReasoningDetailServerToolCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailServerToolCall", "type")
        return value

    @type_.setter
    def type_(self, value: ReasoningDetailServerToolCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"arguments={self._arguments!r}, "
            f"result={self._result!r}, "
            f"tool_name={self._tool_name!r}, "
            f"type_={self._type_!r}, "
            f"format_={self.format_!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"tool_call_id={self.tool_call_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        arguments: Any = self._arguments

        result: Any = self._result

        tool_name: Any = self._tool_name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, ReasoningFormat):
                format_ = self.format_.value
            else:
                format_ = self.format_

        id: Any = self.id

        index: Any = self.index

        tool_call_id: Any = self.tool_call_id

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ReasoningDetailServerToolCall is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            arguments = d.get("arguments", UNSET)

            result = d.get("result", UNSET)

            tool_name = d.get("tool_name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ReasoningDetailServerToolCallType._value2member_map_.get(
                    _raw_type_
                ) or ReasoningDetailServerToolCallType._parse(_raw_type_)

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = _parse_format_(_raw_format_)

            id = d.get("id", UNSET)

            index = d.get("index", UNSET)

            tool_call_id = d.get("tool_call_id", UNSET)

        except FieldParseError as error:
            raise error.within("ReasoningDetailServerToolCall", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ReasoningDetailServerToolCall", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        reasoning_detail_server_tool_call = cls(
            arguments,
            result,
            tool_name,
            type_,
            format_,
            id,
            index,
            tool_call_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            reasoning_detail_server_tool_call.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
            format_type_0 = ReasoningFormat._value2member_map_.get(data) or ReasoningFormat._parse(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        format_type_0 = ReasoningFormat._value2member_map_.get(data) or ReasoningFormat._parse(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningFormat | Unset", data)
