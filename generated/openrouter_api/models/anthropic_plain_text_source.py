from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_plain_text_source_media_type import AnthropicPlainTextSourceMediaType
from ..models.anthropic_plain_text_source_type import AnthropicPlainTextSourceType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicPlainTextSource")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "media_type", "type"})


@_attrs_define(repr=False)
class AnthropicPlainTextSource:
    """
    Example:
        {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}

    Attributes:
        data (str):
        media_type (AnthropicPlainTextSourceMediaType):
        type_ (AnthropicPlainTextSourceType):
    """

    _data: str = _attrs_field(alias="data")
    _media_type: AnthropicPlainTextSourceMediaType = _attrs_field(alias="media_type")
    _type_: AnthropicPlainTextSourceType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> str:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("AnthropicPlainTextSource", "data")
        return value

    @data.setter
    def data(self, value: str) -> None:
        self._data = value

    @property
    def media_type(self) -> AnthropicPlainTextSourceMediaType:
        value: Any = self._media_type
        if value is UNSET:
            raise MissingFieldError("AnthropicPlainTextSource", "media_type")
        return value

    @media_type.setter
    def media_type(self, value: AnthropicPlainTextSourceMediaType) -> None:
        self._media_type = value

    @property
    def type_(self) -> AnthropicPlainTextSourceType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicPlainTextSource", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicPlainTextSourceType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"media_type={self._media_type!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self._data

        media_type: Any = self._media_type
        if not (isinstance(media_type, Unset) or media_type is None):
            media_type = self._media_type.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicPlainTextSource and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "media_type" not in data:
            return False
        if "media_type" in data and not AnthropicPlainTextSourceMediaType.is_known(data["media_type"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicPlainTextSourceType.is_known(data["type"]):
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
                    f"AnthropicPlainTextSource is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            data = d.get("data", UNSET)

            _field = "media_type"
            _raw_media_type = d.get("media_type", UNSET)
            media_type: Any = _raw_media_type
            if _raw_media_type is not None and _raw_media_type is not UNSET:
                media_type = AnthropicPlainTextSourceMediaType._value2member_map_.get(
                    _raw_media_type
                ) or AnthropicPlainTextSourceMediaType._parse(_raw_media_type)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicPlainTextSourceType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicPlainTextSourceType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicPlainTextSource", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicPlainTextSource", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_plain_text_source = cls(
            data,
            media_type,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_plain_text_source.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_plain_text_source

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
