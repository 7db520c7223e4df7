from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_type import MessagesContentBlockDeltaEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_citations_delta import (
        MessagesContentBlockDeltaEventDeltaCitationsDelta,
    )
    from ..models.messages_content_block_delta_event_delta_compaction_delta import (
        MessagesContentBlockDeltaEventDeltaCompactionDelta,
    )
    from ..models.messages_content_block_delta_event_delta_input_json_delta import (
        MessagesContentBlockDeltaEventDeltaInputJsonDelta,
    )
    from ..models.messages_content_block_delta_event_delta_signature_delta import (
        MessagesContentBlockDeltaEventDeltaSignatureDelta,
    )
    from ..models.messages_content_block_delta_event_delta_text_delta import (
        MessagesContentBlockDeltaEventDeltaTextDelta,
    )
    from ..models.messages_content_block_delta_event_delta_thinking_delta import (
        MessagesContentBlockDeltaEventDeltaThinkingDelta,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        MessagesContentBlockDeltaEventDeltaCitationsDelta, \
        MessagesContentBlockDeltaEventDeltaCompactionDelta, \
        MessagesContentBlockDeltaEventDeltaInputJsonDelta, \
        MessagesContentBlockDeltaEventDeltaSignatureDelta, \
        MessagesContentBlockDeltaEventDeltaTextDelta, \
        MessagesContentBlockDeltaEventDeltaThinkingDelta
    if _lazy_imports_resolved:
        return
    from ..models.messages_content_block_delta_event_delta_citations_delta import (
        MessagesContentBlockDeltaEventDeltaCitationsDelta,  # noqa: PLC0415
    )
    from ..models.messages_content_block_delta_event_delta_compaction_delta import (
        MessagesContentBlockDeltaEventDeltaCompactionDelta,  # noqa: PLC0415
    )
    from ..models.messages_content_block_delta_event_delta_input_json_delta import (
        MessagesContentBlockDeltaEventDeltaInputJsonDelta,  # noqa: PLC0415
    )
    from ..models.messages_content_block_delta_event_delta_signature_delta import (
        MessagesContentBlockDeltaEventDeltaSignatureDelta,  # noqa: PLC0415
    )
    from ..models.messages_content_block_delta_event_delta_text_delta import (
        MessagesContentBlockDeltaEventDeltaTextDelta,  # noqa: PLC0415
    )
    from ..models.messages_content_block_delta_event_delta_thinking_delta import (
        MessagesContentBlockDeltaEventDeltaThinkingDelta,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesContentBlockDeltaEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"delta", "index", "type"})


@_attrs_define(repr=False)
class MessagesContentBlockDeltaEvent:
    """Event sent when content is added to a content block

    Example:
        {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}

    Attributes:
        delta (MessagesContentBlockDeltaEventDeltaCitationsDelta | MessagesContentBlockDeltaEventDeltaCompactionDelta |
            MessagesContentBlockDeltaEventDeltaInputJsonDelta | MessagesContentBlockDeltaEventDeltaSignatureDelta |
            MessagesContentBlockDeltaEventDeltaTextDelta | MessagesContentBlockDeltaEventDeltaThinkingDelta):
        index (int):
        type_ (MessagesContentBlockDeltaEventType):
    """

    _delta: (
        MessagesContentBlockDeltaEventDeltaCitationsDelta
        | MessagesContentBlockDeltaEventDeltaCompactionDelta
        | MessagesContentBlockDeltaEventDeltaInputJsonDelta
        | MessagesContentBlockDeltaEventDeltaSignatureDelta
        | MessagesContentBlockDeltaEventDeltaTextDelta
        | MessagesContentBlockDeltaEventDeltaThinkingDelta
    ) = _attrs_field(alias="delta")
    _index: int = _attrs_field(alias="index")
    _type_: MessagesContentBlockDeltaEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def delta(
        self,
    ) -> (
        MessagesContentBlockDeltaEventDeltaCitationsDelta
        | MessagesContentBlockDeltaEventDeltaCompactionDelta
        | MessagesContentBlockDeltaEventDeltaInputJsonDelta
        | MessagesContentBlockDeltaEventDeltaSignatureDelta
        | MessagesContentBlockDeltaEventDeltaTextDelta
        | MessagesContentBlockDeltaEventDeltaThinkingDelta
    ):
        value: Any = self._delta
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockDeltaEvent", "delta")
        return value

    @delta.setter
    def delta(
        self,
        value: MessagesContentBlockDeltaEventDeltaCitationsDelta
        | MessagesContentBlockDeltaEventDeltaCompactionDelta
        | MessagesContentBlockDeltaEventDeltaInputJsonDelta
        | MessagesContentBlockDeltaEventDeltaSignatureDelta
        | MessagesContentBlockDeltaEventDeltaTextDelta
        | MessagesContentBlockDeltaEventDeltaThinkingDelta,
    ) -> None:
        self._delta = value

    @property
    def index(self) -> int:
        value: Any = self._index
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockDeltaEvent", "index")
        return value

    @index.setter
    def index(self, value: int) -> None:
        self._index = value

    @property
    def type_(self) -> MessagesContentBlockDeltaEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesContentBlockDeltaEvent", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesContentBlockDeltaEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"delta={self._delta!r}, "
            f"index={self._index!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        delta: Any = self._delta
        if not (isinstance(delta, Unset) or delta is None):
            if isinstance(self._delta, MessagesContentBlockDeltaEventDeltaTextDelta):
                delta = self._delta.to_dict()
            elif isinstance(self._delta, MessagesContentBlockDeltaEventDeltaInputJsonDelta):
                delta = self._delta.to_dict()
            elif isinstance(self._delta, MessagesContentBlockDeltaEventDeltaThinkingDelta):
                delta = self._delta.to_dict()
            elif isinstance(self._delta, MessagesContentBlockDeltaEventDeltaSignatureDelta):
                delta = self._delta.to_dict()
            elif isinstance(self._delta, MessagesContentBlockDeltaEventDeltaCitationsDelta):
                delta = self._delta.to_dict()
            else:
                delta = self._delta.to_dict()

        index: Any = self._index

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if delta is not UNSET:
            field_dict["delta"] = delta
        if index is not UNSET:
            field_dict["index"] = index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesContentBlockDeltaEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "delta" not in data:
            return False
        if "index" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesContentBlockDeltaEventType.is_known(data["type"]):
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
                    f"MessagesContentBlockDeltaEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "delta"
            _raw_delta = d.get("delta", UNSET)
            delta: Any = _raw_delta
            if _raw_delta is not None and _raw_delta is not UNSET:
                delta = _parse_delta(_raw_delta)

            index = d.get("index", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesContentBlockDeltaEventType._value2member_map_.get(
                    _raw_type_
                ) or MessagesContentBlockDeltaEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("MessagesContentBlockDeltaEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesContentBlockDeltaEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_content_block_delta_event = cls(
            delta,
            index,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_content_block_delta_event.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return messages_content_block_delta_event

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


MessagesContentBlockDeltaEvent.__annotations__ = ResolvingAnnotations(
    MessagesContentBlockDeltaEvent.__annotations__, _resolve_lazy_imports
)


def _parse_delta(
    data: object,
) -> (
    MessagesContentBlockDeltaEventDeltaCitationsDelta
    | MessagesContentBlockDeltaEventDeltaCompactionDelta
    | MessagesContentBlockDeltaEventDeltaInputJsonDelta
    | MessagesContentBlockDeltaEventDeltaSignatureDelta
    | MessagesContentBlockDeltaEventDeltaTextDelta
    | MessagesContentBlockDeltaEventDeltaThinkingDelta
):
    if MessagesContentBlockDeltaEventDeltaTextDelta._matches(data):
        try:
            delta_type_0 = MessagesContentBlockDeltaEventDeltaTextDelta.from_dict(data)

            return delta_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockDeltaEventDeltaInputJsonDelta._matches(data):
        try:
            delta_type_1 = MessagesContentBlockDeltaEventDeltaInputJsonDelta.from_dict(data)

            return delta_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockDeltaEventDeltaThinkingDelta._matches(data):
        try:
            delta_type_2 = MessagesContentBlockDeltaEventDeltaThinkingDelta.from_dict(data)

            return delta_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockDeltaEventDeltaSignatureDelta._matches(data):
        try:
            delta_type_3 = MessagesContentBlockDeltaEventDeltaSignatureDelta.from_dict(data)

            return delta_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockDeltaEventDeltaCitationsDelta._matches(data):
        try:
            delta_type_4 = MessagesContentBlockDeltaEventDeltaCitationsDelta.from_dict(data)

            return delta_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesContentBlockDeltaEventDeltaCompactionDelta._matches(data):
        try:
            delta_type_5 = MessagesContentBlockDeltaEventDeltaCompactionDelta.from_dict(data)

            return delta_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        delta_type_0 = MessagesContentBlockDeltaEventDeltaTextDelta.from_dict(data)

        return delta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        delta_type_1 = MessagesContentBlockDeltaEventDeltaInputJsonDelta.from_dict(data)

        return delta_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        delta_type_2 = MessagesContentBlockDeltaEventDeltaThinkingDelta.from_dict(data)

        return delta_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        delta_type_3 = MessagesContentBlockDeltaEventDeltaSignatureDelta.from_dict(data)

        return delta_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        delta_type_4 = MessagesContentBlockDeltaEventDeltaCitationsDelta.from_dict(data)

        return delta_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    delta_type_5 = MessagesContentBlockDeltaEventDeltaCompactionDelta.from_dict(data)

    return delta_type_5
