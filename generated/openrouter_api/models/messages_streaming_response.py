from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event import MessagesContentBlockDeltaEvent
    from ..models.messages_content_block_start_event import MessagesContentBlockStartEvent
    from ..models.messages_content_block_stop_event import MessagesContentBlockStopEvent
    from ..models.messages_delta_event import MessagesDeltaEvent
    from ..models.messages_error_event import MessagesErrorEvent
    from ..models.messages_ping_event import MessagesPingEvent
    from ..models.messages_start_event import MessagesStartEvent
    from ..models.messages_stop_event import MessagesStopEvent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        MessagesContentBlockDeltaEvent, \
        MessagesContentBlockStartEvent, \
        MessagesContentBlockStopEvent, \
        MessagesDeltaEvent, \
        MessagesErrorEvent, \
        MessagesPingEvent, \
        MessagesStartEvent, \
        MessagesStopEvent
    if _lazy_imports_resolved:
        return
    from ..models.messages_content_block_delta_event import MessagesContentBlockDeltaEvent  # noqa: PLC0415
    from ..models.messages_content_block_start_event import MessagesContentBlockStartEvent  # noqa: PLC0415
    from ..models.messages_content_block_stop_event import MessagesContentBlockStopEvent  # noqa: PLC0415
    from ..models.messages_delta_event import MessagesDeltaEvent  # noqa: PLC0415
    from ..models.messages_error_event import MessagesErrorEvent  # noqa: PLC0415
    from ..models.messages_ping_event import MessagesPingEvent  # noqa: PLC0415
    from ..models.messages_start_event import MessagesStartEvent  # noqa: PLC0415
    from ..models.messages_stop_event import MessagesStopEvent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesStreamingResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "event"})


@_attrs_define(repr=False)
class MessagesStreamingResponse:
    """
    Example:
        {'data': {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}, 'event':
            'content_block_delta'}

    Attributes:
        data (MessagesContentBlockDeltaEvent | MessagesContentBlockStartEvent | MessagesContentBlockStopEvent |
            MessagesDeltaEvent | MessagesErrorEvent | MessagesPingEvent | MessagesStartEvent | MessagesStopEvent): Union of
            all possible streaming events Example: {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type':
            'content_block_delta'}.
        event (str):
    """

    _data: (
        MessagesContentBlockDeltaEvent
        | MessagesContentBlockStartEvent
        | MessagesContentBlockStopEvent
        | MessagesDeltaEvent
        | MessagesErrorEvent
        | MessagesPingEvent
        | MessagesStartEvent
        | MessagesStopEvent
    ) = _attrs_field(alias="data")
    _event: str = _attrs_field(alias="event")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(
        self,
    ) -> (
        MessagesContentBlockDeltaEvent
        | MessagesContentBlockStartEvent
        | MessagesContentBlockStopEvent
        | MessagesDeltaEvent
        | MessagesErrorEvent
        | MessagesPingEvent
        | MessagesStartEvent
        | MessagesStopEvent
    ):
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("MessagesStreamingResponse", "data")
        return value

    @data.setter
    def data(
        self,
        value: MessagesContentBlockDeltaEvent
        | MessagesContentBlockStartEvent
        | MessagesContentBlockStopEvent
        | MessagesDeltaEvent
        | MessagesErrorEvent
        | MessagesPingEvent
        | MessagesStartEvent
        | MessagesStopEvent,
    ) -> None:
        self._data = value

    @property
    def event(self) -> str:
        value: Any = self._event
        if value is UNSET:
            raise MissingFieldError("MessagesStreamingResponse", "event")
        return value

    @event.setter
    def event(self, value: str) -> None:
        self._event = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"event={self._event!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            if isinstance(self._data, MessagesStartEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, MessagesDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, MessagesStopEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, MessagesContentBlockStartEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, MessagesContentBlockDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, MessagesContentBlockStopEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, MessagesPingEvent):
                data = self._data.to_dict()
            else:
                data = self._data.to_dict()

        event: Any = self._event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesStreamingResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "event" not in data:
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
                    f"MessagesStreamingResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = _parse_data(_raw_data)

            event = d.get("event", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesStreamingResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesStreamingResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_streaming_response = cls(
            data,
            event,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_streaming_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_streaming_response

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


MessagesStreamingResponse.__annotations__ = ResolvingAnnotations(
    MessagesStreamingResponse.__annotations__, _resolve_lazy_imports
)


def _parse_data(
    data: object,
) -> (
    MessagesContentBlockDeltaEvent
    | MessagesContentBlockStartEvent
    | MessagesContentBlockStopEvent
    | MessagesDeltaEvent
    | MessagesErrorEvent
    | MessagesPingEvent
    | MessagesStartEvent
    | MessagesStopEvent
):
    if MessagesStartEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_0 = MessagesStartEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesDeltaEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_1 = MessagesDeltaEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesStopEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_2 = MessagesStopEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockStartEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_3 = MessagesContentBlockStartEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockDeltaEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_4 = MessagesContentBlockDeltaEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockStopEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_5 = MessagesContentBlockStopEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesPingEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_6 = MessagesPingEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesErrorEvent._matches(data):
        try:
            componentsschemas_messages_stream_events_type_7 = MessagesErrorEvent.from_dict(data)

            return componentsschemas_messages_stream_events_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_0 = MessagesStartEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_1 = MessagesDeltaEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_2 = MessagesStopEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_3 = MessagesContentBlockStartEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_4 = MessagesContentBlockDeltaEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_5 = MessagesContentBlockStopEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_messages_stream_events_type_6 = MessagesPingEvent.from_dict(data)

        return componentsschemas_messages_stream_events_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_messages_stream_events_type_7 = MessagesErrorEvent.from_dict(data)

    return componentsschemas_messages_stream_events_type_7
