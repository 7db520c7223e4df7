from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="UnifiedBenchmarkPricing")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"completion", "prompt"})


@_attrs_define(repr=False)
class UnifiedBenchmarkPricing:
    """OpenRouter pricing per token for this model. Null if pricing is unavailable.

    Example:
        {'completion': '0.000015', 'prompt': '0.000003'}

    Attributes:
        completion (str): Cost per output token (USD, decimal string). Example: 0.000015.
        prompt (str): Cost per input token (USD, decimal string). Example: 0.000003.
    """

    _completion: str = _attrs_field(alias="completion")
    _prompt: str = _attrs_field(alias="prompt")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completion(self) -> str:
        value: Any = self._completion
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarkPricing", "completion")
        return value

    @completion.setter
    def completion(self, value: str) -> None:
        self._completion = value

    @property
    def prompt(self) -> str:
        value: Any = self._prompt
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarkPricing", "prompt")
        return value

    @prompt.setter
    def prompt(self, value: str) -> None:
        self._prompt = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completion={self._completion!r}, "
            f"prompt={self._prompt!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        completion: Any = self._completion

        prompt: Any = self._prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completion is not UNSET:
            field_dict["completion"] = completion
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarkPricing and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completion" not in data:
            return False
        if "prompt" not in data:
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
                    f"UnifiedBenchmarkPricing is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        completion = d.get("completion", UNSET)

        prompt = d.get("prompt", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmark_pricing = cls(
            completion,
            prompt,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmark_pricing.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return unified_benchmark_pricing

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
