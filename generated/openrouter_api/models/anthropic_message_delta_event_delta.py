from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_stop_reason import AnthropicStopReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicMessageDeltaEventDelta")


@_attrs_define
class AnthropicMessageDeltaEventDelta:
    """
    Attributes:
        stop_reason (AnthropicStopReason | None | Unset):
        stop_sequence (None | str | Unset):
    """

    stop_reason: AnthropicStopReason | None | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stop_reason: Any = self.stop_reason
        if not (isinstance(stop_reason, Unset) or stop_reason is None):
            if isinstance(self.stop_reason, Unset):
                stop_reason = UNSET
            elif isinstance(self.stop_reason, AnthropicStopReason):
                stop_reason = self.stop_reason.value
            else:
                stop_reason = self.stop_reason

        stop_sequence: Any = self.stop_sequence
        if not (isinstance(stop_sequence, Unset) or stop_sequence is None):
            if isinstance(self.stop_sequence, Unset):
                stop_sequence = UNSET
            else:
                stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessageDeltaEventDelta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_stop_reason = d.pop("stop_reason", UNSET)
        stop_reason: Any = _raw_stop_reason
        if _raw_stop_reason is not None and _raw_stop_reason is not UNSET:
            stop_reason = _parse_stop_reason(_raw_stop_reason)

        stop_sequence = d.pop("stop_sequence", UNSET)

        anthropic_message_delta_event_delta = cls(
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
        )

        anthropic_message_delta_event_delta.additional_properties = d
        return anthropic_message_delta_event_delta

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


def _parse_stop_reason(data: object) -> AnthropicStopReason | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicStopReason.is_known(data):
        try:
            stop_reason_type_0 = AnthropicStopReason._parse(data)

            return stop_reason_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        stop_reason_type_0 = AnthropicStopReason._parse(data)

        return stop_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicStopReason | None | Unset", data)
