from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="ContentPartAudioAudioUrl")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"url"})


@_attrs_define(repr=False)
class ContentPartAudioAudioUrl:
    """
    Attributes:
        url (str):
    """

    _url: str = _attrs_field(alias="url")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("ContentPartAudioAudioUrl", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._url!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        url: Any = self._url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentPartAudioAudioUrl and its fixed values."""
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
                    f"ContentPartAudioAudioUrl is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        url = d.get("url", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        content_part_audio_audio_url = cls(
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            content_part_audio_audio_url.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return content_part_audio_audio_url

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
