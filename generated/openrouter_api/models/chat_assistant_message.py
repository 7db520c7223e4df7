from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_assistant_message_role import ChatAssistantMessageRole
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_assistant_images_item import ChatAssistantImagesItem
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.chat_tool_call import ChatToolCall
    from ..models.chat_url_citation_annotation import ChatUrlCitationAnnotation
    from ..models.legacy_chat_content_video import LegacyChatContentVideo
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
        ChatAssistantImagesItem, \
        ChatAudioOutput, \
        ChatContentAudio, \
        ChatContentFile, \
        ChatContentImage, \
        ChatContentText, \
        ChatContentVideo, \
        ChatToolCall, \
        ChatUrlCitationAnnotation, \
        LegacyChatContentVideo, \
        ReasoningDetailEncrypted, \
        ReasoningDetailServerToolCall, \
        ReasoningDetailSummary, \
        ReasoningDetailText
    if _lazy_imports_resolved:
        return
    from ..models.chat_assistant_images_item import ChatAssistantImagesItem  # noqa: PLC0415
    from ..models.chat_audio_output import ChatAudioOutput  # noqa: PLC0415
    from ..models.chat_content_audio import ChatContentAudio  # noqa: PLC0415
    from ..models.chat_content_file import ChatContentFile  # noqa: PLC0415
    from ..models.chat_content_image import ChatContentImage  # noqa: PLC0415
    from ..models.chat_content_text import ChatContentText  # noqa: PLC0415
    from ..models.chat_content_video import ChatContentVideo  # noqa: PLC0415
    from ..models.chat_tool_call import ChatToolCall  # noqa: PLC0415
    from ..models.chat_url_citation_annotation import ChatUrlCitationAnnotation  # noqa: PLC0415
    from ..models.legacy_chat_content_video import LegacyChatContentVideo  # noqa: PLC0415
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted  # noqa: PLC0415
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall  # noqa: PLC0415
    from ..models.reasoning_detail_summary import ReasoningDetailSummary  # noqa: PLC0415
    from ..models.reasoning_detail_text import ReasoningDetailText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatAssistantMessage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "audio",
        "content",
        "images",
        "model",
        "name",
        "reasoning",
        "reasoning_details",
        "refusal",
        "tool_calls",
        "annotations",
    }
)


@_attrs_define(repr=False)
class ChatAssistantMessage:
    """Assistant message for requests and responses

    Example:
        {'content': 'The capital of France is Paris.', 'model': 'openai/gpt-4o', 'role': 'assistant'}

    Attributes:
        role (ChatAssistantMessageRole):
        audio (ChatAudioOutput | Unset): Audio output data or reference Example: {'data':
            'UklGRnoGAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQoGAACBhYqFbF1f', 'expires_at': 1677652400, 'id':
            'audio_abc123', 'transcript': 'Hello! How can I help you today?'}.
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | None | str | Unset): Assistant message content
        images (list[ChatAssistantImagesItem] | Unset): Generated images from image generation models Example:
            [{'image_url': {'url': 'data:image/png;base64,iVBORw0KGgo...'}}].
        model (str | Unset): Model that generated this assistant message Example: openai/gpt-4o.
        name (str | Unset): Optional name for the assistant
        reasoning (None | str | Unset): Reasoning output
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary |
            ReasoningDetailText] | Unset): Reasoning details for extended thinking models Example: [{'text': 'Let me work
            through this step by step...', 'type': 'reasoning.text'}].
        refusal (None | str | Unset): Refusal message if content was refused
        tool_calls (list[ChatToolCall] | Unset): Tool calls made by the assistant
        annotations (list[ChatUrlCitationAnnotation] | Unset): Citations of the message content (web search results)
    """

    _role: ChatAssistantMessageRole = _attrs_field(alias="role")
    audio: ChatAudioOutput | Unset = UNSET
    content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | None
        | str
        | Unset
    ) = UNSET
    images: list[ChatAssistantImagesItem] | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: (
        list[ReasoningDetailEncrypted | ReasoningDetailServerToolCall | ReasoningDetailSummary | ReasoningDetailText]
        | Unset
    ) = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatToolCall] | Unset = UNSET
    annotations: list[ChatUrlCitationAnnotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def role(self) -> ChatAssistantMessageRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("ChatAssistantMessage", "role")
        return value

    @role.setter
    def role(self, value: ChatAssistantMessageRole) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"role={self._role!r}, "
            f"audio={self.audio!r}, "
            f"content={self.content!r}, "
            f"images={self.images!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"reasoning={self.reasoning!r}, "
            f"reasoning_details={self.reasoning_details!r}, "
            f"refusal={self.refusal!r}, "
            f"tool_calls={self.tool_calls!r}, "
            f"annotations={self.annotations!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        audio: Any = self.audio
        if not (isinstance(audio, Unset) or audio is None):
            audio = audio.to_dict()

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, ChatContentText):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatContentImage):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatContentAudio):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, LegacyChatContentVideo):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ChatContentVideo):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

        images: Any = self.images
        if not (isinstance(images, Unset) or images is None):
            images = []
            for componentsschemas_chat_assistant_images_item_data in self.images:
                componentsschemas_chat_assistant_images_item = (
                    componentsschemas_chat_assistant_images_item_data.to_dict()
                )
                images.append(componentsschemas_chat_assistant_images_item)

        model: Any = self.model

        name: Any = self.name

        reasoning: Any = self.reasoning

        reasoning_details: Any = self.reasoning_details
        if not (isinstance(reasoning_details, Unset) or reasoning_details is None):
            reasoning_details = []
            for componentsschemas_chat_reasoning_details_item_data in self.reasoning_details:
                componentsschemas_chat_reasoning_details_item: dict[str, Any]
                if isinstance(componentsschemas_chat_reasoning_details_item_data, ReasoningDetailSummary):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_chat_reasoning_details_item_data, ReasoningDetailEncrypted):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_chat_reasoning_details_item_data, ReasoningDetailText):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                else:
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )

                reasoning_details.append(componentsschemas_chat_reasoning_details_item)

        refusal: Any = self.refusal

        tool_calls: Any = self.tool_calls
        if not (isinstance(tool_calls, Unset) or tool_calls is None):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        annotations: Any = self.annotations
        if not (isinstance(annotations, Unset) or annotations is None):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if audio is not UNSET:
            field_dict["audio"] = audio
        if content is not UNSET:
            field_dict["content"] = content
        if images is not UNSET:
            field_dict["images"] = images
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatAssistantMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not ChatAssistantMessageRole.is_known(data["role"]):
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
                    f"ChatAssistantMessage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = ChatAssistantMessageRole._value2member_map_.get(_raw_role) or ChatAssistantMessageRole._parse(
                    _raw_role
                )

            _field = "audio"
            _raw_audio = d.get("audio", UNSET)
            audio: Any = _raw_audio
            if _raw_audio is not None and _raw_audio is not UNSET:
                audio = ChatAudioOutput.from_dict(_raw_audio)

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            _field = "images"
            _raw_images = d.get("images", UNSET)
            images: Any = _raw_images
            if _raw_images is not None and _raw_images is not UNSET:
                images = [
                    ChatAssistantImagesItem.from_dict(componentsschemas_chat_assistant_images_item_data)
                    for componentsschemas_chat_assistant_images_item_data in _raw_images
                ]

            model = d.get("model", UNSET)

            name = d.get("name", UNSET)

            reasoning = d.get("reasoning", UNSET)

            _field = "reasoning_details"
            _raw_reasoning_details = d.get("reasoning_details", UNSET)
            reasoning_details: Any = _raw_reasoning_details
            if _raw_reasoning_details is not None and _raw_reasoning_details is not UNSET:
                reasoning_details = [
                    _parse_componentsschemas_chat_reasoning_details_item(
                        componentsschemas_chat_reasoning_details_item_data
                    )
                    for componentsschemas_chat_reasoning_details_item_data in _raw_reasoning_details
                ]

            refusal = d.get("refusal", UNSET)

            _field = "tool_calls"
            _raw_tool_calls = d.get("tool_calls", UNSET)
            tool_calls: Any = _raw_tool_calls
            if _raw_tool_calls is not None and _raw_tool_calls is not UNSET:
                tool_calls = [ChatToolCall.from_dict(tool_calls_item_data) for tool_calls_item_data in _raw_tool_calls]

            _field = "annotations"
            _raw_annotations = d.get("annotations", UNSET)
            annotations: Any = _raw_annotations
            if _raw_annotations is not None and _raw_annotations is not UNSET:
                annotations = [
                    ChatUrlCitationAnnotation.from_dict(annotations_item_data)
                    for annotations_item_data in _raw_annotations
                ]

        except FieldParseError as error:
            raise error.within("ChatAssistantMessage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatAssistantMessage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_assistant_message = cls(
            role,
            audio,
            content,
            images,
            model,
            name,
            reasoning,
            reasoning_details,
            refusal,
            tool_calls,
            annotations,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_assistant_message.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_assistant_message

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


ChatAssistantMessage.__annotations__ = ResolvingAnnotations(ChatAssistantMessage.__annotations__, _resolve_lazy_imports)


def _parse_content(
    data: object,
) -> (
    list[
        ChatContentAudio
        | ChatContentFile
        | ChatContentImage
        | ChatContentText
        | ChatContentVideo
        | LegacyChatContentVideo
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
        content_type_1 = [_parse_content_type_1_item(content_type_1_item_data) for content_type_1_item_data in data]

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo | LegacyChatContentVideo] | None | str | Unset",
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> (
    ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo | LegacyChatContentVideo
):
    if ChatContentText._matches(data):
        try:
            componentsschemas_chat_content_items_type_0 = ChatContentText.from_dict(data)

            return componentsschemas_chat_content_items_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatContentImage._matches(data):
        try:
            componentsschemas_chat_content_items_type_1 = ChatContentImage.from_dict(data)

            return componentsschemas_chat_content_items_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatContentAudio._matches(data):
        try:
            componentsschemas_chat_content_items_type_2 = ChatContentAudio.from_dict(data)

            return componentsschemas_chat_content_items_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if LegacyChatContentVideo._matches(data):
        try:
            componentsschemas_chat_content_items_type_3 = LegacyChatContentVideo.from_dict(data)

            return componentsschemas_chat_content_items_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatContentVideo._matches(data):
        try:
            componentsschemas_chat_content_items_type_4 = ChatContentVideo.from_dict(data)

            return componentsschemas_chat_content_items_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatContentFile._matches(data):
        try:
            componentsschemas_chat_content_items_type_5 = ChatContentFile.from_dict(data)

            return componentsschemas_chat_content_items_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_content_items_type_0 = ChatContentText.from_dict(data)

        return componentsschemas_chat_content_items_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_content_items_type_1 = ChatContentImage.from_dict(data)

        return componentsschemas_chat_content_items_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_content_items_type_2 = ChatContentAudio.from_dict(data)

        return componentsschemas_chat_content_items_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_content_items_type_3 = LegacyChatContentVideo.from_dict(data)

        return componentsschemas_chat_content_items_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_content_items_type_4 = ChatContentVideo.from_dict(data)

        return componentsschemas_chat_content_items_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_content_items_type_5 = ChatContentFile.from_dict(data)

    return componentsschemas_chat_content_items_type_5


def _parse_componentsschemas_chat_reasoning_details_item(
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
