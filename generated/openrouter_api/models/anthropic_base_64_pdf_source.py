from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_base_64_pdf_source_media_type import AnthropicBase64PdfSourceMediaType
from ..models.anthropic_base_64_pdf_source_type import AnthropicBase64PdfSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicBase64PdfSource")


@_attrs_define
class AnthropicBase64PdfSource:
    """
    Example:
        {'data': 'JVBERi0x...', 'media_type': 'application/pdf', 'type': 'base64'}

    Attributes:
        data (str):
        media_type (AnthropicBase64PdfSourceMediaType):
        type_ (AnthropicBase64PdfSourceType):
    """

    data: str
    media_type: AnthropicBase64PdfSourceMediaType
    type_: AnthropicBase64PdfSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: Any = self.data

        media_type: Any = self.media_type
        if not (isinstance(media_type, Unset) or media_type is None):
            media_type = self.media_type.value

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicBase64PdfSource and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "media_type" not in data:
            return False
        if "media_type" in data and not AnthropicBase64PdfSourceMediaType.is_known(data["media_type"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicBase64PdfSourceType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        _raw_media_type = d.pop("media_type", UNSET)
        media_type: Any = _raw_media_type
        if _raw_media_type is not None and _raw_media_type is not UNSET:
            media_type = AnthropicBase64PdfSourceMediaType._parse(_raw_media_type)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicBase64PdfSourceType._parse(_raw_type_)

        anthropic_base_64_pdf_source = cls(
            data=data,
            media_type=media_type,
            type_=type_,
        )

        anthropic_base_64_pdf_source.additional_properties = d
        return anthropic_base_64_pdf_source

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
