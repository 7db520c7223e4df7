from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_type import AnthropicWebSearchResultType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicWebSearchResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"encrypted_content", "page_age", "title", "type", "url"})


@_attrs_define(repr=False)
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

    _encrypted_content: str = _attrs_field(alias="encrypted_content")
    _page_age: None | str = _attrs_field(alias="page_age")
    _title: str = _attrs_field(alias="title")
    _type_: AnthropicWebSearchResultType = _attrs_field(alias="type_")
    _url: str = _attrs_field(alias="url")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def encrypted_content(self) -> str:
        value: Any = self._encrypted_content
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResult", "encrypted_content")
        return value

    @encrypted_content.setter
    def encrypted_content(self, value: str) -> None:
        self._encrypted_content = value

    @property
    def page_age(self) -> None | str:
        value: Any = self._page_age
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResult", "page_age")
        return value

    @page_age.setter
    def page_age(self, value: None | str) -> None:
        self._page_age = value

    @property
    def title(self) -> str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResult", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    @property
    def type_(self) -> AnthropicWebSearchResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicWebSearchResultType) -> None:
        self._type_ = value

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResult", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"encrypted_content={self._encrypted_content!r}, "
            f"page_age={self._page_age!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"url={self._url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        encrypted_content: Any = self._encrypted_content

        page_age: Any = self._page_age

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        url: Any = self._url

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"AnthropicWebSearchResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            encrypted_content = d.get("encrypted_content", UNSET)

            page_age = d.get("page_age", UNSET)

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicWebSearchResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicWebSearchResultType._parse(_raw_type_)

            url = d.get("url", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicWebSearchResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicWebSearchResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_web_search_result = cls(
            encrypted_content,
            page_age,
            title,
            type_,
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_web_search_result.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
