from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_edits_item_compact_20260112_type import (
    MessagesRequestContextManagementEditsItemCompact20260112Type,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_request_context_management_edits_item_compact_20260112_trigger_option_1 import (
        MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1
    if _lazy_imports_resolved:
        return
    from ..models.messages_request_context_management_edits_item_compact_20260112_trigger_option_1 import (
        MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequestContextManagementEditsItemCompact20260112")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "instructions", "pause_after_compaction", "trigger"})


@_attrs_define(repr=False)
class MessagesRequestContextManagementEditsItemCompact20260112:
    """
    Attributes:
        type_ (MessagesRequestContextManagementEditsItemCompact20260112Type):
        instructions (None | str | Unset):
        pause_after_compaction (bool | Unset):
        trigger (MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1 | None | Unset):  Example:
            {'type': 'input_tokens', 'value': 100000}.
    """

    _type_: MessagesRequestContextManagementEditsItemCompact20260112Type = _attrs_field(alias="type_")
    instructions: None | str | Unset = UNSET
    pause_after_compaction: bool | Unset = UNSET
    trigger: MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> MessagesRequestContextManagementEditsItemCompact20260112Type:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesRequestContextManagementEditsItemCompact20260112", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesRequestContextManagementEditsItemCompact20260112Type) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"instructions={self.instructions!r}, "
            f"pause_after_compaction={self.pause_after_compaction!r}, "
            f"trigger={self.trigger!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        instructions: Any = self.instructions

        pause_after_compaction: Any = self.pause_after_compaction

        trigger: Any = self.trigger
        if not (isinstance(trigger, Unset) or trigger is None):
            if isinstance(self.trigger, MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1):
                trigger = self.trigger.to_dict()
            else:
                trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if pause_after_compaction is not UNSET:
            field_dict["pause_after_compaction"] = pause_after_compaction
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequestContextManagementEditsItemCompact20260112 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesRequestContextManagementEditsItemCompact20260112Type.is_known(data["type"]):
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
                    f"MessagesRequestContextManagementEditsItemCompact20260112 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesRequestContextManagementEditsItemCompact20260112Type._value2member_map_.get(
                    _raw_type_
                ) or MessagesRequestContextManagementEditsItemCompact20260112Type._parse(_raw_type_)

            instructions = d.get("instructions", UNSET)

            pause_after_compaction = d.get("pause_after_compaction", UNSET)

            _field = "trigger"
            _raw_trigger = d.get("trigger", UNSET)
            trigger: Any = _raw_trigger
            if _raw_trigger is not None and _raw_trigger is not UNSET:
                trigger = (
                    MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1.from_dict(_raw_trigger)
                    if type(_raw_trigger) is dict
                    else _parse_trigger(_raw_trigger)
                )

        except FieldParseError as error:
            raise error.within("MessagesRequestContextManagementEditsItemCompact20260112", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at(
                "MessagesRequestContextManagementEditsItemCompact20260112", _field, error
            ) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request_context_management_edits_item_compact_20260112 = cls(
            type_,
            instructions,
            pause_after_compaction,
            trigger,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request_context_management_edits_item_compact_20260112.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_request_context_management_edits_item_compact_20260112

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


MessagesRequestContextManagementEditsItemCompact20260112.__annotations__ = ResolvingAnnotations(
    MessagesRequestContextManagementEditsItemCompact20260112.__annotations__, _resolve_lazy_imports
)


def _parse_trigger(
    data: object,
) -> MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1._matches(data):
        try:
            trigger_type_0 = MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1.from_dict(data)

            return trigger_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        trigger_type_0 = MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1.from_dict(data)

        return trigger_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("MessagesRequestContextManagementEditsItemCompact20260112TriggerOption1 | None | Unset", data)
