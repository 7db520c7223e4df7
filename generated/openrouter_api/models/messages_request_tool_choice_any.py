from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tool_choice_any_type import MessagesRequestToolChoiceAnyType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="MessagesRequestToolChoiceAny")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "disable_parallel_tool_use"})


@_attrs_define(repr=False)
class MessagesRequestToolChoiceAny:
    """
    Attributes:
        type_ (MessagesRequestToolChoiceAnyType):
        disable_parallel_tool_use (bool | Unset):
    """

    _type_: MessagesRequestToolChoiceAnyType = _attrs_field(alias="type_")
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> MessagesRequestToolChoiceAnyType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestToolChoiceAny", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestToolChoiceAnyType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"disable_parallel_tool_use={self.disable_parallel_tool_use!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        disable_parallel_tool_use: Any = self.disable_parallel_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if disable_parallel_tool_use is not UNSET:
            field_dict["disable_parallel_tool_use"] = disable_parallel_tool_use

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestToolChoiceAny and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestToolChoiceAnyType.is_known(data["type"]):
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
                    f"MessagesRequestToolChoiceAny is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestToolChoiceAnyType._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestToolChoiceAnyType._parse(_raw_type_)

            disable_parallel_tool_use = d.get("disable_parallel_tool_use", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesRequestToolChoiceAny", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestToolChoiceAny", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_tool_choice_any = cls(
            type_,
            disable_parallel_tool_use,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_tool_choice_any.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_tool_choice_any

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
