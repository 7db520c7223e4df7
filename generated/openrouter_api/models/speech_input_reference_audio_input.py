from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="SpeechInputReferenceAudioInput")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "format"})


@_attrs_define(repr=False)
class SpeechInputReferenceAudioInput:
    """Reference audio input object

    Attributes:
        data (str): Base64-encoded reference audio (optionally a data URI). Supported audio formats are provider-
            specific. Limited to 20 MiB of base64 (15 MiB of decoded audio). Example:
            data:audio/wav;base64,UklGRuQXDABXQVZF....
        format_ (str | Unset): Audio format of the reference audio (e.g., wav, mp3). Optional; most providers detect the
            format from the audio bytes. Example: wav.
    """

    _data: str = _attrs_field(alias="data")
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> str:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("SpeechInputReferenceAudioInput", "data")
        return value

    @data.setter
    def data(self, value: str) -> None:
        self._data = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"format_={self.format_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self._data

        format_: Any = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SpeechInputReferenceAudioInput and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
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
                    f"SpeechInputReferenceAudioInput is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        data = d.get("data", UNSET)

        format_ = d.get("format", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        speech_input_reference_audio_input = cls(
            data,
            format_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            speech_input_reference_audio_input.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return speech_input_reference_audio_input

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
