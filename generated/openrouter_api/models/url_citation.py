from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_citation_type import URLCitationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="URLCitation")


@_attrs_define
class URLCitation:
    """Cites a web page for a span of the text.

    Attributes:
        type_ (URLCitationType):
        url (str):
        title (str):
        start_index (int):
        end_index (int):
    """

    type_: URLCitationType
    url: str
    title: str
    start_index: int
    end_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        url: Any = self.url

        title: Any = self.title

        start_index: Any = self.start_index

        end_index: Any = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of URLCitation and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not URLCitationType.is_known(data["type"]):
            return False
        if "url" not in data:
            return False
        if "title" not in data:
            return False
        if "start_index" not in data:
            return False
        if "end_index" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = URLCitationType._parse(_raw_type_)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        url_citation = cls(
            type_=type_,
            url=url,
            title=title,
            start_index=start_index,
            end_index=end_index,
        )

        url_citation.additional_properties = d
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
