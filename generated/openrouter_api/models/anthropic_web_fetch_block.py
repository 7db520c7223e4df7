from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_block_type import AnthropicWebFetchBlockType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_document_block import AnthropicDocumentBlock

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicDocumentBlock
    from ..models.anthropic_document_block import AnthropicDocumentBlock  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicWebFetchBlock")


@_attrs_define
class AnthropicWebFetchBlock:
    """
    Example:
        {'content': {'citations': None, 'source': {'data': '', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}, 'retrieved_at': None, 'type': 'web_fetch_result', 'url': 'https://example.com'}

    Attributes:
        content (AnthropicDocumentBlock):  Example: {'citations': None, 'source': {'data': 'Hello, world!',
            'media_type': 'text/plain', 'type': 'text'}, 'title': None, 'type': 'document'}.
        retrieved_at (None | str):
        type_ (AnthropicWebFetchBlockType):
        url (str):
    """

    content: AnthropicDocumentBlock
    retrieved_at: None | str
    type_: AnthropicWebFetchBlockType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            content = self.content.to_dict()

        retrieved_at: Any = self.retrieved_at
        if not (isinstance(retrieved_at, Unset) or retrieved_at is None):
            retrieved_at = self.retrieved_at

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        url: Any = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if retrieved_at is not UNSET:
            field_dict["retrieved_at"] = retrieved_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicWebFetchBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "retrieved_at" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicWebFetchBlockType.is_known(data["type"]):
            return False
        if "url" not in data:
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
            content = AnthropicDocumentBlock.from_dict(_raw_content)

        retrieved_at = d.pop("retrieved_at", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicWebFetchBlockType._parse(_raw_type_)

        url = d.pop("url", UNSET)

        anthropic_web_fetch_block = cls(
            content=content,
            retrieved_at=retrieved_at,
            type_=type_,
            url=url,
        )

        anthropic_web_fetch_block.additional_properties = d
        return anthropic_web_fetch_block

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
