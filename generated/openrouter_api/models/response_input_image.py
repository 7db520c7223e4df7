from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_image_detail import ResponseInputImageDetail
from ..models.response_input_image_type import ResponseInputImageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInputImage")


@_attrs_define
class ResponseInputImage:
    """An input image by URL, data URL or file id.

    Example:
        {'type': 'input_image', 'detail': 'auto', 'image_url': 'https://example.com/image.jpg'}

    Attributes:
        type_ (ResponseInputImageType):
        detail (ResponseInputImageDetail | Unset):
        image_url (None | str | Unset):
        file_id (None | str | Unset):
    """

    type_: ResponseInputImageType
    detail: ResponseInputImageDetail | Unset = UNSET
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        detail: Any = self.detail
        if not (isinstance(detail, Unset) or detail is None):
            detail = UNSET
            if not isinstance(self.detail, Unset):
                detail = self.detail.value

        image_url: Any = self.image_url
        if not (isinstance(image_url, Unset) or image_url is None):
            if isinstance(self.image_url, Unset):
                image_url = UNSET
            else:
                image_url = self.image_url

        file_id: Any = self.file_id
        if not (isinstance(file_id, Unset) or file_id is None):
            if isinstance(self.file_id, Unset):
                file_id = UNSET
            else:
                file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseInputImage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseInputImageType.is_known(data["type"]):
            return False
        if "detail" in data and not ResponseInputImageDetail.is_known(data["detail"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ResponseInputImageType._parse(_raw_type_)

        _raw_detail = d.pop("detail", UNSET)
        detail: Any = _raw_detail
        if _raw_detail is not None and _raw_detail is not UNSET:
            _detail = _raw_detail
            detail: ResponseInputImageDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = ResponseInputImageDetail._parse(_detail)

        image_url = d.pop("image_url", UNSET)

        file_id = d.pop("file_id", UNSET)

        response_input_image = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
        )

        response_input_image.additional_properties = d
        return response_input_image

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
