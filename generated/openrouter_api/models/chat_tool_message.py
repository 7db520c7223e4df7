from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_message_role import ChatToolMessageRole
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.legacy_chat_content_video import LegacyChatContentVideo

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ChatContentAudio, \
        ChatContentFile, \
        ChatContentImage, \
        ChatContentText, \
        ChatContentVideo, \
        LegacyChatContentVideo
    if _lazy_imports_resolved:
        return
    from ..models.chat_content_audio import ChatContentAudio  # noqa: PLC0415
    from ..models.chat_content_file import ChatContentFile  # noqa: PLC0415
    from ..models.chat_content_image import ChatContentImage  # noqa: PLC0415
    from ..models.chat_content_text import ChatContentText  # noqa: PLC0415
    from ..models.chat_content_video import ChatContentVideo  # noqa: PLC0415
    from ..models.legacy_chat_content_video import LegacyChatContentVideo  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatToolMessage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "role", "tool_call_id"})


@_attrs_define(repr=False)
class ChatToolMessage:
    """Tool response message

    Example:
        {'content': 'The weather in San Francisco is 72°F and sunny.', 'role': 'tool', 'tool_call_id': 'call_abc123'}

    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | str): Tool response content Example: The weather in San Francisco is 72°F and sunny..
        role (ChatToolMessageRole):
        tool_call_id (str): ID of the assistant message tool call this message responds to Example: call_abc123.
    """

    _content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | str
    ) = _attrs_field(alias="content")
    _role: ChatToolMessageRole = _attrs_field(alias="role")
    _tool_call_id: str = _attrs_field(alias="tool_call_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(
        self,
    ) -> (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | str
    ):
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("ChatToolMessage", "content")
        return value

    @content.setter
    def content(
        self,
        value: list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | str,
    ) -> None:
        self._content = value

    @property
    def role(self) -> ChatToolMessageRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("ChatToolMessage", "role")
        return value

    @role.setter
    def role(self, value: ChatToolMessageRole) -> None:
        self._role = value

    @property
    def tool_call_id(self) -> str:
        value: Any = self._tool_call_id
        if value is UNSET:
            raise MissingFieldError("ChatToolMessage", "tool_call_id")
        return value

    @tool_call_id.setter
    def tool_call_id(self, value: str) -> None:
        self._tool_call_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"role={self._role!r}, "
            f"tool_call_id={self._tool_call_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, list):
                content = []
                for content_type_1_item_data in self._content:
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
                content = self._content

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        tool_call_id: Any = self._tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if role is not UNSET:
            field_dict["role"] = role
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatToolMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not ChatToolMessageRole.is_known(data["role"]):
            return False
        if "tool_call_id" not in data:
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
                    f"ChatToolMessage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = ChatToolMessageRole._value2member_map_.get(_raw_role) or ChatToolMessageRole._parse(_raw_role)

            tool_call_id = d.get("tool_call_id", UNSET)

        except FieldParseError as error:
            raise error.within("ChatToolMessage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatToolMessage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_tool_message = cls(
            content,
            role,
            tool_call_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_tool_message.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_tool_message

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


ChatToolMessage.__annotations__ = ResolvingAnnotations(ChatToolMessage.__annotations__, _resolve_lazy_imports)


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
    | str
):
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = [_parse_content_type_1_item(content_type_1_item_data) for content_type_1_item_data in data]

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo | LegacyChatContentVideo] | str",
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
