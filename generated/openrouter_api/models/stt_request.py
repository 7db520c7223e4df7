from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stt_request_response_format import STTRequestResponseFormat
from ..models.stt_timestamp_granularity import STTTimestampGranularity
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.stt_input_audio import STTInputAudio
    from ..models.stt_request_provider import STTRequestProvider

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, STTInputAudio, STTRequestProvider
    if _lazy_imports_resolved:
        return
    from ..models.stt_input_audio import STTInputAudio  # noqa: PLC0415
    from ..models.stt_request_provider import STTRequestProvider  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="STTRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"input_audio", "model", "language", "provider", "response_format", "temperature", "timestamp_granularities"}
)


@_attrs_define(repr=False)
class STTRequest:
    """Speech-to-text request input. Accepts a JSON body with input_audio containing base64-encoded audio.

    Example:
        {'input_audio': {'data': 'UklGRiQA...', 'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}

    Attributes:
        input_audio (STTInputAudio): Base64-encoded audio to transcribe Example: {'data': 'UklGRiQA...', 'format':
            'wav'}.
        model (str): STT model identifier Example: openai/whisper-large-v3.
        language (str | Unset): ISO-639-1 language code (e.g., "en", "ja"). Auto-detected if omitted. Example: en.
        provider (STTRequestProvider | Unset): Provider-specific passthrough configuration
        response_format (STTRequestResponseFormat | Unset): Output format. "json" (default) returns { text, usage }.
            "verbose_json" additionally returns task, language, duration, and segment-level timestamps; only supported by
            OpenAI-compatible providers. Example: json.
        temperature (float | Unset): Sampling temperature for transcription Example: 0.
        timestamp_granularities (list[STTTimestampGranularity] | Unset): Timestamp detail levels to include when
            response_format is "verbose_json". "segment" returns segment-level timestamps; "word" additionally returns word-
            level timestamps in the words array. Ignored unless response_format is "verbose_json". Example: ['segment'].
    """

    _input_audio: STTInputAudio = _attrs_field(alias="input_audio")
    _model: str = _attrs_field(alias="model")
    language: str | Unset = UNSET
    provider: STTRequestProvider | Unset = UNSET
    response_format: STTRequestResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    timestamp_granularities: list[STTTimestampGranularity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_audio(self) -> STTInputAudio:
        value: Any = self._input_audio
        if value is UNSET:
            raise MissingFieldError("STTRequest", "input_audio")
        return value

    @input_audio.setter
    def input_audio(self, value: STTInputAudio) -> None:
        self._input_audio = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("STTRequest", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_audio={self._input_audio!r}, "
            f"model={self._model!r}, "
            f"language={self.language!r}, "
            f"provider={self.provider!r}, "
            f"response_format={self.response_format!r}, "
            f"temperature={self.temperature!r}, "
            f"timestamp_granularities={self.timestamp_granularities!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_audio: Any = self._input_audio
        if not (isinstance(input_audio, Unset) or input_audio is None):
            input_audio = self._input_audio.to_dict()

        model: Any = self._model

        language: Any = self.language

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = provider.to_dict()

        response_format: Any = self.response_format
        if not (isinstance(response_format, Unset) or response_format is None):
            response_format = response_format.value

        temperature: Any = self.temperature

        timestamp_granularities: Any = self.timestamp_granularities
        if not (isinstance(timestamp_granularities, Unset) or timestamp_granularities is None):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item = timestamp_granularities_item_data.value
                timestamp_granularities.append(timestamp_granularities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_audio is not UNSET:
            field_dict["input_audio"] = input_audio
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if provider is not UNSET:
            field_dict["provider"] = provider
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of STTRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_audio" not in data:
            return False
        if "model" not in data:
            return False
        if "response_format" in data and not STTRequestResponseFormat.is_known(data["response_format"]):
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
                    f"STTRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "input_audio"
            _raw_input_audio = d.get("input_audio", UNSET)
            input_audio: Any = _raw_input_audio
            if _raw_input_audio is not None and _raw_input_audio is not UNSET:
                input_audio = STTInputAudio.from_dict(_raw_input_audio)

            model = d.get("model", UNSET)

            language = d.get("language", UNSET)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = STTRequestProvider.from_dict(_raw_provider)

            _field = "response_format"
            _raw_response_format = d.get("response_format", UNSET)
            response_format: Any = _raw_response_format
            if _raw_response_format is not None and _raw_response_format is not UNSET:
                response_format = STTRequestResponseFormat._value2member_map_.get(
                    _raw_response_format
                ) or STTRequestResponseFormat._parse(_raw_response_format)

            temperature = d.get("temperature", UNSET)

            _field = "timestamp_granularities"
            _raw_timestamp_granularities = d.get("timestamp_granularities", UNSET)
            timestamp_granularities: Any = _raw_timestamp_granularities
            if _raw_timestamp_granularities is not None and _raw_timestamp_granularities is not UNSET:
                timestamp_granularities = [
                    STTTimestampGranularity._value2member_map_.get(timestamp_granularities_item_data)
                    or STTTimestampGranularity._parse(timestamp_granularities_item_data)
                    for timestamp_granularities_item_data in _raw_timestamp_granularities
                ]

        except FieldParseError as error:
            raise error.within("STTRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("STTRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        stt_request = cls(
            input_audio,
            model,
            language,
            provider,
            response_format,
            temperature,
            timestamp_granularities,
        )

        if not _DECLARED_KEYS.issuperset(d):
            stt_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return stt_request

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


STTRequest.__annotations__ = ResolvingAnnotations(STTRequest.__annotations__, _resolve_lazy_imports)
