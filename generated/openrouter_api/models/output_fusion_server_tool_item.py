from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_fusion_server_tool_item_type import OutputFusionServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult
    from ..models.fusion_source import FusionSource
    from ..models.output_fusion_server_tool_item_failed_models_item import OutputFusionServerToolItemFailedModelsItem
    from ..models.output_fusion_server_tool_item_responses_item import OutputFusionServerToolItemResponsesItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        FusionAnalysisResult, \
        FusionSource, \
        OutputFusionServerToolItemFailedModelsItem, \
        OutputFusionServerToolItemResponsesItem
    if _lazy_imports_resolved:
        return
    from ..models.fusion_analysis_result import FusionAnalysisResult  # noqa: PLC0415
    from ..models.fusion_source import FusionSource  # noqa: PLC0415
    from ..models.output_fusion_server_tool_item_failed_models_item import OutputFusionServerToolItemFailedModelsItem  # noqa: PLC0415
    from ..models.output_fusion_server_tool_item_responses_item import OutputFusionServerToolItemResponsesItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OutputFusionServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"status", "type", "analysis", "error", "failed_models", "failure_reason", "id", "responses", "sources"}
)


@_attrs_define(repr=False)
class OutputFusionServerToolItem:
    """An openrouter:fusion server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:fusion'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputFusionServerToolItemType):
        analysis (FusionAnalysisResult | Unset): Structured analysis produced by the fusion analyst model. Example:
            {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}.
        error (str | Unset): Error message when the fusion run did not produce an analysis result.
        failed_models (list[OutputFusionServerToolItemFailedModelsItem] | Unset): Models that were requested as part of
            the analysis panel but did not produce a response. Present when at least one requested analysis model failed.
            The fusion result is still usable but was produced from a degraded panel.
        failure_reason (str | Unset): Typed failure reason when the fusion run failed. Possible values include:
            all_panels_failed, insufficient_credits, rate_limited, invalid_model, judge_not_valid_json,
            judge_schema_mismatch, judge_upstream_error, judge_empty_completion. The four analysis-stage codes keep their
            pre-rename `judge_` spelling so existing consumers keep matching. The consumer-cancellation code is `cancelled`.
        id (str | Unset):
        responses (list[OutputFusionServerToolItemResponsesItem] | Unset): Analysis models that produced a response in
            this fusion run, with each model's full panel content.
        sources (list[FusionSource] | Unset): Web pages the analysis panels and analyst retrieved via web search during
            this fusion run, deduplicated by URL across the whole run. Present when at least one model cited a source.
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputFusionServerToolItemType = _attrs_field(alias="type_")
    analysis: FusionAnalysisResult | Unset = UNSET
    error: str | Unset = UNSET
    failed_models: list[OutputFusionServerToolItemFailedModelsItem] | Unset = UNSET
    failure_reason: str | Unset = UNSET
    id: str | Unset = UNSET
    responses: list[OutputFusionServerToolItemResponsesItem] | Unset = UNSET
    sources: list[FusionSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputFusionServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputFusionServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputFusionServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputFusionServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"analysis={self.analysis!r}, "
            f"error={self.error!r}, "
            f"failed_models={self.failed_models!r}, "
            f"failure_reason={self.failure_reason!r}, "
            f"id={self.id!r}, "
            f"responses={self.responses!r}, "
            f"sources={self.sources!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        analysis: Any = self.analysis
        if not (isinstance(analysis, Unset) or analysis is None):
            analysis = analysis.to_dict()

        error: Any = self.error

        failed_models: Any = self.failed_models
        if not (isinstance(failed_models, Unset) or failed_models is None):
            failed_models = []
            for failed_models_item_data in self.failed_models:
                failed_models_item = failed_models_item_data.to_dict()
                failed_models.append(failed_models_item)

        failure_reason: Any = self.failure_reason

        id: Any = self.id

        responses: Any = self.responses
        if not (isinstance(responses, Unset) or responses is None):
            responses = []
            for responses_item_data in self.responses:
                responses_item = responses_item_data.to_dict()
                responses.append(responses_item)

        sources: Any = self.sources
        if not (isinstance(sources, Unset) or sources is None):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if error is not UNSET:
            field_dict["error"] = error
        if failed_models is not UNSET:
            field_dict["failed_models"] = failed_models
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if id is not UNSET:
            field_dict["id"] = id
        if responses is not UNSET:
            field_dict["responses"] = responses
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputFusionServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputFusionServerToolItemType.is_known(data["type"]):
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
                    f"OutputFusionServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputFusionServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputFusionServerToolItemType._parse(_raw_type_)

            _field = "analysis"
            _raw_analysis = d.get("analysis", UNSET)
            analysis: Any = _raw_analysis
            if _raw_analysis is not None and _raw_analysis is not UNSET:
                analysis = FusionAnalysisResult.from_dict(_raw_analysis)

            error = d.get("error", UNSET)

            _field = "failed_models"
            _raw_failed_models = d.get("failed_models", UNSET)
            failed_models: Any = _raw_failed_models
            if _raw_failed_models is not None and _raw_failed_models is not UNSET:
                failed_models = [
                    OutputFusionServerToolItemFailedModelsItem.from_dict(failed_models_item_data)
                    for failed_models_item_data in _raw_failed_models
                ]

            failure_reason = d.get("failure_reason", UNSET)

            id = d.get("id", UNSET)

            _field = "responses"
            _raw_responses = d.get("responses", UNSET)
            responses: Any = _raw_responses
            if _raw_responses is not None and _raw_responses is not UNSET:
                responses = [
                    OutputFusionServerToolItemResponsesItem.from_dict(responses_item_data)
                    for responses_item_data in _raw_responses
                ]

            _field = "sources"
            _raw_sources = d.get("sources", UNSET)
            sources: Any = _raw_sources
            if _raw_sources is not None and _raw_sources is not UNSET:
                sources = [FusionSource.from_dict(sources_item_data) for sources_item_data in _raw_sources]

        except FieldParseError as error:
            raise error.within("OutputFusionServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputFusionServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_fusion_server_tool_item = cls(
            status,
            type_,
            analysis,
            error,
            failed_models,
            failure_reason,
            id,
            responses,
            sources,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_fusion_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_fusion_server_tool_item

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


OutputFusionServerToolItem.__annotations__ = ResolvingAnnotations(
    OutputFusionServerToolItem.__annotations__, _resolve_lazy_imports
)
