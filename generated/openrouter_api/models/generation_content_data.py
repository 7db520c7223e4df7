from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_content_data_input_option_1 import GenerationContentDataInputOption1
    from ..models.generation_content_data_input_option_2 import GenerationContentDataInputOption2
    from ..models.generation_content_data_output import GenerationContentDataOutput
    from ..models.generation_content_error import GenerationContentError

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        GenerationContentDataInputOption1, \
        GenerationContentDataInputOption2, \
        GenerationContentDataOutput, \
        GenerationContentError
    from ..models.generation_content_data_input_option_1 import GenerationContentDataInputOption1  # noqa: PLC0415
    from ..models.generation_content_data_input_option_2 import GenerationContentDataInputOption2  # noqa: PLC0415
    from ..models.generation_content_data_output import GenerationContentDataOutput  # noqa: PLC0415
    from ..models.generation_content_error import GenerationContentError  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GenerationContentData")


@_attrs_define
class GenerationContentData:
    """Stored prompt and completion content, plus the failure error when one was stored

    Example:
        {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]}, 'output':
            {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}

    Attributes:
        error (GenerationContentError | None):
        input_ (GenerationContentDataInputOption1 | GenerationContentDataInputOption2): The input to the generation —
            either a prompt string or an array of messages
        output (GenerationContentDataOutput): The output from the generation
    """

    error: GenerationContentError | None
    input_: GenerationContentDataInputOption1 | GenerationContentDataInputOption2
    output: GenerationContentDataOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            if isinstance(self.error, GenerationContentError):
                error = self.error.to_dict()
            else:
                error = self.error

        input_: Any = self.input_
        if not (isinstance(input_, Unset) or input_ is None):
            if isinstance(self.input_, GenerationContentDataInputOption1):
                input_ = self.input_.to_dict()
            else:
                input_ = self.input_.to_dict()

        output: Any = self.output
        if not (isinstance(output, Unset) or output is None):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationContentData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
            return False
        if "input" not in data:
            return False
        if "output" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_error = d.pop("error", UNSET)
        error: Any = _raw_error
        if _raw_error is not None and _raw_error is not UNSET:
            error = _parse_error(_raw_error)

        _raw_input_ = d.pop("input", UNSET)
        input_: Any = _raw_input_
        if _raw_input_ is not None and _raw_input_ is not UNSET:
            input_ = _parse_input_(_raw_input_)

        _raw_output = d.pop("output", UNSET)
        output: Any = _raw_output
        if _raw_output is not None and _raw_output is not UNSET:
            output = GenerationContentDataOutput.from_dict(_raw_output)

        generation_content_data = cls(
            error=error,
            input_=input_,
            output=output,
        )

        generation_content_data.additional_properties = d
        return generation_content_data

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


def _parse_error(data: object) -> GenerationContentError | None:
    if data is None:
        return data
    if GenerationContentError._matches(data):
        try:
            error_type_0 = GenerationContentError.from_dict(data)

            return error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = GenerationContentError.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("GenerationContentError | None", data)


def _parse_input_(data: object) -> GenerationContentDataInputOption1 | GenerationContentDataInputOption2:
    if GenerationContentDataInputOption1._matches(data):
        try:
            input_type_0 = GenerationContentDataInputOption1.from_dict(data)

            return input_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if GenerationContentDataInputOption2._matches(data):
        try:
            input_type_1 = GenerationContentDataInputOption2.from_dict(data)

            return input_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_type_0 = GenerationContentDataInputOption1.from_dict(data)

        return input_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    input_type_1 = GenerationContentDataInputOption2.from_dict(data)

    return input_type_1
