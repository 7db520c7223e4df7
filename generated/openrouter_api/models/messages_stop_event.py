from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stop_event_type import MessagesStopEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.open_router_metadata import OpenRouterMetadata

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenRouterMetadata
    if _lazy_imports_resolved:
        return
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesStopEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"type", "openrouter_metadata"})


@_attrs_define(repr=False)
class MessagesStopEvent:
    """Event sent when the message is complete

    Example:
        {'type': 'message_stop'}

    Attributes:
        type_ (MessagesStopEventType):
        openrouter_metadata (OpenRouterMetadata | Unset):  Example: {'attempt': 1, 'endpoints': {'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 1}, 'is_byok': False, 'region': 'iad',
            'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary': 'available=1, selected=OpenAI'}.
    """

    _type_: MessagesStopEventType = _attrs_field(alias="type_")
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> MessagesStopEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("MessagesStopEvent", "type")
        return value

    @type_.setter
    def type_(self, value: MessagesStopEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            openrouter_metadata = openrouter_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesStopEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not MessagesStopEventType.is_known(data["type"]):
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
                    f"MessagesStopEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = MessagesStopEventType._value2member_map_.get(_raw_type_) or MessagesStopEventType._parse(
                    _raw_type_
                )

            _field = "openrouter_metadata"
            _raw_openrouter_metadata = d.get("openrouter_metadata", UNSET)
            openrouter_metadata: Any = _raw_openrouter_metadata
            if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
                openrouter_metadata = OpenRouterMetadata.from_dict(_raw_openrouter_metadata)

        except FieldParseError as error:
            raise error.within("MessagesStopEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesStopEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_stop_event = cls(
            type_,
            openrouter_metadata,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_stop_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_stop_event

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


MessagesStopEvent.__annotations__ = ResolvingAnnotations(MessagesStopEvent.__annotations__, _resolve_lazy_imports)
