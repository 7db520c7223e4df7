from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_citation_type import URLCitationType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="URLCitation")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"end_index", "start_index", "title", "type", "url", "content"})


@_attrs_define(repr=False)
class URLCitation:
    """
    Example:
        {'content': 'OpenRouter provides a unified API for accessing LLMs from multiple providers.', 'end_index': 42,
            'start_index': 0, 'title': 'OpenRouter Documentation', 'type': 'url_citation', 'url':
            'https://openrouter.ai/docs'}

    Attributes:
        end_index (int):
        start_index (int):
        title (str):
        type_ (URLCitationType):
        url (str):
        content (str | Unset):
    """

    _end_index: int = _attrs_field(alias="end_index")
    _start_index: int = _attrs_field(alias="start_index")
    _title: str = _attrs_field(alias="title")
    _type_: URLCitationType = _attrs_field(alias="type_")
    _url: str = _attrs_field(alias="url")
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def end_index(self) -> int:
        value: Any = self._end_index
        if value is UNSET:
            raise MissingFieldError("URLCitation", "end_index")
        return value

    @end_index.setter
    def end_index(self, value: int) -> None:
        self._end_index = value

    @property
    def start_index(self) -> int:
        value: Any = self._start_index
        if value is UNSET:
            raise MissingFieldError("URLCitation", "start_index")
        return value

    @start_index.setter
    def start_index(self, value: int) -> None:
        self._start_index = value

    @property
    def title(self) -> str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("URLCitation", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    @property
    def type_(self) -> URLCitationType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("URLCitation", "type")
        return value

    @type_.setter
    def type_(self, value: URLCitationType) -> None:
        self._type_ = value

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("URLCitation", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"end_index={self._end_index!r}, "
            f"start_index={self._start_index!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"url={self._url!r}, "
            f"content={self.content!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        end_index: Any = self._end_index

        start_index: Any = self._start_index

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        url: Any = self._url

        content: Any = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of URLCitation and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "end_index" not in data:
            return False
        if "start_index" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not URLCitationType.is_known(data["type"]):
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
                    f"URLCitation is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            end_index = d.get("end_index", UNSET)

            start_index = d.get("start_index", UNSET)

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = URLCitationType._value2member_map_.get(_raw_type_) or URLCitationType._parse(_raw_type_)

            url = d.get("url", UNSET)

            content = d.get("content", UNSET)

        except FieldParseError as error:
            raise error.within("URLCitation", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("URLCitation", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        url_citation = cls(
            end_index,
            start_index,
            title,
            type_,
            url,
            content,
        )

        if not _DECLARED_KEYS.issuperset(d):
            url_citation.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return url_citation

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
