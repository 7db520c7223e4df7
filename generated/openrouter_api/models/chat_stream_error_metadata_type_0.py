from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatStreamErrorMetadataType0")


@_attrs_define
class ChatStreamErrorMetadataType0:
    """
    Attributes:
        error_type (str | Unset):
        provider_code (str | Unset):
        provider_name (str | Unset):
        raw (Any | Unset):
    """

    error_type: str | Unset = UNSET
    provider_code: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    raw: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type: Any = self.error_type

        provider_code: Any = self.provider_code

        provider_name: Any = self.provider_name

        raw: Any = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if provider_code is not UNSET:
            field_dict["provider_code"] = provider_code
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamErrorMetadataType0 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_type = d.pop("error_type", UNSET)

        provider_code = d.pop("provider_code", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        raw = d.pop("raw", UNSET)

        chat_stream_error_metadata_type_0 = cls(
            error_type=error_type,
            provider_code=provider_code,
            provider_name=provider_name,
            raw=raw,
        )

        chat_stream_error_metadata_type_0.additional_properties = d
        return chat_stream_error_metadata_type_0

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
