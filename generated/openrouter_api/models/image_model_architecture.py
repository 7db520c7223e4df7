from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_input_modality import ImageInputModality
from ..models.image_output_modality import ImageOutputModality
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ImageModelArchitecture")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"input_modalities", "output_modalities"})


@_attrs_define(repr=False)
class ImageModelArchitecture:
    """
    Example:
        {'input_modalities': ['text', 'image'], 'output_modalities': ['image']}

    Attributes:
        input_modalities (list[ImageInputModality]): Supported input modalities
        output_modalities (list[ImageOutputModality]): Supported output modalities
    """

    _input_modalities: list[ImageInputModality] = _attrs_field(alias="input_modalities")
    _output_modalities: list[ImageOutputModality] = _attrs_field(alias="output_modalities")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_modalities(self) -> list[ImageInputModality]:
        value: Any = self._input_modalities
        if value is UNSET:
            raise MissingFieldError("ImageModelArchitecture", "input_modalities")
        return value

    @input_modalities.setter
    def input_modalities(self, value: list[ImageInputModality]) -> None:
        self._input_modalities = value

    @property
    def output_modalities(self) -> list[ImageOutputModality]:
        value: Any = self._output_modalities
        if value is UNSET:
            raise MissingFieldError("ImageModelArchitecture", "output_modalities")
        return value

    @output_modalities.setter
    def output_modalities(self, value: list[ImageOutputModality]) -> None:
        self._output_modalities = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_modalities={self._input_modalities!r}, "
            f"output_modalities={self._output_modalities!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        input_modalities: Any = self._input_modalities
        if not (isinstance(input_modalities, Unset) or input_modalities is None):
            input_modalities = []
            for input_modalities_item_data in self._input_modalities:
                input_modalities_item = input_modalities_item_data.value
                input_modalities.append(input_modalities_item)

        output_modalities: Any = self._output_modalities
        if not (isinstance(output_modalities, Unset) or output_modalities is None):
            output_modalities = []
            for output_modalities_item_data in self._output_modalities:
                output_modalities_item = output_modalities_item_data.value
                output_modalities.append(output_modalities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_modalities is not UNSET:
            field_dict["input_modalities"] = input_modalities
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageModelArchitecture and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_modalities" not in data:
            return False
        if "output_modalities" not in data:
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
                    f"ImageModelArchitecture is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "input_modalities"
            _raw_input_modalities = d.get("input_modalities", UNSET)
            input_modalities: Any = _raw_input_modalities
            if _raw_input_modalities is not None and _raw_input_modalities is not UNSET:
                input_modalities = [
                    ImageInputModality._value2member_map_.get(input_modalities_item_data)
                    or ImageInputModality._parse(input_modalities_item_data)
                    for input_modalities_item_data in _raw_input_modalities
                ]

            _field = "output_modalities"
            _raw_output_modalities = d.get("output_modalities", UNSET)
            output_modalities: Any = _raw_output_modalities
            if _raw_output_modalities is not None and _raw_output_modalities is not UNSET:
                output_modalities = [
                    ImageOutputModality._value2member_map_.get(output_modalities_item_data)
                    or ImageOutputModality._parse(output_modalities_item_data)
                    for output_modalities_item_data in _raw_output_modalities
                ]

        except FieldParseError as error:
            raise error.within("ImageModelArchitecture", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageModelArchitecture", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_model_architecture = cls(
            input_modalities,
            output_modalities,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_model_architecture.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_model_architecture

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
