from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="PercentileStats")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"p50", "p75", "p90", "p99"})


@_attrs_define(repr=False)
class PercentileStats:
    """Latency percentiles in milliseconds over the last 30 minutes. Latency measures time to first token. Only visible
    when authenticated with an API key or cookie; returns null for unauthenticated requests.

        Example:
            {'p50': 25.5, 'p75': 35.2, 'p90': 48.7, 'p99': 85.3}

        Attributes:
            p50 (float): Median (50th percentile) Example: 25.5.
            p75 (float): 75th percentile Example: 35.2.
            p90 (float): 90th percentile Example: 48.7.
            p99 (float): 99th percentile Example: 85.3.
    """

    _p50: float = _attrs_field(alias="p50")
    _p75: float = _attrs_field(alias="p75")
    _p90: float = _attrs_field(alias="p90")
    _p99: float = _attrs_field(alias="p99")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def p50(self) -> float:
        value: Any = self._p50
        if value is UNSET:
            raise MissingFieldError("PercentileStats", "p50")
        return value

    @p50.setter
    def p50(self, value: float) -> None:
        self._p50 = value

    @property
    def p75(self) -> float:
        value: Any = self._p75
        if value is UNSET:
            raise MissingFieldError("PercentileStats", "p75")
        return value

    @p75.setter
    def p75(self, value: float) -> None:
        self._p75 = value

    @property
    def p90(self) -> float:
        value: Any = self._p90
        if value is UNSET:
            raise MissingFieldError("PercentileStats", "p90")
        return value

    @p90.setter
    def p90(self, value: float) -> None:
        self._p90 = value

    @property
    def p99(self) -> float:
        value: Any = self._p99
        if value is UNSET:
            raise MissingFieldError("PercentileStats", "p99")
        return value

    @p99.setter
    def p99(self, value: float) -> None:
        self._p99 = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"p50={self._p50!r}, "
            f"p75={self._p75!r}, "
            f"p90={self._p90!r}, "
            f"p99={self._p99!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        p50: Any = self._p50

        p75: Any = self._p75

        p90: Any = self._p90

        p99: Any = self._p99

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
        """True if data is an object with every required key of PercentileStats and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "p50" not in data:
            return False
        if "p75" not in data:
            return False
        if "p90" not in data:
            return False
        if "p99" not in data:
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
                    f"PercentileStats is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        p50 = d.get("p50", UNSET)

        p75 = d.get("p75", UNSET)

        p90 = d.get("p90", UNSET)

        p99 = d.get("p99", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        percentile_stats = cls(
            p50,
            p75,
            p90,
            p99,
        )

        if not _DECLARED_KEYS.issuperset(d):
            percentile_stats.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return percentile_stats

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
