from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="GenerationContentDataInputOption2")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"messages"})


@_attrs_define(repr=False)
class GenerationContentDataInputOption2:
    """
    Attributes:
        messages (list[Any]):  Example: [{'content': 'What is the meaning of life?', 'role': 'user'}].
    """

    _messages: list[Any] = _attrs_field(alias="messages")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def messages(self) -> list[Any]:
        value: Any = self._messages
        if value is UNSET:
            raise MissingFieldError("GenerationContentDataInputOption2", "messages")
        return value

    @messages.setter
    def messages(self, value: list[Any]) -> None:
        self._messages = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(messages={self._messages!r}, additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        messages: Any = self._messages
        if not (isinstance(messages, Unset) or messages is None):
            messages = self._messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationContentDataInputOption2 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "messages" not in data:
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
                    f"GenerationContentDataInputOption2 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "messages"
            _raw_messages = d.get("messages", UNSET)
            messages: Any = _raw_messages
            if _raw_messages is not None and _raw_messages is not UNSET:
                messages = cast("list[Any]", _raw_messages)

        except FieldParseError as error:
            raise error.within("GenerationContentDataInputOption2", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GenerationContentDataInputOption2", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_content_data_input_option_2 = cls(
            messages,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_content_data_input_option_2.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return generation_content_data_input_option_2

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
