from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.query_analytics_response_200_data_data_item import QueryAnalyticsResponse200DataDataItem
    from ..models.query_analytics_response_200_data_metadata import QueryAnalyticsResponse200DataMetadata

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, QueryAnalyticsResponse200DataDataItem, QueryAnalyticsResponse200DataMetadata
    if _lazy_imports_resolved:
        return
    from ..models.query_analytics_response_200_data_data_item import QueryAnalyticsResponse200DataDataItem  # noqa: PLC0415
    from ..models.query_analytics_response_200_data_metadata import QueryAnalyticsResponse200DataMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="QueryAnalyticsResponse200Data")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "metadata", "cachedAt", "warnings"})


@_attrs_define(repr=False)
class QueryAnalyticsResponse200Data:
    """
    Attributes:
        data (list[QueryAnalyticsResponse200DataDataItem]):
        metadata (QueryAnalyticsResponse200DataMetadata):
        cached_at (float | Unset):
        warnings (list[str] | Unset): Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes). The
            query still runs normally; these inform the caller that some filter values could not be resolved.
    """

    _data: list[QueryAnalyticsResponse200DataDataItem] = _attrs_field(alias="data")
    _metadata: QueryAnalyticsResponse200DataMetadata = _attrs_field(alias="metadata")
    cached_at: float | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[QueryAnalyticsResponse200DataDataItem]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsResponse200Data", "data")
        return value

    @data.setter
    def data(self, value: list[QueryAnalyticsResponse200DataDataItem]) -> None:
        self._data = value

    @property
    def metadata(self) -> QueryAnalyticsResponse200DataMetadata:
        value: Any = self._metadata
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsResponse200Data", "metadata")
        return value

    @metadata.setter
    def metadata(self, value: QueryAnalyticsResponse200DataMetadata) -> None:
        self._metadata = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"metadata={self._metadata!r}, "
            f"cached_at={self.cached_at!r}, "
            f"warnings={self.warnings!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        metadata: Any = self._metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = self._metadata.to_dict()

        cached_at: Any = self.cached_at

        warnings: Any = self.warnings
        if not (isinstance(warnings, Unset) or warnings is None):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cached_at is not UNSET:
            field_dict["cachedAt"] = cached_at
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsResponse200Data and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "metadata" not in data:
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
                    f"QueryAnalyticsResponse200Data is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [QueryAnalyticsResponse200DataDataItem.from_dict(data_item_data) for data_item_data in _raw_data]

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = QueryAnalyticsResponse200DataMetadata.from_dict(_raw_metadata)

            cached_at = d.get("cachedAt", UNSET)

            _field = "warnings"
            _raw_warnings = d.get("warnings", UNSET)
            warnings: Any = _raw_warnings
            if _raw_warnings is not None and _raw_warnings is not UNSET:
                warnings = cast("list[str]", _raw_warnings)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsResponse200Data", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsResponse200Data", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_response_200_data = cls(
            data,
            metadata,
            cached_at,
            warnings,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_response_200_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_response_200_data

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


QueryAnalyticsResponse200Data.__annotations__ = ResolvingAnnotations(
    QueryAnalyticsResponse200Data.__annotations__, _resolve_lazy_imports
)
