from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_event_type import DebugEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.debug_event_debug import DebugEventDebug

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, DebugEventDebug
    from ..models.debug_event_debug import DebugEventDebug  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="DebugEvent")


@_attrs_define
class DebugEvent:
    """Debug event emitted when debug.echo_upstream_body is true. Contains the transformed upstream request body or timing
    milestones.

        Example:
            {'debug': {'echo_upstream_body': {'messages': [], 'model': 'anthropic/claude-sonnet-4'}}, 'sequence_number': 1,
                'type': 'response.debug'}

        Attributes:
            debug (DebugEventDebug):
            sequence_number (int):
            type_ (DebugEventType):
    """

    debug: DebugEventDebug
    sequence_number: int
    type_: DebugEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        debug: Any = self.debug
        if not (isinstance(debug, Unset) or debug is None):
            debug = self.debug.to_dict()

        sequence_number: Any = self.sequence_number

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if debug is not UNSET:
            field_dict["debug"] = debug
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DebugEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "debug" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not DebugEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_debug = d.pop("debug", UNSET)
        debug: Any = _raw_debug
        if _raw_debug is not None and _raw_debug is not UNSET:
            debug = DebugEventDebug.from_dict(_raw_debug)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = DebugEventType._parse(_raw_type_)

        debug_event = cls(
            debug=debug,
            sequence_number=sequence_number,
            type_=type_,
        )

        debug_event.additional_properties = d
        return debug_event

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
