from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="STTSegment")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "end",
        "id",
        "start",
        "text",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
        "seek",
        "speaker",
        "temperature",
        "tokens",
    }
)


@_attrs_define(repr=False)
class STTSegment:
    """A timestamped transcript segment, returned when response_format is verbose_json

    Example:
        {'avg_logprob': -0.28, 'compression_ratio': 1.13, 'end': 3.2, 'id': 0, 'no_speech_prob': 0.01, 'seek': 0,
            'speaker': 0, 'start': 0, 'temperature': 0, 'text': 'Hello there.', 'tokens': [50364, 2425, 456]}

    Attributes:
        end (float): Segment end time in seconds Example: 3.2.
        id (int): Segment index within the transcript Example: 0.
        start (float): Segment start time in seconds Example: 0.
        text (str): Transcribed text of the segment Example: Hello there..
        avg_logprob (float | Unset): Average log probability of the segment
        compression_ratio (float | Unset): Compression ratio of the segment
        no_speech_prob (float | Unset): Probability the segment contains no speech
        seek (int | Unset): Seek offset of the segment Example: 0.
        speaker (int | Unset): Speaker index for the segment, present when the provider returns diarization data
            Example: 0.
        temperature (float | Unset): Temperature used for the segment
        tokens (list[int] | Unset): Token IDs of the segment
    """

    _end: float = _attrs_field(alias="end")
    _id: int = _attrs_field(alias="id")
    _start: float = _attrs_field(alias="start")
    _text: str = _attrs_field(alias="text")
    avg_logprob: float | Unset = UNSET
    compression_ratio: float | Unset = UNSET
    no_speech_prob: float | Unset = UNSET
    seek: int | Unset = UNSET
    speaker: int | Unset = UNSET
    temperature: float | Unset = UNSET
    tokens: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def end(self) -> float:
        value: Any = self._end
        if value is UNSET:
            raise MissingFieldError("STTSegment", "end")
        return value

    @end.setter
    def end(self, value: float) -> None:
        self._end = value

    @property
    def id(self) -> int:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("STTSegment", "id")
        return value

    @id.setter
    def id(self, value: int) -> None:
        self._id = value

    @property
    def start(self) -> float:
        value: Any = self._start
        if value is UNSET:
            raise MissingFieldError("STTSegment", "start")
        return value

    @start.setter
    def start(self, value: float) -> None:
        self._start = value

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("STTSegment", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"end={self._end!r}, "
            f"id={self._id!r}, "
            f"start={self._start!r}, "
            f"text={self._text!r}, "
            f"avg_logprob={self.avg_logprob!r}, "
            f"compression_ratio={self.compression_ratio!r}, "
            f"no_speech_prob={self.no_speech_prob!r}, "
            f"seek={self.seek!r}, "
            f"speaker={self.speaker!r}, "
            f"temperature={self.temperature!r}, "
            f"tokens={self.tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        end: Any = self._end

        id: Any = self._id

        start: Any = self._start

        text: Any = self._text

        avg_logprob: Any = self.avg_logprob

        compression_ratio: Any = self.compression_ratio

        no_speech_prob: Any = self.no_speech_prob

        seek: Any = self.seek

        speaker: Any = self.speaker

        temperature: Any = self.temperature

        tokens: Any = self.tokens
        if not (isinstance(tokens, Unset) or tokens is None):
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if end is not UNSET:
            field_dict["end"] = end
        if id is not UNSET:
            field_dict["id"] = id
        if start is not UNSET:
            field_dict["start"] = start
        if text is not UNSET:
            field_dict["text"] = text
        if avg_logprob is not UNSET:
            field_dict["avg_logprob"] = avg_logprob
        if compression_ratio is not UNSET:
            field_dict["compression_ratio"] = compression_ratio
        if no_speech_prob is not UNSET:
            field_dict["no_speech_prob"] = no_speech_prob
        if seek is not UNSET:
            field_dict["seek"] = seek
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of STTSegment and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "end" not in data:
            return False
        if "id" not in data:
            return False
        if "start" not in data:
            return False
        if "text" not in data:
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
                    f"STTSegment is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            end = d.get("end", UNSET)

            id = d.get("id", UNSET)

            start = d.get("start", UNSET)

            text = d.get("text", UNSET)

            avg_logprob = d.get("avg_logprob", UNSET)

            compression_ratio = d.get("compression_ratio", UNSET)

            no_speech_prob = d.get("no_speech_prob", UNSET)

            seek = d.get("seek", UNSET)

            speaker = d.get("speaker", UNSET)

            temperature = d.get("temperature", UNSET)

            _field = "tokens"
            _raw_tokens = d.get("tokens", UNSET)
            tokens: Any = _raw_tokens
            if _raw_tokens is not None and _raw_tokens is not UNSET:
                tokens = cast("list[int]", _raw_tokens)

        except FieldParseError as error:
            raise error.within("STTSegment", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("STTSegment", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stt_segment = cls(
            end,
            id,
            start,
            text,
            avg_logprob,
            compression_ratio,
            no_speech_prob,
            seek,
            speaker,
            temperature,
            tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stt_segment.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return stt_segment

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
