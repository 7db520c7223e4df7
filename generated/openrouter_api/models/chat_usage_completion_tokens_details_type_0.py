from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatUsageCompletionTokensDetailsType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"accepted_prediction_tokens", "audio_tokens", "reasoning_tokens", "rejected_prediction_tokens", "image_tokens"}
)


@_attrs_define(repr=False)
class ChatUsageCompletionTokensDetailsType0:
    """
    Attributes:
        accepted_prediction_tokens (int | None | Unset): Accepted prediction tokens
        audio_tokens (int | None | Unset): Tokens used for audio output
        reasoning_tokens (int | None | Unset): Tokens used for reasoning
        rejected_prediction_tokens (int | None | Unset): Rejected prediction tokens
        image_tokens (int | None | Unset): Tokens used for image output
    """

    accepted_prediction_tokens: int | None | Unset = UNSET
    audio_tokens: int | None | Unset = UNSET
    reasoning_tokens: int | None | Unset = UNSET
    rejected_prediction_tokens: int | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"accepted_prediction_tokens={self.accepted_prediction_tokens!r}, "
            f"audio_tokens={self.audio_tokens!r}, "
            f"reasoning_tokens={self.reasoning_tokens!r}, "
            f"rejected_prediction_tokens={self.rejected_prediction_tokens!r}, "
            f"image_tokens={self.image_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        accepted_prediction_tokens: Any = self.accepted_prediction_tokens

        audio_tokens: Any = self.audio_tokens

        reasoning_tokens: Any = self.reasoning_tokens

        rejected_prediction_tokens: Any = self.rejected_prediction_tokens

        image_tokens: Any = self.image_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if accepted_prediction_tokens is not UNSET:
            field_dict["accepted_prediction_tokens"] = accepted_prediction_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if rejected_prediction_tokens is not UNSET:
            field_dict["rejected_prediction_tokens"] = rejected_prediction_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatUsageCompletionTokensDetailsType0 and its fixed values."""
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
                    f"ChatUsageCompletionTokensDetailsType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        accepted_prediction_tokens = d.get("accepted_prediction_tokens", UNSET)

        audio_tokens = d.get("audio_tokens", UNSET)

        reasoning_tokens = d.get("reasoning_tokens", UNSET)

        rejected_prediction_tokens = d.get("rejected_prediction_tokens", UNSET)

        image_tokens = d.get("image_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_usage_completion_tokens_details_type_0 = cls(
            accepted_prediction_tokens,
            audio_tokens,
            reasoning_tokens,
            rejected_prediction_tokens,
            image_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_usage_completion_tokens_details_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_usage_completion_tokens_details_type_0

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
