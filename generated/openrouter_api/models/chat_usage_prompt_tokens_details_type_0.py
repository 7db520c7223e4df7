from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatUsagePromptTokensDetailsType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"audio_tokens", "cache_write_tokens", "cached_tokens", "video_tokens"})


@_attrs_define(repr=False)
class ChatUsagePromptTokensDetailsType0:
    """
    Attributes:
        audio_tokens (int | Unset): Audio input tokens
        cache_write_tokens (int | Unset): Tokens written to cache. Only returned for models with explicit caching and
            cache write pricing.
        cached_tokens (int | Unset): Cached prompt tokens
        video_tokens (int | Unset): Video input tokens
    """

    audio_tokens: int | Unset = UNSET
    cache_write_tokens: int | Unset = UNSET
    cached_tokens: int | Unset = UNSET
    video_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"audio_tokens={self.audio_tokens!r}, "
            f"cache_write_tokens={self.cache_write_tokens!r}, "
            f"cached_tokens={self.cached_tokens!r}, "
            f"video_tokens={self.video_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        audio_tokens: Any = self.audio_tokens

        cache_write_tokens: Any = self.cache_write_tokens

        cached_tokens: Any = self.cached_tokens

        video_tokens: Any = self.video_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if video_tokens is not UNSET:
            field_dict["video_tokens"] = video_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatUsagePromptTokensDetailsType0 and its fixed values."""
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
                    f"ChatUsagePromptTokensDetailsType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        audio_tokens = d.get("audio_tokens", UNSET)

        cache_write_tokens = d.get("cache_write_tokens", UNSET)

        cached_tokens = d.get("cached_tokens", UNSET)

        video_tokens = d.get("video_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_usage_prompt_tokens_details_type_0 = cls(
            audio_tokens,
            cache_write_tokens,
            cached_tokens,
            video_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_usage_prompt_tokens_details_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_usage_prompt_tokens_details_type_0

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
