from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="FusionAnalysisResultPartialCoverageItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"models", "point"})


@_attrs_define(repr=False)
class FusionAnalysisResultPartialCoverageItem:
    """
    Attributes:
        models (list[str]):
        point (str):
    """

    _models: list[str] = _attrs_field(alias="models")
    _point: str = _attrs_field(alias="point")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def models(self) -> list[str]:
        value: Any = self._models
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResultPartialCoverageItem", "models")
        return value

    @models.setter
    def models(self, value: list[str]) -> None:
        self._models = value

    @property
    def point(self) -> str:
        value: Any = self._point
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResultPartialCoverageItem", "point")
        return value

    @point.setter
    def point(self, value: str) -> None:
        self._point = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"models={self._models!r}, "
            f"point={self._point!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        models: Any = self._models
        if not (isinstance(models, Unset) or models is None):
            models = self._models

        point: Any = self._point

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if models is not UNSET:
            field_dict["models"] = models
        if point is not UNSET:
            field_dict["point"] = point

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionAnalysisResultPartialCoverageItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "models" not in data:
            return False
        if "point" not in data:
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
                    f"FusionAnalysisResultPartialCoverageItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "models"
            _raw_models = d.get("models", UNSET)
            models: Any = _raw_models
            if _raw_models is not None and _raw_models is not UNSET:
                models = cast("list[str]", _raw_models)

            point = d.get("point", UNSET)

        except FieldParseError as error:
            raise error.within("FusionAnalysisResultPartialCoverageItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionAnalysisResultPartialCoverageItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_analysis_result_partial_coverage_item = cls(
            models,
            point,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_analysis_result_partial_coverage_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return fusion_analysis_result_partial_coverage_item

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
