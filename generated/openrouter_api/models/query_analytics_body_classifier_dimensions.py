from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="QueryAnalyticsBodyClassifierDimensions")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"classifier_id", "dimension_names", "include_nulls"})


@_attrs_define(repr=False)
class QueryAnalyticsBodyClassifierDimensions:
    """Group results by custom classifier tags, breaking down metrics by the specified dimension values. Requires an active
    classifier on the workspace.

        Attributes:
            classifier_id (UUID): UUID of the classifier whose tags to group by. Example:
                550e8400-e29b-41d4-a716-446655440000.
            dimension_names (list[str] | Unset):
            include_nulls (bool | Unset): When true, also include generations that have no tag from this classifier.
                Defaults to false, which returns only classified generations.
    """

    _classifier_id: UUID = _attrs_field(alias="classifier_id")
    dimension_names: list[str] | Unset = UNSET
    include_nulls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def classifier_id(self) -> UUID:
        value: Any = self._classifier_id
        if value is UNSET:
            raise MissingFieldError("QueryAnalyticsBodyClassifierDimensions", "classifier_id")
        return value

    @classifier_id.setter
    def classifier_id(self, value: UUID) -> None:
        self._classifier_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"classifier_id={self._classifier_id!r}, "
            f"dimension_names={self.dimension_names!r}, "
            f"include_nulls={self.include_nulls!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        classifier_id: Any = self._classifier_id
        if not (isinstance(classifier_id, Unset) or classifier_id is None):
            classifier_id = str(self._classifier_id)

        dimension_names: Any = self.dimension_names
        if not (isinstance(dimension_names, Unset) or dimension_names is None):
            dimension_names = self.dimension_names

        include_nulls: Any = self.include_nulls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if classifier_id is not UNSET:
            field_dict["classifier_id"] = classifier_id
        if dimension_names is not UNSET:
            field_dict["dimension_names"] = dimension_names
        if include_nulls is not UNSET:
            field_dict["include_nulls"] = include_nulls

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of QueryAnalyticsBodyClassifierDimensions and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "classifier_id" not in data:
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
                    f"QueryAnalyticsBodyClassifierDimensions is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            _field = "dimension_names"
            _raw_dimension_names = d.get("dimension_names", UNSET)
            dimension_names: Any = _raw_dimension_names
            if _raw_dimension_names is not None and _raw_dimension_names is not UNSET:
                dimension_names = cast("list[str]", _raw_dimension_names)

            include_nulls = d.get("include_nulls", UNSET)

        except FieldParseError as error:
            raise error.within("QueryAnalyticsBodyClassifierDimensions", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("QueryAnalyticsBodyClassifierDimensions", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        query_analytics_body_classifier_dimensions = cls(
            classifier_id,
            dimension_names,
            include_nulls,
        )

        if not _DECLARED_KEYS.issuperset(d):
            query_analytics_body_classifier_dimensions.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return query_analytics_body_classifier_dimensions

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
