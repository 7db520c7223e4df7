from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_modality import InputModality
from ..models.instruct_type import InstructType
from ..models.model_group import ModelGroup
from ..models.output_modality import OutputModality
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ModelArchitecture")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"input_modalities", "modality", "output_modalities", "instruct_type", "tokenizer"}
)


@_attrs_define(repr=False)
class ModelArchitecture:
    """Model architecture information

    Example:
        {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}

    Attributes:
        input_modalities (list[InputModality]): Supported input modalities
        modality (None | str): Primary modality of the model Example: text->text.
        output_modalities (list[OutputModality]): Supported output modalities
        instruct_type (InstructType | None | Unset):
        tokenizer (ModelGroup | Unset): Tokenizer type used by the model Example: GPT.
    """

    _input_modalities: list[InputModality] = _attrs_field(alias="input_modalities")
    _modality: None | str = _attrs_field(alias="modality")
    _output_modalities: list[OutputModality] = _attrs_field(alias="output_modalities")
    instruct_type: InstructType | None | Unset = UNSET
    tokenizer: ModelGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_modalities(self) -> list[InputModality]:
        value: Any = self._input_modalities
        if value is UNSET:
            raise MissingFieldError("ModelArchitecture", "input_modalities")
        return value

    @input_modalities.setter
    def input_modalities(self, value: list[InputModality]) -> None:
        self._input_modalities = value

    @property
    def modality(self) -> None | str:
        value: Any = self._modality
        if value is UNSET:
            raise MissingFieldError("ModelArchitecture", "modality")
        return value

    @modality.setter
    def modality(self, value: None | str) -> None:
        self._modality = value

    @property
    def output_modalities(self) -> list[OutputModality]:
        value: Any = self._output_modalities
        if value is UNSET:
            raise MissingFieldError("ModelArchitecture", "output_modalities")
        return value

    @output_modalities.setter
    def output_modalities(self, value: list[OutputModality]) -> None:
        self._output_modalities = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"input_modalities={self._input_modalities!r}, "
            f"modality={self._modality!r}, "
            f"output_modalities={self._output_modalities!r}, "
            f"instruct_type={self.instruct_type!r}, "
            f"tokenizer={self.tokenizer!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        input_modalities: Any = self._input_modalities
        if not (isinstance(input_modalities, Unset) or input_modalities is None):
            input_modalities = []
            for input_modalities_item_data in self._input_modalities:
                input_modalities_item = input_modalities_item_data.value
                input_modalities.append(input_modalities_item)

        modality: Any = self._modality

        output_modalities: Any = self._output_modalities
        if not (isinstance(output_modalities, Unset) or output_modalities is None):
            output_modalities = []
            for output_modalities_item_data in self._output_modalities:
                output_modalities_item = output_modalities_item_data.value
                output_modalities.append(output_modalities_item)

        instruct_type: Any = self.instruct_type
        if not (isinstance(instruct_type, Unset) or instruct_type is None):
            if isinstance(self.instruct_type, InstructType):
                instruct_type = self.instruct_type.value
            else:
                instruct_type = self.instruct_type

        tokenizer: Any = self.tokenizer
        if not (isinstance(tokenizer, Unset) or tokenizer is None):
            tokenizer = tokenizer.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_modalities is not UNSET:
            field_dict["input_modalities"] = input_modalities
        if modality is not UNSET:
            field_dict["modality"] = modality
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instruct_type is not UNSET:
            field_dict["instruct_type"] = instruct_type
        if tokenizer is not UNSET:
            field_dict["tokenizer"] = tokenizer

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelArchitecture and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_modalities" not in data:
            return False
        if "modality" not in data:
            return False
        if "output_modalities" not in data:
            return False
        if "tokenizer" in data and not ModelGroup.is_known(data["tokenizer"]):
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
                    f"ModelArchitecture is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                    InputModality._value2member_map_.get(input_modalities_item_data)
                    or InputModality._parse(input_modalities_item_data)
                    for input_modalities_item_data in _raw_input_modalities
                ]

            modality = d.get("modality", UNSET)

            _field = "output_modalities"
            _raw_output_modalities = d.get("output_modalities", UNSET)
            output_modalities: Any = _raw_output_modalities
            if _raw_output_modalities is not None and _raw_output_modalities is not UNSET:
                output_modalities = [
                    OutputModality._value2member_map_.get(output_modalities_item_data)
                    or OutputModality._parse(output_modalities_item_data)
                    for output_modalities_item_data in _raw_output_modalities
                ]

            _field = "instruct_type"
            _raw_instruct_type = d.get("instruct_type", UNSET)
            instruct_type: Any = _raw_instruct_type
            if _raw_instruct_type is not None and _raw_instruct_type is not UNSET:
                instruct_type = _parse_instruct_type(_raw_instruct_type)

            _field = "tokenizer"
            _raw_tokenizer = d.get("tokenizer", UNSET)
            tokenizer: Any = _raw_tokenizer
            if _raw_tokenizer is not None and _raw_tokenizer is not UNSET:
                tokenizer = ModelGroup._value2member_map_.get(_raw_tokenizer) or ModelGroup._parse(_raw_tokenizer)

        except FieldParseError as error:
            raise error.within("ModelArchitecture", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ModelArchitecture", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        model_architecture = cls(
            input_modalities,
            modality,
            output_modalities,
            instruct_type,
            tokenizer,
        )

        if not _DECLARED_KEYS.issuperset(d):
            model_architecture.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return model_architecture

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


def _parse_instruct_type(data: object) -> InstructType | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if InstructType.is_known(data):
        try:
            instruct_type_type_0 = InstructType._value2member_map_.get(data) or InstructType._parse(data)

            return instruct_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        instruct_type_type_0 = InstructType._value2member_map_.get(data) or InstructType._parse(data)

        return instruct_type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("InstructType | None | Unset", data)
