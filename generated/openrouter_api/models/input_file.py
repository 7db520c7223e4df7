from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_file_type import InputFileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFile")


@_attrs_define
class InputFile:
    """File input content item

    Example:
        {'file_id': 'file-abc123', 'filename': 'document.pdf', 'type': 'input_file'}

    Attributes:
        type_ (InputFileType):
        file_data (str | Unset):
        file_id (None | str | Unset):
        file_url (str | Unset):
        filename (str | Unset):
    """

    type_: InputFileType
    file_data: str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        file_data: Any = self.file_data

        file_id: Any = self.file_id
        if not (isinstance(file_id, Unset) or file_id is None):
            if isinstance(self.file_id, Unset):
                file_id = UNSET
            else:
                file_id = self.file_id

        file_url: Any = self.file_url

        filename: Any = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of InputFile and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not InputFileType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = InputFileType._parse(_raw_type_)

        file_data = d.pop("file_data", UNSET)

        file_id = d.pop("file_id", UNSET)

        file_url = d.pop("file_url", UNSET)

        filename = d.pop("filename", UNSET)

        input_file = cls(
            type_=type_,
            file_data=file_data,
            file_id=file_id,
            file_url=file_url,
            filename=filename,
        )

        input_file.additional_properties = d
        return input_file

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
