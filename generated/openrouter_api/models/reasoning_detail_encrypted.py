from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_encrypted_type import ReasoningDetailEncryptedType
from ..models.reasoning_format import ReasoningFormat
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ReasoningDetailEncrypted")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "type", "format", "id", "index"})


@_attrs_define(repr=False)
class ReasoningDetailEncrypted:
    """Reasoning detail encrypted schema

    Example:
        {'data': 'encrypted data', 'type': 'reasoning.encrypted'}

    Attributes:
        data (str):
        type_ (ReasoningDetailEncryptedType):
        format_ (None | ReasoningFormat | Unset):
        id (None | str | Unset):
        index (int | Unset):
    """

    _data: str = _attrs_field(alias="data")
    _type_: ReasoningDetailEncryptedType = _attrs_field(alias="type_")
    format_: None | ReasoningFormat | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> str:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailEncrypted", "data")
        return value

    @data.setter
    def data(self, value: str) -> None:
        self._data = value

    @property
    def type_(self) -> ReasoningDetailEncryptedType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailEncrypted", "type")
        return value

    @type_.setter
    def type_(self, value: ReasoningDetailEncryptedType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"type_={self._type_!r}, "
            f"format_={self.format_!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self._data

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, ReasoningFormat):
                format_ = self.format_.value
            else:
                format_ = self.format_

        id: Any = self.id

        index: Any = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningDetailEncrypted and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ReasoningDetailEncryptedType.is_known(data["type"]):
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
                    f"ReasoningDetailEncrypted is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            data = d.get("data", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ReasoningDetailEncryptedType._value2member_map_.get(
                    _raw_type_
                ) or ReasoningDetailEncryptedType._parse(_raw_type_)

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = _parse_format_(_raw_format_)

            id = d.get("id", UNSET)

            index = d.get("index", UNSET)

        except FieldParseError as error:
            raise error.within("ReasoningDetailEncrypted", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ReasoningDetailEncrypted", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        reasoning_detail_encrypted = cls(
            data,
            type_,
            format_,
            id,
            index,
        )

        if not _DECLARED_KEYS.issuperset(d):
            reasoning_detail_encrypted.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return reasoning_detail_encrypted

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


def _parse_format_(data: object) -> None | ReasoningFormat | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningFormat.is_known(data):
        try:
            format_type_0 = ReasoningFormat._value2member_map_.get(data) or ReasoningFormat._parse(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        format_type_0 = ReasoningFormat._value2member_map_.get(data) or ReasoningFormat._parse(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningFormat | Unset", data)
