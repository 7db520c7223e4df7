from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_object import OpenAIFileObject
from ..models.open_ai_file_purpose import OpenAIFilePurpose
from ..models.open_ai_file_shape import OpenAIFileShape
from ..models.open_ai_file_status import OpenAIFileStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OpenAIFile")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"_shape", "bytes", "created_at", "filename", "id", "object", "purpose", "status"}
)


@_attrs_define(repr=False)
class OpenAIFile:
    """A stored file in OpenAI's Files API shape.

    Example:
        {'_shape': 'openai', 'bytes': 1024000, 'created_at': 1735689600, 'filename': 'document.pdf', 'id':
            'or_file_011CNha8iCJcU1wXNR6q4V8w', 'object': 'file', 'purpose': 'user_data', 'status': 'processed'}

    Attributes:
        field_shape (OpenAIFileShape):
        bytes_ (int):
        created_at (int):
        filename (str):
        id (str):
        object_ (OpenAIFileObject):
        purpose (OpenAIFilePurpose):
        status (OpenAIFileStatus):
    """

    _field_shape: OpenAIFileShape = _attrs_field(alias="field_shape")
    _bytes_: int = _attrs_field(alias="bytes_")
    _created_at: int = _attrs_field(alias="created_at")
    _filename: str = _attrs_field(alias="filename")
    _id: str = _attrs_field(alias="id")
    _object_: OpenAIFileObject = _attrs_field(alias="object_")
    _purpose: OpenAIFilePurpose = _attrs_field(alias="purpose")
    _status: OpenAIFileStatus = _attrs_field(alias="status")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_shape(self) -> OpenAIFileShape:
        value: Any = self._field_shape
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "_shape")
        return value

    @field_shape.setter
    def field_shape(self, value: OpenAIFileShape) -> None:
        self._field_shape = value

    @property
    def bytes_(self) -> int:
        value: Any = self._bytes_
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "bytes")
        return value

    @bytes_.setter
    def bytes_(self, value: int) -> None:
        self._bytes_ = value

    @property
    def created_at(self) -> int:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: int) -> None:
        self._created_at = value

    @property
    def filename(self) -> str:
        value: Any = self._filename
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "filename")
        return value

    @filename.setter
    def filename(self, value: str) -> None:
        self._filename = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def object_(self) -> OpenAIFileObject:
        value: Any = self._object_
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "object")
        return value

    @object_.setter
    def object_(self, value: OpenAIFileObject) -> None:
        self._object_ = value

    @property
    def purpose(self) -> OpenAIFilePurpose:
        value: Any = self._purpose
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "purpose")
        return value

    @purpose.setter
    def purpose(self, value: OpenAIFilePurpose) -> None:
        self._purpose = value

    @property
    def status(self) -> OpenAIFileStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OpenAIFile", "status")
        return value

    @status.setter
    def status(self, value: OpenAIFileStatus) -> None:
        self._status = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field_shape={self._field_shape!r}, "
            f"bytes_={self._bytes_!r}, "
            f"created_at={self._created_at!r}, "
            f"filename={self._filename!r}, "
            f"id={self._id!r}, "
            f"object_={self._object_!r}, "
            f"purpose={self._purpose!r}, "
            f"status={self._status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        field_shape: Any = self._field_shape
        if not (isinstance(field_shape, Unset) or field_shape is None):
            field_shape = self._field_shape.value

        bytes_: Any = self._bytes_

        created_at: Any = self._created_at

        filename: Any = self._filename

        id: Any = self._id

        object_: Any = self._object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self._object_.value

        purpose: Any = self._purpose
        if not (isinstance(purpose, Unset) or purpose is None):
            purpose = self._purpose.value

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field_shape is not UNSET:
            field_dict["_shape"] = field_shape
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIFile and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "_shape" not in data:
            return False
        if "_shape" in data and not OpenAIFileShape.is_known(data["_shape"]):
            return False
        if "bytes" not in data:
            return False
        if "created_at" not in data:
            return False
        if "filename" not in data:
            return False
        if "id" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not OpenAIFileObject.is_known(data["object"]):
            return False
        if "purpose" not in data:
            return False
        if "purpose" in data and not OpenAIFilePurpose.is_known(data["purpose"]):
            return False
        if "status" not in data:
            return False
        if "status" in data and not OpenAIFileStatus.is_known(data["status"]):
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
                    f"OpenAIFile is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "_shape"
            _raw_field_shape = d.get("_shape", UNSET)
            field_shape: Any = _raw_field_shape
            if _raw_field_shape is not None and _raw_field_shape is not UNSET:
                field_shape = OpenAIFileShape._value2member_map_.get(_raw_field_shape) or OpenAIFileShape._parse(
                    _raw_field_shape
                )

            bytes_ = d.get("bytes", UNSET)

            created_at = d.get("created_at", UNSET)

            filename = d.get("filename", UNSET)

            id = d.get("id", UNSET)

            _field = "object"
            _raw_object_ = d.get("object", UNSET)
            object_: Any = _raw_object_
            if _raw_object_ is not None and _raw_object_ is not UNSET:
                object_ = OpenAIFileObject._value2member_map_.get(_raw_object_) or OpenAIFileObject._parse(_raw_object_)

            _field = "purpose"
            _raw_purpose = d.get("purpose", UNSET)
            purpose: Any = _raw_purpose
            if _raw_purpose is not None and _raw_purpose is not UNSET:
                purpose = OpenAIFilePurpose._value2member_map_.get(_raw_purpose) or OpenAIFilePurpose._parse(
                    _raw_purpose
                )

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = OpenAIFileStatus._value2member_map_.get(_raw_status) or OpenAIFileStatus._parse(_raw_status)

        except FieldParseError as error:
            raise error.within("OpenAIFile", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenAIFile", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_file = cls(
            field_shape,
            bytes_,
            created_at,
            filename,
            id,
            object_,
            purpose,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_file.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return open_ai_file

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
