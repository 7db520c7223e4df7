from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_content_item_file_type import ChatMessageContentItemFileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_content_item_file_file import ChatMessageContentItemFileFile

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatMessageContentItemFileFile
    from ..models.chat_message_content_item_file_file import ChatMessageContentItemFileFile  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatMessageContentItemFile")


@_attrs_define
class ChatMessageContentItemFile:
    """A file part, such as a PDF.

    Attributes:
        type_ (ChatMessageContentItemFileType):
        file (ChatMessageContentItemFileFile):
    """

    type_: ChatMessageContentItemFileType
    file: ChatMessageContentItemFileFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        file: Any = self.file
        if not (isinstance(file, Unset) or file is None):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatMessageContentItemFile and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ChatMessageContentItemFileType.is_known(data["type"]):
            return False
        if "file" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ChatMessageContentItemFileType._parse(_raw_type_)

        _raw_file = d.pop("file", UNSET)
        file: Any = _raw_file
        if _raw_file is not None and _raw_file is not UNSET:
            file = ChatMessageContentItemFileFile.from_dict(_raw_file)

        chat_message_content_item_file = cls(
            type_=type_,
            file=file,
        )

        chat_message_content_item_file.additional_properties = d
        return chat_message_content_item_file

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
