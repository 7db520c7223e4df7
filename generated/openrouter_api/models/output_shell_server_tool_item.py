from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_server_tool_item_type import OutputShellServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.output_shell_server_tool_item_action import OutputShellServerToolItemAction
    from ..models.shell_call_output_content import ShellCallOutputContent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OutputShellServerToolItemAction, ShellCallOutputContent
    if _lazy_imports_resolved:
        return
    from ..models.output_shell_server_tool_item_action import OutputShellServerToolItemAction  # noqa: PLC0415
    from ..models.shell_call_output_content import ShellCallOutputContent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputShellServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "action", "arguments", "call_id", "id", "output"})


@_attrs_define(repr=False)
class OutputShellServerToolItem:
    """An openrouter:shell server tool output item

    Example:
        {'action': {'commands': ['echo hello'], 'max_output_length': None, 'timeout_ms': None}, 'call_id':
            'call_abc123', 'id': 'st_tmp_abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '',
            'stdout': 'hello\\n'}], 'status': 'completed', 'type': 'openrouter:shell'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputShellServerToolItemType):
        action (OutputShellServerToolItemAction | Unset):
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model.
        call_id (None | str | Unset): The model-generated tool call id from the originating turn.
        id (str | Unset):
        output (list[ShellCallOutputContent] | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputShellServerToolItemType = _attrs_field(alias="type_")
    action: OutputShellServerToolItemAction | Unset = UNSET
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    output: list[ShellCallOutputContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputShellServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputShellServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputShellServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputShellServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"action={self.action!r}, "
            f"arguments={self.arguments!r}, "
            f"call_id={self.call_id!r}, "
            f"id={self.id!r}, "
            f"output={self.output!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        action: Any = self.action
        if not (isinstance(action, Unset) or action is None):
            action = action.to_dict()

        arguments: Any = self.arguments

        call_id: Any = self.call_id

        id: Any = self.id

        output: Any = self.output
        if not (isinstance(output, Unset) or output is None):
            output = []
            for output_item_data in self.output:
                output_item = output_item_data.to_dict()
                output.append(output_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputShellServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputShellServerToolItemType.is_known(data["type"]):
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
                    f"OutputShellServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputShellServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputShellServerToolItemType._parse(_raw_type_)

            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = OutputShellServerToolItemAction.from_dict(_raw_action)

            arguments = d.get("arguments", UNSET)

            call_id = d.get("call_id", UNSET)

            id = d.get("id", UNSET)

            _field = "output"
            _raw_output = d.get("output", UNSET)
            output: Any = _raw_output
            if _raw_output is not None and _raw_output is not UNSET:
                output = [ShellCallOutputContent.from_dict(output_item_data) for output_item_data in _raw_output]

        except FieldParseError as error:
            raise error.within("OutputShellServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputShellServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_shell_server_tool_item = cls(
            status,
            type_,
            action,
            arguments,
            call_id,
            id,
            output,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_shell_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_shell_server_tool_item

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


OutputShellServerToolItem.__annotations__ = ResolvingAnnotations(
    OutputShellServerToolItem.__annotations__, _resolve_lazy_imports
)
