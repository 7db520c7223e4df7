from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="STTUsage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"cost", "input_tokens", "output_tokens", "seconds", "total_tokens"})


@_attrs_define(repr=False)
class STTUsage:
    """Aggregated usage statistics for the request

    Example:
        {'cost': 0.000508, 'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}

    Attributes:
        cost (float | Unset): Total cost of the request in USD Example: 0.000508.
        input_tokens (int | Unset): Number of input tokens billed for this request Example: 83.
        output_tokens (int | Unset): Number of output tokens generated Example: 30.
        seconds (float | Unset): Duration of the input audio in seconds Example: 9.2.
        total_tokens (int | Unset): Total number of tokens used (input + output) Example: 113.
    """

    cost: float | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    seconds: float | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cost={self.cost!r}, "
            f"input_tokens={self.input_tokens!r}, "
            f"output_tokens={self.output_tokens!r}, "
            f"seconds={self.seconds!r}, "
            f"total_tokens={self.total_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cost: Any = self.cost

        input_tokens: Any = self.input_tokens

        output_tokens: Any = self.output_tokens

        seconds: Any = self.seconds

        total_tokens: Any = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cost is not UNSET:
            field_dict["cost"] = cost
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of STTUsage and its fixed values."""
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
                    f"STTUsage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        cost = d.get("cost", UNSET)

        input_tokens = d.get("input_tokens", UNSET)

        output_tokens = d.get("output_tokens", UNSET)

        seconds = d.get("seconds", UNSET)

        total_tokens = d.get("total_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stt_usage = cls(
            cost,
            input_tokens,
            output_tokens,
            seconds,
            total_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stt_usage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return stt_usage

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
