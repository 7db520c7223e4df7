from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_deleted_object import OpenAIFileDeletedObject
from ..models.open_ai_file_deleted_shape import OpenAIFileDeletedShape
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OpenAIFileDeleted")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"_shape", "deleted", "id", "object"})


@_attrs_define(repr=False)
class OpenAIFileDeleted:
    """Deletion result in OpenAI's shape.

    Example:
        {'_shape': 'openai', 'deleted': True, 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'object': 'file'}

    Attributes:
        field_shape (OpenAIFileDeletedShape):
        deleted (bool):
        id (str):
        object_ (OpenAIFileDeletedObject):
    """

    _field_shape: OpenAIFileDeletedShape = _attrs_field(alias="field_shape")
    _deleted: bool = _attrs_field(alias="deleted")
    _id: str = _attrs_field(alias="id")
    _object_: OpenAIFileDeletedObject = _attrs_field(alias="object_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_shape(self) -> OpenAIFileDeletedShape:
        value: Any = self._field_shape
        if value is UNSET:
            raise MissingFieldError("OpenAIFileDeleted", "_shape")
        return value

    @field_shape.setter
    def field_shape(self, value: OpenAIFileDeletedShape) -> None:
        self._field_shape = value

    @property
    def deleted(self) -> bool:
        value: Any = self._deleted
        if value is UNSET:
            raise MissingFieldError("OpenAIFileDeleted", "deleted")
        return value

    @deleted.setter
    def deleted(self, value: bool) -> None:
        self._deleted = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OpenAIFileDeleted", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def object_(self) -> OpenAIFileDeletedObject:
        value: Any = self._object_
        if value is UNSET:
            raise MissingFieldError("OpenAIFileDeleted", "object")
        return value

    @object_.setter
    def object_(self, value: OpenAIFileDeletedObject) -> None:
        self._object_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field_shape={self._field_shape!r}, "
            f"deleted={self._deleted!r}, "
            f"id={self._id!r}, "
            f"object_={self._object_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        field_shape: Any = self._field_shape
        if not (isinstance(field_shape, Unset) or field_shape is None):
            field_shape = self._field_shape.value

        deleted: Any = self._deleted

        id: Any = self._id

        object_: Any = self._object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self._object_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field_shape is not UNSET:
            field_dict["_shape"] = field_shape
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenAIFileDeleted and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "_shape" not in data:
            return False
        if "_shape" in data and not OpenAIFileDeletedShape.is_known(data["_shape"]):
            return False
        if "deleted" not in data:
            return False
        if "id" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not OpenAIFileDeletedObject.is_known(data["object"]):
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
                    f"OpenAIFileDeleted is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "_shape"
            _raw_field_shape = d.get("_shape", UNSET)
            field_shape: Any = _raw_field_shape
            if _raw_field_shape is not None and _raw_field_shape is not UNSET:
                field_shape = OpenAIFileDeletedShape._value2member_map_.get(
                    _raw_field_shape
                ) or OpenAIFileDeletedShape._parse(_raw_field_shape)

            deleted = d.get("deleted", UNSET)

            id = d.get("id", UNSET)

            _field = "object"
            _raw_object_ = d.get("object", UNSET)
            object_: Any = _raw_object_
            if _raw_object_ is not None and _raw_object_ is not UNSET:
                object_ = OpenAIFileDeletedObject._value2member_map_.get(
                    _raw_object_
                ) or OpenAIFileDeletedObject._parse(_raw_object_)

        except FieldParseError as error:
            raise error.within("OpenAIFileDeleted", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenAIFileDeleted", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_ai_file_deleted = cls(
            field_shape,
            deleted,
            id,
            object_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_ai_file_deleted.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return open_ai_file_deleted

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
