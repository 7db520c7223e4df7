from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultParameters")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"frequency_penalty", "presence_penalty", "repetition_penalty", "temperature", "top_k", "top_p"}
)


@_attrs_define(repr=False)
class DefaultParameters:
    """Default parameters for this model

    Example:
        {'frequency_penalty': 0, 'presence_penalty': 0, 'repetition_penalty': 1, 'temperature': 0.7, 'top_k': 0,
            'top_p': 0.9}

    Attributes:
        frequency_penalty (float | None | Unset):
        presence_penalty (float | None | Unset):
        repetition_penalty (float | None | Unset):
        temperature (float | None | Unset):
        top_k (int | None | Unset):
        top_p (float | None | Unset):
    """

    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    repetition_penalty: float | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"repetition_penalty={self.repetition_penalty!r}, "
            f"temperature={self.temperature!r}, "
            f"top_k={self.top_k!r}, "
            f"top_p={self.top_p!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        frequency_penalty: Any = self.frequency_penalty

        presence_penalty: Any = self.presence_penalty

        repetition_penalty: Any = self.repetition_penalty

        temperature: Any = self.temperature

        top_k: Any = self.top_k

        top_p: Any = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DefaultParameters and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"DefaultParameters is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        frequency_penalty = d.get("frequency_penalty", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        repetition_penalty = d.get("repetition_penalty", UNSET)

        temperature = d.get("temperature", UNSET)

        top_k = d.get("top_k", UNSET)

        top_p = d.get("top_p", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        default_parameters = cls(
            frequency_penalty,
            presence_penalty,
            repetition_penalty,
            temperature,
            top_k,
            top_p,
        )

        if not _DECLARED_KEYS.issuperset(d):
            default_parameters.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
