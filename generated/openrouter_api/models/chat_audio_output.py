from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatAudioOutput")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "expires_at", "id", "transcript"})


@_attrs_define(repr=False)
class ChatAudioOutput:
    """Audio output data or reference

    Example:
        {'data': 'UklGRnoGAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQoGAACBhYqFbF1f', 'expires_at': 1677652400, 'id':
            'audio_abc123', 'transcript': 'Hello! How can I help you today?'}

    Attributes:
        data (str | Unset): Base64 encoded audio data
        expires_at (int | Unset): Audio expiration timestamp
        id (str | Unset): Audio output identifier
        transcript (str | Unset): Audio transcript
    """

    data: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    id: str | Unset = UNSET
    transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self.data!r}, "
            f"expires_at={self.expires_at!r}, "
            f"id={self.id!r}, "
            f"transcript={self.transcript!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self.data

        expires_at: Any = self.expires_at

        id: Any = self.id

        transcript: Any = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatAudioOutput and its fixed values."""
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
                    f"ChatAudioOutput is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        data = d.get("data", UNSET)

        expires_at = d.get("expires_at", UNSET)

        id = d.get("id", UNSET)

        transcript = d.get("transcript", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_audio_output = cls(
            data,
            expires_at,
            id,
            transcript,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_audio_output.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_audio_output

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
