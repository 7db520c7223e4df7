from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicWebSearchToolResultBlockContentType0Item")


@_attrs_define
class AnthropicWebSearchToolResultBlockContentType0Item:
    """
    Attributes:
        type_ (str | Unset):
        url (str | Unset):
        title (str | Unset):
        encrypted_content (str | Unset):
        page_age (None | str | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    encrypted_content: str | Unset = UNSET
    page_age: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_

        url: Any = self.url

        title: Any = self.title

        encrypted_content: Any = self.encrypted_content

        page_age: Any = self.page_age
        if not (isinstance(page_age, Unset) or page_age is None):
            if isinstance(self.page_age, Unset):
                page_age = UNSET
            else:
                page_age = self.page_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if page_age is not UNSET:
            field_dict["page_age"] = page_age

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicWebSearchToolResultBlockContentType0Item and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        encrypted_content = d.pop("encrypted_content", UNSET)

        page_age = d.pop("page_age", UNSET)

        anthropic_web_search_tool_result_block_content_type_0_item = cls(
            type_=type_,
            url=url,
            title=title,
            encrypted_content=encrypted_content,
            page_age=page_age,
        )

        anthropic_web_search_tool_result_block_content_type_0_item.additional_properties = d
        return anthropic_web_search_tool_result_block_content_type_0_item

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
