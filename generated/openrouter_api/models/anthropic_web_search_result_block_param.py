from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_block_param_type import AnthropicWebSearchResultBlockParamType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicWebSearchResultBlockParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"encrypted_content", "title", "type", "url", "page_age"})


@_attrs_define(repr=False)
class AnthropicWebSearchResultBlockParam:
    """
    Example:
        {'encrypted_content': 'enc_content_0', 'title': 'Example Page', 'type': 'web_search_result', 'url':
            'https://example.com'}

    Attributes:
        encrypted_content (str):
        title (str):
        type_ (AnthropicWebSearchResultBlockParamType):
        url (str):
        page_age (None | str | Unset):
    """

    _encrypted_content: str = _attrs_field(alias="encrypted_content")
    _title: str = _attrs_field(alias="title")
    _type_: AnthropicWebSearchResultBlockParamType = _attrs_field(alias="type_")
    _url: str = _attrs_field(alias="url")
    page_age: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def encrypted_content(self) -> str:
        value: Any = self._encrypted_content
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResultBlockParam", "encrypted_content")
        return value

    @encrypted_content.setter
    def encrypted_content(self, value: str) -> None:
        self._encrypted_content = value

    @property
    def title(self) -> str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResultBlockParam", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    @property
    def type_(self) -> AnthropicWebSearchResultBlockParamType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResultBlockParam", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicWebSearchResultBlockParamType) -> None:
        self._type_ = value

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("AnthropicWebSearchResultBlockParam", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"encrypted_content={self._encrypted_content!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"url={self._url!r}, "
            f"page_age={self.page_age!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        encrypted_content: Any = self._encrypted_content

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        url: Any = self._url

        page_age: Any = self.page_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if page_age is not UNSET:
            field_dict["page_age"] = page_age

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicWebSearchResultBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "encrypted_content" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicWebSearchResultBlockParamType.is_known(data["type"]):
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
                    f"AnthropicWebSearchResultBlockParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            encrypted_content = d.get("encrypted_content", UNSET)

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicWebSearchResultBlockParamType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicWebSearchResultBlockParamType._parse(_raw_type_)

            url = d.get("url", UNSET)

            page_age = d.get("page_age", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicWebSearchResultBlockParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicWebSearchResultBlockParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_web_search_result_block_param = cls(
            encrypted_content,
            title,
            type_,
            url,
            page_age,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_web_search_result_block_param.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_web_search_result_block_param

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
