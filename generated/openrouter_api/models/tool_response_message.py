from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_response_message_role import ToolResponseMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_content_item_audio import ChatMessageContentItemAudio
    from ..models.chat_message_content_item_file import ChatMessageContentItemFile
    from ..models.chat_message_content_item_image import ChatMessageContentItemImage
    from ..models.chat_message_content_item_text import ChatMessageContentItemText
    from ..models.chat_message_content_item_video import ChatMessageContentItemVideo
    from ..models.chat_message_content_item_video_legacy import ChatMessageContentItemVideoLegacy

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ChatMessageContentItemAudio, \
        ChatMessageContentItemFile, \
        ChatMessageContentItemImage, \
        ChatMessageContentItemText, \
        ChatMessageContentItemVideo, \
        ChatMessageContentItemVideoLegacy
    from ..models.chat_message_content_item_audio import ChatMessageContentItemAudio  # noqa: PLC0415
    from ..models.chat_message_content_item_file import ChatMessageContentItemFile  # noqa: PLC0415
    from ..models.chat_message_content_item_image import ChatMessageContentItemImage  # noqa: PLC0415
    from ..models.chat_message_content_item_text import ChatMessageContentItemText  # noqa: PLC0415
    from ..models.chat_message_content_item_video import ChatMessageContentItemVideo  # noqa: PLC0415
    from ..models.chat_message_content_item_video_legacy import ChatMessageContentItemVideoLegacy  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ToolResponseMessage")


@_attrs_define
class ToolResponseMessage:
    """The result of a tool call, sent back to the model.

    Example:
        {'role': 'tool', 'tool_call_id': 'call_abc123', 'content': '22 degrees and sunny'}

    Attributes:
        role (ToolResponseMessageRole):
        content (list[ChatMessageContentItemAudio | ChatMessageContentItemFile | ChatMessageContentItemImage |
            ChatMessageContentItemText | ChatMessageContentItemVideo | ChatMessageContentItemVideoLegacy] | str):
        tool_call_id (str): Id of the tool call this answers.
    """

    role: ToolResponseMessageRole
    content: (
        list[
            ChatMessageContentItemAudio
            | ChatMessageContentItemFile
            | ChatMessageContentItemImage
            | ChatMessageContentItemText
            | ChatMessageContentItemVideo
            | ChatMessageContentItemVideoLegacy
        ]
        | str
    )
    tool_call_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, list):
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

        tool_call_id: Any = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ToolResponseMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not ToolResponseMessageRole.is_known(data["role"]):
            return False
        if "content" not in data:
            return False
        if "tool_call_id" not in data:
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
            role = ToolResponseMessageRole._parse(_raw_role)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = _parse_content(_raw_content)

        tool_call_id = d.pop("tool_call_id", UNSET)

        tool_response_message = cls(
            role=role,
            content=content,
            tool_call_id=tool_call_id,
        )

        tool_response_message.additional_properties = d
        return tool_response_message

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
    | str
):
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
        "list[ChatMessageContentItemAudio | ChatMessageContentItemFile | ChatMessageContentItemImage | ChatMessageContentItemText | ChatMessageContentItemVideo | ChatMessageContentItemVideoLegacy] | str",
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
