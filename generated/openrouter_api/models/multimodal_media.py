from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="MultimodalMedia")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "format"})


@_attrs_define(repr=False)
class MultimodalMedia:
    """
    Example:
        {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...', 'format': 'wav'}

    Attributes:
        data (str):
        format_ (str | Unset):
    """

    _data: str = _attrs_field(alias="data")
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> str:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("MultimodalMedia", "data")
        return value

    @data.setter
    def data(self, value: str) -> None:
        self._data = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"format_={self.format_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self._data

        format_: Any = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MultimodalMedia and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
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
                    f"MultimodalMedia is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        data = d.get("data", UNSET)

        format_ = d.get("format", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        multimodal_media = cls(
            data,
            format_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            multimodal_media.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return multimodal_media

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
