from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_analysis_completed_event_type import FusionCallAnalysisCompletedEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FusionAnalysisResult
    if _lazy_imports_resolved:
        return
    from ..models.fusion_analysis_result import FusionAnalysisResult  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FusionCallAnalysisCompletedEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"analysis", "item_id", "output_index", "sequence_number", "type"})


@_attrs_define(repr=False)
class FusionCallAnalysisCompletedEvent:
    """Emitted when the fusion analyst completes with the structured analysis.

    Example:
        {'analysis': {'blind_spots': [], 'consensus': [], 'contradictions': [], 'partial_coverage': [],
            'unique_insights': []}, 'item_id': 'st_fusion_abc', 'output_index': 0, 'sequence_number': 40, 'type':
            'response.fusion_call.analysis.completed'}

    Attributes:
        analysis (FusionAnalysisResult): Structured analysis produced by the fusion analyst model. Example:
            {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}.
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (FusionCallAnalysisCompletedEventType):
    """

    _analysis: FusionAnalysisResult = _attrs_field(alias="analysis")
    _item_id: str = _attrs_field(alias="item_id")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: FusionCallAnalysisCompletedEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def analysis(self) -> FusionAnalysisResult:
        value: Any = self._analysis
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisCompletedEvent", "analysis")
        return value

    @analysis.setter
    def analysis(self, value: FusionAnalysisResult) -> None:
        self._analysis = value

    @property
    def item_id(self) -> str:
        value: Any = self._item_id
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisCompletedEvent", "item_id")
        return value

    @item_id.setter
    def item_id(self, value: str) -> None:
        self._item_id = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisCompletedEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisCompletedEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> FusionCallAnalysisCompletedEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("FusionCallAnalysisCompletedEvent", "type")
        return value

    @type_.setter
    def type_(self, value: FusionCallAnalysisCompletedEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"analysis={self._analysis!r}, "
            f"item_id={self._item_id!r}, "
            f"output_index={self._output_index!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        analysis: Any = self._analysis
        if not (isinstance(analysis, Unset) or analysis is None):
            analysis = self._analysis.to_dict()

        item_id: Any = self._item_id

        output_index: Any = self._output_index

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionCallAnalysisCompletedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "analysis" not in data:
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not FusionCallAnalysisCompletedEventType.is_known(data["type"]):
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
                    f"FusionCallAnalysisCompletedEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "analysis"
            _raw_analysis = d.get("analysis", UNSET)
            analysis: Any = _raw_analysis
            if _raw_analysis is not None and _raw_analysis is not UNSET:
                analysis = FusionAnalysisResult.from_dict(_raw_analysis)

            item_id = d.get("item_id", UNSET)

            output_index = d.get("output_index", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = FusionCallAnalysisCompletedEventType._value2member_map_.get(
                    _raw_type_
                ) or FusionCallAnalysisCompletedEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("FusionCallAnalysisCompletedEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionCallAnalysisCompletedEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_call_analysis_completed_event = cls(
            analysis,
            item_id,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_call_analysis_completed_event.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return fusion_call_analysis_completed_event

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


FusionCallAnalysisCompletedEvent.__annotations__ = ResolvingAnnotations(
    FusionCallAnalysisCompletedEvent.__annotations__, _resolve_lazy_imports
)
