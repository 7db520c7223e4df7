from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_event_debug_timings_event import DebugEventDebugTimingsEvent
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="DebugEventDebugTimings")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"epoch_ms", "event", "start_ms"})


@_attrs_define(repr=False)
class DebugEventDebugTimings:
    """
    Attributes:
        epoch_ms (int):
        event (DebugEventDebugTimingsEvent):
        start_ms (int):
    """

    _epoch_ms: int = _attrs_field(alias="epoch_ms")
    _event: DebugEventDebugTimingsEvent = _attrs_field(alias="event")
    _start_ms: int = _attrs_field(alias="start_ms")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def epoch_ms(self) -> int:
        value: Any = self._epoch_ms
        if value is UNSET:
            raise MissingFieldError("DebugEventDebugTimings", "epoch_ms")
        return value

    @epoch_ms.setter
    def epoch_ms(self, value: int) -> None:
        self._epoch_ms = value

    @property
    def event(self) -> DebugEventDebugTimingsEvent:
        value: Any = self._event
        if value is UNSET:
            raise MissingFieldError("DebugEventDebugTimings", "event")
        return value

    @event.setter
    def event(self, value: DebugEventDebugTimingsEvent) -> None:
        self._event = value

    @property
    def start_ms(self) -> int:
        value: Any = self._start_ms
        if value is UNSET:
            raise MissingFieldError("DebugEventDebugTimings", "start_ms")
        return value

    @start_ms.setter
    def start_ms(self, value: int) -> None:
        self._start_ms = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"epoch_ms={self._epoch_ms!r}, "
            f"event={self._event!r}, "
            f"start_ms={self._start_ms!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        epoch_ms: Any = self._epoch_ms

        event: Any = self._event
        if not (isinstance(event, Unset) or event is None):
            event = self._event.value

        start_ms: Any = self._start_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if epoch_ms is not UNSET:
            field_dict["epoch_ms"] = epoch_ms
        if event is not UNSET:
            field_dict["event"] = event
        if start_ms is not UNSET:
            field_dict["start_ms"] = start_ms

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DebugEventDebugTimings and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "epoch_ms" not in data:
            return False
        if "event" not in data:
            return False
        if "event" in data and not DebugEventDebugTimingsEvent.is_known(data["event"]):
            return False
        if "start_ms" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"DebugEventDebugTimings is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            epoch_ms = d.get("epoch_ms", UNSET)

            _field = "event"
            _raw_event = d.get("event", UNSET)
            event: Any = _raw_event
            if _raw_event is not None and _raw_event is not UNSET:
                event = DebugEventDebugTimingsEvent._value2member_map_.get(
                    _raw_event
                ) or DebugEventDebugTimingsEvent._parse(_raw_event)

            start_ms = d.get("start_ms", UNSET)

        except FieldParseError as error:
            raise error.within("DebugEventDebugTimings", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("DebugEventDebugTimings", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        debug_event_debug_timings = cls(
            epoch_ms,
            event,
            start_ms,
        )

        if not _DECLARED_KEYS.issuperset(d):
            debug_event_debug_timings.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return debug_event_debug_timings

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
