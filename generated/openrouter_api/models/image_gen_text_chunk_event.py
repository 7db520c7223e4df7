from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase
from ..models.image_gen_text_chunk_event_type import ImageGenTextChunkEventType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ImageGenTextChunkEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"phase", "text", "type"})


@_attrs_define(repr=False)
class ImageGenTextChunkEvent:
    """Emitted when a text chunk becomes available during streaming generation of text-based formats (e.g. SVG)

    Example:
        {'phase': 'content', 'text': '<svg xmlns="http://www.w3.org/2000/svg">', 'type': 'image_generation.text_chunk'}

    Attributes:
        phase (ImageGenTextChunkEventPhase): The generation phase this chunk belongs to. `content` is the renderable
            output; `reasoning` and `draft` are intermediate provider phases.
        text (str): A text fragment of the image being generated (e.g. partial SVG markup)
        type_ (ImageGenTextChunkEventType): The event type
    """

    _phase: ImageGenTextChunkEventPhase = _attrs_field(alias="phase")
    _text: str = _attrs_field(alias="text")
    _type_: ImageGenTextChunkEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def phase(self) -> ImageGenTextChunkEventPhase:
        value: Any = self._phase
        if value is UNSET:
            raise MissingFieldError("ImageGenTextChunkEvent", "phase")
        return value

    @phase.setter
    def phase(self, value: ImageGenTextChunkEventPhase) -> None:
        self._phase = value

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("ImageGenTextChunkEvent", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def type_(self) -> ImageGenTextChunkEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ImageGenTextChunkEvent", "type")
        return value

    @type_.setter
    def type_(self, value: ImageGenTextChunkEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"phase={self._phase!r}, "
            f"text={self._text!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        phase: Any = self._phase
        if not (isinstance(phase, Unset) or phase is None):
            phase = self._phase.value

        text: Any = self._text

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if phase is not UNSET:
            field_dict["phase"] = phase
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenTextChunkEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "phase" not in data:
            return False
        if "phase" in data and not ImageGenTextChunkEventPhase.is_known(data["phase"]):
            return False
        if "text" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ImageGenTextChunkEventType.is_known(data["type"]):
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
                    f"ImageGenTextChunkEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "phase"
            _raw_phase = d.get("phase", UNSET)
            phase: Any = _raw_phase
            if _raw_phase is not None and _raw_phase is not UNSET:
                phase = ImageGenTextChunkEventPhase._value2member_map_.get(
                    _raw_phase
                ) or ImageGenTextChunkEventPhase._parse(_raw_phase)

            text = d.get("text", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ImageGenTextChunkEventType._value2member_map_.get(
                    _raw_type_
                ) or ImageGenTextChunkEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ImageGenTextChunkEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenTextChunkEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_gen_text_chunk_event = cls(
            phase,
            text,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_gen_text_chunk_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_gen_text_chunk_event

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
