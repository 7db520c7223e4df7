from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.generation_content_data_input_option_1 import GenerationContentDataInputOption1
    from ..models.generation_content_data_input_option_2 import GenerationContentDataInputOption2
    from ..models.generation_content_data_output import GenerationContentDataOutput
    from ..models.generation_content_error import GenerationContentError

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        GenerationContentDataInputOption1, \
        GenerationContentDataInputOption2, \
        GenerationContentDataOutput, \
        GenerationContentError
    if _lazy_imports_resolved:
        return
    from ..models.generation_content_data_input_option_1 import GenerationContentDataInputOption1  # noqa: PLC0415
    from ..models.generation_content_data_input_option_2 import GenerationContentDataInputOption2  # noqa: PLC0415
    from ..models.generation_content_data_output import GenerationContentDataOutput  # noqa: PLC0415
    from ..models.generation_content_error import GenerationContentError  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GenerationContentData")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error", "input", "output"})


@_attrs_define(repr=False)
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

    _error: GenerationContentError | None = _attrs_field(alias="error")
    _input_: GenerationContentDataInputOption1 | GenerationContentDataInputOption2 = _attrs_field(alias="input_")
    _output: GenerationContentDataOutput = _attrs_field(alias="output")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error(self) -> GenerationContentError | None:
        value: Any = self._error
        if value is UNSET:
            raise MissingFieldError("GenerationContentData", "error")
        return value

    @error.setter
    def error(self, value: GenerationContentError | None) -> None:
        self._error = value

    @property
    def input_(self) -> GenerationContentDataInputOption1 | GenerationContentDataInputOption2:
        value: Any = self._input_
        if value is UNSET:
            raise MissingFieldError("GenerationContentData", "input")
        return value

    @input_.setter
    def input_(self, value: GenerationContentDataInputOption1 | GenerationContentDataInputOption2) -> None:
        self._input_ = value

    @property
    def output(self) -> GenerationContentDataOutput:
        value: Any = self._output
        if value is UNSET:
            raise MissingFieldError("GenerationContentData", "output")
        return value

    @output.setter
    def output(self, value: GenerationContentDataOutput) -> None:
        self._output = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error={self._error!r}, "
            f"input_={self._input_!r}, "
            f"output={self._output!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        error: Any = self._error
        if not (isinstance(error, Unset) or error is None):
            if isinstance(self._error, GenerationContentError):
                error = self._error.to_dict()
            else:
                error = self._error

        input_: Any = self._input_
        if not (isinstance(input_, Unset) or input_ is None):
            if isinstance(self._input_, GenerationContentDataInputOption1):
                input_ = self._input_.to_dict()
            else:
                input_ = self._input_.to_dict()

        output: Any = self._output
        if not (isinstance(output, Unset) or output is None):
            output = self._output.to_dict()

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"GenerationContentData is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "error"
            _raw_error = d.get("error", UNSET)
            error: Any = _raw_error
            if _raw_error is not None and _raw_error is not UNSET:
                error = (
                    GenerationContentError.from_dict(_raw_error)
                    if type(_raw_error) is dict
                    else _parse_error(_raw_error)
                )

            _field = "input"
            _raw_input_ = d.get("input", UNSET)
            input_: Any = _raw_input_
            if _raw_input_ is not None and _raw_input_ is not UNSET:
                input_ = _parse_input_(_raw_input_)

            _field = "output"
            _raw_output = d.get("output", UNSET)
            output: Any = _raw_output
            if _raw_output is not None and _raw_output is not UNSET:
                output = GenerationContentDataOutput.from_dict(_raw_output)

        except FieldParseError as error:
            raise error.within("GenerationContentData", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GenerationContentData", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_content_data = cls(
            error,
            input_,
            output,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_content_data.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


GenerationContentData.__annotations__ = ResolvingAnnotations(
    GenerationContentData.__annotations__, _resolve_lazy_imports
)


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
