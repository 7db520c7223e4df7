from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmbeddingsResponse200UsagePromptTokensDetails")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"audio_tokens", "file_tokens", "image_tokens", "text_tokens", "video_tokens"}
)


@_attrs_define(repr=False)
class CreateEmbeddingsResponse200UsagePromptTokensDetails:
    """Per-modality token breakdown. Only present when the input contains 2+ modalities (e.g. text + image) and the
    upstream provider returns modality-level usage data. Only non-zero modality counts are included.

        Attributes:
            audio_tokens (int | Unset): Number of audio tokens in the input
            file_tokens (int | Unset): Number of file/document tokens in the input
            image_tokens (int | Unset): Number of image tokens in the input Example: 258.
            text_tokens (int | Unset): Number of text tokens in the input Example: 8.
            video_tokens (int | Unset): Number of video tokens in the input
    """

    audio_tokens: int | Unset = UNSET
    file_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    text_tokens: int | Unset = UNSET
    video_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"audio_tokens={self.audio_tokens!r}, "
            f"file_tokens={self.file_tokens!r}, "
            f"image_tokens={self.image_tokens!r}, "
            f"text_tokens={self.text_tokens!r}, "
            f"video_tokens={self.video_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        audio_tokens: Any = self.audio_tokens

        file_tokens: Any = self.file_tokens

        image_tokens: Any = self.image_tokens

        text_tokens: Any = self.text_tokens

        video_tokens: Any = self.video_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if file_tokens is not UNSET:
            field_dict["file_tokens"] = file_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if video_tokens is not UNSET:
            field_dict["video_tokens"] = video_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsResponse200UsagePromptTokensDetails and its fixed values."""
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
                    f"CreateEmbeddingsResponse200UsagePromptTokensDetails is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        audio_tokens = d.get("audio_tokens", UNSET)

        file_tokens = d.get("file_tokens", UNSET)

        image_tokens = d.get("image_tokens", UNSET)

        text_tokens = d.get("text_tokens", UNSET)

        video_tokens = d.get("video_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_response_200_usage_prompt_tokens_details = cls(
            audio_tokens,
            file_tokens,
            image_tokens,
            text_tokens,
            video_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_response_200_usage_prompt_tokens_details.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_embeddings_response_200_usage_prompt_tokens_details

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
