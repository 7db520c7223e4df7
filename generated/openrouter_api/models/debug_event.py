from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_event_type import DebugEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.debug_event_debug import DebugEventDebug

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, DebugEventDebug
    if _lazy_imports_resolved:
        return
    from ..models.debug_event_debug import DebugEventDebug  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="DebugEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"debug", "sequence_number", "type"})


@_attrs_define(repr=False)
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

    _debug: DebugEventDebug = _attrs_field(alias="debug")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: DebugEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def debug(self) -> DebugEventDebug:
        value: Any = self._debug
        if value is UNSET:
            raise MissingFieldError("DebugEvent", "debug")
        return value

    @debug.setter
    def debug(self, value: DebugEventDebug) -> None:
        self._debug = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("DebugEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> DebugEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("DebugEvent", "type")
        return value

    @type_.setter
    def type_(self, value: DebugEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"debug={self._debug!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        debug: Any = self._debug
        if not (isinstance(debug, Unset) or debug is None):
            debug = self._debug.to_dict()

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"DebugEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "debug"
            _raw_debug = d.get("debug", UNSET)
            debug: Any = _raw_debug
            if _raw_debug is not None and _raw_debug is not UNSET:
                debug = DebugEventDebug.from_dict(_raw_debug)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = DebugEventType._value2member_map_.get(_raw_type_) or DebugEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("DebugEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("DebugEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        debug_event = cls(
            debug,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            debug_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


DebugEvent.__annotations__ = ResolvingAnnotations(DebugEvent.__annotations__, _resolve_lazy_imports)
