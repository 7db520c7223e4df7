from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_text_type import ReasoningDetailTextType
from ..models.reasoning_format import ReasoningFormat
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ReasoningDetailText")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "format", "id", "index", "signature", "text"})


@_attrs_define(repr=False)
class ReasoningDetailText:
    """Reasoning detail text schema

    Example:
        {'signature': 'signature', 'text': 'The model analyzed the problem by first identifying key constraints, then
            evaluating possible solutions...', 'type': 'reasoning.text'}

    Attributes:
        type_ (ReasoningDetailTextType):
        format_ (None | ReasoningFormat | Unset):
        id (None | str | Unset):
        index (int | Unset):
        signature (None | str | Unset):
        text (None | str | Unset):
    """

    _type_: ReasoningDetailTextType = _attrs_field(alias="type_")
    format_: None | ReasoningFormat | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    signature: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> ReasoningDetailTextType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ReasoningDetailText", "type")
        return value

    @type_.setter
    def type_(self, value: ReasoningDetailTextType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"format_={self.format_!r}, "
            f"id={self.id!r}, "
            f"index={self.index!r}, "
            f"signature={self.signature!r}, "
            f"text={self.text!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
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

        signature: Any = self.signature

        text: Any = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if signature is not UNSET:
            field_dict["signature"] = signature
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningDetailText and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ReasoningDetailTextType.is_known(data["type"]):
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
                    f"ReasoningDetailText is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ReasoningDetailTextType._value2member_map_.get(_raw_type_) or ReasoningDetailTextType._parse(
                    _raw_type_
                )

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = _parse_format_(_raw_format_)

            id = d.get("id", UNSET)

            index = d.get("index", UNSET)

            signature = d.get("signature", UNSET)

            text = d.get("text", UNSET)

        except FieldParseError as error:
            raise error.within("ReasoningDetailText", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ReasoningDetailText", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        reasoning_detail_text = cls(
            type_,
            format_,
            id,
            index,
            signature,
            text,
        )

        if not _DECLARED_KEYS.issuperset(d):
            reasoning_detail_text.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return reasoning_detail_text

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
