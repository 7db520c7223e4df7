from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item import FusionAnalysisResultContradictionsItem
    from ..models.fusion_analysis_result_partial_coverage_item import FusionAnalysisResultPartialCoverageItem
    from ..models.fusion_analysis_result_unique_insights_item import FusionAnalysisResultUniqueInsightsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        FusionAnalysisResultContradictionsItem, \
        FusionAnalysisResultPartialCoverageItem, \
        FusionAnalysisResultUniqueInsightsItem
    if _lazy_imports_resolved:
        return
    from ..models.fusion_analysis_result_contradictions_item import FusionAnalysisResultContradictionsItem  # noqa: PLC0415
    from ..models.fusion_analysis_result_partial_coverage_item import FusionAnalysisResultPartialCoverageItem  # noqa: PLC0415
    from ..models.fusion_analysis_result_unique_insights_item import FusionAnalysisResultUniqueInsightsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FusionAnalysisResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"blind_spots", "consensus", "contradictions", "partial_coverage", "unique_insights"}
)


@_attrs_define(repr=False)
class FusionAnalysisResult:
    """Structured analysis produced by the fusion analyst model.

    Example:
        {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}

    Attributes:
        blind_spots (list[str]):
        consensus (list[str]):
        contradictions (list[FusionAnalysisResultContradictionsItem]):
        partial_coverage (list[FusionAnalysisResultPartialCoverageItem]):
        unique_insights (list[FusionAnalysisResultUniqueInsightsItem]):
    """

    _blind_spots: list[str] = _attrs_field(alias="blind_spots")
    _consensus: list[str] = _attrs_field(alias="consensus")
    _contradictions: list[FusionAnalysisResultContradictionsItem] = _attrs_field(alias="contradictions")
    _partial_coverage: list[FusionAnalysisResultPartialCoverageItem] = _attrs_field(alias="partial_coverage")
    _unique_insights: list[FusionAnalysisResultUniqueInsightsItem] = _attrs_field(alias="unique_insights")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def blind_spots(self) -> list[str]:
        value: Any = self._blind_spots
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResult", "blind_spots")
        return value

    @blind_spots.setter
    def blind_spots(self, value: list[str]) -> None:
        self._blind_spots = value

    @property
    def consensus(self) -> list[str]:
        value: Any = self._consensus
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResult", "consensus")
        return value

    @consensus.setter
    def consensus(self, value: list[str]) -> None:
        self._consensus = value

    @property
    def contradictions(self) -> list[FusionAnalysisResultContradictionsItem]:
        value: Any = self._contradictions
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResult", "contradictions")
        return value

    @contradictions.setter
    def contradictions(self, value: list[FusionAnalysisResultContradictionsItem]) -> None:
        self._contradictions = value

    @property
    def partial_coverage(self) -> list[FusionAnalysisResultPartialCoverageItem]:
        value: Any = self._partial_coverage
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResult", "partial_coverage")
        return value

    @partial_coverage.setter
    def partial_coverage(self, value: list[FusionAnalysisResultPartialCoverageItem]) -> None:
        self._partial_coverage = value

    @property
    def unique_insights(self) -> list[FusionAnalysisResultUniqueInsightsItem]:
        value: Any = self._unique_insights
        if value is UNSET:
            raise MissingFieldError("FusionAnalysisResult", "unique_insights")
        return value

    @unique_insights.setter
    def unique_insights(self, value: list[FusionAnalysisResultUniqueInsightsItem]) -> None:
        self._unique_insights = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"blind_spots={self._blind_spots!r}, "
            f"consensus={self._consensus!r}, "
            f"contradictions={self._contradictions!r}, "
            f"partial_coverage={self._partial_coverage!r}, "
            f"unique_insights={self._unique_insights!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        blind_spots: Any = self._blind_spots
        if not (isinstance(blind_spots, Unset) or blind_spots is None):
            blind_spots = self._blind_spots

        consensus: Any = self._consensus
        if not (isinstance(consensus, Unset) or consensus is None):
            consensus = self._consensus

        contradictions: Any = self._contradictions
        if not (isinstance(contradictions, Unset) or contradictions is None):
            contradictions = []
            for contradictions_item_data in self._contradictions:
                contradictions_item = contradictions_item_data.to_dict()
                contradictions.append(contradictions_item)

        partial_coverage: Any = self._partial_coverage
        if not (isinstance(partial_coverage, Unset) or partial_coverage is None):
            partial_coverage = []
            for partial_coverage_item_data in self._partial_coverage:
                partial_coverage_item = partial_coverage_item_data.to_dict()
                partial_coverage.append(partial_coverage_item)

        unique_insights: Any = self._unique_insights
        if not (isinstance(unique_insights, Unset) or unique_insights is None):
            unique_insights = []
            for unique_insights_item_data in self._unique_insights:
                unique_insights_item = unique_insights_item_data.to_dict()
                unique_insights.append(unique_insights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if blind_spots is not UNSET:
            field_dict["blind_spots"] = blind_spots
        if consensus is not UNSET:
            field_dict["consensus"] = consensus
        if contradictions is not UNSET:
            field_dict["contradictions"] = contradictions
        if partial_coverage is not UNSET:
            field_dict["partial_coverage"] = partial_coverage
        if unique_insights is not UNSET:
            field_dict["unique_insights"] = unique_insights

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionAnalysisResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "blind_spots" not in data:
            return False
        if "consensus" not in data:
            return False
        if "contradictions" not in data:
            return False
        if "partial_coverage" not in data:
            return False
        if "unique_insights" not in data:
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
                    f"FusionAnalysisResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "blind_spots"
            _raw_blind_spots = d.get("blind_spots", UNSET)
            blind_spots: Any = _raw_blind_spots
            if _raw_blind_spots is not None and _raw_blind_spots is not UNSET:
                blind_spots = cast("list[str]", _raw_blind_spots)

            _field = "consensus"
            _raw_consensus = d.get("consensus", UNSET)
            consensus: Any = _raw_consensus
            if _raw_consensus is not None and _raw_consensus is not UNSET:
                consensus = cast("list[str]", _raw_consensus)

            _field = "contradictions"
            _raw_contradictions = d.get("contradictions", UNSET)
            contradictions: Any = _raw_contradictions
            if _raw_contradictions is not None and _raw_contradictions is not UNSET:
                contradictions = [
                    FusionAnalysisResultContradictionsItem.from_dict(contradictions_item_data)
                    for contradictions_item_data in _raw_contradictions
                ]

            _field = "partial_coverage"
            _raw_partial_coverage = d.get("partial_coverage", UNSET)
            partial_coverage: Any = _raw_partial_coverage
            if _raw_partial_coverage is not None and _raw_partial_coverage is not UNSET:
                partial_coverage = [
                    FusionAnalysisResultPartialCoverageItem.from_dict(partial_coverage_item_data)
                    for partial_coverage_item_data in _raw_partial_coverage
                ]

            _field = "unique_insights"
            _raw_unique_insights = d.get("unique_insights", UNSET)
            unique_insights: Any = _raw_unique_insights
            if _raw_unique_insights is not None and _raw_unique_insights is not UNSET:
                unique_insights = [
                    FusionAnalysisResultUniqueInsightsItem.from_dict(unique_insights_item_data)
                    for unique_insights_item_data in _raw_unique_insights
                ]

        except FieldParseError as error:
            raise error.within("FusionAnalysisResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionAnalysisResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_analysis_result = cls(
            blind_spots,
            consensus,
            contradictions,
            partial_coverage,
            unique_insights,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_analysis_result.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return fusion_analysis_result

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


FusionAnalysisResult.__annotations__ = ResolvingAnnotations(FusionAnalysisResult.__annotations__, _resolve_lazy_imports)
