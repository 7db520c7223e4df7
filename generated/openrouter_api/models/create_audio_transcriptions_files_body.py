from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_audio_transcriptions_files_body_response_format import (
    CreateAudioTranscriptionsFilesBodyResponseFormat,
)
from ..models.create_audio_transcriptions_files_body_timestamp_granularities_item import (
    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
)
from ..types import (
    UNSET,
    FieldParseError,
    File,
    MissingFieldError,
    Unset,
)

T = TypeVar("T", bound="CreateAudioTranscriptionsFilesBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"file", "model", "language", "response_format", "temperature", "timestamp_granularities[]"}
)


@_attrs_define(repr=False)
class CreateAudioTranscriptionsFilesBody:
    """
    Attributes:
        file (File): The audio file to transcribe. The format is derived from the filename extension or the file part
            content type. Max 25 MB; send larger files as base64 JSON via input_audio.
        model (str): The model to use for transcription.
        language (str | Unset): The language of the input audio (ISO-639-1).
        response_format (CreateAudioTranscriptionsFilesBodyResponseFormat | Unset): The response format. "json"
            (default) returns { text, usage }; "verbose_json" additionally returns task, language, duration, and segment-
            level timestamps (OpenAI-compatible providers only).
        temperature (float | Unset): The sampling temperature.
        timestamp_granularities (list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | Unset): Timestamp
            detail levels to include when response_format is "verbose_json". "word" additionally returns word-level
            timestamps in the words array.
    """

    _file: File = _attrs_field(alias="file")
    _model: str = _attrs_field(alias="model")
    language: str | Unset = UNSET
    response_format: CreateAudioTranscriptionsFilesBodyResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    timestamp_granularities: list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def file(self) -> File:
        value: Any = self._file
        if value is UNSET:
            raise MissingFieldError("CreateAudioTranscriptionsFilesBody", "file")
        return value

    @file.setter
    def file(self, value: File) -> None:
        self._file = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("CreateAudioTranscriptionsFilesBody", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"file={self._file!r}, "
            f"model={self._model!r}, "
            f"language={self.language!r}, "
            f"response_format={self.response_format!r}, "
            f"temperature={self.temperature!r}, "
            f"timestamp_granularities={self.timestamp_granularities!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        file: Any = self._file
        if not (isinstance(file, Unset) or file is None):
            file = self._file.to_tuple()

        model: Any = self._model

        language: Any = self.language

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

        if file is not UNSET:
            field_dict["file"] = file
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities[]"] = timestamp_granularities

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self._file.to_tuple()))

        files.append(("model", (None, str(self._model).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format.value).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities[]",
                        (None, str(timestamp_granularities_item_element.value).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateAudioTranscriptionsFilesBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "file" not in data:
            return False
        if "model" not in data:
            return False
        if "response_format" in data and not CreateAudioTranscriptionsFilesBodyResponseFormat.is_known(
            data["response_format"]
        ):
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
                    f"CreateAudioTranscriptionsFilesBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "file"
            _raw_file = d.get("file", UNSET)
            file: Any = _raw_file
            if _raw_file is not None and _raw_file is not UNSET:
                file = File(payload=BytesIO(_raw_file))

            model = d.get("model", UNSET)

            language = d.get("language", UNSET)

            _field = "response_format"
            _raw_response_format = d.get("response_format", UNSET)
            response_format: Any = _raw_response_format
            if _raw_response_format is not None and _raw_response_format is not UNSET:
                response_format = CreateAudioTranscriptionsFilesBodyResponseFormat._value2member_map_.get(
                    _raw_response_format
                ) or CreateAudioTranscriptionsFilesBodyResponseFormat._parse(_raw_response_format)

            temperature = d.get("temperature", UNSET)

            _field = "timestamp_granularities[]"
            _raw_timestamp_granularities = d.get("timestamp_granularities[]", UNSET)
            timestamp_granularities: Any = _raw_timestamp_granularities
            if _raw_timestamp_granularities is not None and _raw_timestamp_granularities is not UNSET:
                timestamp_granularities = [
                    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem._value2member_map_.get(
                        timestamp_granularities_item_data
                    )
                    or CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem._parse(
                        timestamp_granularities_item_data
                    )
                    for timestamp_granularities_item_data in _raw_timestamp_granularities
                ]

        except FieldParseError as error:
            raise error.within("CreateAudioTranscriptionsFilesBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateAudioTranscriptionsFilesBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_audio_transcriptions_files_body = cls(
            file,
            model,
            language,
            response_format,
            temperature,
            timestamp_granularities,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_audio_transcriptions_files_body.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_audio_transcriptions_files_body

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
