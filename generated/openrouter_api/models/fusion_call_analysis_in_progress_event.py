from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_analysis_in_progress_event_type import FusionCallAnalysisInProgressEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FusionCallAnalysisInProgressEvent")


@_attrs_define
class FusionCallAnalysisInProgressEvent:
    """Emitted when the fusion analyst starts producing the structured analysis.

    Example:
        {'analyst_model': 'openai/gpt-5', 'item_id': 'st_fusion_abc', 'judge_model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 25, 'type': 'response.fusion_call.analysis.in_progress'}

    Attributes:
        analyst_model (str): Slug of the model producing the structured analysis.
        item_id (str):
        judge_model (str): Deprecated alias of `analyst_model`, kept so existing consumers keep working. Always carries
            the same value. Use `analyst_model`.
        output_index (int):
        sequence_number (int):
        type_ (FusionCallAnalysisInProgressEventType):
    """

    analyst_model: str
    item_id: str
    judge_model: str
    output_index: int
    sequence_number: int
    type_: FusionCallAnalysisInProgressEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analyst_model: Any = self.analyst_model

        item_id: Any = self.item_id

        judge_model: Any = self.judge_model

        output_index: Any = self.output_index

        sequence_number: Any = self.sequence_number

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if analyst_model is not UNSET:
            field_dict["analyst_model"] = analyst_model
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if judge_model is not UNSET:
            field_dict["judge_model"] = judge_model
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionCallAnalysisInProgressEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "analyst_model" not in data:
            return False
        if "item_id" not in data:
            return False
        if "judge_model" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FusionCallAnalysisInProgressEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analyst_model = d.pop("analyst_model", UNSET)

        item_id = d.pop("item_id", UNSET)

        judge_model = d.pop("judge_model", UNSET)

        output_index = d.pop("output_index", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = FusionCallAnalysisInProgressEventType._parse(_raw_type_)

        fusion_call_analysis_in_progress_event = cls(
            analyst_model=analyst_model,
            item_id=item_id,
            judge_model=judge_model,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        fusion_call_analysis_in_progress_event.additional_properties = d
        return fusion_call_analysis_in_progress_event

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
