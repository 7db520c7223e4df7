from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_summary_text_type import ReasoningSummaryTextType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ReasoningSummaryText")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"text", "type"})


@_attrs_define(repr=False)
class ReasoningSummaryText:
    """
    Example:
        {'text': 'Analyzed the problem using first principles', 'type': 'summary_text'}

    Attributes:
        text (str):
        type_ (ReasoningSummaryTextType):
    """

    _text: str = _attrs_field(alias="text")
    _type_: ReasoningSummaryTextType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("ReasoningSummaryText", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def type_(self) -> ReasoningSummaryTextType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ReasoningSummaryText", "type")
        return value

    @type_.setter
    def type_(self, value: ReasoningSummaryTextType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"text={self._text!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        text: Any = self._text

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningSummaryText and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "text" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ReasoningSummaryTextType.is_known(data["type"]):
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
                    f"ReasoningSummaryText is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            text = d.get("text", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ReasoningSummaryTextType._value2member_map_.get(_raw_type_) or ReasoningSummaryTextType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("ReasoningSummaryText", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ReasoningSummaryText", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        reasoning_summary_text = cls(
            text,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            reasoning_summary_text.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return reasoning_summary_text

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
