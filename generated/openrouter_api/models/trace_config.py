from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TraceConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"generation_name", "parent_span_id", "span_name", "trace_id", "trace_name"})


@_attrs_define(repr=False)
class TraceConfig:
    """Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name,
    parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast
    destinations.

        Example:
            {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}

        Attributes:
            generation_name (str | Unset):
            parent_span_id (str | Unset):
            span_name (str | Unset):
            trace_id (str | Unset):
            trace_name (str | Unset):
    """

    generation_name: str | Unset = UNSET
    parent_span_id: str | Unset = UNSET
    span_name: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    trace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"generation_name={self.generation_name!r}, "
            f"parent_span_id={self.parent_span_id!r}, "
            f"span_name={self.span_name!r}, "
            f"trace_id={self.trace_id!r}, "
            f"trace_name={self.trace_name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        generation_name: Any = self.generation_name

        parent_span_id: Any = self.parent_span_id

        span_name: Any = self.span_name

        trace_id: Any = self.trace_id

        trace_name: Any = self.trace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if generation_name is not UNSET:
            field_dict["generation_name"] = generation_name
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if span_name is not UNSET:
            field_dict["span_name"] = span_name
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if trace_name is not UNSET:
            field_dict["trace_name"] = trace_name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TraceConfig and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"TraceConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        generation_name = d.get("generation_name", UNSET)

        parent_span_id = d.get("parent_span_id", UNSET)

        span_name = d.get("span_name", UNSET)

        trace_id = d.get("trace_id", UNSET)

        trace_name = d.get("trace_name", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        trace_config = cls(
            generation_name,
            parent_span_id,
            span_name,
            trace_id,
            trace_name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            trace_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return trace_config

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
