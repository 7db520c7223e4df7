from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_200_data_dimensions_item import (
        GetAnalyticsMetaResponse200DataDimensionsItem,
    )
    from ..models.get_analytics_meta_response_200_data_granularities_item import (
        GetAnalyticsMetaResponse200DataGranularitiesItem,
    )
    from ..models.get_analytics_meta_response_200_data_metrics_item import GetAnalyticsMetaResponse200DataMetricsItem
    from ..models.get_analytics_meta_response_200_data_operators_item import (
        GetAnalyticsMetaResponse200DataOperatorsItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        GetAnalyticsMetaResponse200DataDimensionsItem, \
        GetAnalyticsMetaResponse200DataGranularitiesItem, \
        GetAnalyticsMetaResponse200DataMetricsItem, \
        GetAnalyticsMetaResponse200DataOperatorsItem
    if _lazy_imports_resolved:
        return
    from ..models.get_analytics_meta_response_200_data_dimensions_item import (
        GetAnalyticsMetaResponse200DataDimensionsItem,  # noqa: PLC0415
    )
    from ..models.get_analytics_meta_response_200_data_granularities_item import (
        GetAnalyticsMetaResponse200DataGranularitiesItem,  # noqa: PLC0415
    )
    from ..models.get_analytics_meta_response_200_data_metrics_item import GetAnalyticsMetaResponse200DataMetricsItem  # noqa: PLC0415
    from ..models.get_analytics_meta_response_200_data_operators_item import (
        GetAnalyticsMetaResponse200DataOperatorsItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GetAnalyticsMetaResponse200Data")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"dimensions", "granularities", "metrics", "operators"})


@_attrs_define(repr=False)
class GetAnalyticsMetaResponse200Data:
    """
    Attributes:
        dimensions (list[GetAnalyticsMetaResponse200DataDimensionsItem]):
        granularities (list[GetAnalyticsMetaResponse200DataGranularitiesItem]):
        metrics (list[GetAnalyticsMetaResponse200DataMetricsItem]):
        operators (list[GetAnalyticsMetaResponse200DataOperatorsItem]):
    """

    _dimensions: list[GetAnalyticsMetaResponse200DataDimensionsItem] = _attrs_field(alias="dimensions")
    _granularities: list[GetAnalyticsMetaResponse200DataGranularitiesItem] = _attrs_field(alias="granularities")
    _metrics: list[GetAnalyticsMetaResponse200DataMetricsItem] = _attrs_field(alias="metrics")
    _operators: list[GetAnalyticsMetaResponse200DataOperatorsItem] = _attrs_field(alias="operators")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def dimensions(self) -> list[GetAnalyticsMetaResponse200DataDimensionsItem]:
        value: Any = self._dimensions
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200Data", "dimensions")
        return value

    @dimensions.setter
    def dimensions(self, value: list[GetAnalyticsMetaResponse200DataDimensionsItem]) -> None:
        self._dimensions = value

    @property
    def granularities(self) -> list[GetAnalyticsMetaResponse200DataGranularitiesItem]:
        value: Any = self._granularities
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200Data", "granularities")
        return value

    @granularities.setter
    def granularities(self, value: list[GetAnalyticsMetaResponse200DataGranularitiesItem]) -> None:
        self._granularities = value

    @property
    def metrics(self) -> list[GetAnalyticsMetaResponse200DataMetricsItem]:
        value: Any = self._metrics
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200Data", "metrics")
        return value

    @metrics.setter
    def metrics(self, value: list[GetAnalyticsMetaResponse200DataMetricsItem]) -> None:
        self._metrics = value

    @property
    def operators(self) -> list[GetAnalyticsMetaResponse200DataOperatorsItem]:
        value: Any = self._operators
        if value is UNSET:
            raise MissingFieldError("GetAnalyticsMetaResponse200Data", "operators")
        return value

    @operators.setter
    def operators(self, value: list[GetAnalyticsMetaResponse200DataOperatorsItem]) -> None:
        self._operators = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"dimensions={self._dimensions!r}, "
            f"granularities={self._granularities!r}, "
            f"metrics={self._metrics!r}, "
            f"operators={self._operators!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        dimensions: Any = self._dimensions
        if not (isinstance(dimensions, Unset) or dimensions is None):
            dimensions = []
            for dimensions_item_data in self._dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        granularities: Any = self._granularities
        if not (isinstance(granularities, Unset) or granularities is None):
            granularities = []
            for granularities_item_data in self._granularities:
                granularities_item = granularities_item_data.to_dict()
                granularities.append(granularities_item)

        metrics: Any = self._metrics
        if not (isinstance(metrics, Unset) or metrics is None):
            metrics = []
            for metrics_item_data in self._metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        operators: Any = self._operators
        if not (isinstance(operators, Unset) or operators is None):
            operators = []
            for operators_item_data in self._operators:
                operators_item = operators_item_data.to_dict()
                operators.append(operators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if granularities is not UNSET:
            field_dict["granularities"] = granularities
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if operators is not UNSET:
            field_dict["operators"] = operators

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetAnalyticsMetaResponse200Data and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "dimensions" not in data:
            return False
        if "granularities" not in data:
            return False
        if "metrics" not in data:
            return False
        if "operators" not in data:
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
                    f"GetAnalyticsMetaResponse200Data is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "dimensions"
            _raw_dimensions = d.get("dimensions", UNSET)
            dimensions: Any = _raw_dimensions
            if _raw_dimensions is not None and _raw_dimensions is not UNSET:
                dimensions = [
                    GetAnalyticsMetaResponse200DataDimensionsItem.from_dict(dimensions_item_data)
                    for dimensions_item_data in _raw_dimensions
                ]

            _field = "granularities"
            _raw_granularities = d.get("granularities", UNSET)
            granularities: Any = _raw_granularities
            if _raw_granularities is not None and _raw_granularities is not UNSET:
                granularities = [
                    GetAnalyticsMetaResponse200DataGranularitiesItem.from_dict(granularities_item_data)
                    for granularities_item_data in _raw_granularities
                ]

            _field = "metrics"
            _raw_metrics = d.get("metrics", UNSET)
            metrics: Any = _raw_metrics
            if _raw_metrics is not None and _raw_metrics is not UNSET:
                metrics = [
                    GetAnalyticsMetaResponse200DataMetricsItem.from_dict(metrics_item_data)
                    for metrics_item_data in _raw_metrics
                ]

            _field = "operators"
            _raw_operators = d.get("operators", UNSET)
            operators: Any = _raw_operators
            if _raw_operators is not None and _raw_operators is not UNSET:
                operators = [
                    GetAnalyticsMetaResponse200DataOperatorsItem.from_dict(operators_item_data)
                    for operators_item_data in _raw_operators
                ]

        except FieldParseError as error:
            raise error.within("GetAnalyticsMetaResponse200Data", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetAnalyticsMetaResponse200Data", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_analytics_meta_response_200_data = cls(
            dimensions,
            granularities,
            metrics,
            operators,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_analytics_meta_response_200_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_analytics_meta_response_200_data

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


GetAnalyticsMetaResponse200Data.__annotations__ = ResolvingAnnotations(
    GetAnalyticsMetaResponse200Data.__annotations__, _resolve_lazy_imports
)
