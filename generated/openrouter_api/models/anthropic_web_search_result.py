from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_type import AnthropicWebSearchResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicWebSearchResult")


@_attrs_define
class AnthropicWebSearchResult:
    """
    Example:
        {'encrypted_content': 'enc_content_0', 'page_age': None, 'title': 'Example Page', 'type': 'web_search_result',
            'url': 'https://example.com'}

    Attributes:
        encrypted_content (str):
        page_age (None | str):
        title (str):
        type_ (AnthropicWebSearchResultType):
        url (str):
    """

    encrypted_content: str
    page_age: None | str
    title: str
    type_: AnthropicWebSearchResultType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_content: Any = self.encrypted_content

        page_age: Any = self.page_age
        if not (isinstance(page_age, Unset) or page_age is None):
            page_age = self.page_age

        title: Any = self.title

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        url: Any = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if page_age is not UNSET:
            field_dict["page_age"] = page_age
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicWebSearchResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "encrypted_content" not in data:
            return False
        if "page_age" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicWebSearchResultType.is_known(data["type"]):
            return False
        if "url" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_content = d.pop("encrypted_content", UNSET)

        page_age = d.pop("page_age", UNSET)

        title = d.pop("title", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicWebSearchResultType._parse(_raw_type_)

        url = d.pop("url", UNSET)

        anthropic_web_search_result = cls(
            encrypted_content=encrypted_content,
            page_age=page_age,
            title=title,
            type_=type_,
            url=url,
        )

        anthropic_web_search_result.additional_properties = d
        return anthropic_web_search_result

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
