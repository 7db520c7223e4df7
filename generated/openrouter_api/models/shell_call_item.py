from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_item_type import ShellCallItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.shell_call_item_action import ShellCallItemAction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ShellCallItemAction
    if _lazy_imports_resolved:
        return
    from ..models.shell_call_item_action import ShellCallItemAction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ShellCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"action", "call_id", "type", "arguments", "environment", "id", "status"})


@_attrs_define(repr=False)
class ShellCallItem:
    """A shell command execution call (newer variant)

    Example:
        {'action': {'commands': ['ls', '-la'], 'max_output_length': 10000}, 'call_id': 'call-abc123', 'status':
            'completed', 'type': 'shell_call'}

    Attributes:
        action (ShellCallItemAction):
        call_id (str):
        type_ (ShellCallItemType):
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model. Echo back unchanged
            when replaying history; used verbatim to preserve provider prompt-cache prefixes.
        environment (Any | Unset):
        id (None | str | Unset):
        status (None | ToolCallStatus | Unset):
    """

    _action: ShellCallItemAction = _attrs_field(alias="action")
    _call_id: str = _attrs_field(alias="call_id")
    _type_: ShellCallItemType = _attrs_field(alias="type_")
    arguments: None | str | Unset = UNSET
    environment: Any | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def action(self) -> ShellCallItemAction:
        value: Any = self._action
        if value is UNSET:
            raise MissingFieldError("ShellCallItem", "action")
        return value

    @action.setter
    def action(self, value: ShellCallItemAction) -> None:
        self._action = value

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("ShellCallItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def type_(self) -> ShellCallItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ShellCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: ShellCallItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"action={self._action!r}, "
            f"call_id={self._call_id!r}, "
            f"type_={self._type_!r}, "
            f"arguments={self.arguments!r}, "
            f"environment={self.environment!r}, "
            f"id={self.id!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        action: Any = self._action
        if not (isinstance(action, Unset) or action is None):
            action = self._action.to_dict()

        call_id: Any = self._call_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        arguments: Any = self.arguments

        environment: Any = self.environment

        id: Any = self.id

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, ToolCallStatus):
                status = self.status.value
            else:
                status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if action is not UNSET:
            field_dict["action"] = action
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if environment is not UNSET:
            field_dict["environment"] = environment
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ShellCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "action" not in data:
            return False
        if "call_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ShellCallItemType.is_known(data["type"]):
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
                    f"ShellCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = ShellCallItemAction.from_dict(_raw_action)

            call_id = d.get("call_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ShellCallItemType._value2member_map_.get(_raw_type_) or ShellCallItemType._parse(_raw_type_)

            arguments = d.get("arguments", UNSET)

            environment = d.get("environment", UNSET)

            id = d.get("id", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("ShellCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ShellCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        shell_call_item = cls(
            action,
            call_id,
            type_,
            arguments,
            environment,
            id,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            shell_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return shell_call_item

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


ShellCallItem.__annotations__ = ResolvingAnnotations(ShellCallItem.__annotations__, _resolve_lazy_imports)


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
