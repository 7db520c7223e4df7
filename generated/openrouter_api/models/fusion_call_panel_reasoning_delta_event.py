from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_panel_reasoning_delta_event_type import FusionCallPanelReasoningDeltaEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FusionCallPanelReasoningDeltaEvent")


@_attrs_define
class FusionCallPanelReasoningDeltaEvent:
    """Incremental reasoning token from a fusion panel model.

    Example:
        {'delta': 'Considering both sides', 'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 6, 'type': 'response.fusion_call.panel.reasoning.delta'}

    Attributes:
        delta (str):
        item_id (str):
        model (str):
        output_index (int):
        sequence_number (int):
        type_ (FusionCallPanelReasoningDeltaEventType):
    """

    delta: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type_: FusionCallPanelReasoningDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta: Any = self.delta

        item_id: Any = self.item_id

        model: Any = self.model

        output_index: Any = self.output_index

        sequence_number: Any = self.sequence_number

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if delta is not UNSET:
            field_dict["delta"] = delta
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if model is not UNSET:
            field_dict["model"] = model
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionCallPanelReasoningDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "delta" not in data:
            return False
        if "item_id" not in data:
            return False
        if "model" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FusionCallPanelReasoningDeltaEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delta = d.pop("delta", UNSET)

        item_id = d.pop("item_id", UNSET)

        model = d.pop("model", UNSET)

        output_index = d.pop("output_index", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = FusionCallPanelReasoningDeltaEventType._parse(_raw_type_)

        fusion_call_panel_reasoning_delta_event = cls(
            delta=delta,
            item_id=item_id,
            model=model,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        fusion_call_panel_reasoning_delta_event.additional_properties = d
        return fusion_call_panel_reasoning_delta_event

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
