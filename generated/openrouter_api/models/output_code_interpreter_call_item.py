from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_code_interpreter_call_status import OutputItemCodeInterpreterCallStatus
from ..models.output_item_code_interpreter_call_type import OutputItemCodeInterpreterCallType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_file_output import CodeInterpreterFileOutput
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CodeInterpreterFileOutput, CodeInterpreterImageOutput, CodeInterpreterLogsOutput
    if _lazy_imports_resolved:
        return
    from ..models.code_interpreter_file_output import CodeInterpreterFileOutput  # noqa: PLC0415
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput  # noqa: PLC0415
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputCodeInterpreterCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "status", "type", "code", "container_id", "outputs"})


@_attrs_define(repr=False)
class OutputCodeInterpreterCallItem:
    """A code interpreter execution call with outputs

    Example:
        {'code': 'print("hello")', 'container_id': 'ctr-xyz789', 'id': 'ci-abc123', 'outputs': [{'logs': 'hello\\n',
            'type': 'logs'}], 'status': 'completed', 'type': 'code_interpreter_call'}

    Attributes:
        id (str):
        status (OutputItemCodeInterpreterCallStatus):
        type_ (OutputItemCodeInterpreterCallType):
        code (None | str | Unset):
        container_id (str | Unset):
        outputs (list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None |
            Unset):
    """

    _id: str = _attrs_field(alias="id")
    _status: OutputItemCodeInterpreterCallStatus = _attrs_field(alias="status")
    _type_: OutputItemCodeInterpreterCallType = _attrs_field(alias="type_")
    code: None | str | Unset = UNSET
    container_id: str | Unset = UNSET
    outputs: list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputCodeInterpreterCallItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def status(self) -> OutputItemCodeInterpreterCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputCodeInterpreterCallItem", "status")
        return value

    @status.setter
    def status(self, value: OutputItemCodeInterpreterCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputItemCodeInterpreterCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputCodeInterpreterCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemCodeInterpreterCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"code={self.code!r}, "
            f"container_id={self.container_id!r}, "
            f"outputs={self.outputs!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self._id

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        code: Any = self.code

        container_id: Any = self.container_id

        outputs: Any = self.outputs
        if not (isinstance(outputs, Unset) or outputs is None):
            if isinstance(self.outputs, list):
                outputs = []
                for outputs_type_0_item_data in self.outputs:
                    outputs_type_0_item: dict[str, Any]
                    if isinstance(outputs_type_0_item_data, CodeInterpreterLogsOutput):
                        outputs_type_0_item = outputs_type_0_item_data.to_dict()
                    elif isinstance(outputs_type_0_item_data, CodeInterpreterImageOutput):
                        outputs_type_0_item = outputs_type_0_item_data.to_dict()
                    else:
                        outputs_type_0_item = outputs_type_0_item_data.to_dict()

                    outputs.append(outputs_type_0_item)

            else:
                outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if container_id is not UNSET:
            field_dict["container_id"] = container_id
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputCodeInterpreterCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not OutputItemCodeInterpreterCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemCodeInterpreterCallType.is_known(data["type"]):
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
                    f"OutputCodeInterpreterCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = OutputItemCodeInterpreterCallStatus._value2member_map_.get(
                    _raw_status
                ) or OutputItemCodeInterpreterCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemCodeInterpreterCallType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemCodeInterpreterCallType._parse(_raw_type_)

            code = d.get("code", UNSET)

            container_id = d.get("container_id", UNSET)

            _field = "outputs"
            _raw_outputs = d.get("outputs", UNSET)
            outputs: Any = _raw_outputs
            if _raw_outputs is not None and _raw_outputs is not UNSET:
                outputs = _parse_outputs(_raw_outputs)

        except FieldParseError as error:
            raise error.within("OutputCodeInterpreterCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputCodeInterpreterCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_code_interpreter_call_item = cls(
            id,
            status,
            type_,
            code,
            container_id,
            outputs,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_code_interpreter_call_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_code_interpreter_call_item

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


OutputCodeInterpreterCallItem.__annotations__ = ResolvingAnnotations(
    OutputCodeInterpreterCallItem.__annotations__, _resolve_lazy_imports
)


def _parse_outputs(
    data: object,
) -> list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        outputs_type_0 = [_parse_outputs_type_0_item(outputs_type_0_item_data) for outputs_type_0_item_data in data]

        return outputs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None | Unset", data
    )


def _parse_outputs_type_0_item(
    data: object,
) -> CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput:
    if CodeInterpreterLogsOutput._matches(data):
        try:
            outputs_type_0_item_type_0 = CodeInterpreterLogsOutput.from_dict(data)

            return outputs_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterImageOutput._matches(data):
        try:
            outputs_type_0_item_type_1 = CodeInterpreterImageOutput.from_dict(data)

            return outputs_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterFileOutput._matches(data):
        try:
            outputs_type_0_item_type_2 = CodeInterpreterFileOutput.from_dict(data)

            return outputs_type_0_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        outputs_type_0_item_type_0 = CodeInterpreterLogsOutput.from_dict(data)

        return outputs_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        outputs_type_0_item_type_1 = CodeInterpreterImageOutput.from_dict(data)

        return outputs_type_0_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    outputs_type_0_item_type_2 = CodeInterpreterFileOutput.from_dict(data)

    return outputs_type_0_item_type_2
