from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.query_analytics_body_classifier_filters_filters_item import (
        QueryAnalyticsBodyClassifierFiltersFiltersItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, QueryAnalyticsBodyClassifierFiltersFiltersItem
    if _lazy_imports_resolved:
        return
    from ..models.query_analytics_body_classifier_filters_filters_item import (
        QueryAnalyticsBodyClassifierFiltersFiltersItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="QueryAnalyticsBodyClassifierFilters")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"classifier_id", "filters"})


@_attrs_define(repr=False)
class QueryAnalyticsBodyClassifierFilters:
    """Filter results to generations with specific classifier tag values. Can be combined with classifier_dimensions (must
    use the same classifier_id) or used independently with standard dimensions.

        Attributes:
            classifier_id (UUID): UUID of the classifier whose tags to filter by. Must match
                classifier_dimensions.classifier_id when both are specified. Example: 550e8400-e29b-41d4-a716-446655440000.
            filters (list[QueryAnalyticsBodyClassifierFiltersFiltersItem]):
    """

    _classifier_id: UUID = _attrs_field(alias="classifier_id")
    _filters: list[QueryAnalyticsBodyClassifierFiltersFiltersItem] = _attrs_field(alias="filters")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def classifier_id(self) -> UUID:
        value: Any = self._classifier_id
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyClassifierFilters", "classifier_id")
        return value

    @classifier_id.setter
    def classifier_id(self, value: UUID) -> None:
        self._classifier_id = value

    @property
    def filters(self) -> list[QueryAnalyticsBodyClassifierFiltersFiltersItem]:
        value: Any = self._filters
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyClassifierFilters", "filters")
        return value

    @filters.setter
    def filters(self, value: list[QueryAnalyticsBodyClassifierFiltersFiltersItem]) -> None:
        self._filters = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"classifier_id={self._classifier_id!r}, "
            f"filters={self._filters!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        classifier_id: Any = self._classifier_id
        if not (isinstance(classifier_id, Unset) or classifier_id is None):
            classifier_id = str(self._classifier_id)

        filters: Any = self._filters
        if not (isinstance(filters, Unset) or filters is None):
            filters = []
            for filters_item_data in self._filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if classifier_id is not UNSET:
            field_dict["classifier_id"] = classifier_id
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBodyClassifierFilters and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "classifier_id" not in data:
            return False
        if "filters" not in data:
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
                    f"QueryAnalyticsBodyClassifierFilters is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "classifier_id"
            _raw_classifier_id = d.get("classifier_id", UNSET)
            classifier_id: Any = _raw_classifier_id
            if _raw_classifier_id is not None and _raw_classifier_id is not UNSET:
                classifier_id = UUID(_raw_classifier_id)

            _field = "filters"
            _raw_filters = d.get("filters", UNSET)
            filters: Any = _raw_filters
            if _raw_filters is not None and _raw_filters is not UNSET:
                filters = [
                    QueryAnalyticsBodyClassifierFiltersFiltersItem.from_dict(filters_item_data)
                    for filters_item_data in _raw_filters
                ]

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBodyClassifierFilters", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBodyClassifierFilters", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body_classifier_filters = cls(
            classifier_id,
            filters,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body_classifier_filters.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_body_classifier_filters

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


QueryAnalyticsBodyClassifierFilters.__annotations__ = ResolvingAnnotations(
    QueryAnalyticsBodyClassifierFilters.__annotations__, _resolve_lazy_imports
)
