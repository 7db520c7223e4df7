from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_message_role import SystemMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_content_item_text import ChatMessageContentItemText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatMessageContentItemText
    from ..models.chat_message_content_item_text import ChatMessageContentItemText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="SystemMessage")


@_attrs_define
class SystemMessage:
    """Instructions that set the assistant's behaviour.

    Example:
        {'role': 'system', 'content': 'You are a helpful assistant.'}

    Attributes:
        role (SystemMessageRole):
        content (list[ChatMessageContentItemText] | str):
        name (str | Unset):
    """

    role: SystemMessageRole
    content: list[ChatMessageContentItemText] | str
    name: str | Unset = UNSET
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
                    content_type_1_item = content_type_1_item_data.to_dict()
                    content.append(content_type_1_item)

            else:
                content = self.content

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SystemMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not SystemMessageRole.is_known(data["role"]):
            return False
        if "content" not in data:
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
            role = SystemMessageRole._parse(_raw_role)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = _parse_content(_raw_content)

        name = d.pop("name", UNSET)

        system_message = cls(
            role=role,
            content=content,
            name=name,
        )

        system_message.additional_properties = d
        return system_message

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


def _parse_content(data: object) -> list[ChatMessageContentItemText] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:
            content_type_1_item = ChatMessageContentItemText.from_dict(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ChatMessageContentItemText] | str", data)
