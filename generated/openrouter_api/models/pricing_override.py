from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingOverride")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "audio",
        "completion",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "min_prompt_tokens",
        "prompt",
        "utc_end",
        "utc_start",
    }
)


@_attrs_define(repr=False)
class PricingOverride:
    """A conditional override of the base pricing. An entry applies only when all of its condition fields (e.g.
    min_prompt_tokens, or the utc_start/utc_end time window) match the request; among applicable entries, later entries
    win per price key; price keys absent from an entry inherit the base price.

        Example:
            {'completion': '0.00002', 'min_prompt_tokens': 200000, 'prompt': '0.000005'}

        Attributes:
            audio (str | Unset): Overridden price in USD per audio input token
            completion (str | Unset): Overridden price in USD per token for completion (output) generation
            input_audio_cache (str | Unset): Overridden price in USD per cached audio input token
            input_cache_read (str | Unset): Overridden price in USD per cached input token (read)
            input_cache_write (str | Unset): Overridden price in USD per cache-write token
            input_cache_write_1h (str | Unset): Overridden price in USD per 1-hour cache-write token
            min_prompt_tokens (float | Unset): Condition: the entry applies when the total prompt tokens of a request are
                strictly greater than this threshold
            prompt (str | Unset): Overridden price in USD per token for prompt (input) processing
            utc_end (float | Unset): Condition: exclusive end of a daily UTC time window as an HHMM clock number (e.g. 400 =
                04:00)
            utc_start (float | Unset): Condition: inclusive start of a daily UTC time window as an HHMM clock number (e.g.
                100 = 01:00, 1030 = 10:30). The entry applies while the current UTC time is inside the half-open window
                [utc_start, utc_end), which may wrap past midnight (utc_start > utc_end).
    """

    audio: str | Unset = UNSET
    completion: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    min_prompt_tokens: float | Unset = UNSET
    prompt: str | Unset = UNSET
    utc_end: float | Unset = UNSET
    utc_start: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"audio={self.audio!r}, "
            f"completion={self.completion!r}, "
            f"input_audio_cache={self.input_audio_cache!r}, "
            f"input_cache_read={self.input_cache_read!r}, "
            f"input_cache_write={self.input_cache_write!r}, "
            f"input_cache_write_1h={self.input_cache_write_1h!r}, "
            f"min_prompt_tokens={self.min_prompt_tokens!r}, "
            f"prompt={self.prompt!r}, "
            f"utc_end={self.utc_end!r}, "
            f"utc_start={self.utc_start!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        audio: Any = self.audio

        completion: Any = self.completion

        input_audio_cache: Any = self.input_audio_cache

        input_cache_read: Any = self.input_cache_read

        input_cache_write: Any = self.input_cache_write

        input_cache_write_1h: Any = self.input_cache_write_1h

        min_prompt_tokens: Any = self.min_prompt_tokens

        prompt: Any = self.prompt

        utc_end: Any = self.utc_end

        utc_start: Any = self.utc_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if audio is not UNSET:
            field_dict["audio"] = audio
        if completion is not UNSET:
            field_dict["completion"] = completion
        if input_audio_cache is not UNSET:
            field_dict["input_audio_cache"] = input_audio_cache
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if input_cache_write_1h is not UNSET:
            field_dict["input_cache_write_1h"] = input_cache_write_1h
        if min_prompt_tokens is not UNSET:
            field_dict["min_prompt_tokens"] = min_prompt_tokens
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if utc_end is not UNSET:
            field_dict["utc_end"] = utc_end
        if utc_start is not UNSET:
            field_dict["utc_start"] = utc_start

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PricingOverride and its fixed values."""
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
                    f"PricingOverride is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        audio = d.get("audio", UNSET)

        completion = d.get("completion", UNSET)

        input_audio_cache = d.get("input_audio_cache", UNSET)

        input_cache_read = d.get("input_cache_read", UNSET)

        input_cache_write = d.get("input_cache_write", UNSET)

        input_cache_write_1h = d.get("input_cache_write_1h", UNSET)

        min_prompt_tokens = d.get("min_prompt_tokens", UNSET)

        prompt = d.get("prompt", UNSET)

        utc_end = d.get("utc_end", UNSET)

        utc_start = d.get("utc_start", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        pricing_override = cls(
            audio,
            completion,
            input_audio_cache,
            input_cache_read,
            input_cache_write,
            input_cache_write_1h,
            min_prompt_tokens,
            prompt,
            utc_end,
            utc_start,
        )

        if not _DECLARED_KEYS.issuperset(d):
            pricing_override.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
