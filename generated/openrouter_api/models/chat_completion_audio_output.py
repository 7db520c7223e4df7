from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionAudioOutput")


@_attrs_define
class ChatCompletionAudioOutput:
    """Audio produced by the model, or a reference to it.

    Attributes:
        id (str | Unset):
        expires_at (int | Unset): Unix time after which the audio can no longer be referenced.
        data (str | Unset): Base64 audio.
        transcript (str | Unset):
    """

    id: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    data: str | Unset = UNSET
    transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = self.id

        expires_at: Any = self.expires_at

        data: Any = self.data

        transcript: Any = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if data is not UNSET:
            field_dict["data"] = data
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatCompletionAudioOutput and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        data = d.pop("data", UNSET)

        transcript = d.pop("transcript", UNSET)

        chat_completion_audio_output = cls(
            id=id,
            expires_at=expires_at,
            data=data,
            transcript=transcript,
        )

        chat_completion_audio_output.additional_properties = d
        return chat_completion_audio_output

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
