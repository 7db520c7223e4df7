from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_computer_call_item_status import OutputComputerCallItemStatus
from ..models.output_computer_call_item_type import OutputComputerCallItemType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OutputComputerCallItemPendingSafetyChecksItem
    if _lazy_imports_resolved:
        return
    from ..models.output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputComputerCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"call_id", "pending_safety_checks", "status", "type", "action", "id"})


@_attrs_define(repr=False)
class OutputComputerCallItem:
    """
    Example:
        {'action': {'type': 'screenshot'}, 'call_id': 'call-abc123', 'id': 'cu-abc123', 'pending_safety_checks': [],
            'status': 'completed', 'type': 'computer_call'}

    Attributes:
        call_id (str):
        pending_safety_checks (list[OutputComputerCallItemPendingSafetyChecksItem]):
        status (OutputComputerCallItemStatus):
        type_ (OutputComputerCallItemType):
        action (Any | Unset):
        id (str | Unset):
    """

    _call_id: str = _attrs_field(alias="call_id")
    _pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecksItem] = _attrs_field(
        alias="pending_safety_checks"
    )
    _status: OutputComputerCallItemStatus = _attrs_field(alias="status")
    _type_: OutputComputerCallItemType = _attrs_field(alias="type_")
    action: Any | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def call_id(self) -> str:
        value: Any = self._call_id
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItem", "call_id")
        return value

    @call_id.setter
    def call_id(self, value: str) -> None:
        self._call_id = value

    @property
    def pending_safety_checks(self) -> list[OutputComputerCallItemPendingSafetyChecksItem]:
        value: Any = self._pending_safety_checks
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItem", "pending_safety_checks")
        return value

    @pending_safety_checks.setter
    def pending_safety_checks(self, value: list[OutputComputerCallItemPendingSafetyChecksItem]) -> None:
        self._pending_safety_checks = value

    @property
    def status(self) -> OutputComputerCallItemStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItem", "status")
        return value

    @status.setter
    def status(self, value: OutputComputerCallItemStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputComputerCallItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputComputerCallItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"call_id={self._call_id!r}, "
            f"pending_safety_checks={self._pending_safety_checks!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        call_id: Any = self._call_id

        pending_safety_checks: Any = self._pending_safety_checks
        if not (isinstance(pending_safety_checks, Unset) or pending_safety_checks is None):
            pending_safety_checks = []
            for pending_safety_checks_item_data in self._pending_safety_checks:
                pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
                pending_safety_checks.append(pending_safety_checks_item)

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        action: Any = self.action

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if pending_safety_checks is not UNSET:
            field_dict["pending_safety_checks"] = pending_safety_checks
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputComputerCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "pending_safety_checks" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not OutputComputerCallItemStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputComputerCallItemType.is_known(data["type"]):
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
                    f"OutputComputerCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            call_id = d.get("call_id", UNSET)

            _field = "pending_safety_checks"
            _raw_pending_safety_checks = d.get("pending_safety_checks", UNSET)
            pending_safety_checks: Any = _raw_pending_safety_checks
            if _raw_pending_safety_checks is not None and _raw_pending_safety_checks is not UNSET:
                pending_safety_checks = [
                    OutputComputerCallItemPendingSafetyChecksItem.from_dict(pending_safety_checks_item_data)
                    for pending_safety_checks_item_data in _raw_pending_safety_checks
                ]

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = OutputComputerCallItemStatus._value2member_map_.get(
                    _raw_status
                ) or OutputComputerCallItemStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputComputerCallItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputComputerCallItemType._parse(_raw_type_)

            action = d.get("action", UNSET)

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("OutputComputerCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputComputerCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_computer_call_item = cls(
            call_id,
            pending_safety_checks,
            status,
            type_,
            action,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_computer_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_computer_call_item

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


OutputComputerCallItem.__annotations__ = ResolvingAnnotations(
    OutputComputerCallItem.__annotations__, _resolve_lazy_imports
)
