from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_delta_role import ChatStreamDeltaRole
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_stream_tool_call import ChatStreamToolCall
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from ..models.reasoning_detail_summary import ReasoningDetailSummary
    from ..models.reasoning_detail_text import ReasoningDetailText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ChatAudioOutput, \
        ChatStreamToolCall, \
        ReasoningDetailEncrypted, \
        ReasoningDetailServerToolCall, \
        ReasoningDetailSummary, \
        ReasoningDetailText
    if _lazy_imports_resolved:
        return
    from ..models.chat_audio_output import ChatAudioOutput  # noqa: PLC0415
    from ..models.chat_stream_tool_call import ChatStreamToolCall  # noqa: PLC0415
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted  # noqa: PLC0415
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall  # noqa: PLC0415
    from ..models.reasoning_detail_summary import ReasoningDetailSummary  # noqa: PLC0415
    from ..models.reasoning_detail_text import ReasoningDetailText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamDelta")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"audio", "content", "reasoning", "reasoning_details", "refusal", "role", "tool_calls"}
)


@_attrs_define(repr=False)
class ChatStreamDelta:
    """Delta changes in streaming response

    Example:
        {'content': 'Hello', 'role': 'assistant'}

    Attributes:
        audio (ChatAudioOutput | Unset): Audio output data or reference Example: {'data':
            'UklGRnoGAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQoGAACBhYqFbF1f', 'expires_at': 1677652400, 'id':
            'audio_abc123', 'transcript': 'Hello! How can I help you today?'}.
        content (None | str | Unset): Message content delta Example: Hello.
        reasoning (None | str | Unset): Reasoning content delta Example: I need to.
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary |
            ReasoningDetailText] | Unset): Reasoning details for extended thinking models Example: [{'text': 'Let me think
            about this...', 'type': 'reasoning.text'}].
        refusal (None | str | Unset): Refusal message delta
        role (ChatStreamDeltaRole | Unset): The role of the message author Example: assistant.
        tool_calls (list[ChatStreamToolCall] | Unset): Tool calls delta
    """

    audio: ChatAudioOutput | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: (
        list[ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary | ReasoningDetailText]
        | Unset
    ) = UNSET
    refusal: None | str | Unset = UNSET
    role: ChatStreamDeltaRole | Unset = UNSET
    tool_calls: list[ChatStreamToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"audio={self.audio!r}, "
            f"content={self.content!r}, "
            f"reasoning={self.reasoning!r}, "
            f"reasoning_details={self.reasoning_details!r}, "
            f"refusal={self.refusal!r}, "
            f"role={self.role!r}, "
            f"tool_calls={self.tool_calls!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        audio: Any = self.audio
        if not (isinstance(audio, Unset) or audio is None):
            audio = audio.to_dict()

        content: Any = self.content

        reasoning: Any = self.reasoning

        reasoning_details: Any = self.reasoning_details
        if not (isinstance(reasoning_details, Unset) or reasoning_details is None):
            reasoning_details = []
            for componentsschemas_chat_stream_reasoning_details_item_data in self.reasoning_details:
                componentsschemas_chat_stream_reasoning_details_item: dict[str, Any]
                if isinstance(componentsschemas_chat_stream_reasoning_details_item_data, ReasoningDetailSummary):
                    componentsschemas_chat_stream_reasoning_details_item = (
                        componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_chat_stream_reasoning_details_item_data, ReasoningDetailEncrypted):
                    componentsschemas_chat_stream_reasoning_details_item = (
                        componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_chat_stream_reasoning_details_item_data, ReasoningDetailText):
                    componentsschemas_chat_stream_reasoning_details_item = (
                        componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                    )
                else:
                    componentsschemas_chat_stream_reasoning_details_item = (
                        componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                    )

                reasoning_details.append(componentsschemas_chat_stream_reasoning_details_item)

        refusal: Any = self.refusal

        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = role.value

        tool_calls: Any = self.tool_calls
        if not (isinstance(tool_calls, Unset) or tool_calls is None):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if audio is not UNSET:
            field_dict["audio"] = audio
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if role is not UNSET:
            field_dict["role"] = role
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamDelta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" in data and not ChatStreamDeltaRole.is_known(data["role"]):
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
                    f"ChatStreamDelta is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "audio"
            _raw_audio = d.get("audio", UNSET)
            audio: Any = _raw_audio
            if _raw_audio is not None and _raw_audio is not UNSET:
                audio = ChatAudioOutput.from_dict(_raw_audio)

            content = d.get("content", UNSET)

            reasoning = d.get("reasoning", UNSET)

            _field = "reasoning_details"
            _raw_reasoning_details = d.get("reasoning_details", UNSET)
            reasoning_details: Any = _raw_reasoning_details
            if _raw_reasoning_details is not None and _raw_reasoning_details is not UNSET:
                reasoning_details = [
                    _parse_componentsschemas_chat_stream_reasoning_details_item(
                        componentsschemas_chat_stream_reasoning_details_item_data
                    )
                    for componentsschemas_chat_stream_reasoning_details_item_data in _raw_reasoning_details
                ]

            refusal = d.get("refusal", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = ChatStreamDeltaRole._value2member_map_.get(_raw_role) or ChatStreamDeltaRole._parse(_raw_role)

            _field = "tool_calls"
            _raw_tool_calls = d.get("tool_calls", UNSET)
            tool_calls: Any = _raw_tool_calls
            if _raw_tool_calls is not None and _raw_tool_calls is not UNSET:
                tool_calls = [
                    ChatStreamToolCall.from_dict(tool_calls_item_data) for tool_calls_item_data in _raw_tool_calls
                ]

        except FieldParseError as error:
            raise error.within("ChatStreamDelta", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatStreamDelta", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_stream_delta = cls(
            audio,
            content,
            reasoning,
            reasoning_details,
            refusal,
            role,
            tool_calls,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_stream_delta.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_stream_delta

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


ChatStreamDelta.__annotations__ = ResolvingAnnotations(ChatStreamDelta.__annotations__, _resolve_lazy_imports)


def _parse_componentsschemas_chat_stream_reasoning_details_item(
    data: object,
) -> ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary | ReasoningDetailText:
    if ReasoningDetailSummary._matches(data):
        try:
            componentsschemas_reasoning_detail_union_type_0 = ReasoningDetailSummary.from_dict(data)

            return componentsschemas_reasoning_detail_union_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningDetailEncrypted._matches(data):
        try:
            componentsschemas_reasoning_detail_union_type_1 = ReasoningDetailEncrypted.from_dict(data)

            return componentsschemas_reasoning_detail_union_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningDetailText._matches(data):
        try:
            componentsschemas_reasoning_detail_union_type_2 = ReasoningDetailText.from_dict(data)

            return componentsschemas_reasoning_detail_union_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningDetailServerToolCall._matches(data):
        try:
            componentsschemas_reasoning_detail_union_type_3 = ReasoningDetailServerToolCall.from_dict(data)

            return componentsschemas_reasoning_detail_union_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_reasoning_detail_union_type_0 = ReasoningDetailSummary.from_dict(data)

        return componentsschemas_reasoning_detail_union_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_reasoning_detail_union_type_1 = ReasoningDetailEncrypted.from_dict(data)

        return componentsschemas_reasoning_detail_union_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_reasoning_detail_union_type_2 = ReasoningDetailText.from_dict(data)

        return componentsschemas_reasoning_detail_union_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_reasoning_detail_union_type_3 = ReasoningDetailServerToolCall.from_dict(data)

    return componentsschemas_reasoning_detail_union_type_3
