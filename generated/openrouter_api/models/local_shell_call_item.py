from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_item_type import LocalShellCallItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action import LocalShellCallItemAction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, LocalShellCallItemAction
    if _lazy_imports_resolved:
        return
    from ..models.local_shell_call_item_action import LocalShellCallItemAction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="LocalShellCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"action", "call_id", "id", "status", "type"})


@_attrs_define(repr=False)
class LocalShellCallItem:
    """A local shell command execution call

    Example:
        {'action': {'command': ['ls', '-la'], 'env': {'PATH': '/usr/bin'}, 'timeout_ms': 5000, 'type': 'exec'},
            'call_id': 'call-abc123', 'id': 'shell-abc123', 'status': 'completed', 'type': 'local_shell_call'}

    Attributes:
        action (LocalShellCallItemAction):
        call_id (str):
        id (str):
        status (ToolCallStatus):  Example: completed.
        type_ (LocalShellCallItemType):
    """

    _action: LocalShellCallItemAction = _attrs_field(alias="action")
    _call_id: str = _attrs_field(alias="call_id")
    _id: str = _attrs_field(alias="id")
    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: LocalShellCallItemType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def action(self) -> LocalShellCallItemAction:
        value: Any = self._action
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItem", "action")
        return value

    @action.setter
    def action(self, value: LocalShellCallItemAction) -> None:
        self._action = value

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> LocalShellCallItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: LocalShellCallItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"action={self._action!r}, "
            f"call_id={self._call_id!r}, "
            f"id={self._id!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        action: Any = self._action
        if not (isinstance(action, Unset) or action is None):
            action = self._action.to_dict()

        call_id: Any = self._call_id

        id: Any = self._id

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if action is not UNSET:
            field_dict["action"] = action
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of LocalShellCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "action" not in data:
            return False
        if "call_id" not in data:
            return False
        if "id" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not LocalShellCallItemType.is_known(data["type"]):
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
                    f"LocalShellCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "action"
            _raw_action = d.get("action", UNSET)
            action: Any = _raw_action
            if _raw_action is not None and _raw_action is not UNSET:
                action = LocalShellCallItemAction.from_dict(_raw_action)

            call_id = d.get("call_id", UNSET)

            id = d.get("id", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = LocalShellCallItemType._value2member_map_.get(_raw_type_) or LocalShellCallItemType._parse(
                    _raw_type_
                )

        except FieldParseError as error:
            raise error.within("LocalShellCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("LocalShellCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        local_shell_call_item = cls(
            action,
            call_id,
            id,
            status,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            local_shell_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return local_shell_call_item

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


LocalShellCallItem.__annotations__ = ResolvingAnnotations(LocalShellCallItem.__annotations__, _resolve_lazy_imports)
