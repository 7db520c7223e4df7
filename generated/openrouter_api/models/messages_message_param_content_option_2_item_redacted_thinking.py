from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_option_2_item_redacted_thinking_type import (
    MessagesMessageParamContentOption2ItemRedactedThinkingType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="MessagesMessageParamContentOption2ItemRedactedThinking")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "type"})


@_attrs_define(repr=False)
class MessagesMessageParamContentOption2ItemRedactedThinking:
    """
    Attributes:
        data (str):
        type_ (MessagesMessageParamContentOption2ItemRedactedThinkingType):
    """

    _data: str = _attrs_field(alias="data")
    _type_: MessagesMessageParamContentOption2ItemRedactedThinkingType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> str:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemRedactedThinking", "data")
        return value

    @data.setter
    def data(self, value: str) -> None:
        self._data = value

    @property
    def type_(self) -> MessagesMessageParamContentOption2ItemRedactedThinkingType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesMessageParamContentOption2ItemRedactedThinking", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesMessageParamContentOption2ItemRedactedThinkingType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self._data

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesMessageParamContentOption2ItemRedactedThinking and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesMessageParamContentOption2ItemRedactedThinkingType.is_known(data["type"]):
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
                    f"MessagesMessageParamContentOption2ItemRedactedThinking is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            data = d.get("data", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesMessageParamContentOption2ItemRedactedThinkingType._value2member_map_.get(
                    _raw_type_
                ) or MessagesMessageParamContentOption2ItemRedactedThinkingType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesMessageParamContentOption2ItemRedactedThinking", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesMessageParamContentOption2ItemRedactedThinking", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_message_param_content_option_2_item_redacted_thinking = cls(
            data,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_message_param_content_option_2_item_redacted_thinking.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_message_param_content_option_2_item_redacted_thinking

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
