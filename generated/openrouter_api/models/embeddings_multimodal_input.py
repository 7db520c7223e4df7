from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_content_item_image import ChatMessageContentItemImage
    from ..models.chat_message_content_item_text import ChatMessageContentItemText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatMessageContentItemImage, ChatMessageContentItemText
    from ..models.chat_message_content_item_image import ChatMessageContentItemImage  # noqa: PLC0415
    from ..models.chat_message_content_item_text import ChatMessageContentItemText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="EmbeddingsMultimodalInput")


@_attrs_define
class EmbeddingsMultimodalInput:
    """One input made of text and image parts.

    Attributes:
        content (list[ChatMessageContentItemImage | ChatMessageContentItemText]):
    """

    content: list[ChatMessageContentItemImage | ChatMessageContentItemText]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, ChatMessageContentItemText):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of EmbeddingsMultimodalInput and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = []
            _content = _raw_content
            for content_item_data in _content:
                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        embeddings_multimodal_input = cls(
            content=content,
        )

        embeddings_multimodal_input.additional_properties = d
        return embeddings_multimodal_input

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


def _parse_content_item(data: object) -> ChatMessageContentItemImage | ChatMessageContentItemText:
    if ChatMessageContentItemText._matches(data):
        try:
            content_item_type_0 = ChatMessageContentItemText.from_dict(data)

            return content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatMessageContentItemImage._matches(data):
        try:
            content_item_type_1 = ChatMessageContentItemImage.from_dict(data)

            return content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_0 = ChatMessageContentItemText.from_dict(data)

        return content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_1 = ChatMessageContentItemImage.from_dict(data)

    return content_item_type_1
