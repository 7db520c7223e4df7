from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="DABenchmarkEntry")


@_attrs_define
class DABenchmarkEntry:
    """A single Design Arena benchmark entry for a specific arena+category

    Example:
        {'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}

    Attributes:
        arena (str): Arena type (e.g. models, builders, agents) Example: models.
        category (str): Category within the arena (e.g. website, gamedev, uicomponent) Example: website.
        elo (float): ELO rating from head-to-head arena battles Example: 1385.2.
        rank (int): Rank position within this arena+category among models available on OpenRouter (1 = highest ELO)
            Example: 5.
        win_rate (float): Win rate percentage in arena battles Example: 62.5.
    """

    arena: str
    category: str
    elo: float
    rank: int
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arena: Any = self.arena

        category: Any = self.category

        elo: Any = self.elo

        rank: Any = self.rank

        win_rate: Any = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if arena is not UNSET:
            field_dict["arena"] = arena
        if category is not UNSET:
            field_dict["category"] = category
        if elo is not UNSET:
            field_dict["elo"] = elo
        if rank is not UNSET:
            field_dict["rank"] = rank
        if win_rate is not UNSET:
            field_dict["win_rate"] = win_rate

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of DABenchmarkEntry and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "arena" not in data:
            return False
        if "category" not in data:
            return False
        if "elo" not in data:
            return False
        if "rank" not in data:
            return False
        if "win_rate" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arena = d.pop("arena", UNSET)

        category = d.pop("category", UNSET)

        elo = d.pop("elo", UNSET)

        rank = d.pop("rank", UNSET)

        win_rate = d.pop("win_rate", UNSET)

        da_benchmark_entry = cls(
            arena=arena,
            category=category,
            elo=elo,
            rank=rank,
            win_rate=win_rate,
        )

        da_benchmark_entry.additional_properties = d
        return da_benchmark_entry

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
