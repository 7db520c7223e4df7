from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PercentileThroughputCutoffs")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"p50", "p75", "p90", "p99"})


@_attrs_define(repr=False)
class PercentileThroughputCutoffs:
    """Percentile-based throughput cutoffs. All specified cutoffs must be met for an endpoint to be preferred.

    Example:
        {'p50': 100, 'p90': 50}

    Attributes:
        p50 (float | None | Unset): Minimum p50 throughput (tokens/sec)
        p75 (float | None | Unset): Minimum p75 throughput (tokens/sec)
        p90 (float | None | Unset): Minimum p90 throughput (tokens/sec)
        p99 (float | None | Unset): Minimum p99 throughput (tokens/sec)
    """

    p50: float | None | Unset = UNSET
    p75: float | None | Unset = UNSET
    p90: float | None | Unset = UNSET
    p99: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"p50={self.p50!r}, "
            f"p75={self.p75!r}, "
            f"p90={self.p90!r}, "
            f"p99={self.p99!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        p50: Any = self.p50

        p75: Any = self.p75

        p90: Any = self.p90

        p99: Any = self.p99

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if p50 is not UNSET:
            field_dict["p50"] = p50
        if p75 is not UNSET:
            field_dict["p75"] = p75
        if p90 is not UNSET:
            field_dict["p90"] = p90
        if p99 is not UNSET:
            field_dict["p99"] = p99

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PercentileThroughputCutoffs and its fixed values."""
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
                    f"PercentileThroughputCutoffs is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        p50 = d.get("p50", UNSET)

        p75 = d.get("p75", UNSET)

        p90 = d.get("p90", UNSET)

        p99 = d.get("p99", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        percentile_throughput_cutoffs = cls(
            p50,
            p75,
            p90,
            p99,
        )

        if not _DECLARED_KEYS.issuperset(d):
            percentile_throughput_cutoffs.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return percentile_throughput_cutoffs

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
