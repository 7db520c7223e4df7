from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="FusionSource")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"title", "url"})


@_attrs_define(repr=False)
class FusionSource:
    """A web page retrieved via web search during a fusion run.

    Example:
        {'title': 'Example article title', 'url': 'https://example.com/article'}

    Attributes:
        title (str): Title of the retrieved web page.
        url (str): URL of the web page a panel or the analyst retrieved during the run.
    """

    _title: str = _attrs_field(alias="title")
    _url: str = _attrs_field(alias="url")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def title(self) -> str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("FusionSource", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("FusionSource", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"title={self._title!r}, "
            f"url={self._url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        title: Any = self._title

        url: Any = self._url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionSource and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "title" not in data:
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
                    f"FusionSource is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        title = d.get("title", UNSET)

        url = d.get("url", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_source = cls(
            title,
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_source.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return fusion_source

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
