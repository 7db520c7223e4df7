from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_meta_source_type_1 import UnifiedBenchmarksMetaSourceType1
from ..models.unified_benchmarks_meta_source_type_2_type_1 import UnifiedBenchmarksMetaSourceType2Type1
from ..models.unified_benchmarks_meta_source_type_3_type_1 import UnifiedBenchmarksMetaSourceType3Type1
from ..models.unified_benchmarks_meta_version import UnifiedBenchmarksMetaVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnifiedBenchmarksMeta")


@_attrs_define
class UnifiedBenchmarksMeta:
    """
    Example:
        {'as_of': '2026-06-03T12:00:00Z', 'citation': 'Source: Artificial Analysis (artificialanalysis.ai) via
            OpenRouter (openrouter.ai/rankings).', 'model_count': 50, 'source': 'artificial-analysis', 'source_url':
            'https://artificialanalysis.ai', 'task_type': None, 'version': 'v1'}

    Attributes:
        as_of (str): ISO-8601 timestamp of when this data was last updated. Example: 2026-06-03T12:00:00Z.
        citation (None | str): Required attribution when republishing this data, or null when results span multiple
            sources (attribute each item individually by its `source` discriminator). Example: Source: Artificial Analysis
            (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings)..
        model_count (int): Number of unique models in the response.
        source (None | UnifiedBenchmarksMetaSourceType1 | UnifiedBenchmarksMetaSourceType2Type1 |
            UnifiedBenchmarksMetaSourceType3Type1): The source filter applied, or null when all sources are returned.
            Example: artificial-analysis.
        source_url (None | str): URL of the upstream data source, or null when results span multiple sources. Example:
            https://artificialanalysis.ai.
        task_type (None | str): The task_type filter applied, or null if showing all.
        version (UnifiedBenchmarksMetaVersion): Dataset version.
    """

    as_of: str
    citation: None | str
    model_count: int
    source: (
        None
        | UnifiedBenchmarksMetaSourceType1
        | UnifiedBenchmarksMetaSourceType2Type1
        | UnifiedBenchmarksMetaSourceType3Type1
    )
    source_url: None | str
    task_type: None | str
    version: UnifiedBenchmarksMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of: Any = self.as_of

        citation: Any = self.citation
        if not (isinstance(citation, Unset) or citation is None):
            citation = self.citation

        model_count: Any = self.model_count

        source: Any = self.source
        if not (isinstance(source, Unset) or source is None):
            if isinstance(self.source, UnifiedBenchmarksMetaSourceType1):
                source = self.source.value
            elif isinstance(self.source, UnifiedBenchmarksMetaSourceType2Type1):
                source = self.source.value
            elif isinstance(self.source, UnifiedBenchmarksMetaSourceType3Type1):
                source = self.source.value
            else:
                source = self.source

        source_url: Any = self.source_url
        if not (isinstance(source_url, Unset) or source_url is None):
            source_url = self.source_url

        task_type: Any = self.task_type
        if not (isinstance(task_type, Unset) or task_type is None):
            task_type = self.task_type

        version: Any = self.version
        if not (isinstance(version, Unset) or version is None):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if citation is not UNSET:
            field_dict["citation"] = citation
        if model_count is not UNSET:
            field_dict["model_count"] = model_count
        if source is not UNSET:
            field_dict["source"] = source
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksMeta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "as_of" not in data:
            return False
        if "citation" not in data:
            return False
        if "model_count" not in data:
            return False
        if "source" not in data:
            return False
        if "source_url" not in data:
            return False
        if "task_type" not in data:
            return False
        if "version" not in data:
            return False
        if "version" in data and not UnifiedBenchmarksMetaVersion.is_known(data["version"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = d.pop("as_of", UNSET)

        citation = d.pop("citation", UNSET)

        model_count = d.pop("model_count", UNSET)

        _raw_source = d.pop("source", UNSET)
        source: Any = _raw_source
        if _raw_source is not None and _raw_source is not UNSET:
            source = _parse_source(_raw_source)

        source_url = d.pop("source_url", UNSET)

        task_type = d.pop("task_type", UNSET)

        _raw_version = d.pop("version", UNSET)
        version: Any = _raw_version
        if _raw_version is not None and _raw_version is not UNSET:
            version = UnifiedBenchmarksMetaVersion._parse(_raw_version)

        unified_benchmarks_meta = cls(
            as_of=as_of,
            citation=citation,
            model_count=model_count,
            source=source,
            source_url=source_url,
            task_type=task_type,
            version=version,
        )

        unified_benchmarks_meta.additional_properties = d
        return unified_benchmarks_meta

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


def _parse_source(
    data: object,
) -> (
    None
    | UnifiedBenchmarksMetaSourceType1
    | UnifiedBenchmarksMetaSourceType2Type1
    | UnifiedBenchmarksMetaSourceType3Type1
):
    if data is None:
        return data
    if UnifiedBenchmarksMetaSourceType1.is_known(data):
        try:
            source_type_1 = UnifiedBenchmarksMetaSourceType1._parse(data)

            return source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksMetaSourceType2Type1.is_known(data):
        try:
            source_type_2_type_1 = UnifiedBenchmarksMetaSourceType2Type1._parse(data)

            return source_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksMetaSourceType3Type1.is_known(data):
        try:
            source_type_3_type_1 = UnifiedBenchmarksMetaSourceType3Type1._parse(data)

            return source_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_1 = UnifiedBenchmarksMetaSourceType1._parse(data)

        return source_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_2_type_1 = UnifiedBenchmarksMetaSourceType2Type1._parse(data)

        return source_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_3_type_1 = UnifiedBenchmarksMetaSourceType3Type1._parse(data)

        return source_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | UnifiedBenchmarksMetaSourceType1 | UnifiedBenchmarksMetaSourceType2Type1 | UnifiedBenchmarksMetaSourceType3Type1",
        data,
    )
