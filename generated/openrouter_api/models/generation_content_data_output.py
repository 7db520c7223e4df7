from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerationContentDataOutput")


@_attrs_define
class GenerationContentDataOutput:
    """The output from the generation

    Attributes:
        completion (None | str): The completion output Example: The meaning of life is a philosophical question....
        reasoning (None | str): Reasoning/thinking output, if any
    """

    completion: None | str
    reasoning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion: Any = self.completion
        if not (isinstance(completion, Unset) or completion is None):
            completion = self.completion

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completion is not UNSET:
            field_dict["completion"] = completion
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationContentDataOutput and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completion" not in data:
            return False
        if "reasoning" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion = d.pop("completion", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        generation_content_data_output = cls(
            completion=completion,
            reasoning=reasoning,
        )

        generation_content_data_output.additional_properties = d
        return generation_content_data_output

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
