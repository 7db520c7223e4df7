from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unified_benchmarks_meta_source_type_1 import UnifiedBenchmarksMetaSourceType1
from ..models.unified_benchmarks_meta_source_type_2_type_1 import UnifiedBenchmarksMetaSourceType2Type1
from ..models.unified_benchmarks_meta_source_type_3_type_1 import UnifiedBenchmarksMetaSourceType3Type1
from ..models.unified_benchmarks_meta_version import UnifiedBenchmarksMetaVersion
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="UnifiedBenchmarksMeta")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"as_of", "citation", "model_count", "source", "source_url", "task_type", "version"}
)


@_attrs_define(repr=False)
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

    _as_of: str = _attrs_field(alias="as_of")
    _citation: None | str = _attrs_field(alias="citation")
    _model_count: int = _attrs_field(alias="model_count")
    _source: (
        None
        | UnifiedBenchmarksMetaSourceType1
        | UnifiedBenchmarksMetaSourceType2Type1
        | UnifiedBenchmarksMetaSourceType3Type1
    ) = _attrs_field(alias="source")
    _source_url: None | str = _attrs_field(alias="source_url")
    _task_type: None | str = _attrs_field(alias="task_type")
    _version: UnifiedBenchmarksMetaVersion = _attrs_field(alias="version")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def as_of(self) -> str:
        value: Any = self._as_of
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "as_of")
        return value

    @as_of.setter
    def as_of(self, value: str) -> None:
        self._as_of = value

    @property
    def citation(self) -> None | str:
        value: Any = self._citation
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "citation")
        return value

    @citation.setter
    def citation(self, value: None | str) -> None:
        self._citation = value

    @property
    def model_count(self) -> int:
        value: Any = self._model_count
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "model_count")
        return value

    @model_count.setter
    def model_count(self, value: int) -> None:
        self._model_count = value

    @property
    def source(
        self,
    ) -> (
        None
        | UnifiedBenchmarksMetaSourceType1
        | UnifiedBenchmarksMetaSourceType2Type1
        | UnifiedBenchmarksMetaSourceType3Type1
    ):
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "source")
        return value

    @source.setter
    def source(
        self,
        value: None
        | UnifiedBenchmarksMetaSourceType1
        | UnifiedBenchmarksMetaSourceType2Type1
        | UnifiedBenchmarksMetaSourceType3Type1,
    ) -> None:
        self._source = value

    @property
    def source_url(self) -> None | str:
        value: Any = self._source_url
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "source_url")
        return value

    @source_url.setter
    def source_url(self, value: None | str) -> None:
        self._source_url = value

    @property
    def task_type(self) -> None | str:
        value: Any = self._task_type
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "task_type")
        return value

    @task_type.setter
    def task_type(self, value: None | str) -> None:
        self._task_type = value

    @property
    def version(self) -> UnifiedBenchmarksMetaVersion:
        value: Any = self._version
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksMeta", "version")
        return value

    @version.setter
    def version(self, value: UnifiedBenchmarksMetaVersion) -> None:
        self._version = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"as_of={self._as_of!r}, "
            f"citation={self._citation!r}, "
            f"model_count={self._model_count!r}, "
            f"source={self._source!r}, "
            f"source_url={self._source_url!r}, "
            f"task_type={self._task_type!r}, "
            f"version={self._version!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        as_of: Any = self._as_of

        citation: Any = self._citation

        model_count: Any = self._model_count

        source: Any = self._source
        if not (isinstance(source, Unset) or source is None):
            if isinstance(self._source, UnifiedBenchmarksMetaSourceType1):
                source = self._source.value
            elif isinstance(self._source, UnifiedBenchmarksMetaSourceType2Type1):
                source = self._source.value
            elif isinstance(self._source, UnifiedBenchmarksMetaSourceType3Type1):
                source = self._source.value
            else:
                source = self._source

        source_url: Any = self._source_url

        task_type: Any = self._task_type

        version: Any = self._version
        if not (isinstance(version, Unset) or version is None):
            version = self._version.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"UnifiedBenchmarksMeta is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            as_of = d.get("as_of", UNSET)

            citation = d.get("citation", UNSET)

            model_count = d.get("model_count", UNSET)

            _field = "source"
            _raw_source = d.get("source", UNSET)
            source: Any = _raw_source
            if _raw_source is not None and _raw_source is not UNSET:
                source = _parse_source(_raw_source)

            source_url = d.get("source_url", UNSET)

            task_type = d.get("task_type", UNSET)

            _field = "version"
            _raw_version = d.get("version", UNSET)
            version: Any = _raw_version
            if _raw_version is not None and _raw_version is not UNSET:
                version = UnifiedBenchmarksMetaVersion._value2member_map_.get(
                    _raw_version
                ) or UnifiedBenchmarksMetaVersion._parse(_raw_version)

        except FieldParseError as error:
            raise error.within("UnifiedBenchmarksMeta", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UnifiedBenchmarksMeta", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_meta = cls(
            as_of,
            citation,
            model_count,
            source,
            source_url,
            task_type,
            version,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_meta.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
            source_type_1 = UnifiedBenchmarksMetaSourceType1._value2member_map_.get(
                data
            ) or UnifiedBenchmarksMetaSourceType1._parse(data)

            return source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksMetaSourceType2Type1.is_known(data):
        try:
            source_type_2_type_1 = UnifiedBenchmarksMetaSourceType2Type1._value2member_map_.get(
                data
            ) or UnifiedBenchmarksMetaSourceType2Type1._parse(data)

            return source_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UnifiedBenchmarksMetaSourceType3Type1.is_known(data):
        try:
            source_type_3_type_1 = UnifiedBenchmarksMetaSourceType3Type1._value2member_map_.get(
                data
            ) or UnifiedBenchmarksMetaSourceType3Type1._parse(data)

            return source_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_1 = UnifiedBenchmarksMetaSourceType1._value2member_map_.get(
            data
        ) or UnifiedBenchmarksMetaSourceType1._parse(data)

        return source_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_2_type_1 = UnifiedBenchmarksMetaSourceType2Type1._value2member_map_.get(
            data
        ) or UnifiedBenchmarksMetaSourceType2Type1._parse(data)

        return source_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        source_type_3_type_1 = UnifiedBenchmarksMetaSourceType3Type1._value2member_map_.get(
            data
        ) or UnifiedBenchmarksMetaSourceType3Type1._parse(data)

        return source_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | UnifiedBenchmarksMetaSourceType1 | UnifiedBenchmarksMetaSourceType2Type1 | UnifiedBenchmarksMetaSourceType3Type1",
        data,
    )
