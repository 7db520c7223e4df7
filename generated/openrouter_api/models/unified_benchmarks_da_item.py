from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_da_item_source import UnifiedBenchmarksDAItemSource
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing
    from ..models.unified_benchmarks_da_item_tournament_stats import UnifiedBenchmarksDAItemTournamentStats

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, UnifiedBenchmarkPricing, UnifiedBenchmarksDAItemTournamentStats
    if _lazy_imports_resolved:
        return
    from ..models.unified_benchmark_pricing import UnifiedBenchmarkPricing  # noqa: PLC0415
    from ..models.unified_benchmarks_da_item_tournament_stats import UnifiedBenchmarksDAItemTournamentStats  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UnifiedBenchmarksDAItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "arena",
        "avg_generation_time_ms",
        "category",
        "display_name",
        "elo",
        "model_permaslug",
        "pricing",
        "source",
        "tournament_stats",
        "win_rate",
    }
)


@_attrs_define(repr=False)
class UnifiedBenchmarksDAItem:
    """
    Example:
        {'arena': 'models', 'avg_generation_time_ms': 3200, 'category': 'codecategories', 'display_name': 'Claude Sonnet
            4', 'elo': 1423, 'model_permaslug': 'anthropic/claude-sonnet-4', 'pricing': {'completion': '0.000015', 'prompt':
            '0.000003'}, 'source': 'design-arena', 'tournament_stats': {'first_place': 12, 'fourth_place': 2,
            'second_place': 8, 'third_place': 5, 'total': 27}, 'win_rate': 72}

    Attributes:
        arena (str): Arena this ranking belongs to. Example: models.
        avg_generation_time_ms (float | None): Average generation time in milliseconds. Example: 3200.
        category (str): Category within the arena. Example: codecategories.
        display_name (str): Human-readable model name from Design Arena. Example: Claude Sonnet 4.
        elo (float): ELO rating from head-to-head arena battles. Example: 1423.
        model_permaslug (str): Stable OpenRouter model identifier when mapped; otherwise the upstream Design Arena model
            id. Example: anthropic/claude-sonnet-4.
        pricing (None | UnifiedBenchmarkPricing):
        source (UnifiedBenchmarksDAItemSource): Benchmark source discriminator.
        tournament_stats (UnifiedBenchmarksDAItemTournamentStats): Placement distribution from tournament matches.
        win_rate (float): Win rate as a percentage (0–100). Example: 72.
    """

    _arena: str = _attrs_field(alias="arena")
    _avg_generation_time_ms: float | None = _attrs_field(alias="avg_generation_time_ms")
    _category: str = _attrs_field(alias="category")
    _display_name: str = _attrs_field(alias="display_name")
    _elo: float = _attrs_field(alias="elo")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _pricing: None | UnifiedBenchmarkPricing = _attrs_field(alias="pricing")
    _source: UnifiedBenchmarksDAItemSource = _attrs_field(alias="source")
    _tournament_stats: UnifiedBenchmarksDAItemTournamentStats = _attrs_field(alias="tournament_stats")
    _win_rate: float = _attrs_field(alias="win_rate")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arena(self) -> str:
        value: Any = self._arena
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "arena")
        return value

    @arena.setter
    def arena(self, value: str) -> None:
        self._arena = value

    @property
    def avg_generation_time_ms(self) -> float | None:
        value: Any = self._avg_generation_time_ms
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "avg_generation_time_ms")
        return value

    @avg_generation_time_ms.setter
    def avg_generation_time_ms(self, value: float | None) -> None:
        self._avg_generation_time_ms = value

    @property
    def category(self) -> str:
        value: Any = self._category
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "category")
        return value

    @category.setter
    def category(self, value: str) -> None:
        self._category = value

    @property
    def display_name(self) -> str:
        value: Any = self._display_name
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "display_name")
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._display_name = value

    @property
    def elo(self) -> float:
        value: Any = self._elo
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "elo")
        return value

    @elo.setter
    def elo(self, value: float) -> None:
        self._elo = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def pricing(self) -> None | UnifiedBenchmarkPricing:
        value: Any = self._pricing
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "pricing")
        return value

    @pricing.setter
    def pricing(self, value: None | UnifiedBenchmarkPricing) -> None:
        self._pricing = value

    @property
    def source(self) -> UnifiedBenchmarksDAItemSource:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "source")
        return value

    @source.setter
    def source(self, value: UnifiedBenchmarksDAItemSource) -> None:
        self._source = value

    @property
    def tournament_stats(self) -> UnifiedBenchmarksDAItemTournamentStats:
        value: Any = self._tournament_stats
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "tournament_stats")
        return value

    @tournament_stats.setter
    def tournament_stats(self, value: UnifiedBenchmarksDAItemTournamentStats) -> None:
        self._tournament_stats = value

    @property
    def win_rate(self) -> float:
        value: Any = self._win_rate
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksDAItem", "win_rate")
        return value

    @win_rate.setter
    def win_rate(self, value: float) -> None:
        self._win_rate = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"arena={self._arena!r}, "
            f"avg_generation_time_ms={self._avg_generation_time_ms!r}, "
            f"category={self._category!r}, "
            f"display_name={self._display_name!r}, "
            f"elo={self._elo!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"pricing={self._pricing!r}, "
            f"source={self._source!r}, "
            f"tournament_stats={self._tournament_stats!r}, "
            f"win_rate={self._win_rate!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        arena: Any = self._arena

        avg_generation_time_ms: Any = self._avg_generation_time_ms

        category: Any = self._category

        display_name: Any = self._display_name

        elo: Any = self._elo

        model_permaslug: Any = self._model_permaslug

        pricing: Any = self._pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            if isinstance(self._pricing, UnifiedBenchmarkPricing):
                pricing = self._pricing.to_dict()
            else:
                pricing = self._pricing

        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            source = self._source.value

        tournament_stats: Any = self._tournament_stats
        if not (isinstance(tournament_stats, Unset) or tournament_stats is None):
            tournament_stats = self._tournament_stats.to_dict()

        win_rate: Any = self._win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if arena is not UNSET:
            field_dict["arena"] = arena
        if avg_generation_time_ms is not UNSET:
            field_dict["avg_generation_time_ms"] = avg_generation_time_ms
        if category is not UNSET:
            field_dict["category"] = category
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if elo is not UNSET:
            field_dict["elo"] = elo
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if source is not UNSET:
            field_dict["source"] = source
        if tournament_stats is not UNSET:
            field_dict["tournament_stats"] = tournament_stats
        if win_rate is not UNSET:
            field_dict["win_rate"] = win_rate

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksDAItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "arena" not in data:
            return False
        if "avg_generation_time_ms" not in data:
            return False
        if "category" not in data:
            return False
        if "display_name" not in data:
            return False
        if "elo" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "pricing" not in data:
            return False
        if "source" not in data:
            return False
        if "source" in data and not UnifiedBenchmarksDAItemSource.is_known(data["source"]):
            return False
        if "tournament_stats" not in data:
            return False
        if "win_rate" not in data:
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
                    f"UnifiedBenchmarksDAItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            arena = d.get("arena", UNSET)

            avg_generation_time_ms = d.get("avg_generation_time_ms", UNSET)

            category = d.get("category", UNSET)

            display_name = d.get("display_name", UNSET)

            elo = d.get("elo", UNSET)

            model_permaslug = d.get("model_permaslug", UNSET)

            _field = "pricing"
            _raw_pricing = d.get("pricing", UNSET)
            pricing: Any = _raw_pricing
            if _raw_pricing is not None and _raw_pricing is not UNSET:
                pricing = (
                    UnifiedBenchmarkPricing.from_dict(_raw_pricing)
                    if type(_raw_pricing) is dict
                    else _parse_pricing(_raw_pricing)
                )

            _field = "source"
            _raw_source = d.get("source", UNSET)
            source: Any = _raw_source
            if _raw_source is not None and _raw_source is not UNSET:
                source = UnifiedBenchmarksDAItemSource._value2member_map_.get(
                    _raw_source
                ) or UnifiedBenchmarksDAItemSource._parse(_raw_source)

            _field = "tournament_stats"
            _raw_tournament_stats = d.get("tournament_stats", UNSET)
            tournament_stats: Any = _raw_tournament_stats
            if _raw_tournament_stats is not None and _raw_tournament_stats is not UNSET:
                tournament_stats = UnifiedBenchmarksDAItemTournamentStats.from_dict(_raw_tournament_stats)

            win_rate = d.get("win_rate", UNSET)

        except FieldParseError as error:
            raise error.within("UnifiedBenchmarksDAItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UnifiedBenchmarksDAItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_da_item = cls(
            arena,
            avg_generation_time_ms,
            category,
            display_name,
            elo,
            model_permaslug,
            pricing,
            source,
            tournament_stats,
            win_rate,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_da_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return unified_benchmarks_da_item

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


UnifiedBenchmarksDAItem.__annotations__ = ResolvingAnnotations(
    UnifiedBenchmarksDAItem.__annotations__, _resolve_lazy_imports
)


def _parse_pricing(data: object) -> None | UnifiedBenchmarkPricing:
    if data is None:
        return data
    if UnifiedBenchmarkPricing._matches(data):
        try:
            pricing_type_0 = UnifiedBenchmarkPricing.from_dict(data)

            return pricing_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_type_0 = UnifiedBenchmarkPricing.from_dict(data)

        return pricing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | UnifiedBenchmarkPricing", data)
