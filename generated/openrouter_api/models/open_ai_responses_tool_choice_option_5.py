from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_tool_choice_option_5_type_type_0 import OpenAIResponsesToolChoiceOption5TypeType0
from ..models.open_ai_responses_tool_choice_option_5_type_type_1 import OpenAIResponsesToolChoiceOption5TypeType1
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OpenAIResponsesToolChoiceOption5")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type"})


@_attrs_define(repr=False)
class OpenAIResponsesToolChoiceOption5:
    """
    Attributes:
        type_ (OpenAIResponsesToolChoiceOption5TypeType0 | OpenAIResponsesToolChoiceOption5TypeType1):
    """

    _type_: OpenAIResponsesToolChoiceOption5TypeType0 | OpenAIResponsesToolChoiceOption5TypeType1 = _attrs_field(
        alias="type_"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> OpenAIResponsesToolChoiceOption5TypeType0 | OpenAIResponsesToolChoiceOption5TypeType1:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OpenAIResponsesToolChoiceOption5", "type")
        return value

    @type_.setter
    def type_(
        self, value: OpenAIResponsesToolChoiceOption5TypeType0 | OpenAIResponsesToolChoiceOption5TypeType1
    ) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type_={self._type_!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            if isinstance(self._type_, OpenAIResponsesToolChoiceOption5TypeType0):
                type_ = self._type_.value
            else:
                type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIResponsesToolChoiceOption5 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
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
                    f"OpenAIResponsesToolChoiceOption5 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = _parse_type_(_raw_type_)

        except FieldParseError as error:
            raise error.within("OpenAIResponsesToolChoiceOption5", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenAIResponsesToolChoiceOption5", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_responses_tool_choice_option_5 = cls(
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_responses_tool_choice_option_5.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return open_ai_responses_tool_choice_option_5

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


def _parse_type_(data: object) -> OpenAIResponsesToolChoiceOption5TypeType0 | OpenAIResponsesToolChoiceOption5TypeType1:
    if OpenAIResponsesToolChoiceOption5TypeType0.is_known(data):
        try:
            type_type_0 = OpenAIResponsesToolChoiceOption5TypeType0._value2member_map_.get(
                data
            ) or OpenAIResponsesToolChoiceOption5TypeType0._parse(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceOption5TypeType1.is_known(data):
        try:
            type_type_1 = OpenAIResponsesToolChoiceOption5TypeType1._value2member_map_.get(
                data
            ) or OpenAIResponsesToolChoiceOption5TypeType1._parse(data)

            return type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = OpenAIResponsesToolChoiceOption5TypeType0._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceOption5TypeType0._parse(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    type_type_1 = OpenAIResponsesToolChoiceOption5TypeType1._value2member_map_.get(
        data
    ) or OpenAIResponsesToolChoiceOption5TypeType1._parse(data)

    return type_type_1
