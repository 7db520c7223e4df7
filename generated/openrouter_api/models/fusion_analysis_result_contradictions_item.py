from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FusionAnalysisResultContradictionsItemStancesItem
    if _lazy_imports_resolved:
        return
    from ..models.fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FusionAnalysisResultContradictionsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"stances", "topic"})


@_attrs_define(repr=False)
class FusionAnalysisResultContradictionsItem:
    """
    Attributes:
        stances (list[FusionAnalysisResultContradictionsItemStancesItem]):
        topic (str):
    """

    _stances: list[FusionAnalysisResultContradictionsItemStancesItem] = _attrs_field(alias="stances")
    _topic: str = _attrs_field(alias="topic")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def stances(self) -> list[FusionAnalysisResultContradictionsItemStancesItem]:
        value: Any = self._stances
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResultContradictionsItem", "stances")
        return value

    @stances.setter
    def stances(self, value: list[FusionAnalysisResultContradictionsItemStancesItem]) -> None:
        self._stances = value

    @property
    def topic(self) -> str:
        value: Any = self._topic
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResultContradictionsItem", "topic")
        return value

    @topic.setter
    def topic(self, value: str) -> None:
        self._topic = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"stances={self._stances!r}, "
            f"topic={self._topic!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        stances: Any = self._stances
        if not (isinstance(stances, Unset) or stances is None):
            stances = []
            for stances_item_data in self._stances:
                stances_item = stances_item_data.to_dict()
                stances.append(stances_item)

        topic: Any = self._topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if stances is not UNSET:
            field_dict["stances"] = stances
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionAnalysisResultContradictionsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "stances" not in data:
            return False
        if "topic" not in data:
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
                    f"FusionAnalysisResultContradictionsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "stances"
            _raw_stances = d.get("stances", UNSET)
            stances: Any = _raw_stances
            if _raw_stances is not None and _raw_stances is not UNSET:
                stances = [
                    FusionAnalysisResultContradictionsItemStancesItem.from_dict(stances_item_data)
                    for stances_item_data in _raw_stances
                ]

            topic = d.get("topic", UNSET)

        except FieldParseError as error:
            raise error.within("FusionAnalysisResultContradictionsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionAnalysisResultContradictionsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_analysis_result_contradictions_item = cls(
            stances,
            topic,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_analysis_result_contradictions_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return fusion_analysis_result_contradictions_item

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


FusionAnalysisResultContradictionsItem.__annotations__ = ResolvingAnnotations(
    FusionAnalysisResultContradictionsItem.__annotations__, _resolve_lazy_imports
)
