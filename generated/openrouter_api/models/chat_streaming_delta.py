from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_streaming_delta_role import ChatStreamingDeltaRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message_image import AssistantMessageImage
    from ..models.chat_completion_audio_output import ChatCompletionAudioOutput
    from ..models.chat_message_annotation import ChatMessageAnnotation
    from ..models.chat_streaming_tool_call import ChatStreamingToolCall
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
    from ..models.reasoning_detail_summary import ReasoningDetailSummary
    from ..models.reasoning_detail_text import ReasoningDetailText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AssistantMessageImage, \
        ChatCompletionAudioOutput, \
        ChatMessageAnnotation, \
        ChatStreamingToolCall, \
        ReasoningDetailEncrypted, \
        ReasoningDetailSummary, \
        ReasoningDetailText
    from ..models.assistant_message_image import AssistantMessageImage  # noqa: PLC0415
    from ..models.chat_completion_audio_output import ChatCompletionAudioOutput  # noqa: PLC0415
    from ..models.chat_message_annotation import ChatMessageAnnotation  # noqa: PLC0415
    from ..models.chat_streaming_tool_call import ChatStreamingToolCall  # noqa: PLC0415
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted  # noqa: PLC0415
    from ..models.reasoning_detail_summary import ReasoningDetailSummary  # noqa: PLC0415
    from ..models.reasoning_detail_text import ReasoningDetailText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamingDelta")


@_attrs_define
class ChatStreamingDelta:
    """New pieces of the assistant message; append them to what came before.

    Attributes:
        role (ChatStreamingDeltaRole | Unset):
        content (None | str | Unset):
        reasoning (None | str | Unset):
        refusal (None | str | Unset):
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailSummary | ReasoningDetailText] | Unset):
        tool_calls (list[ChatStreamingToolCall] | Unset):
        images (list[AssistantMessageImage] | Unset): Images produced by image-generation models.
        annotations (list[ChatMessageAnnotation] | Unset):
        audio (ChatCompletionAudioOutput | Unset): Audio produced by the model, or a reference to it.
    """

    role: ChatStreamingDeltaRole | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    reasoning_details: list[ReasoningDetailEncrypted | ReasoningDetailSummary | ReasoningDetailText] | Unset = UNSET
    tool_calls: list[ChatStreamingToolCall] | Unset = UNSET
    images: list[AssistantMessageImage] | Unset = UNSET
    annotations: list[ChatMessageAnnotation] | Unset = UNSET
    audio: ChatCompletionAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = UNSET
            if not isinstance(self.role, Unset):
                role = self.role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, Unset):
                content = UNSET
            else:
                content = self.content

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            if isinstance(self.reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = self.reasoning

        refusal: Any = self.refusal
        if not (isinstance(refusal, Unset) or refusal is None):
            if isinstance(self.refusal, Unset):
                refusal = UNSET
            else:
                refusal = self.refusal

        reasoning_details: Any = self.reasoning_details
        if not (isinstance(reasoning_details, Unset) or reasoning_details is None):
            reasoning_details = UNSET
            if not isinstance(self.reasoning_details, Unset):
                reasoning_details = []
                for reasoning_details_item_data in self.reasoning_details:
                    reasoning_details_item: dict[str, Any]
                    if isinstance(reasoning_details_item_data, ReasoningDetailSummary):
                        reasoning_details_item = reasoning_details_item_data.to_dict()
                    elif isinstance(reasoning_details_item_data, ReasoningDetailEncrypted):
                        reasoning_details_item = reasoning_details_item_data.to_dict()
                    else:
                        reasoning_details_item = reasoning_details_item_data.to_dict()

                    reasoning_details.append(reasoning_details_item)

        tool_calls: Any = self.tool_calls
        if not (isinstance(tool_calls, Unset) or tool_calls is None):
            tool_calls = UNSET
            if not isinstance(self.tool_calls, Unset):
                tool_calls = []
                for tool_calls_item_data in self.tool_calls:
                    tool_calls_item = tool_calls_item_data.to_dict()
                    tool_calls.append(tool_calls_item)

        images: Any = self.images
        if not (isinstance(images, Unset) or images is None):
            images = UNSET
            if not isinstance(self.images, Unset):
                images = []
                for componentsschemas_assistant_message_images_item_data in self.images:
                    componentsschemas_assistant_message_images_item = (
                        componentsschemas_assistant_message_images_item_data.to_dict()
                    )
                    images.append(componentsschemas_assistant_message_images_item)

        annotations: Any = self.annotations
        if not (isinstance(annotations, Unset) or annotations is None):
            annotations = UNSET
            if not isinstance(self.annotations, Unset):
                annotations = []
                for annotations_item_data in self.annotations:
                    annotations_item = annotations_item_data.to_dict()
                    annotations.append(annotations_item)

        audio: Any = self.audio
        if not (isinstance(audio, Unset) or audio is None):
            audio = UNSET
            if not isinstance(self.audio, Unset):
                audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if images is not UNSET:
            field_dict["images"] = images
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamingDelta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" in data and not ChatStreamingDeltaRole.is_known(data["role"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        role: Any = _raw_role
        if _raw_role is not None and _raw_role is not UNSET:
            _role = _raw_role
            role: ChatStreamingDeltaRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = ChatStreamingDeltaRole._parse(_role)

        content = d.pop("content", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        refusal = d.pop("refusal", UNSET)

        _raw_reasoning_details = d.pop("reasoning_details", UNSET)
        reasoning_details: Any = _raw_reasoning_details
        if _raw_reasoning_details is not None and _raw_reasoning_details is not UNSET:
            _reasoning_details = _raw_reasoning_details
            reasoning_details: list[ReasoningDetailEncrypted | ReasoningDetailSummary | ReasoningDetailText] | Unset = (
                UNSET
            )
            if _reasoning_details is not UNSET:
                reasoning_details = []
                for reasoning_details_item_data in _reasoning_details:
                    reasoning_details_item = _parse_reasoning_details_item(reasoning_details_item_data)

                    reasoning_details.append(reasoning_details_item)

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: Any = _raw_tool_calls
        if _raw_tool_calls is not None and _raw_tool_calls is not UNSET:
            _tool_calls = _raw_tool_calls
            tool_calls: list[ChatStreamingToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls_item = ChatStreamingToolCall.from_dict(tool_calls_item_data)

                    tool_calls.append(tool_calls_item)

        _raw_images = d.pop("images", UNSET)
        images: Any = _raw_images
        if _raw_images is not None and _raw_images is not UNSET:
            _images = _raw_images
            images: list[AssistantMessageImage] | Unset = UNSET
            if _images is not UNSET:
                images = []
                for componentsschemas_assistant_message_images_item_data in _images:
                    componentsschemas_assistant_message_images_item = AssistantMessageImage.from_dict(
                        componentsschemas_assistant_message_images_item_data
                    )

                    images.append(componentsschemas_assistant_message_images_item)

        _raw_annotations = d.pop("annotations", UNSET)
        annotations: Any = _raw_annotations
        if _raw_annotations is not None and _raw_annotations is not UNSET:
            _annotations = _raw_annotations
            annotations: list[ChatMessageAnnotation] | Unset = UNSET
            if _annotations is not UNSET:
                annotations = []
                for annotations_item_data in _annotations:
                    annotations_item = ChatMessageAnnotation.from_dict(annotations_item_data)

                    annotations.append(annotations_item)

        _raw_audio = d.pop("audio", UNSET)
        audio: Any = _raw_audio
        if _raw_audio is not None and _raw_audio is not UNSET:
            _audio = _raw_audio
            audio: ChatCompletionAudioOutput | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = ChatCompletionAudioOutput.from_dict(_audio)

        chat_streaming_delta = cls(
            role=role,
            content=content,
            reasoning=reasoning,
            refusal=refusal,
            reasoning_details=reasoning_details,
            tool_calls=tool_calls,
            images=images,
            annotations=annotations,
            audio=audio,
        )

        chat_streaming_delta.additional_properties = d
        return chat_streaming_delta

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


def _parse_reasoning_details_item(
    data: object,
) -> ReasoningDetailEncrypted | ReasoningDetailSummary | ReasoningDetailText:
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
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_reasoning_detail_union_type_2 = ReasoningDetailText.from_dict(data)

    return componentsschemas_reasoning_detail_union_type_2
