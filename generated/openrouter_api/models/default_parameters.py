from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultParameters")


@_attrs_define
class DefaultParameters:
    """Sampling values used when the request leaves them out; null when the model sets none.

    Attributes:
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        top_k (int | None | Unset):
        frequency_penalty (float | None | Unset):
        presence_penalty (float | None | Unset):
        repetition_penalty (float | None | Unset):
    """

    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    repetition_penalty: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temperature: Any = self.temperature
        if not (isinstance(temperature, Unset) or temperature is None):
            if isinstance(self.temperature, Unset):
                temperature = UNSET
            else:
                temperature = self.temperature

        top_p: Any = self.top_p
        if not (isinstance(top_p, Unset) or top_p is None):
            if isinstance(self.top_p, Unset):
                top_p = UNSET
            else:
                top_p = self.top_p

        top_k: Any = self.top_k
        if not (isinstance(top_k, Unset) or top_k is None):
            if isinstance(self.top_k, Unset):
                top_k = UNSET
            else:
                top_k = self.top_k

        frequency_penalty: Any = self.frequency_penalty
        if not (isinstance(frequency_penalty, Unset) or frequency_penalty is None):
            if isinstance(self.frequency_penalty, Unset):
                frequency_penalty = UNSET
            else:
                frequency_penalty = self.frequency_penalty

        presence_penalty: Any = self.presence_penalty
        if not (isinstance(presence_penalty, Unset) or presence_penalty is None):
            if isinstance(self.presence_penalty, Unset):
                presence_penalty = UNSET
            else:
                presence_penalty = self.presence_penalty

        repetition_penalty: Any = self.repetition_penalty
        if not (isinstance(repetition_penalty, Unset) or repetition_penalty is None):
            if isinstance(self.repetition_penalty, Unset):
                repetition_penalty = UNSET
            else:
                repetition_penalty = self.repetition_penalty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DefaultParameters and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        top_k = d.pop("top_k", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        default_parameters = cls(
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
        )

        default_parameters.additional_properties = d
        return default_parameters

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
