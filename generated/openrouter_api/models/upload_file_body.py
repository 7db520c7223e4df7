from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    FieldParseError,
    File,
    MissingFieldError,
    Unset,
)

T = TypeVar("T", bound="UploadFileBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"file"})


@_attrs_define(repr=False)
class UploadFileBody:
    """
    Attributes:
        file (File):
    """

    _file: File = _attrs_field(alias="file")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def file(self) -> File:
        value: Any = self._file
        if value is UNSET:
            raise MissingFieldError("UploadFileBody", "file")
        return value

    @file.setter
    def file(self, value: File) -> None:
        self._file = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(file={self._file!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        file: Any = self._file
        if not (isinstance(file, Unset) or file is None):
            file = self._file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self._file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UploadFileBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "file" not in data:
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
                    f"UploadFileBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "file"
            _raw_file = d.get("file", UNSET)
            file: Any = _raw_file
            if _raw_file is not None and _raw_file is not UNSET:
                file = File(payload=BytesIO(_raw_file))

        except FieldParseError as error:
            raise error.within("UploadFileBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UploadFileBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        upload_file_body = cls(
            file,
        )

        if not _DECLARED_KEYS.issuperset(d):
            upload_file_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return upload_file_body

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
