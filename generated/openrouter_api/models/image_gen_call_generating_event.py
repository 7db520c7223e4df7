from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_image_gen_call_generating_type import OpenAIResponsesImageGenCallGeneratingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenCallGeneratingEvent")


@_attrs_define
class ImageGenCallGeneratingEvent:
    """Image generation call is generating

    Example:
        {'item_id': 'call-123', 'output_index': 0, 'sequence_number': 2, 'type':
            'response.image_generation_call.generating'}

    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (OpenAIResponsesImageGenCallGeneratingType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: OpenAIResponsesImageGenCallGeneratingType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id: Any = self.item_id

        output_index: Any = self.output_index

        sequence_number: Any = self.sequence_number

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        """True if data is an object with every required key of ImageGenCallGeneratingEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenAIResponsesImageGenCallGeneratingType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OpenAIResponsesImageGenCallGeneratingType._parse(_raw_type_)

        image_gen_call_generating_event = cls(
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        image_gen_call_generating_event.additional_properties = d
        return image_gen_call_generating_event

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
