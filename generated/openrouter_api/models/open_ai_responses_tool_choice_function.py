from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_tool_choice_function_type import OpenAIResponsesToolChoiceFunctionType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OpenAIResponsesToolChoiceFunction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"name", "type"})


@_attrs_define(repr=False)
class OpenAIResponsesToolChoiceFunction:
    """
    Attributes:
        name (str):
        type_ (OpenAIResponsesToolChoiceFunctionType):
    """

    _name: str = _attrs_field(alias="name")
    _type_: OpenAIResponsesToolChoiceFunctionType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesToolChoiceFunction", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> OpenAIResponsesToolChoiceFunctionType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesToolChoiceFunction", "type")
        return value

    @type_.setter
    def type_(self, value: OpenAIResponsesToolChoiceFunctionType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIResponsesToolChoiceFunction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenAIResponsesToolChoiceFunctionType.is_known(data["type"]):
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
                    f"OpenAIResponsesToolChoiceFunction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OpenAIResponsesToolChoiceFunctionType._value2member_map_.get(
                    _raw_type_
                ) or OpenAIResponsesToolChoiceFunctionType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("OpenAIResponsesToolChoiceFunction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenAIResponsesToolChoiceFunction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_responses_tool_choice_function = cls(
            name,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_responses_tool_choice_function.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return open_ai_responses_tool_choice_function

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
