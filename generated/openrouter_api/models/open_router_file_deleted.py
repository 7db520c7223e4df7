from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_router_file_deleted_shape import OpenRouterFileDeletedShape
from ..models.open_router_file_deleted_type import OpenRouterFileDeletedType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OpenRouterFileDeleted")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"_shape", "id", "type"})


@_attrs_define(repr=False)
class OpenRouterFileDeleted:
    """Deletion result in the OpenRouter shape.

    Example:
        {'_shape': 'openrouter', 'id': 'or_file_011CNha8iCJcU1wXNR6q4V8w', 'type': 'file_deleted'}

    Attributes:
        field_shape (OpenRouterFileDeletedShape):
        id (str):
        type_ (OpenRouterFileDeletedType):
    """

    _field_shape: OpenRouterFileDeletedShape = _attrs_field(alias="field_shape")
    _id: str = _attrs_field(alias="id")
    _type_: OpenRouterFileDeletedType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def field_shape(self) -> OpenRouterFileDeletedShape:
        value: Any = self._field_shape
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileDeleted", "_shape")
        return value

    @field_shape.setter
    def field_shape(self, value: OpenRouterFileDeletedShape) -> None:
        self._field_shape = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileDeleted", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def type_(self) -> OpenRouterFileDeletedType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OpenRouterFileDeleted", "type")
        return value

    @type_.setter
    def type_(self, value: OpenRouterFileDeletedType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"field_shape={self._field_shape!r}, "
            f"id={self._id!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        field_shape: Any = self._field_shape
        if not (isinstance(field_shape, Unset) or field_shape is None):
            field_shape = self._field_shape.value

        id: Any = self._id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if field_shape is not UNSET:
            field_dict["_shape"] = field_shape
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterFileDeleted and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "_shape" not in data:
            return False
        if "_shape" in data and not OpenRouterFileDeletedShape.is_known(data["_shape"]):
            return False
        if "id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenRouterFileDeletedType.is_known(data["type"]):
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
                    f"OpenRouterFileDeleted is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "_shape"
            _raw_field_shape = d.get("_shape", UNSET)
            field_shape: Any = _raw_field_shape
            if _raw_field_shape is not None and _raw_field_shape is not UNSET:
                field_shape = OpenRouterFileDeletedShape._value2member_map_.get(
                    _raw_field_shape
                ) or OpenRouterFileDeletedShape._parse(_raw_field_shape)

            id = d.get("id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OpenRouterFileDeletedType._value2member_map_.get(
                    _raw_type_
                ) or OpenRouterFileDeletedType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("OpenRouterFileDeleted", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenRouterFileDeleted", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_router_file_deleted = cls(
            field_shape,
            id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_router_file_deleted.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return open_router_file_deleted

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
