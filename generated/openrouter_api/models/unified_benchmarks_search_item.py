from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_search_item_benchmark_type import UnifiedBenchmarksSearchItemBenchmarkType
from ..models.unified_benchmarks_search_item_primary_metric import UnifiedBenchmarksSearchItemPrimaryMetric
from ..models.unified_benchmarks_search_item_search_surface import UnifiedBenchmarksSearchItemSearchSurface
from ..models.unified_benchmarks_search_item_source import UnifiedBenchmarksSearchItemSource
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, UnifiedBenchmarksSearchRunConfig
    if _lazy_imports_resolved:
        return
    from ..models.unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UnifiedBenchmarksSearchItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "avg_cost_per_task",
        "avg_latency_per_task_ms",
        "benchmark_type",
        "display_name",
        "last_run_timestamp",
        "model_permaslug",
        "primary_metric",
        "primary_score",
        "search_engine",
        "search_surface",
        "source",
        "total_tasks",
        "run_config",
    }
)


@_attrs_define(repr=False)
class UnifiedBenchmarksSearchItem:
    """
    Attributes:
        avg_cost_per_task (float | None): Average cost per task in USD, or null if unavailable. Example: 0.031.
        avg_latency_per_task_ms (float | None): Average wall-clock latency per task in milliseconds, or null if
            unavailable. Example: 45210.
        benchmark_type (UnifiedBenchmarksSearchItemBenchmarkType): OpenRouter search benchmark. Example:
            search_browsecomp.
        display_name (str): Human-readable model name. Example: GPT-4o.
        last_run_timestamp (str): Timestamp of the newest qualifying run in the published configuration's lane. Example:
            2026-07-28T13:38:18Z.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        primary_metric (UnifiedBenchmarksSearchItemPrimaryMetric): Identifies the meaning of `primary_score`:
            `f1_by_item` for WideSearch, `accuracy` for all other search benchmarks. Example: accuracy.
        primary_score (float): The benchmark's headline score from 0 to 1. Its meaning is identified by
            `primary_metric`: item-weighted F1 for WideSearch or strict accuracy for the other search benchmarks. Higher is
            better. Example: 0.72.
        search_engine (str): Search engine the published configuration used. Example: exa.
        search_surface (UnifiedBenchmarksSearchItemSearchSurface): Request surface the published configuration went
            through. Example: server-tool.
        source (UnifiedBenchmarksSearchItemSource): Benchmark source discriminator.
        total_tasks (int): Tasks evaluated across the published configuration's runs. Example: 100.
        run_config (UnifiedBenchmarksSearchRunConfig | Unset): Published lane configuration, included only when
            include_run_config=true. Only the agent turn count, reasoning effort, and temperature are exposed; other harness
            settings are intentionally not part of the public contract.
    """

    _avg_cost_per_task: float | None = _attrs_field(alias="avg_cost_per_task")
    _avg_latency_per_task_ms: float | None = _attrs_field(alias="avg_latency_per_task_ms")
    _benchmark_type: UnifiedBenchmarksSearchItemBenchmarkType = _attrs_field(alias="benchmark_type")
    _display_name: str = _attrs_field(alias="display_name")
    _last_run_timestamp: str = _attrs_field(alias="last_run_timestamp")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _primary_metric: UnifiedBenchmarksSearchItemPrimaryMetric = _attrs_field(alias="primary_metric")
    _primary_score: float = _attrs_field(alias="primary_score")
    _search_engine: str = _attrs_field(alias="search_engine")
    _search_surface: UnifiedBenchmarksSearchItemSearchSurface = _attrs_field(alias="search_surface")
    _source: UnifiedBenchmarksSearchItemSource = _attrs_field(alias="source")
    _total_tasks: int = _attrs_field(alias="total_tasks")
    run_config: UnifiedBenchmarksSearchRunConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def avg_cost_per_task(self) -> float | None:
        value: Any = self._avg_cost_per_task
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "avg_cost_per_task")
        return value

    @avg_cost_per_task.setter
    def avg_cost_per_task(self, value: float | None) -> None:
        self._avg_cost_per_task = value

    @property
    def avg_latency_per_task_ms(self) -> float | None:
        value: Any = self._avg_latency_per_task_ms
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "avg_latency_per_task_ms")
        return value

    @avg_latency_per_task_ms.setter
    def avg_latency_per_task_ms(self, value: float | None) -> None:
        self._avg_latency_per_task_ms = value

    @property
    def benchmark_type(self) -> UnifiedBenchmarksSearchItemBenchmarkType:
        value: Any = self._benchmark_type
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "benchmark_type")
        return value

    @benchmark_type.setter
    def benchmark_type(self, value: UnifiedBenchmarksSearchItemBenchmarkType) -> None:
        self._benchmark_type = value

    @property
    def display_name(self) -> str:
        value: Any = self._display_name
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "display_name")
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._display_name = value

    @property
    def last_run_timestamp(self) -> str:
        value: Any = self._last_run_timestamp
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "last_run_timestamp")
        return value

    @last_run_timestamp.setter
    def last_run_timestamp(self, value: str) -> None:
        self._last_run_timestamp = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def primary_metric(self) -> UnifiedBenchmarksSearchItemPrimaryMetric:
        value: Any = self._primary_metric
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "primary_metric")
        return value

    @primary_metric.setter
    def primary_metric(self, value: UnifiedBenchmarksSearchItemPrimaryMetric) -> None:
        self._primary_metric = value

    @property
    def primary_score(self) -> float:
        value: Any = self._primary_score
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "primary_score")
        return value

    @primary_score.setter
    def primary_score(self, value: float) -> None:
        self._primary_score = value

    @property
    def search_engine(self) -> str:
        value: Any = self._search_engine
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "search_engine")
        return value

    @search_engine.setter
    def search_engine(self, value: str) -> None:
        self._search_engine = value

    @property
    def search_surface(self) -> UnifiedBenchmarksSearchItemSearchSurface:
        value: Any = self._search_surface
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "search_surface")
        return value

    @search_surface.setter
    def search_surface(self, value: UnifiedBenchmarksSearchItemSearchSurface) -> None:
        self._search_surface = value

    @property
    def source(self) -> UnifiedBenchmarksSearchItemSource:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "source")
        return value

    @source.setter
    def source(self, value: UnifiedBenchmarksSearchItemSource) -> None:
        self._source = value

    @property
    def total_tasks(self) -> int:
        value: Any = self._total_tasks
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchItem", "total_tasks")
        return value

    @total_tasks.setter
    def total_tasks(self, value: int) -> None:
        self._total_tasks = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"avg_cost_per_task={self._avg_cost_per_task!r}, "
            f"avg_latency_per_task_ms={self._avg_latency_per_task_ms!r}, "
            f"benchmark_type={self._benchmark_type!r}, "
            f"display_name={self._display_name!r}, "
            f"last_run_timestamp={self._last_run_timestamp!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"primary_metric={self._primary_metric!r}, "
            f"primary_score={self._primary_score!r}, "
            f"search_engine={self._search_engine!r}, "
            f"search_surface={self._search_surface!r}, "
            f"source={self._source!r}, "
            f"total_tasks={self._total_tasks!r}, "
            f"run_config={self.run_config!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        avg_cost_per_task: Any = self._avg_cost_per_task

        avg_latency_per_task_ms: Any = self._avg_latency_per_task_ms

        benchmark_type: Any = self._benchmark_type
        if not (isinstance(benchmark_type, Unset) or benchmark_type is None):
            benchmark_type = self._benchmark_type.value

        display_name: Any = self._display_name

        last_run_timestamp: Any = self._last_run_timestamp

        model_permaslug: Any = self._model_permaslug

        primary_metric: Any = self._primary_metric
        if not (isinstance(primary_metric, Unset) or primary_metric is None):
            primary_metric = self._primary_metric.value

        primary_score: Any = self._primary_score

        search_engine: Any = self._search_engine

        search_surface: Any = self._search_surface
        if not (isinstance(search_surface, Unset) or search_surface is None):
            search_surface = self._search_surface.value

        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            source = self._source.value

        total_tasks: Any = self._total_tasks

        run_config: Any = self.run_config
        if not (isinstance(run_config, Unset) or run_config is None):
            run_config = run_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if avg_cost_per_task is not UNSET:
            field_dict["avg_cost_per_task"] = avg_cost_per_task
        if avg_latency_per_task_ms is not UNSET:
            field_dict["avg_latency_per_task_ms"] = avg_latency_per_task_ms
        if benchmark_type is not UNSET:
            field_dict["benchmark_type"] = benchmark_type
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if last_run_timestamp is not UNSET:
            field_dict["last_run_timestamp"] = last_run_timestamp
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if primary_metric is not UNSET:
            field_dict["primary_metric"] = primary_metric
        if primary_score is not UNSET:
            field_dict["primary_score"] = primary_score
        if search_engine is not UNSET:
            field_dict["search_engine"] = search_engine
        if search_surface is not UNSET:
            field_dict["search_surface"] = search_surface
        if source is not UNSET:
            field_dict["source"] = source
        if total_tasks is not UNSET:
            field_dict["total_tasks"] = total_tasks
        if run_config is not UNSET:
            field_dict["run_config"] = run_config

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksSearchItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "avg_cost_per_task" not in data:
            return False
        if "avg_latency_per_task_ms" not in data:
            return False
        if "benchmark_type" not in data:
            return False
        if "benchmark_type" in data and not UnifiedBenchmarksSearchItemBenchmarkType.is_known(data["benchmark_type"]):
            return False
        if "display_name" not in data:
            return False
        if "last_run_timestamp" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "primary_metric" not in data:
            return False
        if "primary_metric" in data and not UnifiedBenchmarksSearchItemPrimaryMetric.is_known(data["primary_metric"]):
            return False
        if "primary_score" not in data:
            return False
        if "search_engine" not in data:
            return False
        if "search_surface" not in data:
            return False
        if "search_surface" in data and not UnifiedBenchmarksSearchItemSearchSurface.is_known(data["search_surface"]):
            return False
        if "source" not in data:
            return False
        if "source" in data and not UnifiedBenchmarksSearchItemSource.is_known(data["source"]):
            return False
        if "total_tasks" not in data:
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
                    f"UnifiedBenchmarksSearchItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            avg_cost_per_task = d.get("avg_cost_per_task", UNSET)

            avg_latency_per_task_ms = d.get("avg_latency_per_task_ms", UNSET)

            _field = "benchmark_type"
            _raw_benchmark_type = d.get("benchmark_type", UNSET)
            benchmark_type: Any = _raw_benchmark_type
            if _raw_benchmark_type is not None and _raw_benchmark_type is not UNSET:
                benchmark_type = UnifiedBenchmarksSearchItemBenchmarkType._value2member_map_.get(
                    _raw_benchmark_type
                ) or UnifiedBenchmarksSearchItemBenchmarkType._parse(_raw_benchmark_type)

            display_name = d.get("display_name", UNSET)

            last_run_timestamp = d.get("last_run_timestamp", UNSET)

            model_permaslug = d.get("model_permaslug", UNSET)

            _field = "primary_metric"
            _raw_primary_metric = d.get("primary_metric", UNSET)
            primary_metric: Any = _raw_primary_metric
            if _raw_primary_metric is not None and _raw_primary_metric is not UNSET:
                primary_metric = UnifiedBenchmarksSearchItemPrimaryMetric._value2member_map_.get(
                    _raw_primary_metric
                ) or UnifiedBenchmarksSearchItemPrimaryMetric._parse(_raw_primary_metric)

            primary_score = d.get("primary_score", UNSET)

            search_engine = d.get("search_engine", UNSET)

            _field = "search_surface"
            _raw_search_surface = d.get("search_surface", UNSET)
            search_surface: Any = _raw_search_surface
            if _raw_search_surface is not None and _raw_search_surface is not UNSET:
                search_surface = UnifiedBenchmarksSearchItemSearchSurface._value2member_map_.get(
                    _raw_search_surface
                ) or UnifiedBenchmarksSearchItemSearchSurface._parse(_raw_search_surface)

            _field = "source"
            _raw_source = d.get("source", UNSET)
            source: Any = _raw_source
            if _raw_source is not None and _raw_source is not UNSET:
                source = UnifiedBenchmarksSearchItemSource._value2member_map_.get(
                    _raw_source
                ) or UnifiedBenchmarksSearchItemSource._parse(_raw_source)

            total_tasks = d.get("total_tasks", UNSET)

            _field = "run_config"
            _raw_run_config = d.get("run_config", UNSET)
            run_config: Any = _raw_run_config
            if _raw_run_config is not None and _raw_run_config is not UNSET:
                run_config = UnifiedBenchmarksSearchRunConfig.from_dict(_raw_run_config)

        except FieldParseError as error:
            raise error.within("UnifiedBenchmarksSearchItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UnifiedBenchmarksSearchItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_search_item = cls(
            avg_cost_per_task,
            avg_latency_per_task_ms,
            benchmark_type,
            display_name,
            last_run_timestamp,
            model_permaslug,
            primary_metric,
            primary_score,
            search_engine,
            search_surface,
            source,
            total_tasks,
            run_config,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_search_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return unified_benchmarks_search_item

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


UnifiedBenchmarksSearchItem.__annotations__ = ResolvingAnnotations(
    UnifiedBenchmarksSearchItem.__annotations__, _resolve_lazy_imports
)
