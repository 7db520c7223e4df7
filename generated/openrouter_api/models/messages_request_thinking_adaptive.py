from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_thinking_display import AnthropicThinkingDisplay
from ..models.messages_request_thinking_adaptive_type import MessagesRequestThinkingAdaptiveType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="MessagesRequestThinkingAdaptive")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "display"})


@_attrs_define(repr=False)
class MessagesRequestThinkingAdaptive:
    """
    Attributes:
        type_ (MessagesRequestThinkingAdaptiveType):
        display (AnthropicThinkingDisplay | None | Unset):
    """

    _type_: MessagesRequestThinkingAdaptiveType = _attrs_field(alias="type_")
    display: AnthropicThinkingDisplay | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> MessagesRequestThinkingAdaptiveType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestThinkingAdaptive", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestThinkingAdaptiveType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"display={self.display!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        display: Any = self.display
        if not (isinstance(display, Unset) or display is None):
            if isinstance(self.display, AnthropicThinkingDisplay):
                display = self.display.value
            else:
                display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestThinkingAdaptive and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestThinkingAdaptiveType.is_known(data["type"]):
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
                    f"MessagesRequestThinkingAdaptive is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestThinkingAdaptiveType._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestThinkingAdaptiveType._parse(_raw_type_)

            _field = "display"
            _raw_display = d.get("display", UNSET)
            display: Any = _raw_display
            if _raw_display is not None and _raw_display is not UNSET:
                display = _parse_display(_raw_display)

        except FieldParseError as error:
            raise error.within("MessagesRequestThinkingAdaptive", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequestThinkingAdaptive", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_thinking_adaptive = cls(
            type_,
            display,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_thinking_adaptive.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_thinking_adaptive

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


def _parse_display(data: object) -> AnthropicThinkingDisplay | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicThinkingDisplay.is_known(data):
        try:
            display_type_0 = AnthropicThinkingDisplay._value2member_map_.get(data) or AnthropicThinkingDisplay._parse(
                data
            )

            return display_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        display_type_0 = AnthropicThinkingDisplay._value2member_map_.get(data) or AnthropicThinkingDisplay._parse(data)

        return display_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicThinkingDisplay | None | Unset", data)
