from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatContentFileFile")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"file_data", "file_id", "filename"})


@_attrs_define(repr=False)
class ChatContentFileFile:
    """
    Attributes:
        file_data (str | Unset): File content as base64 data URL or URL
        file_id (str | Unset): File ID for previously uploaded files
        filename (str | Unset): Original filename
    """

    file_data: str | Unset = UNSET
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"file_data={self.file_data!r}, "
            f"file_id={self.file_id!r}, "
            f"filename={self.filename!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        file_data: Any = self.file_data

        file_id: Any = self.file_id

        filename: Any = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatContentFileFile and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ChatContentFileFile is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        file_data = d.get("file_data", UNSET)

        file_id = d.get("file_id", UNSET)

        filename = d.get("filename", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_content_file_file = cls(
            file_data,
            file_id,
            filename,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_content_file_file.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_content_file_file

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
