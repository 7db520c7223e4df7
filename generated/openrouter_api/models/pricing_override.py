from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingOverride")


@_attrs_define
class PricingOverride:
    """Conditions plus the prices that apply when they all hold. Besides the conditions below, an entry carries any of the
    price keys of PublicPricing.

        Attributes:
            min_prompt_tokens (int | Unset): Applies when the prompt has at least this many tokens.
            utc_start (str | Unset): Start of the daily UTC time window in which the entry applies.
            utc_end (str | Unset): End of the daily UTC time window in which the entry applies.
            prompt (str | Unset):
            completion (str | Unset):
            input_cache_read (str | Unset):
            input_cache_write (str | Unset):
    """

    min_prompt_tokens: int | Unset = UNSET
    utc_start: str | Unset = UNSET
    utc_end: str | Unset = UNSET
    prompt: str | Unset = UNSET
    completion: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_prompt_tokens: Any = self.min_prompt_tokens

        utc_start: Any = self.utc_start

        utc_end: Any = self.utc_end

        prompt: Any = self.prompt

        completion: Any = self.completion

        input_cache_read: Any = self.input_cache_read

        input_cache_write: Any = self.input_cache_write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if min_prompt_tokens is not UNSET:
            field_dict["min_prompt_tokens"] = min_prompt_tokens
        if utc_start is not UNSET:
            field_dict["utc_start"] = utc_start
        if utc_end is not UNSET:
            field_dict["utc_end"] = utc_end
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if completion is not UNSET:
            field_dict["completion"] = completion
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PricingOverride and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_prompt_tokens = d.pop("min_prompt_tokens", UNSET)

        utc_start = d.pop("utc_start", UNSET)

        utc_end = d.pop("utc_end", UNSET)

        prompt = d.pop("prompt", UNSET)

        completion = d.pop("completion", UNSET)

        input_cache_read = d.pop("input_cache_read", UNSET)

        input_cache_write = d.pop("input_cache_write", UNSET)

        pricing_override = cls(
            min_prompt_tokens=min_prompt_tokens,
            utc_start=utc_start,
            utc_end=utc_end,
            prompt=prompt,
            completion=completion,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
        )

        pricing_override.additional_properties = d
        return pricing_override

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
