from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_audio_input_audio_format import InputAudioInputAudioFormat
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="InputAudioInputAudio")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "format"})


@_attrs_define(repr=False)
class InputAudioInputAudio:
    """
    Attributes:
        data (str):
        format_ (InputAudioInputAudioFormat):
    """

    _data: str = _attrs_field(alias="data")
    _format_: InputAudioInputAudioFormat = _attrs_field(alias="format_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> str:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("InputAudioInputAudio", "data")
        return value

    @data.setter
    def data(self, value: str) -> None:
        self._data = value

    @property
    def format_(self) -> InputAudioInputAudioFormat:
        value: Any = self._format_
        if value is UNSET:
            raise MissingFieldError("InputAudioInputAudio", "format")
        return value

    @format_.setter
    def format_(self, value: InputAudioInputAudioFormat) -> None:
        self._format_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"format_={self._format_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        data: Any = self._data

        format_: Any = self._format_
        if not (isinstance(format_, Unset) or format_ is None):
            format_ = self._format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of InputAudioInputAudio and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "format" not in data:
            return False
        if "format" in data and not InputAudioInputAudioFormat.is_known(data["format"]):
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
                    f"InputAudioInputAudio is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            data = d.get("data", UNSET)

            _field = "format"
            _raw_format_ = d.get("format", UNSET)
            format_: Any = _raw_format_
            if _raw_format_ is not None and _raw_format_ is not UNSET:
                format_ = InputAudioInputAudioFormat._value2member_map_.get(
                    _raw_format_
                ) or InputAudioInputAudioFormat._parse(_raw_format_)

        except FieldParseError as error:
            raise error.within("InputAudioInputAudio", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("InputAudioInputAudio", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        input_audio_input_audio = cls(
            data,
            format_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            input_audio_input_audio.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return input_audio_input_audio

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
