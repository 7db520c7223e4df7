from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_message_delta_event_type import AnthropicMessageDeltaEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_message_delta_event_delta import AnthropicMessageDeltaEventDelta
    from ..models.anthropic_stream_usage import AnthropicStreamUsage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicMessageDeltaEventDelta, AnthropicStreamUsage
    from ..models.anthropic_message_delta_event_delta import AnthropicMessageDeltaEventDelta  # noqa: PLC0415
    from ..models.anthropic_stream_usage import AnthropicStreamUsage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicMessageDeltaEvent")


@_attrs_define
class AnthropicMessageDeltaEvent:
    """Final message-level changes (stop reason) and cumulative usage.

    Attributes:
        type_ (AnthropicMessageDeltaEventType):
        delta (AnthropicMessageDeltaEventDelta):
        usage (AnthropicStreamUsage | Unset): Cumulative token counts reported near the end of a stream; any field may
            be missing.
    """

    type_: AnthropicMessageDeltaEventType
    delta: AnthropicMessageDeltaEventDelta
    usage: AnthropicStreamUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        delta: Any = self.delta
        if not (isinstance(delta, Unset) or delta is None):
            delta = self.delta.to_dict()

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if delta is not UNSET:
            field_dict["delta"] = delta
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessageDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicMessageDeltaEventType.is_known(data["type"]):
            return False
        if "delta" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicMessageDeltaEventType._parse(_raw_type_)

        _raw_delta = d.pop("delta", UNSET)
        delta: Any = _raw_delta
        if _raw_delta is not None and _raw_delta is not UNSET:
            delta = AnthropicMessageDeltaEventDelta.from_dict(_raw_delta)

        _raw_usage = d.pop("usage", UNSET)
        usage: Any = _raw_usage
        if _raw_usage is not None and _raw_usage is not UNSET:
            _usage = _raw_usage
            usage: AnthropicStreamUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = AnthropicStreamUsage.from_dict(_usage)

        anthropic_message_delta_event = cls(
            type_=type_,
            delta=delta,
            usage=usage,
        )

        anthropic_message_delta_event.additional_properties = d
        return anthropic_message_delta_event

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
