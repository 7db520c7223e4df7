from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_web_search_result_location_param_type import (
    AnthropicCitationWebSearchResultLocationParamType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicCitationWebSearchResultLocationParam")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"cited_text", "encrypted_index", "title", "type", "url"})


@_attrs_define(repr=False)
class AnthropicCitationWebSearchResultLocationParam:
    """
    Example:
        {'cited_text': 'Example cited text', 'encrypted_index': 'enc_idx_0', 'title': 'Example Page', 'type':
            'web_search_result_location', 'url': 'https://example.com'}

    Attributes:
        cited_text (str):
        encrypted_index (str):
        title (None | str):
        type_ (AnthropicCitationWebSearchResultLocationParamType):
        url (str):
    """

    _cited_text: str = _attrs_field(alias="cited_text")
    _encrypted_index: str = _attrs_field(alias="encrypted_index")
    _title: None | str = _attrs_field(alias="title")
    _type_: AnthropicCitationWebSearchResultLocationParamType = _attrs_field(alias="type_")
    _url: str = _attrs_field(alias="url")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cited_text(self) -> str:
        value: Any = self._cited_text
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationWebSearchResultLocationParam", "cited_text")
        return value

    @cited_text.setter
    def cited_text(self, value: str) -> None:
        self._cited_text = value

    @property
    def encrypted_index(self) -> str:
        value: Any = self._encrypted_index
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationWebSearchResultLocationParam", "encrypted_index")
        return value

    @encrypted_index.setter
    def encrypted_index(self, value: str) -> None:
        self._encrypted_index = value

    @property
    def title(self) -> None | str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationWebSearchResultLocationParam", "title")
        return value

    @title.setter
    def title(self, value: None | str) -> None:
        self._title = value

    @property
    def type_(self) -> AnthropicCitationWebSearchResultLocationParamType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationWebSearchResultLocationParam", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicCitationWebSearchResultLocationParamType) -> None:
        self._type_ = value

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationWebSearchResultLocationParam", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cited_text={self._cited_text!r}, "
            f"encrypted_index={self._encrypted_index!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"url={self._url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cited_text: Any = self._cited_text

        encrypted_index: Any = self._encrypted_index

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        url: Any = self._url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text
        if encrypted_index is not UNSET:
            field_dict["encrypted_index"] = encrypted_index
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCitationWebSearchResultLocationParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "cited_text" not in data:
            return False
        if "encrypted_index" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCitationWebSearchResultLocationParamType.is_known(data["type"]):
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
                    f"AnthropicCitationWebSearchResultLocationParam is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            cited_text = d.get("cited_text", UNSET)

            encrypted_index = d.get("encrypted_index", UNSET)

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicCitationWebSearchResultLocationParamType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicCitationWebSearchResultLocationParamType._parse(_raw_type_)

            url = d.get("url", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicCitationWebSearchResultLocationParam", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicCitationWebSearchResultLocationParam", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_citation_web_search_result_location_param = cls(
            cited_text,
            encrypted_index,
            title,
            type_,
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_citation_web_search_result_location_param.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_citation_web_search_result_location_param

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
