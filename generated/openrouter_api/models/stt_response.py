from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.stt_segment import STTSegment
    from ..models.stt_usage import STTUsage
    from ..models.stt_word import STTWord

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, STTSegment, STTUsage, STTWord
    if _lazy_imports_resolved:
        return
    from ..models.stt_segment import STTSegment  # noqa: PLC0415
    from ..models.stt_usage import STTUsage  # noqa: PLC0415
    from ..models.stt_word import STTWord  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="STTResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"text", "duration", "language", "segments", "task", "usage", "words"})


@_attrs_define(repr=False)
class STTResponse:
    """STT response containing transcribed text and optional usage statistics

    Example:
        {'text': 'Hello, this is a test of OpenAI speech-to-text transcription.', 'usage': {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}}

    Attributes:
        text (str): The transcribed text Example: Hello, this is a test of OpenAI speech-to-text transcription. The
            weather is sunny today and the temperature is around 72 degrees..
        duration (float | Unset): Duration of the input audio in seconds, present when response_format is verbose_json
            Example: 9.2.
        language (str | Unset): Detected or forced language, present when response_format is verbose_json Example:
            english.
        segments (list[STTSegment] | Unset): Timestamped transcript segments, present when response_format is
            verbose_json
        task (str | Unset): The task performed, present when response_format is verbose_json Example: transcribe.
        usage (STTUsage | Unset): Aggregated usage statistics for the request Example: {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}.
        words (list[STTWord] | Unset): Timestamped words, present when the provider returns word-level timestamps
    """

    _text: str = _attrs_field(alias="text")
    duration: float | Unset = UNSET
    language: str | Unset = UNSET
    segments: list[STTSegment] | Unset = UNSET
    task: str | Unset = UNSET
    usage: STTUsage | Unset = UNSET
    words: list[STTWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("STTResponse", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"text={self._text!r}, "
            f"duration={self.duration!r}, "
            f"language={self.language!r}, "
            f"segments={self.segments!r}, "
            f"task={self.task!r}, "
            f"usage={self.usage!r}, "
            f"words={self.words!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        text: Any = self._text

        duration: Any = self.duration

        language: Any = self.language

        segments: Any = self.segments
        if not (isinstance(segments, Unset) or segments is None):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        task: Any = self.task

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        words: Any = self.words
        if not (isinstance(words, Unset) or words is None):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if text is not UNSET:
            field_dict["text"] = text
        if duration is not UNSET:
            field_dict["duration"] = duration
        if language is not UNSET:
            field_dict["language"] = language
        if segments is not UNSET:
            field_dict["segments"] = segments
        if task is not UNSET:
            field_dict["task"] = task
        if usage is not UNSET:
            field_dict["usage"] = usage
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of STTResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "text" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"STTResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            text = d.get("text", UNSET)

            duration = d.get("duration", UNSET)

            language = d.get("language", UNSET)

            _field = "segments"
            _raw_segments = d.get("segments", UNSET)
            segments: Any = _raw_segments
            if _raw_segments is not None and _raw_segments is not UNSET:
                segments = [STTSegment.from_dict(segments_item_data) for segments_item_data in _raw_segments]

            task = d.get("task", UNSET)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = STTUsage.from_dict(_raw_usage)

            _field = "words"
            _raw_words = d.get("words", UNSET)
            words: Any = _raw_words
            if _raw_words is not None and _raw_words is not UNSET:
                words = [STTWord.from_dict(words_item_data) for words_item_data in _raw_words]

        except FieldParseError as error:
            raise error.within("STTResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("STTResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stt_response = cls(
            text,
            duration,
            language,
            segments,
            task,
            usage,
            words,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stt_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return stt_response

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


STTResponse.__annotations__ = ResolvingAnnotations(STTResponse.__annotations__, _resolve_lazy_imports)
