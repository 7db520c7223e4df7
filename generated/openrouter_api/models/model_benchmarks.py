from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.aa_benchmark_entry import AABenchmarkEntry
    from ..models.da_benchmark_entry import DABenchmarkEntry

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AABenchmarkEntry, DABenchmarkEntry
    if _lazy_imports_resolved:
        return
    from ..models.aa_benchmark_entry import AABenchmarkEntry  # noqa: PLC0415
    from ..models.da_benchmark_entry import DABenchmarkEntry  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ModelBenchmarks")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"design_arena", "artificial_analysis"})


@_attrs_define(repr=False)
class ModelBenchmarks:
    """Third-party benchmark rankings for this model. Omitted when no benchmark data is available.

    Example:
        {'artificial_analysis': {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4},
            'design_arena': [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}]}

    Attributes:
        design_arena (list[DABenchmarkEntry]): Design Arena ELO rankings across arena+category pairs. Example:
            [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}].
        artificial_analysis (AABenchmarkEntry | Unset): Artificial Analysis benchmark index scores. Example:
            {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4}.
    """

    _design_arena: list[DABenchmarkEntry] = _attrs_field(alias="design_arena")
    artificial_analysis: AABenchmarkEntry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def design_arena(self) -> list[DABenchmarkEntry]:
        value: Any = self._design_arena
        if value is UNSET:
            raise MissingFieldError("ModelBenchmarks", "design_arena")
        return value

    @design_arena.setter
    def design_arena(self, value: list[DABenchmarkEntry]) -> None:
        self._design_arena = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"design_arena={self._design_arena!r}, "
            f"artificial_analysis={self.artificial_analysis!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        design_arena: Any = self._design_arena
        if not (isinstance(design_arena, Unset) or design_arena is None):
            design_arena = []
            for design_arena_item_data in self._design_arena:
                design_arena_item = design_arena_item_data.to_dict()
                design_arena.append(design_arena_item)

        artificial_analysis: Any = self.artificial_analysis
        if not (isinstance(artificial_analysis, Unset) or artificial_analysis is None):
            artificial_analysis = artificial_analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if design_arena is not UNSET:
            field_dict["design_arena"] = design_arena
        if artificial_analysis is not UNSET:
            field_dict["artificial_analysis"] = artificial_analysis

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelBenchmarks and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "design_arena" not in data:
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
                    f"ModelBenchmarks is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "design_arena"
            _raw_design_arena = d.get("design_arena", UNSET)
            design_arena: Any = _raw_design_arena
            if _raw_design_arena is not None and _raw_design_arena is not UNSET:
                design_arena = [
                    DABenchmarkEntry.from_dict(design_arena_item_data) for design_arena_item_data in _raw_design_arena
                ]

            _field = "artificial_analysis"
            _raw_artificial_analysis = d.get("artificial_analysis", UNSET)
            artificial_analysis: Any = _raw_artificial_analysis
            if _raw_artificial_analysis is not None and _raw_artificial_analysis is not UNSET:
                artificial_analysis = AABenchmarkEntry.from_dict(_raw_artificial_analysis)

        except FieldParseError as error:
            raise error.within("ModelBenchmarks", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ModelBenchmarks", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        model_benchmarks = cls(
            design_arena,
            artificial_analysis,
        )

        if not _DECLARED_KEYS.issuperset(d):
            model_benchmarks.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return model_benchmarks

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


ModelBenchmarks.__annotations__ = ResolvingAnnotations(ModelBenchmarks.__annotations__, _resolve_lazy_imports)
