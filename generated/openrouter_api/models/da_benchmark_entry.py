from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="DABenchmarkEntry")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"arena", "category", "elo", "rank", "win_rate"})


@_attrs_define(repr=False)
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

    _arena: str = _attrs_field(alias="arena")
    _category: str = _attrs_field(alias="category")
    _elo: float = _attrs_field(alias="elo")
    _rank: int = _attrs_field(alias="rank")
    _win_rate: float = _attrs_field(alias="win_rate")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arena(self) -> str:
        value: Any = self._arena
        if value is UNSET:
            raise MissingFieldError("DABenchmarkEntry", "arena")
        return value

    @arena.setter
    def arena(self, value: str) -> None:
        self._arena = value

    @property
    def category(self) -> str:
        value: Any = self._category
        if value is UNSET:
            raise MissingFieldError("DABenchmarkEntry", "category")
        return value

    @category.setter
    def category(self, value: str) -> None:
        self._category = value

    @property
    def elo(self) -> float:
        value: Any = self._elo
        if value is UNSET:
            raise MissingFieldError("DABenchmarkEntry", "elo")
        return value

    @elo.setter
    def elo(self, value: float) -> None:
        self._elo = value

    @property
    def rank(self) -> int:
        value: Any = self._rank
        if value is UNSET:
            raise MissingFieldError("DABenchmarkEntry", "rank")
        return value

    @rank.setter
    def rank(self, value: int) -> None:
        self._rank = value

    @property
    def win_rate(self) -> float:
        value: Any = self._win_rate
        if value is UNSET:
            raise MissingFieldError("DABenchmarkEntry", "win_rate")
        return value

    @win_rate.setter
    def win_rate(self, value: float) -> None:
        self._win_rate = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"arena={self._arena!r}, "
            f"category={self._category!r}, "
            f"elo={self._elo!r}, "
            f"rank={self._rank!r}, "
            f"win_rate={self._win_rate!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        arena: Any = self._arena

        category: Any = self._category

        elo: Any = self._elo

        rank: Any = self._rank

        win_rate: Any = self._win_rate

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"DABenchmarkEntry is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        arena = d.get("arena", UNSET)

        category = d.get("category", UNSET)

        elo = d.get("elo", UNSET)

        rank = d.get("rank", UNSET)

        win_rate = d.get("win_rate", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        da_benchmark_entry = cls(
            arena,
            category,
            elo,
            rank,
            win_rate,
        )

        if not _DECLARED_KEYS.issuperset(d):
            da_benchmark_entry.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
