from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="STTWord")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"end", "start", "word", "speaker"})


@_attrs_define(repr=False)
class STTWord:
    """A timestamped word, returned when the provider includes word-level timestamps

    Example:
        {'end': 0.4, 'speaker': 0, 'start': 0, 'word': 'Hello'}

    Attributes:
        end (float): Word end time in seconds Example: 0.4.
        start (float): Word start time in seconds Example: 0.
        word (str): The transcribed word Example: Hello.
        speaker (int | Unset): Speaker index for the word, present when the provider returns diarization data Example:
            0.
    """

    _end: float = _attrs_field(alias="end")
    _start: float = _attrs_field(alias="start")
    _word: str = _attrs_field(alias="word")
    speaker: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def end(self) -> float:
        value: Any = self._end
        if value is UNSET:
            raise MissingFieldError("STTWord", "end")
        return value

    @end.setter
    def end(self, value: float) -> None:
        self._end = value

    @property
    def start(self) -> float:
        value: Any = self._start
        if value is UNSET:
            raise MissingFieldError("STTWord", "start")
        return value

    @start.setter
    def start(self, value: float) -> None:
        self._start = value

    @property
    def word(self) -> str:
        value: Any = self._word
        if value is UNSET:
            raise MissingFieldError("STTWord", "word")
        return value

    @word.setter
    def word(self, value: str) -> None:
        self._word = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"end={self._end!r}, "
            f"start={self._start!r}, "
            f"word={self._word!r}, "
            f"speaker={self.speaker!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        end: Any = self._end

        start: Any = self._start

        word: Any = self._word

        speaker: Any = self.speaker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if end is not UNSET:
            field_dict["end"] = end
        if start is not UNSET:
            field_dict["start"] = start
        if word is not UNSET:
            field_dict["word"] = word
        if speaker is not UNSET:
            field_dict["speaker"] = speaker

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of STTWord and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "end" not in data:
            return False
        if "start" not in data:
            return False
        if "word" not in data:
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
                    f"STTWord is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        end = d.get("end", UNSET)

        start = d.get("start", UNSET)

        word = d.get("word", UNSET)

        speaker = d.get("speaker", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stt_word = cls(
            end,
            start,
            word,
            speaker,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stt_word.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return stt_word

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
