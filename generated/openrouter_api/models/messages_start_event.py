from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_start_event_type import MessagesStartEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_start_event_message import MessagesStartEventMessage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesStartEventMessage
    if _lazy_imports_resolved:
        return
    from ..models.messages_start_event_message import MessagesStartEventMessage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesStartEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"message", "type"})


@_attrs_define(repr=False)
class MessagesStartEvent:
    """Event sent at the start of a streaming message

    Example:
        {'message': {'container': None, 'content': [], 'id': 'msg_01XFDUDYJgAACzvnptvVoYEL', 'model': 'claude-
            sonnet-4-5-20250929', 'role': 'assistant', 'stop_details': None, 'stop_reason': None, 'stop_sequence': None,
            'type': 'message', 'usage': {'cache_creation': None, 'cache_creation_input_tokens': None,
            'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 12, 'output_tokens': 0,
            'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}}, 'type': 'message_start'}

    Attributes:
        message (MessagesStartEventMessage):
        type_ (MessagesStartEventType):
    """

    _message: MessagesStartEventMessage = _attrs_field(alias="message")
    _type_: MessagesStartEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def message(self) -> MessagesStartEventMessage:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("MessagesStartEvent", "message")
        return value

    @message.setter
    def message(self, value: MessagesStartEventMessage) -> None:
        self._message = value

    @property
    def type_(self) -> MessagesStartEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesStartEvent", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesStartEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"message={self._message!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        message: Any = self._message
        if not (isinstance(message, Unset) or message is None):
            message = self._message.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesStartEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "message" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesStartEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"MessagesStartEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "message"
            _raw_message = d.get("message", UNSET)
            message: Any = _raw_message
            if _raw_message is not None and _raw_message is not UNSET:
                message = MessagesStartEventMessage.from_dict(_raw_message)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesStartEventType._value2member_map_.get(_raw_type_) or MessagesStartEventType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("MessagesStartEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesStartEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_start_event = cls(
            message,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_start_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_start_event

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


MessagesStartEvent.__annotations__ = ResolvingAnnotations(MessagesStartEvent.__annotations__, _resolve_lazy_imports)
