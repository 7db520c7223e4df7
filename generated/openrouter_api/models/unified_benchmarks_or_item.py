from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_or_item_benchmark_type import UnifiedBenchmarksORItemBenchmarkType
from ..models.unified_benchmarks_or_item_source import UnifiedBenchmarksORItemSource
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="UnifiedBenchmarksORItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "accuracy",
        "accuracy_stddev",
        "avg_cost_per_task",
        "benchmark_type",
        "display_name",
        "last_run_timestamp",
        "model_permaslug",
        "source",
        "total_tasks",
    }
)


@_attrs_define(repr=False)
class UnifiedBenchmarksORItem:
    """
    Example:
        {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002, 'benchmark_type': 'gpqa_diamond',
            'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z', 'model_permaslug': 'openai/gpt-4o',
            'source': 'openrouter', 'total_tasks': 300}

    Attributes:
        accuracy (float): Aggregate accuracy score from 0 to 1. Higher is better. Example: 0.72.
        accuracy_stddev (float | None): Standard deviation of run accuracy, or null for a single run. Example: 0.03.
        avg_cost_per_task (float | None): Average cost per task in USD, or null if unavailable. Example: 0.002.
        benchmark_type (UnifiedBenchmarksORItemBenchmarkType): OpenRouter benchmark evaluation type. Example:
            gpqa_diamond.
        display_name (str): Human-readable model name. Example: GPT-4o.
        last_run_timestamp (str): Timestamp of the most recent public benchmark run. Example: 2026-06-03T12:00:00Z.
        model_permaslug (str): Stable OpenRouter model identifier. Example: openai/gpt-4o.
        source (UnifiedBenchmarksORItemSource): Benchmark source discriminator.
        total_tasks (int): Total benchmark tasks across runs. Example: 300.
    """

    _accuracy: float = _attrs_field(alias="accuracy")
    _accuracy_stddev: float | None = _attrs_field(alias="accuracy_stddev")
    _avg_cost_per_task: float | None = _attrs_field(alias="avg_cost_per_task")
    _benchmark_type: UnifiedBenchmarksORItemBenchmarkType = _attrs_field(alias="benchmark_type")
    _display_name: str = _attrs_field(alias="display_name")
    _last_run_timestamp: str = _attrs_field(alias="last_run_timestamp")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _source: UnifiedBenchmarksORItemSource = _attrs_field(alias="source")
    _total_tasks: int = _attrs_field(alias="total_tasks")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def accuracy(self) -> float:
        value: Any = self._accuracy
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "accuracy")
        return value

    @accuracy.setter
    def accuracy(self, value: float) -> None:
        self._accuracy = value

    @property
    def accuracy_stddev(self) -> float | None:
        value: Any = self._accuracy_stddev
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "accuracy_stddev")
        return value

    @accuracy_stddev.setter
    def accuracy_stddev(self, value: float | None) -> None:
        self._accuracy_stddev = value

    @property
    def avg_cost_per_task(self) -> float | None:
        value: Any = self._avg_cost_per_task
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "avg_cost_per_task")
        return value

    @avg_cost_per_task.setter
    def avg_cost_per_task(self, value: float | None) -> None:
        self._avg_cost_per_task = value

    @property
    def benchmark_type(self) -> UnifiedBenchmarksORItemBenchmarkType:
        value: Any = self._benchmark_type
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "benchmark_type")
        return value

    @benchmark_type.setter
    def benchmark_type(self, value: UnifiedBenchmarksORItemBenchmarkType) -> None:
        self._benchmark_type = value

    @property
    def display_name(self) -> str:
        value: Any = self._display_name
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "display_name")
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._display_name = value

    @property
    def last_run_timestamp(self) -> str:
        value: Any = self._last_run_timestamp
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "last_run_timestamp")
        return value

    @last_run_timestamp.setter
    def last_run_timestamp(self, value: str) -> None:
        self._last_run_timestamp = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def source(self) -> UnifiedBenchmarksORItemSource:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "source")
        return value

    @source.setter
    def source(self, value: UnifiedBenchmarksORItemSource) -> None:
        self._source = value

    @property
    def total_tasks(self) -> int:
        value: Any = self._total_tasks
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksORItem", "total_tasks")
        return value

    @total_tasks.setter
    def total_tasks(self, value: int) -> None:
        self._total_tasks = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"accuracy={self._accuracy!r}, "
            f"accuracy_stddev={self._accuracy_stddev!r}, "
            f"avg_cost_per_task={self._avg_cost_per_task!r}, "
            f"benchmark_type={self._benchmark_type!r}, "
            f"display_name={self._display_name!r}, "
            f"last_run_timestamp={self._last_run_timestamp!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"source={self._source!r}, "
            f"total_tasks={self._total_tasks!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        accuracy: Any = self._accuracy

        accuracy_stddev: Any = self._accuracy_stddev

        avg_cost_per_task: Any = self._avg_cost_per_task

        benchmark_type: Any = self._benchmark_type
        if not (isinstance(benchmark_type, Unset) or benchmark_type is None):
            benchmark_type = self._benchmark_type.value

        display_name: Any = self._display_name

        last_run_timestamp: Any = self._last_run_timestamp

        model_permaslug: Any = self._model_permaslug

        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            source = self._source.value

        total_tasks: Any = self._total_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if accuracy_stddev is not UNSET:
            field_dict["accuracy_stddev"] = accuracy_stddev
        if avg_cost_per_task is not UNSET:
            field_dict["avg_cost_per_task"] = avg_cost_per_task
        if benchmark_type is not UNSET:
            field_dict["benchmark_type"] = benchmark_type
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if last_run_timestamp is not UNSET:
            field_dict["last_run_timestamp"] = last_run_timestamp
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if source is not UNSET:
            field_dict["source"] = source
        if total_tasks is not UNSET:
            field_dict["total_tasks"] = total_tasks

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksORItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "accuracy" not in data:
            return False
        if "accuracy_stddev" not in data:
            return False
        if "avg_cost_per_task" not in data:
            return False
        if "benchmark_type" not in data:
            return False
        if "benchmark_type" in data and not UnifiedBenchmarksORItemBenchmarkType.is_known(data["benchmark_type"]):
            return False
        if "display_name" not in data:
            return False
        if "last_run_timestamp" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "source" not in data:
            return False
        if "source" in data and not UnifiedBenchmarksORItemSource.is_known(data["source"]):
            return False
        if "total_tasks" not in data:
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
                    f"UnifiedBenchmarksORItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            accuracy = d.get("accuracy", UNSET)

            accuracy_stddev = d.get("accuracy_stddev", UNSET)

            avg_cost_per_task = d.get("avg_cost_per_task", UNSET)

            _field = "benchmark_type"
            _raw_benchmark_type = d.get("benchmark_type", UNSET)
            benchmark_type: Any = _raw_benchmark_type
            if _raw_benchmark_type is not None and _raw_benchmark_type is not UNSET:
                benchmark_type = UnifiedBenchmarksORItemBenchmarkType._value2member_map_.get(
                    _raw_benchmark_type
                ) or UnifiedBenchmarksORItemBenchmarkType._parse(_raw_benchmark_type)

            display_name = d.get("display_name", UNSET)

            last_run_timestamp = d.get("last_run_timestamp", UNSET)

            model_permaslug = d.get("model_permaslug", UNSET)

            _field = "source"
            _raw_source = d.get("source", UNSET)
            source: Any = _raw_source
            if _raw_source is not None and _raw_source is not UNSET:
                source = UnifiedBenchmarksORItemSource._value2member_map_.get(
                    _raw_source
                ) or UnifiedBenchmarksORItemSource._parse(_raw_source)

            total_tasks = d.get("total_tasks", UNSET)

        except FieldParseError as error:
            raise error.within("UnifiedBenchmarksORItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UnifiedBenchmarksORItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_or_item = cls(
            accuracy,
            accuracy_stddev,
            avg_cost_per_task,
            benchmark_type,
            display_name,
            last_run_timestamp,
            model_permaslug,
            source,
            total_tasks,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_or_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return unified_benchmarks_or_item

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
