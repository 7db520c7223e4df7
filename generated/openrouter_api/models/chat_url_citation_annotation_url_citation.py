from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="ChatUrlCitationAnnotationUrlCitation")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"url", "title", "content", "start_index", "end_index"})


@_attrs_define(repr=False)
class ChatUrlCitationAnnotationUrlCitation:
    """The cited page and the span of the message content that cites it

    Attributes:
        url (str): Address of the cited page
        title (str | Unset): Title of the cited page
        content (str | Unset): Text of the cited page, when the search returned it
        start_index (int | Unset): Index of the first character of the citing span in the message content
        end_index (int | Unset): Index one past the last character of the citing span in the message content
    """

    _url: str = _attrs_field(alias="url")
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("ChatUrlCitationAnnotationUrlCitation", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"url={self._url!r}, "
            f"title={self.title!r}, "
            f"content={self.content!r}, "
            f"start_index={self.start_index!r}, "
            f"end_index={self.end_index!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        url: Any = self._url

        title: Any = self.title

        content: Any = self.content

        start_index: Any = self.start_index

        end_index: Any = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatUrlCitationAnnotationUrlCitation and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ChatUrlCitationAnnotationUrlCitation is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        url = d.get("url", UNSET)

        title = d.get("title", UNSET)

        content = d.get("content", UNSET)

        start_index = d.get("start_index", UNSET)

        end_index = d.get("end_index", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_url_citation_annotation_url_citation = cls(
            url,
            title,
            content,
            start_index,
            end_index,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_url_citation_annotation_url_citation.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_url_citation_annotation_url_citation

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
