from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="GenerationContentDataOutput")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"completion", "reasoning"})


@_attrs_define(repr=False)
class GenerationContentDataOutput:
    """The output from the generation

    Attributes:
        completion (None | str): The completion output Example: The meaning of life is a philosophical question....
        reasoning (None | str): Reasoning/thinking output, if any
    """

    _completion: None | str = _attrs_field(alias="completion")
    _reasoning: None | str = _attrs_field(alias="reasoning")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completion(self) -> None | str:
        value: Any = self._completion
        if value is UNSET:
            raise MissingFieldError("GenerationContentDataOutput", "completion")
        return value

    @completion.setter
    def completion(self, value: None | str) -> None:
        self._completion = value

    @property
    def reasoning(self) -> None | str:
        value: Any = self._reasoning
        if value is UNSET:
            raise MissingFieldError("GenerationContentDataOutput", "reasoning")
        return value

    @reasoning.setter
    def reasoning(self, value: None | str) -> None:
        self._reasoning = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completion={self._completion!r}, "
            f"reasoning={self._reasoning!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        completion: Any = self._completion

        reasoning: Any = self._reasoning

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"GenerationContentDataOutput is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        completion = d.get("completion", UNSET)

        reasoning = d.get("reasoning", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_content_data_output = cls(
            completion,
            reasoning,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_content_data_output.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
