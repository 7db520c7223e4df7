from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_message_item_role_type_0 import InputMessageItemRoleType0
from ..models.input_message_item_role_type_1 import InputMessageItemRoleType1
from ..models.input_message_item_role_type_2 import InputMessageItemRoleType2
from ..models.input_message_item_type import InputMessageItemType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_message_item_content_item_option_2 import InputMessageItemContentItemOption2
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, InputAudio, InputFile, InputMessageItemContentItemOption2, InputText, InputVideo
    if _lazy_imports_resolved:
        return
    from ..models.input_audio import InputAudio  # noqa: PLC0415
    from ..models.input_file import InputFile  # noqa: PLC0415
    from ..models.input_message_item_content_item_option_2 import InputMessageItemContentItemOption2  # noqa: PLC0415
    from ..models.input_text import InputText  # noqa: PLC0415
    from ..models.input_video import InputVideo  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="InputMessageItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"role", "content", "id", "type"})


@_attrs_define(repr=False)
class InputMessageItem:
    """
    Example:
        {'content': [{'text': 'Hello, how are you?', 'type': 'input_text'}], 'id': 'msg-abc123', 'role': 'user', 'type':
            'message'}

    Attributes:
        role (InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2):
        content (list[InputAudio | InputFile | InputMessageItemContentItemOption2 | InputText | InputVideo] | None |
            Unset):
        id (str | Unset):
        type_ (InputMessageItemType | Unset):
    """

    _role: InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2 = _attrs_field(
        alias="role"
    )
    content: (
        list[InputAudio | InputFile | InputMessageItemContentItemOption2 | InputText | InputVideo] | None | Unset
    ) = UNSET
    id: str | Unset = UNSET
    type_: InputMessageItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def role(self) -> InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("InputMessageItem", "role")
        return value

    @role.setter
    def role(self, value: InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2) -> None:
        self._role = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"role={self._role!r}, "
            f"content={self.content!r}, "
            f"id={self.id!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            if isinstance(self._role, InputMessageItemRoleType0):
                role = self._role.value
            elif isinstance(self._role, InputMessageItemRoleType1):
                role = self._role.value
            else:
                role = self._role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item: dict[str, Any]
                    if isinstance(content_type_0_item_data, InputText):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, InputMessageItemContentItemOption2):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, InputFile):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    elif isinstance(content_type_0_item_data, InputAudio):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    else:
                        content_type_0_item = content_type_0_item_data.to_dict()

                    content.append(content_type_0_item)

            else:
                content = self.content

        id: Any = self.id

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of InputMessageItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "type" in data and not InputMessageItemType.is_known(data["type"]):
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
                    f"InputMessageItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = _parse_role(_raw_role)

            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            id = d.get("id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = InputMessageItemType._value2member_map_.get(_raw_type_) or InputMessageItemType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("InputMessageItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("InputMessageItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        input_message_item = cls(
            role,
            content,
            id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            input_message_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return input_message_item

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


InputMessageItem.__annotations__ = ResolvingAnnotations(InputMessageItem.__annotations__, _resolve_lazy_imports)


def _parse_role(data: object) -> InputMessageItemRoleType0 | InputMessageItemRoleType1 | InputMessageItemRoleType2:
    if InputMessageItemRoleType0.is_known(data):
        try:
            role_type_0 = InputMessageItemRoleType0._value2member_map_.get(data) or InputMessageItemRoleType0._parse(
                data
            )

            return role_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputMessageItemRoleType1.is_known(data):
        try:
            role_type_1 = InputMessageItemRoleType1._value2member_map_.get(data) or InputMessageItemRoleType1._parse(
                data
            )

            return role_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputMessageItemRoleType2.is_known(data):
        try:
            role_type_2 = InputMessageItemRoleType2._value2member_map_.get(data) or InputMessageItemRoleType2._parse(
                data
            )

            return role_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_0 = InputMessageItemRoleType0._value2member_map_.get(data) or InputMessageItemRoleType0._parse(data)

        return role_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        role_type_1 = InputMessageItemRoleType1._value2member_map_.get(data) or InputMessageItemRoleType1._parse(data)

        return role_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    role_type_2 = InputMessageItemRoleType2._value2member_map_.get(data) or InputMessageItemRoleType2._parse(data)

    return role_type_2


def _parse_content(
    data: object,
) -> list[InputAudio | InputFile | InputMessageItemContentItemOption2 | InputText | InputVideo] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = [_parse_content_type_0_item(content_type_0_item_data) for content_type_0_item_data in data]

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[InputAudio | InputFile | InputMessageItemContentItemOption2 | InputText | InputVideo] | None | Unset",
        data,
    )


def _parse_content_type_0_item(
    data: object,
) -> InputAudio | InputFile | InputMessageItemContentItemOption2 | InputText | InputVideo:
    if InputText._matches(data):
        try:
            content_type_0_item_type_0 = InputText.from_dict(data)

            return content_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputMessageItemContentItemOption2._matches(data):
        try:
            content_type_0_item_type_1 = InputMessageItemContentItemOption2.from_dict(data)

            return content_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputFile._matches(data):
        try:
            content_type_0_item_type_2 = InputFile.from_dict(data)

            return content_type_0_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputAudio._matches(data):
        try:
            content_type_0_item_type_3 = InputAudio.from_dict(data)

            return content_type_0_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputVideo._matches(data):
        try:
            content_type_0_item_type_4 = InputVideo.from_dict(data)

            return content_type_0_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_0 = InputText.from_dict(data)

        return content_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_1 = InputMessageItemContentItemOption2.from_dict(data)

        return content_type_0_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_2 = InputFile.from_dict(data)

        return content_type_0_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_3 = InputAudio.from_dict(data)

        return content_type_0_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_type_0_item_type_4 = InputVideo.from_dict(data)

    return content_type_0_item_type_4
