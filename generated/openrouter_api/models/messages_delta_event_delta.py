from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.or_anthropic_stop_reason import ORAnthropicStopReason
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicContainer, AnthropicRefusalStopDetails
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_container import AnthropicContainer  # noqa: PLC0415
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesDeltaEventDelta")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"container", "stop_details", "stop_reason", "stop_sequence"})


@_attrs_define(repr=False)
class MessagesDeltaEventDelta:
    """
    Attributes:
        container (AnthropicContainer | None):
        stop_details (AnthropicRefusalStopDetails | None):
        stop_reason (None | ORAnthropicStopReason):
        stop_sequence (None | str):
    """

    _container: AnthropicContainer | None = _attrs_field(alias="container")
    _stop_details: AnthropicRefusalStopDetails | None = _attrs_field(alias="stop_details")
    _stop_reason: None | ORAnthropicStopReason = _attrs_field(alias="stop_reason")
    _stop_sequence: None | str = _attrs_field(alias="stop_sequence")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def container(self) -> AnthropicContainer | None:
        value: Any = self._container
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEventDelta", "container")
        return value

    @container.setter
    def container(self, value: AnthropicContainer | None) -> None:
        self._container = value

    @property
    def stop_details(self) -> AnthropicRefusalStopDetails | None:
        value: Any = self._stop_details
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEventDelta", "stop_details")
        return value

    @stop_details.setter
    def stop_details(self, value: AnthropicRefusalStopDetails | None) -> None:
        self._stop_details = value

    @property
    def stop_reason(self) -> None | ORAnthropicStopReason:
        value: Any = self._stop_reason
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEventDelta", "stop_reason")
        return value

    @stop_reason.setter
    def stop_reason(self, value: None | ORAnthropicStopReason) -> None:
        self._stop_reason = value

    @property
    def stop_sequence(self) -> None | str:
        value: Any = self._stop_sequence
        if value is UNSET:
            raise MissingFieldError("MessagesDeltaEventDelta", "stop_sequence")
        return value

    @stop_sequence.setter
    def stop_sequence(self, value: None | str) -> None:
        self._stop_sequence = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"container={self._container!r}, "
            f"stop_details={self._stop_details!r}, "
            f"stop_reason={self._stop_reason!r}, "
            f"stop_sequence={self._stop_sequence!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        container: Any = self._container
        if not (isinstance(container, Unset) or container is None):
            if isinstance(self._container, AnthropicContainer):
                container = self._container.to_dict()
            else:
                container = self._container

        stop_details: Any = self._stop_details
        if not (isinstance(stop_details, Unset) or stop_details is None):
            if isinstance(self._stop_details, AnthropicRefusalStopDetails):
                stop_details = self._stop_details.to_dict()
            else:
                stop_details = self._stop_details

        stop_reason: Any = self._stop_reason
        if not (isinstance(stop_reason, Unset) or stop_reason is None):
            if isinstance(self._stop_reason, ORAnthropicStopReason):
                stop_reason = self._stop_reason.value
            else:
                stop_reason = self._stop_reason

        stop_sequence: Any = self._stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if container is not UNSET:
            field_dict["container"] = container
        if stop_details is not UNSET:
            field_dict["stop_details"] = stop_details
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesDeltaEventDelta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "container" not in data:
            return False
        if "stop_details" not in data:
            return False
        if "stop_reason" not in data:
            return False
        if "stop_sequence" not in data:
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
                    f"MessagesDeltaEventDelta is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "container"
            _raw_container = d.get("container", UNSET)
            container: Any = _raw_container
            if _raw_container is not None and _raw_container is not UNSET:
                container = (
                    AnthropicContainer.from_dict(_raw_container)
                    if type(_raw_container) is dict
                    else _parse_container(_raw_container)
                )

            _field = "stop_details"
            _raw_stop_details = d.get("stop_details", UNSET)
            stop_details: Any = _raw_stop_details
            if _raw_stop_details is not None and _raw_stop_details is not UNSET:
                stop_details = (
                    AnthropicRefusalStopDetails.from_dict(_raw_stop_details)
                    if type(_raw_stop_details) is dict
                    else _parse_stop_details(_raw_stop_details)
                )

            _field = "stop_reason"
            _raw_stop_reason = d.get("stop_reason", UNSET)
            stop_reason: Any = _raw_stop_reason
            if _raw_stop_reason is not None and _raw_stop_reason is not UNSET:
                stop_reason = _parse_stop_reason(_raw_stop_reason)

            stop_sequence = d.get("stop_sequence", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesDeltaEventDelta", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesDeltaEventDelta", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_delta_event_delta = cls(
            container,
            stop_details,
            stop_reason,
            stop_sequence,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_delta_event_delta.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_delta_event_delta

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


MessagesDeltaEventDelta.__annotations__ = ResolvingAnnotations(
    MessagesDeltaEventDelta.__annotations__, _resolve_lazy_imports
)


def _parse_container(data: object) -> AnthropicContainer | None:
    if data is None:
        return data
    if AnthropicContainer._matches(data):
        try:
            container_type_0 = AnthropicContainer.from_dict(data)

            return container_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        container_type_0 = AnthropicContainer.from_dict(data)

        return container_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicContainer | None", data)


def _parse_stop_details(data: object) -> AnthropicRefusalStopDetails | None:
    if data is None:
        return data
    if AnthropicRefusalStopDetails._matches(data):
        try:
            stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

            return stop_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

        return stop_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicRefusalStopDetails | None", data)


def _parse_stop_reason(data: object) -> None | ORAnthropicStopReason:
    if data is None:
        return data
    if ORAnthropicStopReason.is_known(data):
        try:
            stop_reason_type_0 = ORAnthropicStopReason._value2member_map_.get(data) or ORAnthropicStopReason._parse(
                data
            )

            return stop_reason_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        stop_reason_type_0 = ORAnthropicStopReason._value2member_map_.get(data) or ORAnthropicStopReason._parse(data)

        return stop_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ORAnthropicStopReason", data)
