from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_message_phase_type_0 import AssistantMessagePhaseType0
from ..models.assistant_message_role import AssistantMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message_image import AssistantMessageImage
    from ..models.chat_completion_audio_output import ChatCompletionAudioOutput
    from ..models.chat_message_annotation import ChatMessageAnnotation
    from ..models.chat_message_content_item_audio import ChatMessageContentItemAudio
    from ..models.chat_message_content_item_file import ChatMessageContentItemFile
    from ..models.chat_message_content_item_image import ChatMessageContentItemImage
    from ..models.chat_message_content_item_text import ChatMessageContentItemText
    from ..models.chat_message_content_item_video import ChatMessageContentItemVideo
    from ..models.chat_message_content_item_video_legacy import ChatMessageContentItemVideoLegacy
    from ..models.chat_message_tool_call import ChatMessageToolCall
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
        ChatMessageContentItemAudio, \
        ChatMessageContentItemFile, \
        ChatMessageContentItemImage, \
        ChatMessageContentItemText, \
        ChatMessageContentItemVideo, \
        ChatMessageContentItemVideoLegacy, \
        ChatMessageToolCall, \
        ReasoningDetailEncrypted, \
        ReasoningDetailSummary, \
        ReasoningDetailText
    from ..models.assistant_message_image import AssistantMessageImage  # noqa: PLC0415
    from ..models.chat_completion_audio_output import ChatCompletionAudioOutput  # noqa: PLC0415
    from ..models.chat_message_annotation import ChatMessageAnnotation  # noqa: PLC0415
    from ..models.chat_message_content_item_audio import ChatMessageContentItemAudio  # noqa: PLC0415
    from ..models.chat_message_content_item_file import ChatMessageContentItemFile  # noqa: PLC0415
    from ..models.chat_message_content_item_image import ChatMessageContentItemImage  # noqa: PLC0415
    from ..models.chat_message_content_item_text import ChatMessageContentItemText  # noqa: PLC0415
    from ..models.chat_message_content_item_video import ChatMessageContentItemVideo  # noqa: PLC0415
    from ..models.chat_message_content_item_video_legacy import ChatMessageContentItemVideoLegacy  # noqa: PLC0415
    from ..models.chat_message_tool_call import ChatMessageToolCall  # noqa: PLC0415
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted  # noqa: PLC0415
    from ..models.reasoning_detail_summary import ReasoningDetailSummary  # noqa: PLC0415
    from ..models.reasoning_detail_text import ReasoningDetailText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AssistantMessage")


@_attrs_define
class AssistantMessage:
    """A message from the assistant, both in requests (history) and in responses.

    Example:
        {'role': 'assistant', 'content': 'The capital of France is Paris.'}

    Attributes:
        role (AssistantMessageRole):
        content (list[ChatMessageContentItemAudio | ChatMessageContentItemFile | ChatMessageContentItemImage |
            ChatMessageContentItemText | ChatMessageContentItemVideo | ChatMessageContentItemVideoLegacy] | None | str |
            Unset): The text of the reply, a list of parts, or null when the turn only calls tools.
        name (str | Unset):
        tool_calls (list[ChatMessageToolCall] | Unset):
        refusal (None | str | Unset): Why the model declined to answer, if it did.
        reasoning (None | str | Unset): The model's reasoning as plain text.
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailSummary | ReasoningDetailText] | Unset):
            Structured reasoning blocks; pass them back unchanged to continue a reasoning chain.
        images (list[AssistantMessageImage] | Unset): Images produced by image-generation models.
        audio (ChatCompletionAudioOutput | Unset): Audio produced by the model, or a reference to it.
        annotations (list[ChatMessageAnnotation] | Unset): Citations attached to the reply, for example by web search.
        phase (AssistantMessagePhaseType0 | None | Unset): commentary for an intermediate assistant message,
            final_answer for the last one. Some models expect it sent back.
        model (str | Unset): The model that wrote this message.
    """

    role: AssistantMessageRole
    content: (
        list[
            ChatMessageContentItemAudio
            | ChatMessageContentItemFile
            | ChatMessageContentItemImage
            | ChatMessageContentItemText
            | ChatMessageContentItemVideo
            | ChatMessageContentItemVideoLegacy
        ]
        | None
        | str
        | Unset
    ) = UNSET
    name: str | Unset = UNSET
    tool_calls: list[ChatMessageToolCall] | Unset = UNSET
    refusal: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: list[ReasoningDetailEncrypted | ReasoningDetailSummary | ReasoningDetailText] | Unset = UNSET
    images: list[AssistantMessageImage] | Unset = UNSET
    audio: ChatCompletionAudioOutput | Unset = UNSET
    annotations: list[ChatMessageAnnotation] | Unset = UNSET
    phase: AssistantMessagePhaseType0 | None | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, Unset):
                content = UNSET
            elif isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, ChatMessageContentItemText):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatMessageContentItemImage):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatMessageContentItemAudio):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatMessageContentItemVideoLegacy):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatMessageContentItemVideo):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

        name: Any = self.name

        tool_calls: Any = self.tool_calls
        if not (isinstance(tool_calls, Unset) or tool_calls is None):
            tool_calls = UNSET
            if not isinstance(self.tool_calls, Unset):
                tool_calls = []
                for tool_calls_item_data in self.tool_calls:
                    tool_calls_item = tool_calls_item_data.to_dict()
                    tool_calls.append(tool_calls_item)

        refusal: Any = self.refusal
        if not (isinstance(refusal, Unset) or refusal is None):
            if isinstance(self.refusal, Unset):
                refusal = UNSET
            else:
                refusal = self.refusal

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            if isinstance(self.reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = self.reasoning

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

        audio: Any = self.audio
        if not (isinstance(audio, Unset) or audio is None):
            audio = UNSET
            if not isinstance(self.audio, Unset):
                audio = self.audio.to_dict()

        annotations: Any = self.annotations
        if not (isinstance(annotations, Unset) or annotations is None):
            annotations = UNSET
            if not isinstance(self.annotations, Unset):
                annotations = []
                for annotations_item_data in self.annotations:
                    annotations_item = annotations_item_data.to_dict()
                    annotations.append(annotations_item)

        phase: Any = self.phase
        if not (isinstance(phase, Unset) or phase is None):
            if isinstance(self.phase, Unset):
                phase = UNSET
            elif isinstance(self.phase, AssistantMessagePhaseType0):
                phase = self.phase.value
            else:
                phase = self.phase

        model: Any = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if images is not UNSET:
            field_dict["images"] = images
        if audio is not UNSET:
            field_dict["audio"] = audio
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if phase is not UNSET:
            field_dict["phase"] = phase
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AssistantMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not AssistantMessageRole.is_known(data["role"]):
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
            role = AssistantMessageRole._parse(_raw_role)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = _parse_content(_raw_content)

        name = d.pop("name", UNSET)

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: Any = _raw_tool_calls
        if _raw_tool_calls is not None and _raw_tool_calls is not UNSET:
            _tool_calls = _raw_tool_calls
            tool_calls: list[ChatMessageToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls_item = ChatMessageToolCall.from_dict(tool_calls_item_data)

                    tool_calls.append(tool_calls_item)

        refusal = d.pop("refusal", UNSET)

        reasoning = d.pop("reasoning", UNSET)

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

        _raw_audio = d.pop("audio", UNSET)
        audio: Any = _raw_audio
        if _raw_audio is not None and _raw_audio is not UNSET:
            _audio = _raw_audio
            audio: ChatCompletionAudioOutput | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = ChatCompletionAudioOutput.from_dict(_audio)

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

        _raw_phase = d.pop("phase", UNSET)
        phase: Any = _raw_phase
        if _raw_phase is not None and _raw_phase is not UNSET:
            phase = _parse_phase(_raw_phase)

        model = d.pop("model", UNSET)

        assistant_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            refusal=refusal,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
            images=images,
            audio=audio,
            annotations=annotations,
            phase=phase,
            model=model,
        )

        assistant_message.additional_properties = d
        return assistant_message

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


def _parse_content(
    data: object,
) -> (
    list[
        ChatMessageContentItemAudio
        | ChatMessageContentItemFile
        | ChatMessageContentItemImage
        | ChatMessageContentItemText
        | ChatMessageContentItemVideo
        | ChatMessageContentItemVideoLegacy
    ]
    | None
    | str
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:
            content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[ChatMessageContentItemAudio | ChatMessageContentItemFile | ChatMessageContentItemImage | ChatMessageContentItemText | ChatMessageContentItemVideo | ChatMessageContentItemVideoLegacy] | None | str | Unset",
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> (
    ChatMessageContentItemAudio
    | ChatMessageContentItemFile
    | ChatMessageContentItemImage
    | ChatMessageContentItemText
    | ChatMessageContentItemVideo
    | ChatMessageContentItemVideoLegacy
):
    if ChatMessageContentItemText._matches(data):
        try:
            componentsschemas_chat_message_content_item_type_0 = ChatMessageContentItemText.from_dict(data)

            return componentsschemas_chat_message_content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatMessageContentItemImage._matches(data):
        try:
            componentsschemas_chat_message_content_item_type_1 = ChatMessageContentItemImage.from_dict(data)

            return componentsschemas_chat_message_content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatMessageContentItemAudio._matches(data):
        try:
            componentsschemas_chat_message_content_item_type_2 = ChatMessageContentItemAudio.from_dict(data)

            return componentsschemas_chat_message_content_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatMessageContentItemVideoLegacy._matches(data):
        try:
            componentsschemas_chat_message_content_item_type_3 = ChatMessageContentItemVideoLegacy.from_dict(data)

            return componentsschemas_chat_message_content_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatMessageContentItemVideo._matches(data):
        try:
            componentsschemas_chat_message_content_item_type_4 = ChatMessageContentItemVideo.from_dict(data)

            return componentsschemas_chat_message_content_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatMessageContentItemFile._matches(data):
        try:
            componentsschemas_chat_message_content_item_type_5 = ChatMessageContentItemFile.from_dict(data)

            return componentsschemas_chat_message_content_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_message_content_item_type_0 = ChatMessageContentItemText.from_dict(data)

        return componentsschemas_chat_message_content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_message_content_item_type_1 = ChatMessageContentItemImage.from_dict(data)

        return componentsschemas_chat_message_content_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_message_content_item_type_2 = ChatMessageContentItemAudio.from_dict(data)

        return componentsschemas_chat_message_content_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_message_content_item_type_3 = ChatMessageContentItemVideoLegacy.from_dict(data)

        return componentsschemas_chat_message_content_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_message_content_item_type_4 = ChatMessageContentItemVideo.from_dict(data)

        return componentsschemas_chat_message_content_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_message_content_item_type_5 = ChatMessageContentItemFile.from_dict(data)

    return componentsschemas_chat_message_content_item_type_5


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


def _parse_phase(data: object) -> AssistantMessagePhaseType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AssistantMessagePhaseType0.is_known(data):
        try:
            phase_type_0 = AssistantMessagePhaseType0._parse(data)

            return phase_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = AssistantMessagePhaseType0._parse(data)

        return phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AssistantMessagePhaseType0 | None | Unset", data)
