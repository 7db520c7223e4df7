from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_type import FileSearchServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.compound_filter import CompoundFilter
    from ..models.file_search_server_tool_filters_option_1 import FileSearchServerToolFiltersOption1
    from ..models.file_search_server_tool_ranking_options import FileSearchServerToolRankingOptions

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        CompoundFilter, \
        FileSearchServerToolFiltersOption1, \
        FileSearchServerToolRankingOptions
    if _lazy_imports_resolved:
        return
    from ..models.compound_filter import CompoundFilter  # noqa: PLC0415
    from ..models.file_search_server_tool_filters_option_1 import FileSearchServerToolFiltersOption1  # noqa: PLC0415
    from ..models.file_search_server_tool_ranking_options import FileSearchServerToolRankingOptions  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FileSearchServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"type", "vector_store_ids", "filters", "max_num_results", "ranking_options"}
)


@_attrs_define(repr=False)
class FileSearchServerTool:
    """File search tool configuration

    Example:
        {'type': 'file_search', 'vector_store_ids': ['vs_abc123']}

    Attributes:
        type_ (FileSearchServerToolType):
        vector_store_ids (list[str]):
        filters (CompoundFilter | FileSearchServerToolFiltersOption1 | None | Unset):
        max_num_results (int | Unset):
        ranking_options (FileSearchServerToolRankingOptions | Unset):
    """

    _type_: FileSearchServerToolType = _attrs_field(alias="type_")
    _vector_store_ids: list[str] = _attrs_field(alias="vector_store_ids")
    filters: CompoundFilter | FileSearchServerToolFiltersOption1 | None | Unset = UNSET
    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchServerToolRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> FileSearchServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("FileSearchServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: FileSearchServerToolType) -> None:
        self._type_ = value

    @property
    def vector_store_ids(self) -> list[str]:
        value: Any = self._vector_store_ids
        if value is UNSET:
            raise MissingFieldError("FileSearchServerTool", "vector_store_ids")
        return value

    @vector_store_ids.setter
    def vector_store_ids(self, value: list[str]) -> None:
        self._vector_store_ids = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"vector_store_ids={self._vector_store_ids!r}, "
            f"filters={self.filters!r}, "
            f"max_num_results={self.max_num_results!r}, "
            f"ranking_options={self.ranking_options!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        vector_store_ids: Any = self._vector_store_ids
        if not (isinstance(vector_store_ids, Unset) or vector_store_ids is None):
            vector_store_ids = self._vector_store_ids

        filters: Any = self.filters
        if not (isinstance(filters, Unset) or filters is None):
            if isinstance(self.filters, FileSearchServerToolFiltersOption1):
                filters = self.filters.to_dict()
            elif isinstance(self.filters, CompoundFilter):
                filters = self.filters.to_dict()
            else:
                filters = self.filters

        max_num_results: Any = self.max_num_results

        ranking_options: Any = self.ranking_options
        if not (isinstance(ranking_options, Unset) or ranking_options is None):
            ranking_options = ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FileSearchServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not FileSearchServerToolType.is_known(data["type"]):
            return False
        if "vector_store_ids" not in data:
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
                    f"FileSearchServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FileSearchServerToolType._value2member_map_.get(_raw_type_) or FileSearchServerToolType._parse(
                    _raw_type_
                )

            _field = "vector_store_ids"
            _raw_vector_store_ids = d.get("vector_store_ids", UNSET)
            vector_store_ids: Any = _raw_vector_store_ids
            if _raw_vector_store_ids is not None and _raw_vector_store_ids is not UNSET:
                vector_store_ids = cast("list[str]", _raw_vector_store_ids)

            _field = "filters"
            _raw_filters = d.get("filters", UNSET)
            filters: Any = _raw_filters
            if _raw_filters is not None and _raw_filters is not UNSET:
                filters = _parse_filters(_raw_filters)

            max_num_results = d.get("max_num_results", UNSET)

            _field = "ranking_options"
            _raw_ranking_options = d.get("ranking_options", UNSET)
            ranking_options: Any = _raw_ranking_options
            if _raw_ranking_options is not None and _raw_ranking_options is not UNSET:
                ranking_options = FileSearchServerToolRankingOptions.from_dict(_raw_ranking_options)

        except FieldParseError as error:
            raise error.within("FileSearchServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FileSearchServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        file_search_server_tool = cls(
            type_,
            vector_store_ids,
            filters,
            max_num_results,
            ranking_options,
        )

        if not _DECLARED_KEYS.issuperset(d):
            file_search_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return file_search_server_tool

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


FileSearchServerTool.__annotations__ = ResolvingAnnotations(FileSearchServerTool.__annotations__, _resolve_lazy_imports)


def _parse_filters(data: object) -> CompoundFilter | FileSearchServerToolFiltersOption1 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if FileSearchServerToolFiltersOption1._matches(data):
        try:
            filters_type_0 = FileSearchServerToolFiltersOption1.from_dict(data)

            return filters_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CompoundFilter._matches(data):
        try:
            filters_type_1 = CompoundFilter.from_dict(data)

            return filters_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_0 = FileSearchServerToolFiltersOption1.from_dict(data)

        return filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_1 = CompoundFilter.from_dict(data)

        return filters_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CompoundFilter | FileSearchServerToolFiltersOption1 | None | Unset", data)
