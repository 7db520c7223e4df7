from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.query_analytics_body_classifier_dimensions import QueryAnalyticsBodyClassifierDimensions
    from ..models.query_analytics_body_classifier_filters import QueryAnalyticsBodyClassifierFilters
    from ..models.query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem
    from ..models.query_analytics_body_order_by import QueryAnalyticsBodyOrderBy
    from ..models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        QueryAnalyticsBodyClassifierDimensions, \
        QueryAnalyticsBodyClassifierFilters, \
        QueryAnalyticsBodyFiltersItem, \
        QueryAnalyticsBodyOrderBy, \
        QueryAnalyticsBodyTimeRange
    if _lazy_imports_resolved:
        return
    from ..models.query_analytics_body_classifier_dimensions import QueryAnalyticsBodyClassifierDimensions  # noqa: PLC0415
    from ..models.query_analytics_body_classifier_filters import QueryAnalyticsBodyClassifierFilters  # noqa: PLC0415
    from ..models.query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem  # noqa: PLC0415
    from ..models.query_analytics_body_order_by import QueryAnalyticsBodyOrderBy  # noqa: PLC0415
    from ..models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="QueryAnalyticsBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "metrics",
        "classifier_dimensions",
        "classifier_filters",
        "dimensions",
        "filters",
        "granularity",
        "group_limit",
        "limit",
        "order_by",
        "time_range",
    }
)


@_attrs_define(repr=False)
class QueryAnalyticsBody:
    """
    Attributes:
        metrics (list[str]):
        classifier_dimensions (QueryAnalyticsBodyClassifierDimensions | Unset): Group results by custom classifier tags,
            breaking down metrics by the specified dimension values. Requires an active classifier on the workspace.
        classifier_filters (QueryAnalyticsBodyClassifierFilters | Unset): Filter results to generations with specific
            classifier tag values. Can be combined with classifier_dimensions (must use the same classifier_id) or used
            independently with standard dimensions.
        dimensions (list[str] | Unset):
        filters (list[QueryAnalyticsBodyFiltersItem] | Unset):
        granularity (str | Unset): Time granularity Example: day.
        group_limit (int | Unset): Maximum rows per distinct combination of dimensions. When omitted on time-series
            queries (granularity + dimensions), auto-computed to avoid truncating time windows. Explicit values override the
            default and may truncate time buckets if set lower than the number of buckets in the range. Ignored when no
            dimensions are specified. Example: 100.
        limit (int | Unset): Maximum total rows returned. Defaults to 1000. On time-series queries with dimensions and
            no explicit group_limit, the server may raise this to accommodate the expected number of unique time-
            bucket/dimension combinations.
        order_by (QueryAnalyticsBodyOrderBy | Unset):
        time_range (QueryAnalyticsBodyTimeRange | Unset):
    """

    _metrics: list[str] = _attrs_field(alias="metrics")
    classifier_dimensions: QueryAnalyticsBodyClassifierDimensions | Unset = UNSET
    classifier_filters: QueryAnalyticsBodyClassifierFilters | Unset = UNSET
    dimensions: list[str] | Unset = UNSET
    filters: list[QueryAnalyticsBodyFiltersItem] | Unset = UNSET
    granularity: str | Unset = UNSET
    group_limit: int | Unset = UNSET
    limit: int | Unset = UNSET
    order_by: QueryAnalyticsBodyOrderBy | Unset = UNSET
    time_range: QueryAnalyticsBodyTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def metrics(self) -> list[str]:
        value: Any = self._metrics
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBody", "metrics")
        return value

    @metrics.setter
    def metrics(self, value: list[str]) -> None:
        self._metrics = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"metrics={self._metrics!r}, "
            f"classifier_dimensions={self.classifier_dimensions!r}, "
            f"classifier_filters={self.classifier_filters!r}, "
            f"dimensions={self.dimensions!r}, "
            f"filters={self.filters!r}, "
            f"granularity={self.granularity!r}, "
            f"group_limit={self.group_limit!r}, "
            f"limit={self.limit!r}, "
            f"order_by={self.order_by!r}, "
            f"time_range={self.time_range!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        metrics: Any = self._metrics
        if not (isinstance(metrics, Unset) or metrics is None):
            metrics = self._metrics

        classifier_dimensions: Any = self.classifier_dimensions
        if not (isinstance(classifier_dimensions, Unset) or classifier_dimensions is None):
            classifier_dimensions = classifier_dimensions.to_dict()

        classifier_filters: Any = self.classifier_filters
        if not (isinstance(classifier_filters, Unset) or classifier_filters is None):
            classifier_filters = classifier_filters.to_dict()

        dimensions: Any = self.dimensions
        if not (isinstance(dimensions, Unset) or dimensions is None):
            dimensions = self.dimensions

        filters: Any = self.filters
        if not (isinstance(filters, Unset) or filters is None):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        granularity: Any = self.granularity

        group_limit: Any = self.group_limit

        limit: Any = self.limit

        order_by: Any = self.order_by
        if not (isinstance(order_by, Unset) or order_by is None):
            order_by = order_by.to_dict()

        time_range: Any = self.time_range
        if not (isinstance(time_range, Unset) or time_range is None):
            time_range = time_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if classifier_dimensions is not UNSET:
            field_dict["classifier_dimensions"] = classifier_dimensions
        if classifier_filters is not UNSET:
            field_dict["classifier_filters"] = classifier_filters
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if filters is not UNSET:
            field_dict["filters"] = filters
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if group_limit is not UNSET:
            field_dict["group_limit"] = group_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if time_range is not UNSET:
            field_dict["time_range"] = time_range

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "metrics" not in data:
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
                    f"QueryAnalyticsBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "metrics"
            _raw_metrics = d.get("metrics", UNSET)
            metrics: Any = _raw_metrics
            if _raw_metrics is not None and _raw_metrics is not UNSET:
                metrics = cast("list[str]", _raw_metrics)

            _field = "classifier_dimensions"
            _raw_classifier_dimensions = d.get("classifier_dimensions", UNSET)
            classifier_dimensions: Any = _raw_classifier_dimensions
            if _raw_classifier_dimensions is not None and _raw_classifier_dimensions is not UNSET:
                classifier_dimensions = QueryAnalyticsBodyClassifierDimensions.from_dict(_raw_classifier_dimensions)

            _field = "classifier_filters"
            _raw_classifier_filters = d.get("classifier_filters", UNSET)
            classifier_filters: Any = _raw_classifier_filters
            if _raw_classifier_filters is not None and _raw_classifier_filters is not UNSET:
                classifier_filters = QueryAnalyticsBodyClassifierFilters.from_dict(_raw_classifier_filters)

            _field = "dimensions"
            _raw_dimensions = d.get("dimensions", UNSET)
            dimensions: Any = _raw_dimensions
            if _raw_dimensions is not None and _raw_dimensions is not UNSET:
                dimensions = cast("list[str]", _raw_dimensions)

            _field = "filters"
            _raw_filters = d.get("filters", UNSET)
            filters: Any = _raw_filters
            if _raw_filters is not None and _raw_filters is not UNSET:
                filters = [
                    QueryAnalyticsBodyFiltersItem.from_dict(filters_item_data) for filters_item_data in _raw_filters
                ]

            granularity = d.get("granularity", UNSET)

            group_limit = d.get("group_limit", UNSET)

            limit = d.get("limit", UNSET)

            _field = "order_by"
            _raw_order_by = d.get("order_by", UNSET)
            order_by: Any = _raw_order_by
            if _raw_order_by is not None and _raw_order_by is not UNSET:
                order_by = QueryAnalyticsBodyOrderBy.from_dict(_raw_order_by)

            _field = "time_range"
            _raw_time_range = d.get("time_range", UNSET)
            time_range: Any = _raw_time_range
            if _raw_time_range is not None and _raw_time_range is not UNSET:
                time_range = QueryAnalyticsBodyTimeRange.from_dict(_raw_time_range)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body = cls(
            metrics,
            classifier_dimensions,
            classifier_filters,
            dimensions,
            filters,
            granularity,
            group_limit,
            limit,
            order_by,
            time_range,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return query_analytics_body

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


QueryAnalyticsBody.__annotations__ = ResolvingAnnotations(QueryAnalyticsBody.__annotations__, _resolve_lazy_imports)
