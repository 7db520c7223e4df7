from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnifiedBenchmarksDAItemTournamentStats")


@_attrs_define
class UnifiedBenchmarksDAItemTournamentStats:
    """Placement distribution from tournament matches.

    Attributes:
        first_place (int | None):
        fourth_place (int | None):
        second_place (int | None):
        third_place (int | None):
        total (int | None):
    """

    first_place: int | None
    fourth_place: int | None
    second_place: int | None
    third_place: int | None
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_place: Any = self.first_place
        if not (isinstance(first_place, Unset) or first_place is None):
            first_place = self.first_place

        fourth_place: Any = self.fourth_place
        if not (isinstance(fourth_place, Unset) or fourth_place is None):
            fourth_place = self.fourth_place

        second_place: Any = self.second_place
        if not (isinstance(second_place, Unset) or second_place is None):
            second_place = self.second_place

        third_place: Any = self.third_place
        if not (isinstance(third_place, Unset) or third_place is None):
            third_place = self.third_place

        total: Any = self.total
        if not (isinstance(total, Unset) or total is None):
            total = self.total

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
        d = dict(src_dict)
        first_place = d.pop("first_place", UNSET)

        fourth_place = d.pop("fourth_place", UNSET)

        second_place = d.pop("second_place", UNSET)

        third_place = d.pop("third_place", UNSET)

        total = d.pop("total", UNSET)

        unified_benchmarks_da_item_tournament_stats = cls(
            first_place=first_place,
            fourth_place=fourth_place,
            second_place=second_place,
            third_place=third_place,
            total=total,
        )

        unified_benchmarks_da_item_tournament_stats.additional_properties = d
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
