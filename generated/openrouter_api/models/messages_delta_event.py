from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_delta_event_type import MessagesDeltaEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, MessagesDeltaEventDelta, MessagesDeltaEventUsage
    if _lazy_imports_resolved:
        return
    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta  # noqa: PLC0415
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesDeltaEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"delta", "type", "usage"})


@_attrs_define(repr=False)
class MessagesDeltaEvent:
    """Event sent when the message metadata changes (e.g., stop_reason)

    Example:
        {'delta': {'container': None, 'stop_details': None, 'stop_reason': 'end_turn', 'stop_sequence': None}, 'type':
            'message_delta', 'usage': {'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'input_tokens':
            None, 'output_tokens': 15, 'output_tokens_details': None, 'server_tool_use': None}}

    Attributes:
        delta (MessagesDeltaEventDelta):
        type_ (MessagesDeltaEventType):
        usage (MessagesDeltaEventUsage):
    """

    _delta: MessagesDeltaEventDelta = _attrs_field(alias="delta")
    _type_: MessagesDeltaEventType = _attrs_field(alias="type_")
    _usage: MessagesDeltaEventUsage = _attrs_field(alias="usage")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def delta(self) -> MessagesDeltaEventDelta:
        value: Any = self._delta
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEvent", "delta")
        return value

    @delta.setter
    def delta(self, value: MessagesDeltaEventDelta) -> None:
        self._delta = value

    @property
    def type_(self) -> MessagesDeltaEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEvent", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesDeltaEventType) -> None:
        self._type_ = value

    @property
    def usage(self) -> MessagesDeltaEventUsage:
        value: Any = self._usage
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEvent", "usage")
        return value

    @usage.setter
    def usage(self, value: MessagesDeltaEventUsage) -> None:
        self._usage = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"delta={self._delta!r}, "
            f"type_={self._type_!r}, "
            f"usage={self._usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        delta: Any = self._delta
        if not (isinstance(delta, Unset) or delta is None):
            delta = self._delta.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        usage: Any = self._usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = self._usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if delta is not UNSET:
            field_dict["delta"] = delta
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "delta" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesDeltaEventType.is_known(data["type"]):
            return False
        if "usage" not in data:
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
                    f"MessagesDeltaEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "delta"
            _raw_delta = d.get("delta", UNSET)
            delta: Any = _raw_delta
            if _raw_delta is not None and _raw_delta is not UNSET:
                delta = MessagesDeltaEventDelta.from_dict(_raw_delta)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesDeltaEventType._value2member_map_.get(_raw_type_) or MessagesDeltaEventType._parse(
                    _raw_type_
                )

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = MessagesDeltaEventUsage.from_dict(_raw_usage)

        except FieldParseError as error:
            raise error.within("MessagesDeltaEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesDeltaEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_delta_event = cls(
            delta,
            type_,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_delta_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_delta_event

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


MessagesDeltaEvent.__annotations__ = ResolvingAnnotations(MessagesDeltaEvent.__annotations__, _resolve_lazy_imports)
