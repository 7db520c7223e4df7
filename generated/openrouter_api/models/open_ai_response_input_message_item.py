from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_input_message_item_role_type_0 import OpenAIResponseInputMessageItemRoleType0
from ..models.open_ai_response_input_message_item_role_type_1 import OpenAIResponseInputMessageItemRoleType1
from ..models.open_ai_response_input_message_item_role_type_2 import OpenAIResponseInputMessageItemRoleType2
from ..models.open_ai_response_input_message_item_type import OpenAIResponseInputMessageItemType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, InputAudio, InputFile, InputImage, InputText
    if _lazy_imports_resolved:
        return
    from ..models.input_audio import InputAudio  # noqa: PLC0415
    from ..models.input_file import InputFile  # noqa: PLC0415
    from ..models.input_image import InputImage  # noqa: PLC0415
    from ..models.input_text import InputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenAIResponseInputMessageItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "id", "role", "type"})


@_attrs_define(repr=False)
class OpenAIResponseInputMessageItem:
    """
    Example:
        {'content': [{'text': 'Hello, how are you?', 'type': 'input_text'}], 'id': 'msg-abc123', 'role': 'user', 'type':
            'message'}

    Attributes:
        content (list[InputAudio | InputFile | InputImage | InputText]):
        id (str):
        role (OpenAIResponseInputMessageItemRoleType0 | OpenAIResponseInputMessageItemRoleType1 |
            OpenAIResponseInputMessageItemRoleType2):
        type_ (OpenAIResponseInputMessageItemType | Unset):
    """

    _content: list[InputAudio | InputFile | InputImage | InputText] = _attrs_field(alias="content")
    _id: str = _attrs_field(alias="id")
    _role: (
        OpenAIResponseInputMessageItemRoleType0
        | OpenAIResponseInputMessageItemRoleType1
        | OpenAIResponseInputMessageItemRoleType2
    ) = _attrs_field(alias="role")
    type_: OpenAIResponseInputMessageItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[InputAudio | InputFile | InputImage | InputText]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("OpenAIResponseInputMessageItem", "content")
        return value

    @content.setter
    def content(self, value: list[InputAudio | InputFile | InputImage | InputText]) -> None:
        self._content = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OpenAIResponseInputMessageItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def role(
        self,
    ) -> (
        OpenAIResponseInputMessageItemRoleType0
        | OpenAIResponseInputMessageItemRoleType1
        | OpenAIResponseInputMessageItemRoleType2
    ):
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("OpenAIResponseInputMessageItem", "role")
        return value

    @role.setter
    def role(
        self,
        value: OpenAIResponseInputMessageItemRoleType0
        | OpenAIResponseInputMessageItemRoleType1
        | OpenAIResponseInputMessageItemRoleType2,
    ) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"id={self._id!r}, "
            f"role={self._role!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self._content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, InputText):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, InputImage):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, InputFile):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        id: Any = self._id

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            if isinstance(self._role, OpenAIResponseInputMessageItemRoleType0):
                role = self._role.value
            elif isinstance(self._role, OpenAIResponseInputMessageItemRoleType1):
                role = self._role.value
            else:
                role = self._role.value

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIResponseInputMessageItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "id" not in data:
            return False
        if "role" not in data:
            return False
        if "type" in data and not OpenAIResponseInputMessageItemType.is_known(data["type"]):
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
                    f"OpenAIResponseInputMessageItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [_parse_content_item(content_item_data) for content_item_data in _raw_content]

            id = d.get("id", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = _parse_role(_raw_role)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OpenAIResponseInputMessageItemType._value2member_map_.get(
                    _raw_type_
                ) or OpenAIResponseInputMessageItemType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("OpenAIResponseInputMessageItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenAIResponseInputMessageItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_response_input_message_item = cls(
            content,
            id,
            role,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_response_input_message_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return open_ai_response_input_message_item

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


OpenAIResponseInputMessageItem.__annotations__ = ResolvingAnnotations(
    OpenAIResponseInputMessageItem.__annotations__, _resolve_lazy_imports
)


def _parse_content_item(data: object) -> InputAudio | InputFile | InputImage | InputText:
    if InputText._matches(data):
        try:
            content_item_type_0 = InputText.from_dict(data)

            return content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputImage._matches(data):
        try:
            content_item_type_1 = InputImage.from_dict(data)

            return content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputFile._matches(data):
        try:
            content_item_type_2 = InputFile.from_dict(data)

            return content_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputAudio._matches(data):
        try:
            content_item_type_3 = InputAudio.from_dict(data)

            return content_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_0 = InputText.from_dict(data)

        return content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_1 = InputImage.from_dict(data)

        return content_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_2 = InputFile.from_dict(data)

        return content_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_3 = InputAudio.from_dict(data)

    return content_item_type_3


def _parse_role(
    data: object,
) -> (
    OpenAIResponseInputMessageItemRoleType0
    | OpenAIResponseInputMessageItemRoleType1
    | OpenAIResponseInputMessageItemRoleType2
):
    if OpenAIResponseInputMessageItemRoleType0.is_known(data):
        try:
            role_type_0 = OpenAIResponseInputMessageItemRoleType0._value2member_map_.get(
                data
            ) or OpenAIResponseInputMessageItemRoleType0._parse(data)

            return role_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseInputMessageItemRoleType1.is_known(data):
        try:
            role_type_1 = OpenAIResponseInputMessageItemRoleType1._value2member_map_.get(
                data
            ) or OpenAIResponseInputMessageItemRoleType1._parse(data)

            return role_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponseInputMessageItemRoleType2.is_known(data):
        try:
            role_type_2 = OpenAIResponseInputMessageItemRoleType2._value2member_map_.get(
                data
            ) or OpenAIResponseInputMessageItemRoleType2._parse(data)

            return role_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_0 = OpenAIResponseInputMessageItemRoleType0._value2member_map_.get(
            data
        ) or OpenAIResponseInputMessageItemRoleType0._parse(data)

        return role_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_1 = OpenAIResponseInputMessageItemRoleType1._value2member_map_.get(
            data
        ) or OpenAIResponseInputMessageItemRoleType1._parse(data)

        return role_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    role_type_2 = OpenAIResponseInputMessageItemRoleType2._value2member_map_.get(
        data
    ) or OpenAIResponseInputMessageItemRoleType2._parse(data)

    return role_type_2
