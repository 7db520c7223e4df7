from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_action_search_type import OutputItemWebSearchCallActionSearchType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.web_search_source import WebSearchSource

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, WebSearchSource
    if _lazy_imports_resolved:
        return
    from ..models.web_search_source import WebSearchSource  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputItemWebSearchCallActionSearch")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"query", "type", "queries", "sources"})


@_attrs_define(repr=False)
class OutputItemWebSearchCallActionSearch:
    """
    Attributes:
        query (str):
        type_ (OutputItemWebSearchCallActionSearchType):
        queries (list[str] | Unset):
        sources (list[WebSearchSource] | Unset):
    """

    _query: str = _attrs_field(alias="query")
    _type_: OutputItemWebSearchCallActionSearchType = _attrs_field(alias="type_")
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def query(self) -> str:
        value: Any = self._query
        if value is UNSET:
            raise MissingFieldError("OutputItemWebSearchCallActionSearch", "query")
        return value

    @query.setter
    def query(self, value: str) -> None:
        self._query = value

    @property
    def type_(self) -> OutputItemWebSearchCallActionSearchType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputItemWebSearchCallActionSearch", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemWebSearchCallActionSearchType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"query={self._query!r}, "
            f"type_={self._type_!r}, "
            f"queries={self.queries!r}, "
            f"sources={self.sources!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        query: Any = self._query

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        queries: Any = self.queries
        if not (isinstance(queries, Unset) or queries is None):
            queries = self.queries

        sources: Any = self.sources
        if not (isinstance(sources, Unset) or sources is None):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if query is not UNSET:
            field_dict["query"] = query
        if type_ is not UNSET:
            field_dict["type"] = type_
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputItemWebSearchCallActionSearch and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "query" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemWebSearchCallActionSearchType.is_known(data["type"]):
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
                    f"OutputItemWebSearchCallActionSearch is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            query = d.get("query", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemWebSearchCallActionSearchType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemWebSearchCallActionSearchType._parse(_raw_type_)

            _field = "queries"
            _raw_queries = d.get("queries", UNSET)
            queries: Any = _raw_queries
            if _raw_queries is not None and _raw_queries is not UNSET:
                queries = cast("list[str]", _raw_queries)

            _field = "sources"
            _raw_sources = d.get("sources", UNSET)
            sources: Any = _raw_sources
            if _raw_sources is not None and _raw_sources is not UNSET:
                sources = [WebSearchSource.from_dict(sources_item_data) for sources_item_data in _raw_sources]

        except FieldParseError as error:
            raise error.within("OutputItemWebSearchCallActionSearch", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputItemWebSearchCallActionSearch", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_item_web_search_call_action_search = cls(
            query,
            type_,
            queries,
            sources,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_item_web_search_call_action_search.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_item_web_search_call_action_search

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


OutputItemWebSearchCallActionSearch.__annotations__ = ResolvingAnnotations(
    OutputItemWebSearchCallActionSearch.__annotations__, _resolve_lazy_imports
)
