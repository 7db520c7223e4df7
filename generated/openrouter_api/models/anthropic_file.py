from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_file_shape import AnthropicFileShape
from ..models.anthropic_file_type import AnthropicFileType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicFile")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"_shape", "created_at", "downloadable", "filename", "id", "mime_type", "size_bytes", "type"}
)


@_attrs_define(repr=False)
class AnthropicFile:
    """A stored file in Anthropic's Files API shape.

    Example:
        {'_shape': 'anthropic', 'created_at': '2025-01-01T00:00:00Z', 'downloadable': False, 'filename': 'document.pdf',
            'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'mime_type': 'application/pdf', 'size_bytes': 1024000, 'type': 'file'}

    Attributes:
        field_shape (AnthropicFileShape):
        created_at (str):
        downloadable (bool):
        filename (str):
        id (str):
        mime_type (str):
        size_bytes (int):
        type_ (AnthropicFileType):
    """

    _field_shape: AnthropicFileShape = _attrs_field(alias="field_shape")
    _created_at: str = _attrs_field(alias="created_at")
    _downloadable: bool = _attrs_field(alias="downloadable")
    _filename: str = _attrs_field(alias="filename")
    _id: str = _attrs_field(alias="id")
    _mime_type: str = _attrs_field(alias="mime_type")
    _size_bytes: int = _attrs_field(alias="size_bytes")
    _type_: AnthropicFileType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_shape(self) -> AnthropicFileShape:
        value: Any = self._field_shape
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "_shape")
        return value

    @field_shape.setter
    def field_shape(self, value: AnthropicFileShape) -> None:
        self._field_shape = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def downloadable(self) -> bool:
        value: Any = self._downloadable
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "downloadable")
        return value

    @downloadable.setter
    def downloadable(self, value: bool) -> None:
        self._downloadable = value

    @property
    def filename(self) -> str:
        value: Any = self._filename
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "filename")
        return value

    @filename.setter
    def filename(self, value: str) -> None:
        self._filename = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def mime_type(self) -> str:
        value: Any = self._mime_type
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "mime_type")
        return value

    @mime_type.setter
    def mime_type(self, value: str) -> None:
        self._mime_type = value

    @property
    def size_bytes(self) -> int:
        value: Any = self._size_bytes
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "size_bytes")
        return value

    @size_bytes.setter
    def size_bytes(self, value: int) -> None:
        self._size_bytes = value

    @property
    def type_(self) -> AnthropicFileType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicFile", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicFileType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field_shape={self._field_shape!r}, "
            f"created_at={self._created_at!r}, "
            f"downloadable={self._downloadable!r}, "
            f"filename={self._filename!r}, "
            f"id={self._id!r}, "
            f"mime_type={self._mime_type!r}, "
            f"size_bytes={self._size_bytes!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        field_shape: Any = self._field_shape
        if not (isinstance(field_shape, Unset) or field_shape is None):
            field_shape = self._field_shape.value

        created_at: Any = self._created_at

        downloadable: Any = self._downloadable

        filename: Any = self._filename

        id: Any = self._id

        mime_type: Any = self._mime_type

        size_bytes: Any = self._size_bytes

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field_shape is not UNSET:
            field_dict["_shape"] = field_shape
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicFile and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "_shape" not in data:
            return False
        if "_shape" in data and not AnthropicFileShape.is_known(data["_shape"]):
            return False
        if "created_at" not in data:
            return False
        if "downloadable" not in data:
            return False
        if "filename" not in data:
            return False
        if "id" not in data:
            return False
        if "mime_type" not in data:
            return False
        if "size_bytes" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicFileType.is_known(data["type"]):
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
                    f"AnthropicFile is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "_shape"
            _raw_field_shape = d.get("_shape", UNSET)
            field_shape: Any = _raw_field_shape
            if _raw_field_shape is not None and _raw_field_shape is not UNSET:
                field_shape = AnthropicFileShape._value2member_map_.get(_raw_field_shape) or AnthropicFileShape._parse(
                    _raw_field_shape
                )

            created_at = d.get("created_at", UNSET)

            downloadable = d.get("downloadable", UNSET)

            filename = d.get("filename", UNSET)

            id = d.get("id", UNSET)

            mime_type = d.get("mime_type", UNSET)

            size_bytes = d.get("size_bytes", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicFileType._value2member_map_.get(_raw_type_) or AnthropicFileType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicFile", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicFile", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_file = cls(
            field_shape,
            created_at,
            downloadable,
            filename,
            id,
            mime_type,
            size_bytes,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_file.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_file

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
