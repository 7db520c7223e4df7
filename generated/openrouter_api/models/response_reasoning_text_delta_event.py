from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_reasoning_text_delta_event_type import ResponseReasoningTextDeltaEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningTextDeltaEvent")


@_attrs_define
class ResponseReasoningTextDeltaEvent:
    """A piece of reasoning text.

    Attributes:
        type_ (ResponseReasoningTextDeltaEventType):
        item_id (str):
        output_index (int):
        content_index (int):
        delta (str):
        sequence_number (int): Position of the event in the stream.
    """

    type_: ResponseReasoningTextDeltaEventType
    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        item_id: Any = self.item_id

        output_index: Any = self.output_index

        content_index: Any = self.content_index

        delta: Any = self.delta

        sequence_number: Any = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseReasoningTextDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseReasoningTextDeltaEventType.is_known(data["type"]):
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "content_index" not in data:
            return False
        if "delta" not in data:
            return False
        if "sequence_number" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ResponseReasoningTextDeltaEventType._parse(_raw_type_)

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        delta = d.pop("delta", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        response_reasoning_text_delta_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
            sequence_number=sequence_number,
        )

        response_reasoning_text_delta_event.additional_properties = d
        return response_reasoning_text_delta_event

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
