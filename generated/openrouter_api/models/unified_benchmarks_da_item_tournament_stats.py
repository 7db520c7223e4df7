from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="UnifiedBenchmarksDAItemTournamentStats")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"first_place", "fourth_place", "second_place", "third_place", "total"})


@_attrs_define(repr=False)
class UnifiedBenchmarksDAItemTournamentStats:
    """Placement distribution from tournament matches.

    Attributes:
        first_place (int | None):
        fourth_place (int | None):
        second_place (int | None):
        third_place (int | None):
        total (int | None):
    """

    _first_place: int | None = _attrs_field(alias="first_place")
    _fourth_place: int | None = _attrs_field(alias="fourth_place")
    _second_place: int | None = _attrs_field(alias="second_place")
    _third_place: int | None = _attrs_field(alias="third_place")
    _total: int | None = _attrs_field(alias="total")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def first_place(self) -> int | None:
        value: Any = self._first_place
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItemTournamentStats", "first_place")
        return value

    @first_place.setter
    def first_place(self, value: int | None) -> None:
        self._first_place = value

    @property
    def fourth_place(self) -> int | None:
        value: Any = self._fourth_place
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItemTournamentStats", "fourth_place")
        return value

    @fourth_place.setter
    def fourth_place(self, value: int | None) -> None:
        self._fourth_place = value

    @property
    def second_place(self) -> int | None:
        value: Any = self._second_place
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItemTournamentStats", "second_place")
        return value

    @second_place.setter
    def second_place(self, value: int | None) -> None:
        self._second_place = value

    @property
    def third_place(self) -> int | None:
        value: Any = self._third_place
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItemTournamentStats", "third_place")
        return value

    @third_place.setter
    def third_place(self, value: int | None) -> None:
        self._third_place = value

    @property
    def total(self) -> int | None:
        value: Any = self._total
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItemTournamentStats", "total")
        return value

    @total.setter
    def total(self, value: int | None) -> None:
        self._total = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"first_place={self._first_place!r}, "
            f"fourth_place={self._fourth_place!r}, "
            f"second_place={self._second_place!r}, "
            f"third_place={self._third_place!r}, "
            f"total={self._total!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        first_place: Any = self._first_place

        fourth_place: Any = self._fourth_place

        second_place: Any = self._second_place

        third_place: Any = self._third_place

        total: Any = self._total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if first_place is not UNSET:
            field_dict["first_place"] = first_place
        if fourth_place is not UNSET:
            field_dict["fourth_place"] = fourth_place
        if second_place is not UNSET:
            field_dict["second_place"] = second_place
        if third_place is not UNSET:
            field_dict["third_place"] = third_place
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksDAItemTournamentStats and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "first_place" not in data:
            return False
        if "fourth_place" not in data:
            return False
        if "second_place" not in data:
            return False
        if "third_place" not in data:
            return False
        if "total" not in data:
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
                    f"UnifiedBenchmarksDAItemTournamentStats is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        first_place = d.get("first_place", UNSET)

        fourth_place = d.get("fourth_place", UNSET)

        second_place = d.get("second_place", UNSET)

        third_place = d.get("third_place", UNSET)

        total = d.get("total", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_da_item_tournament_stats = cls(
            first_place,
            fourth_place,
            second_place,
            third_place,
            total,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_da_item_tournament_stats.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return unified_benchmarks_da_item_tournament_stats

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
