from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody
    from ..models.debug_event_debug_timings import DebugEventDebugTimings

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, DebugEventDebugEchoUpstreamBody, DebugEventDebugTimings
    if _lazy_imports_resolved:
        return
    from ..models.debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody  # noqa: PLC0415
    from ..models.debug_event_debug_timings import DebugEventDebugTimings  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="DebugEventDebug")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"echo_upstream_body", "timings"})


@_attrs_define(repr=False)
class DebugEventDebug:
    """
    Attributes:
        echo_upstream_body (DebugEventDebugEchoUpstreamBody | Unset):
        timings (DebugEventDebugTimings | Unset):
    """

    echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset = UNSET
    timings: DebugEventDebugTimings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"echo_upstream_body={self.echo_upstream_body!r}, "
            f"timings={self.timings!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        echo_upstream_body: Any = self.echo_upstream_body
        if not (isinstance(echo_upstream_body, Unset) or echo_upstream_body is None):
            echo_upstream_body = echo_upstream_body.to_dict()

        timings: Any = self.timings
        if not (isinstance(timings, Unset) or timings is None):
            timings = timings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DebugEventDebug and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"DebugEventDebug is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "echo_upstream_body"
            _raw_echo_upstream_body = d.get("echo_upstream_body", UNSET)
            echo_upstream_body: Any = _raw_echo_upstream_body
            if _raw_echo_upstream_body is not None and _raw_echo_upstream_body is not UNSET:
                echo_upstream_body = DebugEventDebugEchoUpstreamBody.from_dict(_raw_echo_upstream_body)

            _field = "timings"
            _raw_timings = d.get("timings", UNSET)
            timings: Any = _raw_timings
            if _raw_timings is not None and _raw_timings is not UNSET:
                timings = DebugEventDebugTimings.from_dict(_raw_timings)

        except FieldParseError as error:
            raise error.within("DebugEventDebug", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("DebugEventDebug", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        debug_event_debug = cls(
            echo_upstream_body,
            timings,
        )

        if not _DECLARED_KEYS.issuperset(d):
            debug_event_debug.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return debug_event_debug

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


DebugEventDebug.__annotations__ = ResolvingAnnotations(DebugEventDebug.__annotations__, _resolve_lazy_imports)
