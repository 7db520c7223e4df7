from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_output_item_type import ShellCallOutputItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.shell_call_output_content import ShellCallOutputContent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ShellCallOutputContent
    if _lazy_imports_resolved:
        return
    from ..models.shell_call_output_content import ShellCallOutputContent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ShellCallOutputItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "output", "type", "id", "max_output_length", "status"})


@_attrs_define(repr=False)
class ShellCallOutputItem:
    """Output from a shell command execution (newer variant)

    Example:
        {'call_id': 'call-abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout':
            'total 0\\n'}], 'status': 'completed', 'type': 'shell_call_output'}

    Attributes:
        call_id (str):
        output (list[ShellCallOutputContent]):
        type_ (ShellCallOutputItemType):
        id (None | str | Unset):
        max_output_length (int | None | Unset):
        status (None | ToolCallStatus | Unset):
    """

    _call_id: str = _attrs_field(alias="call_id")
    _output: list[ShellCallOutputContent] = _attrs_field(alias="output")
    _type_: ShellCallOutputItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("ShellCallOutputItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def output(self) -> list[ShellCallOutputContent]:
        value: Any = self._output
        if value is UNSET:
            raise MissingFieldError("ShellCallOutputItem", "output")
        return value

    @output.setter
    def output(self, value: list[ShellCallOutputContent]) -> None:
        self._output = value

    @property
    def type_(self) -> ShellCallOutputItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ShellCallOutputItem", "type")
        return value

    @type_.setter
    def type_(self, value: ShellCallOutputItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"output={self._output!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"max_output_length={self.max_output_length!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        call_id: Any = self._call_id

        output: Any = self._output
        if not (isinstance(output, Unset) or output is None):
            output = []
            for output_item_data in self._output:
                output_item = output_item_data.to_dict()
                output.append(output_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        max_output_length: Any = self.max_output_length

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
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ShellCallOutputItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "output" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ShellCallOutputItemType.is_known(data["type"]):
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
                    f"ShellCallOutputItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                output = [ShellCallOutputContent.from_dict(output_item_data) for output_item_data in _raw_output]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ShellCallOutputItemType._value2member_map_.get(_raw_type_) or ShellCallOutputItemType._parse(
                    _raw_type_
                )

            id = d.get("id", UNSET)

            max_output_length = d.get("max_output_length", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("ShellCallOutputItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ShellCallOutputItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        shell_call_output_item = cls(
            call_id,
            output,
            type_,
            id,
            max_output_length,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            shell_call_output_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return shell_call_output_item

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


ShellCallOutputItem.__annotations__ = ResolvingAnnotations(ShellCallOutputItem.__annotations__, _resolve_lazy_imports)


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
