from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_partial_image_event_type import ImageGenPartialImageEventType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ImageGenPartialImageEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"b64_json", "partial_image_index", "type"})


@_attrs_define(repr=False)
class ImageGenPartialImageEvent:
    """Emitted when a partial image becomes available during streaming generation

    Example:
        {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}

    Attributes:
        b64_json (str): Base64-encoded partial image data
        partial_image_index (int): 0-based index indicating which partial image this is in the sequence
        type_ (ImageGenPartialImageEventType): The event type
    """

    _b64_json: str = _attrs_field(alias="b64_json")
    _partial_image_index: int = _attrs_field(alias="partial_image_index")
    _type_: ImageGenPartialImageEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def b64_json(self) -> str:
        value: Any = self._b64_json
        if value is UNSET:
            raise MissingFieldError("ImageGenPartialImageEvent", "b64_json")
        return value

    @b64_json.setter
    def b64_json(self, value: str) -> None:
        self._b64_json = value

    @property
    def partial_image_index(self) -> int:
        value: Any = self._partial_image_index
        if value is UNSET:
            raise MissingFieldError("ImageGenPartialImageEvent", "partial_image_index")
        return value

    @partial_image_index.setter
    def partial_image_index(self, value: int) -> None:
        self._partial_image_index = value

    @property
    def type_(self) -> ImageGenPartialImageEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ImageGenPartialImageEvent", "type")
        return value

    @type_.setter
    def type_(self, value: ImageGenPartialImageEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"b64_json={self._b64_json!r}, "
            f"partial_image_index={self._partial_image_index!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        b64_json: Any = self._b64_json

        partial_image_index: Any = self._partial_image_index

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if partial_image_index is not UNSET:
            field_dict["partial_image_index"] = partial_image_index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenPartialImageEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "b64_json" not in data:
            return False
        if "partial_image_index" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ImageGenPartialImageEventType.is_known(data["type"]):
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
                    f"ImageGenPartialImageEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            b64_json = d.get("b64_json", UNSET)

            partial_image_index = d.get("partial_image_index", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ImageGenPartialImageEventType._value2member_map_.get(
                    _raw_type_
                ) or ImageGenPartialImageEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ImageGenPartialImageEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenPartialImageEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_gen_partial_image_event = cls(
            b64_json,
            partial_image_index,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_gen_partial_image_event.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return image_gen_partial_image_event

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
