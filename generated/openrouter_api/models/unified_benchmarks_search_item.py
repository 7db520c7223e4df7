from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_search_item_benchmark_type import UnifiedBenchmarksSearchItemBenchmarkType
from ..models.unified_benchmarks_search_item_primary_metric import UnifiedBenchmarksSearchItemPrimaryMetric
from ..models.unified_benchmarks_search_item_search_surface import UnifiedBenchmarksSearchItemSearchSurface
from ..models.unified_benchmarks_search_item_source import UnifiedBenchmarksSearchItemSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, UnifiedBenchmarksSearchRunConfig
    from ..models.unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UnifiedBenchmarksSearchItem")


@_attrs_define
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

    avg_cost_per_task: float | None
    avg_latency_per_task_ms: float | None
    benchmark_type: UnifiedBenchmarksSearchItemBenchmarkType
    display_name: str
    last_run_timestamp: str
    model_permaslug: str
    primary_metric: UnifiedBenchmarksSearchItemPrimaryMetric
    primary_score: float
    search_engine: str
    search_surface: UnifiedBenchmarksSearchItemSearchSurface
    source: UnifiedBenchmarksSearchItemSource
    total_tasks: int
    run_config: UnifiedBenchmarksSearchRunConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        avg_cost_per_task: Any = self.avg_cost_per_task
        if not (isinstance(avg_cost_per_task, Unset) or avg_cost_per_task is None):
            avg_cost_per_task = self.avg_cost_per_task

        avg_latency_per_task_ms: Any = self.avg_latency_per_task_ms
        if not (isinstance(avg_latency_per_task_ms, Unset) or avg_latency_per_task_ms is None):
            avg_latency_per_task_ms = self.avg_latency_per_task_ms

        benchmark_type: Any = self.benchmark_type
        if not (isinstance(benchmark_type, Unset) or benchmark_type is None):
            benchmark_type = self.benchmark_type.value

        display_name: Any = self.display_name

        last_run_timestamp: Any = self.last_run_timestamp

        model_permaslug: Any = self.model_permaslug

        primary_metric: Any = self.primary_metric
        if not (isinstance(primary_metric, Unset) or primary_metric is None):
            primary_metric = self.primary_metric.value

        primary_score: Any = self.primary_score

        search_engine: Any = self.search_engine

        search_surface: Any = self.search_surface
        if not (isinstance(search_surface, Unset) or search_surface is None):
            search_surface = self.search_surface.value

        source: Any = self.source
        if not (isinstance(source, Unset) or source is None):
            source = self.source.value

        total_tasks: Any = self.total_tasks

        run_config: Any = self.run_config
        if not (isinstance(run_config, Unset) or run_config is None):
            run_config = UNSET
            if not isinstance(self.run_config, Unset):
                run_config = self.run_config.to_dict()

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
        d = dict(src_dict)
        avg_cost_per_task = d.pop("avg_cost_per_task", UNSET)

        avg_latency_per_task_ms = d.pop("avg_latency_per_task_ms", UNSET)

        _raw_benchmark_type = d.pop("benchmark_type", UNSET)
        benchmark_type: Any = _raw_benchmark_type
        if _raw_benchmark_type is not None and _raw_benchmark_type is not UNSET:
            benchmark_type = UnifiedBenchmarksSearchItemBenchmarkType._parse(_raw_benchmark_type)

        display_name = d.pop("display_name", UNSET)

        last_run_timestamp = d.pop("last_run_timestamp", UNSET)

        model_permaslug = d.pop("model_permaslug", UNSET)

        _raw_primary_metric = d.pop("primary_metric", UNSET)
        primary_metric: Any = _raw_primary_metric
        if _raw_primary_metric is not None and _raw_primary_metric is not UNSET:
            primary_metric = UnifiedBenchmarksSearchItemPrimaryMetric._parse(_raw_primary_metric)

        primary_score = d.pop("primary_score", UNSET)

        search_engine = d.pop("search_engine", UNSET)

        _raw_search_surface = d.pop("search_surface", UNSET)
        search_surface: Any = _raw_search_surface
        if _raw_search_surface is not None and _raw_search_surface is not UNSET:
            search_surface = UnifiedBenchmarksSearchItemSearchSurface._parse(_raw_search_surface)

        _raw_source = d.pop("source", UNSET)
        source: Any = _raw_source
        if _raw_source is not None and _raw_source is not UNSET:
            source = UnifiedBenchmarksSearchItemSource._parse(_raw_source)

        total_tasks = d.pop("total_tasks", UNSET)

        _raw_run_config = d.pop("run_config", UNSET)
        run_config: Any = _raw_run_config
        if _raw_run_config is not None and _raw_run_config is not UNSET:
            _run_config = _raw_run_config
            run_config: UnifiedBenchmarksSearchRunConfig | Unset
            if isinstance(_run_config, Unset):
                run_config = UNSET
            else:
                run_config = UnifiedBenchmarksSearchRunConfig.from_dict(_run_config)

        unified_benchmarks_search_item = cls(
            avg_cost_per_task=avg_cost_per_task,
            avg_latency_per_task_ms=avg_latency_per_task_ms,
            benchmark_type=benchmark_type,
            display_name=display_name,
            last_run_timestamp=last_run_timestamp,
            model_permaslug=model_permaslug,
            primary_metric=primary_metric,
            primary_score=primary_score,
            search_engine=search_engine,
            search_surface=search_surface,
            source=source,
            total_tasks=total_tasks,
            run_config=run_config,
        )

        unified_benchmarks_search_item.additional_properties = d
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
