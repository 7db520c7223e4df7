from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_refusal_delta_event_type import BaseRefusalDeltaEventType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="BaseRefusalDeltaEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"content_index", "delta", "item_id", "output_index", "sequence_number", "type"}
)


@_attrs_define(repr=False)
class BaseRefusalDeltaEvent:
    """Event emitted when a refusal delta is streamed

    Example:
        {'content_index': 0, 'delta': "I'm sorry", 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.refusal.delta'}

    Attributes:
        content_index (int):
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (BaseRefusalDeltaEventType):
    """

    _content_index: int = _attrs_field(alias="content_index")
    _delta: str = _attrs_field(alias="delta")
    _item_id: str = _attrs_field(alias="item_id")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: BaseRefusalDeltaEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content_index(self) -> int:
        value: Any = self._content_index
        if value is UNSET:
            raise MissingFieldError("BaseRefusalDeltaEvent", "content_index")
        return value

    @content_index.setter
    def content_index(self, value: int) -> None:
        self._content_index = value

    @property
    def delta(self) -> str:
        value: Any = self._delta
        if value is UNSET:
            raise MissingFieldError("BaseRefusalDeltaEvent", "delta")
        return value

    @delta.setter
    def delta(self, value: str) -> None:
        self._delta = value

    @property
    def item_id(self) -> str:
        value: Any = self._item_id
        if value is UNSET:
            raise MissingFieldError("BaseRefusalDeltaEvent", "item_id")
        return value

    @item_id.setter
    def item_id(self, value: str) -> None:
        self._item_id = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("BaseRefusalDeltaEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("BaseRefusalDeltaEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> BaseRefusalDeltaEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BaseRefusalDeltaEvent", "type")
        return value

    @type_.setter
    def type_(self, value: BaseRefusalDeltaEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content_index={self._content_index!r}, "
            f"delta={self._delta!r}, "
            f"item_id={self._item_id!r}, "
            f"output_index={self._output_index!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        content_index: Any = self._content_index

        delta: Any = self._delta

        item_id: Any = self._item_id

        output_index: Any = self._output_index

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseRefusalDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content_index" not in data:
            return False
        if "delta" not in data:
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not BaseRefusalDeltaEventType.is_known(data["type"]):
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
                    f"BaseRefusalDeltaEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            content_index = d.get("content_index", UNSET)

            delta = d.get("delta", UNSET)

            item_id = d.get("item_id", UNSET)

            output_index = d.get("output_index", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BaseRefusalDeltaEventType._value2member_map_.get(
                    _raw_type_
                ) or BaseRefusalDeltaEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("BaseRefusalDeltaEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseRefusalDeltaEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_refusal_delta_event = cls(
            content_index,
            delta,
            item_id,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_refusal_delta_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_refusal_delta_event

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
