from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        UnifiedBenchmarksAAItem, \
        UnifiedBenchmarksDAItem, \
        UnifiedBenchmarksMeta, \
        UnifiedBenchmarksORItem, \
        UnifiedBenchmarksSearchItem
    if _lazy_imports_resolved:
        return
    from ..models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem  # noqa: PLC0415
    from ..models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem  # noqa: PLC0415
    from ..models.unified_benchmarks_meta import UnifiedBenchmarksMeta  # noqa: PLC0415
    from ..models.unified_benchmarks_or_item import UnifiedBenchmarksORItem  # noqa: PLC0415
    from ..models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="UnifiedBenchmarksResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "meta"})


@_attrs_define(repr=False)
class UnifiedBenchmarksResponse:
    """
    Example:
        {'data': [{'agentic_index': 58.3, 'coding_index': 65.8, 'display_name': 'GPT-4o', 'intelligence_index': 71.2,
            'model_permaslug': 'openai/gpt-4o', 'pricing': {'completion': '0.00001', 'prompt': '0.0000025'}, 'source':
            'artificial-analysis'}, {'accuracy': 0.72, 'accuracy_stddev': 0.03, 'avg_cost_per_task': 0.002,
            'benchmark_type': 'gpqa_diamond', 'display_name': 'GPT-4o', 'last_run_timestamp': '2026-06-03T12:00:00Z',
            'model_permaslug': 'openai/gpt-4o', 'source': 'openrouter', 'total_tasks': 300}], 'meta': {'as_of':
            '2026-06-03T12:00:00Z', 'citation': None, 'model_count': 1, 'source': None, 'source_url': None, 'task_type':
            None, 'version': 'v1'}}

    Attributes:
        data (list[UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem |
            UnifiedBenchmarksSearchItem]):
        meta (UnifiedBenchmarksMeta):  Example: {'as_of': '2026-06-03T12:00:00Z', 'citation': 'Source: Artificial
            Analysis (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings).', 'model_count': 50, 'source':
            'artificial-analysis', 'source_url': 'https://artificialanalysis.ai', 'task_type': None, 'version': 'v1'}.
    """

    _data: list[
        UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem
    ] = _attrs_field(alias="data")
    _meta: UnifiedBenchmarksMeta = _attrs_field(alias="meta")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(
        self,
    ) -> list[
        UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem
    ]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksResponse", "data")
        return value

    @data.setter
    def data(
        self,
        value: list[
            UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem
        ],
    ) -> None:
        self._data = value

    @property
    def meta(self) -> UnifiedBenchmarksMeta:
        value: Any = self._meta
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksResponse", "meta")
        return value

    @meta.setter
    def meta(self, value: UnifiedBenchmarksMeta) -> None:
        self._meta = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"meta={self._meta!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, UnifiedBenchmarksAAItem):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UnifiedBenchmarksDAItem):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, UnifiedBenchmarksORItem):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        meta: Any = self._meta
        if not (isinstance(meta, Unset) or meta is None):
            meta = self._meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "meta" not in data:
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
                    f"UnifiedBenchmarksResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [_parse_data_item(data_item_data) for data_item_data in _raw_data]

            _field = "meta"
            _raw_meta = d.get("meta", UNSET)
            meta: Any = _raw_meta
            if _raw_meta is not None and _raw_meta is not UNSET:
                meta = UnifiedBenchmarksMeta.from_dict(_raw_meta)

        except FieldParseError as error:
            raise error.within("UnifiedBenchmarksResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UnifiedBenchmarksResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_response = cls(
            data,
            meta,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return unified_benchmarks_response

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


UnifiedBenchmarksResponse.__annotations__ = ResolvingAnnotations(
    UnifiedBenchmarksResponse.__annotations__, _resolve_lazy_imports
)


def _parse_data_item(
    data: object,
) -> UnifiedBenchmarksAAItem | UnifiedBenchmarksDAItem | UnifiedBenchmarksORItem | UnifiedBenchmarksSearchItem:
    if UnifiedBenchmarksAAItem._matches(data):
        try:
            data_item_type_0 = UnifiedBenchmarksAAItem.from_dict(data)

            return data_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksDAItem._matches(data):
        try:
            data_item_type_1 = UnifiedBenchmarksDAItem.from_dict(data)

            return data_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksORItem._matches(data):
        try:
            data_item_type_2 = UnifiedBenchmarksORItem.from_dict(data)

            return data_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksSearchItem._matches(data):
        try:
            data_item_type_3 = UnifiedBenchmarksSearchItem.from_dict(data)

            return data_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_item_type_0 = UnifiedBenchmarksAAItem.from_dict(data)

        return data_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_item_type_1 = UnifiedBenchmarksDAItem.from_dict(data)

        return data_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        data_item_type_2 = UnifiedBenchmarksORItem.from_dict(data)

        return data_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    data_item_type_3 = UnifiedBenchmarksSearchItem.from_dict(data)

    return data_item_type_3
