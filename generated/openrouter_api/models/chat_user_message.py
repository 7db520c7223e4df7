from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_user_message_role import ChatUserMessageRole
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


T = TypeVar("T", bound="ChatUserMessage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "role", "name"})


@_attrs_define(repr=False)
class ChatUserMessage:
    """User message

    Example:
        {'content': 'What is the capital of France?', 'role': 'user'}

    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | str): User message content Example: What is the capital of France?.
        role (ChatUserMessageRole):
        name (str | Unset): Optional name for the user Example: User.
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
    _role: ChatUserMessageRole = _attrs_field(alias="role")
    name: str | Unset = UNSET
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
            raise MissingFieldError("ChatUserMessage", "content")
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
    def role(self) -> ChatUserMessageRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("ChatUserMessage", "role")
        return value

    @role.setter
    def role(self, value: ChatUserMessageRole) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"role={self._role!r}, "
            f"name={self.name!r}, "
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

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if role is not UNSET:
            field_dict["role"] = role
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatUserMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not ChatUserMessageRole.is_known(data["role"]):
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
                    f"ChatUserMessage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                role = ChatUserMessageRole._value2member_map_.get(_raw_role) or ChatUserMessageRole._parse(_raw_role)

            name = d.get("name", UNSET)

        except FieldParseError as error:
            raise error.within("ChatUserMessage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatUserMessage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_user_message = cls(
            content,
            role,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_user_message.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_user_message

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


ChatUserMessage.__annotations__ = ResolvingAnnotations(ChatUserMessage.__annotations__, _resolve_lazy_imports)


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
