from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_request_response_format import SpeechRequestResponseFormat
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.speech_input_reference_audio import SpeechInputReferenceAudio
    from ..models.speech_input_reference_text import SpeechInputReferenceText
    from ..models.speech_request_provider import SpeechRequestProvider

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, SpeechInputReferenceAudio, SpeechInputReferenceText, SpeechRequestProvider
    if _lazy_imports_resolved:
        return
    from ..models.speech_input_reference_audio import SpeechInputReferenceAudio  # noqa: PLC0415
    from ..models.speech_input_reference_text import SpeechInputReferenceText  # noqa: PLC0415
    from ..models.speech_request_provider import SpeechRequestProvider  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="SpeechRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"input", "model", "input_references", "provider", "response_format", "speed", "voice"}
)


@_attrs_define(repr=False)
class SpeechRequest:
    """Text-to-speech request input

    Example:
        {'input': 'Hello world', 'model': 'mistralai/voxtral-mini-tts-2603', 'response_format': 'pcm', 'speed': 1,
            'voice': 'en_paul_neutral'}

    Attributes:
        input_ (str): Text to synthesize Example: Hello world.
        model (str): TTS model identifier Example: mistralai/voxtral-mini-tts-2603.
        input_references (list[SpeechInputReferenceAudio | SpeechInputReferenceText] | Unset): Reference content for
            stateless voice cloning: one `input_audio` part carrying the voice sample, optionally accompanied by one `text`
            part with its transcript. Only routed to endpoints that support voice cloning. Example: [{'input_audio':
            {'data': 'data:audio/wav;base64,UklGRuQXDABXQVZF...'}, 'type': 'input_audio'}, {'text': 'I used to rule the
            world.', 'type': 'text'}].
        provider (SpeechRequestProvider | Unset): Provider-specific passthrough configuration
        response_format (SpeechRequestResponseFormat | Unset): Audio output format Default:
            SpeechRequestResponseFormat.PCM. Example: pcm.
        speed (float | Unset): Playback speed multiplier. Only used by models that support it (e.g. OpenAI TTS). Ignored
            by other providers. Example: 1.
        voice (str | Unset): Voice identifier (provider-specific). Example: en_paul_neutral.
    """

    _input_: str = _attrs_field(alias="input_")
    _model: str = _attrs_field(alias="model")
    input_references: list[SpeechInputReferenceAudio | SpeechInputReferenceText] | Unset = UNSET
    provider: SpeechRequestProvider | Unset = UNSET
    response_format: SpeechRequestResponseFormat | Unset = SpeechRequestResponseFormat.PCM
    speed: float | Unset = UNSET
    voice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_(self) -> str:
        value: Any = self._input_
        if value is UNSET:
            raise MissingFieldError("SpeechRequest", "input")
        return value

    @input_.setter
    def input_(self, value: str) -> None:
        self._input_ = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("SpeechRequest", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_={self._input_!r}, "
            f"model={self._model!r}, "
            f"input_references={self.input_references!r}, "
            f"provider={self.provider!r}, "
            f"response_format={self.response_format!r}, "
            f"speed={self.speed!r}, "
            f"voice={self.voice!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_: Any = self._input_

        model: Any = self._model

        input_references: Any = self.input_references
        if not (isinstance(input_references, Unset) or input_references is None):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item: dict[str, Any]
                if isinstance(input_references_item_data, SpeechInputReferenceAudio):
                    input_references_item = input_references_item_data.to_dict()
                else:
                    input_references_item = input_references_item_data.to_dict()

                input_references.append(input_references_item)

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = provider.to_dict()

        response_format: Any = self.response_format
        if not (isinstance(response_format, Unset) or response_format is None):
            response_format = response_format.value

        speed: Any = self.speed

        voice: Any = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_ is not UNSET:
            field_dict["input"] = input_
        if model is not UNSET:
            field_dict["model"] = model
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if provider is not UNSET:
            field_dict["provider"] = provider
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SpeechRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input" not in data:
            return False
        if "model" not in data:
            return False
        if "response_format" in data and not SpeechRequestResponseFormat.is_known(data["response_format"]):
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
                    f"SpeechRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            input_ = d.get("input", UNSET)

            model = d.get("model", UNSET)

            _field = "input_references"
            _raw_input_references = d.get("input_references", UNSET)
            input_references: Any = _raw_input_references
            if _raw_input_references is not None and _raw_input_references is not UNSET:
                input_references = [
                    _parse_input_references_item(input_references_item_data)
                    for input_references_item_data in _raw_input_references
                ]

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = SpeechRequestProvider.from_dict(_raw_provider)

            _field = "response_format"
            _raw_response_format = d.get("response_format", UNSET)
            response_format: Any = _raw_response_format
            if _raw_response_format is not None and _raw_response_format is not UNSET:
                response_format = SpeechRequestResponseFormat._value2member_map_.get(
                    _raw_response_format
                ) or SpeechRequestResponseFormat._parse(_raw_response_format)

            speed = d.get("speed", UNSET)

            voice = d.get("voice", UNSET)

        except FieldParseError as error:
            raise error.within("SpeechRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SpeechRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        speech_request = cls(
            input_,
            model,
            input_references,
            provider,
            response_format,
            speed,
            voice,
        )

        if not _DECLARED_KEYS.issuperset(d):
            speech_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return speech_request

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


SpeechRequest.__annotations__ = ResolvingAnnotations(SpeechRequest.__annotations__, _resolve_lazy_imports)


def _parse_input_references_item(data: object) -> SpeechInputReferenceAudio | SpeechInputReferenceText:
    if SpeechInputReferenceAudio._matches(data):
        try:
            componentsschemas_speech_input_reference_type_0 = SpeechInputReferenceAudio.from_dict(data)

            return componentsschemas_speech_input_reference_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if SpeechInputReferenceText._matches(data):
        try:
            componentsschemas_speech_input_reference_type_1 = SpeechInputReferenceText.from_dict(data)

            return componentsschemas_speech_input_reference_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_speech_input_reference_type_0 = SpeechInputReferenceAudio.from_dict(data)

        return componentsschemas_speech_input_reference_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_speech_input_reference_type_1 = SpeechInputReferenceText.from_dict(data)

    return componentsschemas_speech_input_reference_type_1
