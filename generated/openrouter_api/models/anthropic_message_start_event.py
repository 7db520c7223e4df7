from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_message_start_event_type import AnthropicMessageStartEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_messages_response import AnthropicMessagesResponse

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicMessagesResponse
    from ..models.anthropic_messages_response import AnthropicMessagesResponse  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicMessageStartEvent")


@_attrs_define
class AnthropicMessageStartEvent:
    """Opens the stream with the message shell (empty content, initial usage).

    Attributes:
        type_ (AnthropicMessageStartEventType):
        message (AnthropicMessagesResponse): The assistant's reply in Anthropic's format, plus the provider that served
            it. Example: {'id': 'msg_01XFDUDYJgAACzvnptvVoYEL', 'type': 'message', 'role': 'assistant', 'model':
            'anthropic/claude-sonnet-4', 'content': [{'type': 'text', 'text': 'Hello! How can I help you today?'}],
            'stop_reason': 'end_turn', 'stop_sequence': None, 'usage': {'input_tokens': 12, 'output_tokens': 10}}.
    """

    type_: AnthropicMessageStartEventType
    message: AnthropicMessagesResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        message: Any = self.message
        if not (isinstance(message, Unset) or message is None):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessageStartEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicMessageStartEventType.is_known(data["type"]):
            return False
        if "message" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicMessageStartEventType._parse(_raw_type_)

        _raw_message = d.pop("message", UNSET)
        message: Any = _raw_message
        if _raw_message is not None and _raw_message is not UNSET:
            message = AnthropicMessagesResponse.from_dict(_raw_message)

        anthropic_message_start_event = cls(
            type_=type_,
            message=message,
        )

        anthropic_message_start_event.additional_properties = d
        return anthropic_message_start_event

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
