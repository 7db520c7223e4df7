from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_output_item_type import FunctionCallOutputItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.function_call_output_item_option_2_output_option_2_item_option_2 import (
        FunctionCallOutputItemOption2OutputOption2ItemOption2,
    )
    from ..models.input_file import InputFile
    from ..models.input_text import InputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FunctionCallOutputItemOption2OutputOption2ItemOption2, InputFile, InputText
    if _lazy_imports_resolved:
        return
    from ..models.function_call_output_item_option_2_output_option_2_item_option_2 import (
        FunctionCallOutputItemOption2OutputOption2ItemOption2,  # noqa: PLC0415
    )
    from ..models.input_file import InputFile  # noqa: PLC0415
    from ..models.input_text import InputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FunctionCallOutputItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "output", "type", "id", "status"})


@_attrs_define(repr=False)
class FunctionCallOutputItem:
    """The output from a function call execution

    Example:
        {'call_id': 'call-abc123', 'id': 'output-abc123', 'output': '{"temperature":72,"conditions":"sunny"}', 'status':
            'completed', 'type': 'function_call_output'}

    Attributes:
        call_id (str):
        output (list[FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText] | str):
        type_ (FunctionCallOutputItemType):
        id (None | str | Unset):
        status (None | ToolCallStatus | Unset):
    """

    _call_id: str = _attrs_field(alias="call_id")
    _output: list[FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText] | str = _attrs_field(
        alias="output"
    )
    _type_: FunctionCallOutputItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("FunctionCallOutputItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def output(self) -> list[FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText] | str:
        value: Any = self._output
        if value is UNSET:
            raise MissingFieldError("FunctionCallOutputItem", "output")
        return value

    @output.setter
    def output(
        self, value: list[FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText] | str
    ) -> None:
        self._output = value

    @property
    def type_(self) -> FunctionCallOutputItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("FunctionCallOutputItem", "type")
        return value

    @type_.setter
    def type_(self, value: FunctionCallOutputItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"output={self._output!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        call_id: Any = self._call_id

        output: Any = self._output
        if not (isinstance(output, Unset) or output is None):
            if isinstance(self._output, list):
                output = []
                for output_type_1_item_data in self._output:
                    output_type_1_item: dict[str, Any]
                    if isinstance(output_type_1_item_data, InputText):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    elif isinstance(output_type_1_item_data, FunctionCallOutputItemOption2OutputOption2ItemOption2):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    else:
                        output_type_1_item = output_type_1_item_data.to_dict()

                    output.append(output_type_1_item)

            else:
                output = self._output

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, ToolCallStatus):
                status = self.status.value
            else:
                status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if output is not UNSET:
            field_dict["output"] = output
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FunctionCallOutputItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "output" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FunctionCallOutputItemType.is_known(data["type"]):
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
                    f"FunctionCallOutputItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            call_id = d.get("call_id", UNSET)

            _field = "output"
            _raw_output = d.get("output", UNSET)
            output: Any = _raw_output
            if _raw_output is not None and _raw_output is not UNSET:
                output = _parse_output(_raw_output)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FunctionCallOutputItemType._value2member_map_.get(
                    _raw_type_
                ) or FunctionCallOutputItemType._parse(_raw_type_)

            id = d.get("id", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("FunctionCallOutputItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FunctionCallOutputItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        function_call_output_item = cls(
            call_id,
            output,
            type_,
            id,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            function_call_output_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return function_call_output_item

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


FunctionCallOutputItem.__annotations__ = ResolvingAnnotations(
    FunctionCallOutputItem.__annotations__, _resolve_lazy_imports
)


def _parse_output(
    data: object,
) -> list[FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_type_1 = [_parse_output_type_1_item(output_type_1_item_data) for output_type_1_item_data in data]

        return output_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText] | str", data)


def _parse_output_type_1_item(
    data: object,
) -> FunctionCallOutputItemOption2OutputOption2ItemOption2 | InputFile | InputText:
    if InputText._matches(data):
        try:
            output_type_1_item_type_0 = InputText.from_dict(data)

            return output_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FunctionCallOutputItemOption2OutputOption2ItemOption2._matches(data):
        try:
            output_type_1_item_type_1 = FunctionCallOutputItemOption2OutputOption2ItemOption2.from_dict(data)

            return output_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputFile._matches(data):
        try:
            output_type_1_item_type_2 = InputFile.from_dict(data)

            return output_type_1_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_type_1_item_type_0 = InputText.from_dict(data)

        return output_type_1_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_type_1_item_type_1 = FunctionCallOutputItemOption2OutputOption2ItemOption2.from_dict(data)

        return output_type_1_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    output_type_1_item_type_2 = InputFile.from_dict(data)

    return output_type_1_item_type_2


def _parse_status(data: object) -> None | ToolCallStatus | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ToolCallStatus.is_known(data):
        try:
            status_type_0 = ToolCallStatus._value2member_map_.get(data) or ToolCallStatus._parse(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = ToolCallStatus._value2member_map_.get(data) or ToolCallStatus._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ToolCallStatus | Unset", data)
