from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_code_execution_20260120_caller_type import AnthropicCodeExecution20260120CallerType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicCodeExecution20260120Caller")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"tool_id", "type"})


@_attrs_define(repr=False)
class AnthropicCodeExecution20260120Caller:
    """
    Example:
        {'tool_id': 'toolu_01abc', 'type': 'code_execution_20260120'}

    Attributes:
        tool_id (str):
        type_ (AnthropicCodeExecution20260120CallerType):
    """

    _tool_id: str = _attrs_field(alias="tool_id")
    _type_: AnthropicCodeExecution20260120CallerType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def tool_id(self) -> str:
        value: Any = self._tool_id
        if value is UNSET:
            raise MissingFieldError("AnthropicCodeExecution20260120Caller", "tool_id")
        return value

    @tool_id.setter
    def tool_id(self, value: str) -> None:
        self._tool_id = value

    @property
    def type_(self) -> AnthropicCodeExecution20260120CallerType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicCodeExecution20260120Caller", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicCodeExecution20260120CallerType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"tool_id={self._tool_id!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        tool_id: Any = self._tool_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCodeExecution20260120Caller and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "tool_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCodeExecution20260120CallerType.is_known(data["type"]):
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
                    f"AnthropicCodeExecution20260120Caller is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            tool_id = d.get("tool_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicCodeExecution20260120CallerType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicCodeExecution20260120CallerType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicCodeExecution20260120Caller", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicCodeExecution20260120Caller", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_code_execution_20260120_caller = cls(
            tool_id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_code_execution_20260120_caller.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_code_execution_20260120_caller

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
