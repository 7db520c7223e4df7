from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="ImageGenerationResponseDataItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"b64_json", "media_type"})


@_attrs_define(repr=False)
class ImageGenerationResponseDataItem:
    """
    Attributes:
        b64_json (str): Base64-encoded image bytes
        media_type (str | Unset): Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
            `image/svg+xml`. May be omitted if the format could not be determined. Example: image/png.
    """

    _b64_json: str = _attrs_field(alias="b64_json")
    media_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def b64_json(self) -> str:
        value: Any = self._b64_json
        if value is UNSET:
            raise MissingFieldError("ImageGenerationResponseDataItem", "b64_json")
        return value

    @b64_json.setter
    def b64_json(self, value: str) -> None:
        self._b64_json = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"b64_json={self._b64_json!r}, "
            f"media_type={self.media_type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        b64_json: Any = self._b64_json

        media_type: Any = self.media_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if media_type is not UNSET:
            field_dict["media_type"] = media_type

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationResponseDataItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "b64_json" not in data:
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
                    f"ImageGenerationResponseDataItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        b64_json = d.get("b64_json", UNSET)

        media_type = d.get("media_type", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_response_data_item = cls(
            b64_json,
            media_type,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_response_data_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return image_generation_response_data_item

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
