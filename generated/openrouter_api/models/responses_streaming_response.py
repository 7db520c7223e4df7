from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.annotation_added_event import AnnotationAddedEvent
    from ..models.apply_patch_call_operation_diff_delta_event import ApplyPatchCallOperationDiffDeltaEvent
    from ..models.apply_patch_call_operation_diff_done_event import ApplyPatchCallOperationDiffDoneEvent
    from ..models.code_interpreter_call_code_delta_event import CodeInterpreterCallCodeDeltaEvent
    from ..models.code_interpreter_call_code_done_event import CodeInterpreterCallCodeDoneEvent
    from ..models.code_interpreter_call_completed_event import CodeInterpreterCallCompletedEvent
    from ..models.code_interpreter_call_in_progress_event import CodeInterpreterCallInProgressEvent
    from ..models.code_interpreter_call_interpreting_event import CodeInterpreterCallInterpretingEvent
    from ..models.content_part_added_event import ContentPartAddedEvent
    from ..models.content_part_done_event import ContentPartDoneEvent
    from ..models.custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent
    from ..models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from ..models.debug_event import DebugEvent
    from ..models.error_event import ErrorEvent
    from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent
    from ..models.fusion_call_analysis_completed_event import FusionCallAnalysisCompletedEvent
    from ..models.fusion_call_analysis_in_progress_event import FusionCallAnalysisInProgressEvent
    from ..models.fusion_call_completed_event import FusionCallCompletedEvent
    from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent
    from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from ..models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from ..models.fusion_call_panel_reasoning_delta_event import FusionCallPanelReasoningDeltaEvent
    from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent
    from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from ..models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from ..models.image_gen_call_partial_image_event import ImageGenCallPartialImageEvent
    from ..models.open_responses_created_event import OpenResponsesCreatedEvent
    from ..models.open_responses_in_progress_event import OpenResponsesInProgressEvent
    from ..models.reasoning_delta_event import ReasoningDeltaEvent
    from ..models.reasoning_done_event import ReasoningDoneEvent
    from ..models.reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent
    from ..models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from ..models.reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent
    from ..models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from ..models.refusal_delta_event import RefusalDeltaEvent
    from ..models.refusal_done_event import RefusalDoneEvent
    from ..models.stream_events_response_completed import StreamEventsResponseCompleted
    from ..models.stream_events_response_failed import StreamEventsResponseFailed
    from ..models.stream_events_response_incomplete import StreamEventsResponseIncomplete
    from ..models.stream_events_response_output_item_added import StreamEventsResponseOutputItemAdded
    from ..models.stream_events_response_output_item_done import StreamEventsResponseOutputItemDone
    from ..models.text_delta_event import TextDeltaEvent
    from ..models.text_done_event import TextDoneEvent
    from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent
    from ..models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnnotationAddedEvent, \
        ApplyPatchCallOperationDiffDeltaEvent, \
        ApplyPatchCallOperationDiffDoneEvent, \
        CodeInterpreterCallCodeDeltaEvent, \
        CodeInterpreterCallCodeDoneEvent, \
        CodeInterpreterCallCompletedEvent, \
        CodeInterpreterCallInProgressEvent, \
        CodeInterpreterCallInterpretingEvent, \
        ContentPartAddedEvent, \
        ContentPartDoneEvent, \
        CustomToolCallInputDeltaEvent, \
        CustomToolCallInputDoneEvent, \
        DebugEvent, \
        ErrorEvent, \
        FunctionCallArgsDeltaEvent, \
        FunctionCallArgsDoneEvent, \
        FusionCallAnalysisCompletedEvent, \
        FusionCallAnalysisInProgressEvent, \
        FusionCallCompletedEvent, \
        FusionCallInProgressEvent, \
        FusionCallPanelAddedEvent, \
        FusionCallPanelCompletedEvent, \
        FusionCallPanelDeltaEvent, \
        FusionCallPanelFailedEvent, \
        FusionCallPanelReasoningDeltaEvent, \
        ImageGenCallCompletedEvent, \
        ImageGenCallGeneratingEvent, \
        ImageGenCallInProgressEvent, \
        ImageGenCallPartialImageEvent, \
        OpenResponsesCreatedEvent, \
        OpenResponsesInProgressEvent, \
        ReasoningDeltaEvent, \
        ReasoningDoneEvent, \
        ReasoningSummaryPartAddedEvent, \
        ReasoningSummaryPartDoneEvent, \
        ReasoningSummaryTextDeltaEvent, \
        ReasoningSummaryTextDoneEvent, \
        RefusalDeltaEvent, \
        RefusalDoneEvent, \
        StreamEventsResponseCompleted, \
        StreamEventsResponseFailed, \
        StreamEventsResponseIncomplete, \
        StreamEventsResponseOutputItemAdded, \
        StreamEventsResponseOutputItemDone, \
        TextDeltaEvent, \
        TextDoneEvent, \
        WebSearchCallCompletedEvent, \
        WebSearchCallInProgressEvent, \
        WebSearchCallSearchingEvent
    if _lazy_imports_resolved:
        return
    from ..models.annotation_added_event import AnnotationAddedEvent  # noqa: PLC0415
    from ..models.apply_patch_call_operation_diff_delta_event import ApplyPatchCallOperationDiffDeltaEvent  # noqa: PLC0415
    from ..models.apply_patch_call_operation_diff_done_event import ApplyPatchCallOperationDiffDoneEvent  # noqa: PLC0415
    from ..models.code_interpreter_call_code_delta_event import CodeInterpreterCallCodeDeltaEvent  # noqa: PLC0415
    from ..models.code_interpreter_call_code_done_event import CodeInterpreterCallCodeDoneEvent  # noqa: PLC0415
    from ..models.code_interpreter_call_completed_event import CodeInterpreterCallCompletedEvent  # noqa: PLC0415
    from ..models.code_interpreter_call_in_progress_event import CodeInterpreterCallInProgressEvent  # noqa: PLC0415
    from ..models.code_interpreter_call_interpreting_event import CodeInterpreterCallInterpretingEvent  # noqa: PLC0415
    from ..models.content_part_added_event import ContentPartAddedEvent  # noqa: PLC0415
    from ..models.content_part_done_event import ContentPartDoneEvent  # noqa: PLC0415
    from ..models.custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent  # noqa: PLC0415
    from ..models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent  # noqa: PLC0415
    from ..models.debug_event import DebugEvent  # noqa: PLC0415
    from ..models.error_event import ErrorEvent  # noqa: PLC0415
    from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent  # noqa: PLC0415
    from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent  # noqa: PLC0415
    from ..models.fusion_call_analysis_completed_event import FusionCallAnalysisCompletedEvent  # noqa: PLC0415
    from ..models.fusion_call_analysis_in_progress_event import FusionCallAnalysisInProgressEvent  # noqa: PLC0415
    from ..models.fusion_call_completed_event import FusionCallCompletedEvent  # noqa: PLC0415
    from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent  # noqa: PLC0415
    from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent  # noqa: PLC0415
    from ..models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent  # noqa: PLC0415
    from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent  # noqa: PLC0415
    from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent  # noqa: PLC0415
    from ..models.fusion_call_panel_reasoning_delta_event import FusionCallPanelReasoningDeltaEvent  # noqa: PLC0415
    from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent  # noqa: PLC0415
    from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent  # noqa: PLC0415
    from ..models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent  # noqa: PLC0415
    from ..models.image_gen_call_partial_image_event import ImageGenCallPartialImageEvent  # noqa: PLC0415
    from ..models.open_responses_created_event import OpenResponsesCreatedEvent  # noqa: PLC0415
    from ..models.open_responses_in_progress_event import OpenResponsesInProgressEvent  # noqa: PLC0415
    from ..models.reasoning_delta_event import ReasoningDeltaEvent  # noqa: PLC0415
    from ..models.reasoning_done_event import ReasoningDoneEvent  # noqa: PLC0415
    from ..models.reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent  # noqa: PLC0415
    from ..models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent  # noqa: PLC0415
    from ..models.reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent  # noqa: PLC0415
    from ..models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent  # noqa: PLC0415
    from ..models.refusal_delta_event import RefusalDeltaEvent  # noqa: PLC0415
    from ..models.refusal_done_event import RefusalDoneEvent  # noqa: PLC0415
    from ..models.stream_events_response_completed import StreamEventsResponseCompleted  # noqa: PLC0415
    from ..models.stream_events_response_failed import StreamEventsResponseFailed  # noqa: PLC0415
    from ..models.stream_events_response_incomplete import StreamEventsResponseIncomplete  # noqa: PLC0415
    from ..models.stream_events_response_output_item_added import StreamEventsResponseOutputItemAdded  # noqa: PLC0415
    from ..models.stream_events_response_output_item_done import StreamEventsResponseOutputItemDone  # noqa: PLC0415
    from ..models.text_delta_event import TextDeltaEvent  # noqa: PLC0415
    from ..models.text_done_event import TextDoneEvent  # noqa: PLC0415
    from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent  # noqa: PLC0415
    from ..models.web_search_call_in_progress_event import WebSearchCallInProgressEvent  # noqa: PLC0415
    from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponsesStreamingResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class ResponsesStreamingResponse:
    """
    Example:
        {'data': {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}}

    Attributes:
        data (AnnotationAddedEvent | ApplyPatchCallOperationDiffDeltaEvent | ApplyPatchCallOperationDiffDoneEvent |
            CodeInterpreterCallCodeDeltaEvent | CodeInterpreterCallCodeDoneEvent | CodeInterpreterCallCompletedEvent |
            CodeInterpreterCallInProgressEvent | CodeInterpreterCallInterpretingEvent | ContentPartAddedEvent |
            ContentPartDoneEvent | CustomToolCallInputDeltaEvent | CustomToolCallInputDoneEvent | DebugEvent | ErrorEvent |
            FunctionCallArgsDeltaEvent | FunctionCallArgsDoneEvent | FusionCallAnalysisCompletedEvent |
            FusionCallAnalysisInProgressEvent | FusionCallCompletedEvent | FusionCallInProgressEvent |
            FusionCallPanelAddedEvent | FusionCallPanelCompletedEvent | FusionCallPanelDeltaEvent |
            FusionCallPanelFailedEvent | FusionCallPanelReasoningDeltaEvent | ImageGenCallCompletedEvent |
            ImageGenCallGeneratingEvent | ImageGenCallInProgressEvent | ImageGenCallPartialImageEvent |
            OpenResponsesCreatedEvent | OpenResponsesInProgressEvent | ReasoningDeltaEvent | ReasoningDoneEvent |
            ReasoningSummaryPartAddedEvent | ReasoningSummaryPartDoneEvent | ReasoningSummaryTextDeltaEvent |
            ReasoningSummaryTextDoneEvent | RefusalDeltaEvent | RefusalDoneEvent | StreamEventsResponseCompleted |
            StreamEventsResponseFailed | StreamEventsResponseIncomplete | StreamEventsResponseOutputItemAdded |
            StreamEventsResponseOutputItemDone | TextDeltaEvent | TextDoneEvent | WebSearchCallCompletedEvent |
            WebSearchCallInProgressEvent | WebSearchCallSearchingEvent): Union of all possible event types emitted during
            response streaming Example: {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None,
            'frequency_penalty': None, 'id': 'resp-abc123', 'incomplete_details': None, 'instructions': None,
            'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4', 'object': 'response', 'output': [],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'in_progress', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}, 'sequence_number': 0, 'type': 'response.created'}.
    """

    _data: (
        AnnotationAddedEvent
        | ApplyPatchCallOperationDiffDeltaEvent
        | ApplyPatchCallOperationDiffDoneEvent
        | CodeInterpreterCallCodeDeltaEvent
        | CodeInterpreterCallCodeDoneEvent
        | CodeInterpreterCallCompletedEvent
        | CodeInterpreterCallInProgressEvent
        | CodeInterpreterCallInterpretingEvent
        | ContentPartAddedEvent
        | ContentPartDoneEvent
        | CustomToolCallInputDeltaEvent
        | CustomToolCallInputDoneEvent
        | DebugEvent
        | ErrorEvent
        | FunctionCallArgsDeltaEvent
        | FunctionCallArgsDoneEvent
        | FusionCallAnalysisCompletedEvent
        | FusionCallAnalysisInProgressEvent
        | FusionCallCompletedEvent
        | FusionCallInProgressEvent
        | FusionCallPanelAddedEvent
        | FusionCallPanelCompletedEvent
        | FusionCallPanelDeltaEvent
        | FusionCallPanelFailedEvent
        | FusionCallPanelReasoningDeltaEvent
        | ImageGenCallCompletedEvent
        | ImageGenCallGeneratingEvent
        | ImageGenCallInProgressEvent
        | ImageGenCallPartialImageEvent
        | OpenResponsesCreatedEvent
        | OpenResponsesInProgressEvent
        | ReasoningDeltaEvent
        | ReasoningDoneEvent
        | ReasoningSummaryPartAddedEvent
        | ReasoningSummaryPartDoneEvent
        | ReasoningSummaryTextDeltaEvent
        | ReasoningSummaryTextDoneEvent
        | RefusalDeltaEvent
        | RefusalDoneEvent
        | StreamEventsResponseCompleted
        | StreamEventsResponseFailed
        | StreamEventsResponseIncomplete
        | StreamEventsResponseOutputItemAdded
        | StreamEventsResponseOutputItemDone
        | TextDeltaEvent
        | TextDoneEvent
        | WebSearchCallCompletedEvent
        | WebSearchCallInProgressEvent
        | WebSearchCallSearchingEvent
    ) = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(
        self,
    ) -> (
        AnnotationAddedEvent
        | ApplyPatchCallOperationDiffDeltaEvent
        | ApplyPatchCallOperationDiffDoneEvent
        | CodeInterpreterCallCodeDeltaEvent
        | CodeInterpreterCallCodeDoneEvent
        | CodeInterpreterCallCompletedEvent
        | CodeInterpreterCallInProgressEvent
        | CodeInterpreterCallInterpretingEvent
        | ContentPartAddedEvent
        | ContentPartDoneEvent
        | CustomToolCallInputDeltaEvent
        | CustomToolCallInputDoneEvent
        | DebugEvent
        | ErrorEvent
        | FunctionCallArgsDeltaEvent
        | FunctionCallArgsDoneEvent
        | FusionCallAnalysisCompletedEvent
        | FusionCallAnalysisInProgressEvent
        | FusionCallCompletedEvent
        | FusionCallInProgressEvent
        | FusionCallPanelAddedEvent
        | FusionCallPanelCompletedEvent
        | FusionCallPanelDeltaEvent
        | FusionCallPanelFailedEvent
        | FusionCallPanelReasoningDeltaEvent
        | ImageGenCallCompletedEvent
        | ImageGenCallGeneratingEvent
        | ImageGenCallInProgressEvent
        | ImageGenCallPartialImageEvent
        | OpenResponsesCreatedEvent
        | OpenResponsesInProgressEvent
        | ReasoningDeltaEvent
        | ReasoningDoneEvent
        | ReasoningSummaryPartAddedEvent
        | ReasoningSummaryPartDoneEvent
        | ReasoningSummaryTextDeltaEvent
        | ReasoningSummaryTextDoneEvent
        | RefusalDeltaEvent
        | RefusalDoneEvent
        | StreamEventsResponseCompleted
        | StreamEventsResponseFailed
        | StreamEventsResponseIncomplete
        | StreamEventsResponseOutputItemAdded
        | StreamEventsResponseOutputItemDone
        | TextDeltaEvent
        | TextDoneEvent
        | WebSearchCallCompletedEvent
        | WebSearchCallInProgressEvent
        | WebSearchCallSearchingEvent
    ):
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ResponsesStreamingResponse", "data")
        return value

    @data.setter
    def data(
        self,
        value: AnnotationAddedEvent
        | ApplyPatchCallOperationDiffDeltaEvent
        | ApplyPatchCallOperationDiffDoneEvent
        | CodeInterpreterCallCodeDeltaEvent
        | CodeInterpreterCallCodeDoneEvent
        | CodeInterpreterCallCompletedEvent
        | CodeInterpreterCallInProgressEvent
        | CodeInterpreterCallInterpretingEvent
        | ContentPartAddedEvent
        | ContentPartDoneEvent
        | CustomToolCallInputDeltaEvent
        | CustomToolCallInputDoneEvent
        | DebugEvent
        | ErrorEvent
        | FunctionCallArgsDeltaEvent
        | FunctionCallArgsDoneEvent
        | FusionCallAnalysisCompletedEvent
        | FusionCallAnalysisInProgressEvent
        | FusionCallCompletedEvent
        | FusionCallInProgressEvent
        | FusionCallPanelAddedEvent
        | FusionCallPanelCompletedEvent
        | FusionCallPanelDeltaEvent
        | FusionCallPanelFailedEvent
        | FusionCallPanelReasoningDeltaEvent
        | ImageGenCallCompletedEvent
        | ImageGenCallGeneratingEvent
        | ImageGenCallInProgressEvent
        | ImageGenCallPartialImageEvent
        | OpenResponsesCreatedEvent
        | OpenResponsesInProgressEvent
        | ReasoningDeltaEvent
        | ReasoningDoneEvent
        | ReasoningSummaryPartAddedEvent
        | ReasoningSummaryPartDoneEvent
        | ReasoningSummaryTextDeltaEvent
        | ReasoningSummaryTextDoneEvent
        | RefusalDeltaEvent
        | RefusalDoneEvent
        | StreamEventsResponseCompleted
        | StreamEventsResponseFailed
        | StreamEventsResponseIncomplete
        | StreamEventsResponseOutputItemAdded
        | StreamEventsResponseOutputItemDone
        | TextDeltaEvent
        | TextDoneEvent
        | WebSearchCallCompletedEvent
        | WebSearchCallInProgressEvent
        | WebSearchCallSearchingEvent,
    ) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            if isinstance(self._data, OpenResponsesCreatedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, OpenResponsesInProgressEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, StreamEventsResponseCompleted):
                data = self._data.to_dict()
            elif isinstance(self._data, StreamEventsResponseIncomplete):
                data = self._data.to_dict()
            elif isinstance(self._data, StreamEventsResponseFailed):
                data = self._data.to_dict()
            elif isinstance(self._data, ErrorEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, StreamEventsResponseOutputItemAdded):
                data = self._data.to_dict()
            elif isinstance(self._data, StreamEventsResponseOutputItemDone):
                data = self._data.to_dict()
            elif isinstance(self._data, ContentPartAddedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ContentPartDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, TextDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, TextDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, RefusalDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, RefusalDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, AnnotationAddedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FunctionCallArgsDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FunctionCallArgsDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ReasoningDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ReasoningDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ReasoningSummaryPartAddedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ReasoningSummaryPartDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ReasoningSummaryTextDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ReasoningSummaryTextDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ImageGenCallInProgressEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ImageGenCallGeneratingEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ImageGenCallPartialImageEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ImageGenCallCompletedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CodeInterpreterCallInProgressEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CodeInterpreterCallInterpretingEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CodeInterpreterCallCompletedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CodeInterpreterCallCodeDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CodeInterpreterCallCodeDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, WebSearchCallInProgressEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, WebSearchCallSearchingEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, WebSearchCallCompletedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CustomToolCallInputDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, CustomToolCallInputDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ApplyPatchCallOperationDiffDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, ApplyPatchCallOperationDiffDoneEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallInProgressEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallPanelAddedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallPanelDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallPanelReasoningDeltaEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallPanelCompletedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallPanelFailedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallAnalysisInProgressEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallAnalysisCompletedEvent):
                data = self._data.to_dict()
            elif isinstance(self._data, FusionCallCompletedEvent):
                data = self._data.to_dict()
            else:
                data = self._data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponsesStreamingResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
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
                    f"ResponsesStreamingResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = _parse_data(_raw_data)

        except FieldParseError as error:
            raise error.within("ResponsesStreamingResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ResponsesStreamingResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        responses_streaming_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            responses_streaming_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return responses_streaming_response

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


ResponsesStreamingResponse.__annotations__ = ResolvingAnnotations(
    ResponsesStreamingResponse.__annotations__, _resolve_lazy_imports
)


def _parse_data(
    data: object,
) -> (
    AnnotationAddedEvent
    | ApplyPatchCallOperationDiffDeltaEvent
    | ApplyPatchCallOperationDiffDoneEvent
    | CodeInterpreterCallCodeDeltaEvent
    | CodeInterpreterCallCodeDoneEvent
    | CodeInterpreterCallCompletedEvent
    | CodeInterpreterCallInProgressEvent
    | CodeInterpreterCallInterpretingEvent
    | ContentPartAddedEvent
    | ContentPartDoneEvent
    | CustomToolCallInputDeltaEvent
    | CustomToolCallInputDoneEvent
    | DebugEvent
    | ErrorEvent
    | FunctionCallArgsDeltaEvent
    | FunctionCallArgsDoneEvent
    | FusionCallAnalysisCompletedEvent
    | FusionCallAnalysisInProgressEvent
    | FusionCallCompletedEvent
    | FusionCallInProgressEvent
    | FusionCallPanelAddedEvent
    | FusionCallPanelCompletedEvent
    | FusionCallPanelDeltaEvent
    | FusionCallPanelFailedEvent
    | FusionCallPanelReasoningDeltaEvent
    | ImageGenCallCompletedEvent
    | ImageGenCallGeneratingEvent
    | ImageGenCallInProgressEvent
    | ImageGenCallPartialImageEvent
    | OpenResponsesCreatedEvent
    | OpenResponsesInProgressEvent
    | ReasoningDeltaEvent
    | ReasoningDoneEvent
    | ReasoningSummaryPartAddedEvent
    | ReasoningSummaryPartDoneEvent
    | ReasoningSummaryTextDeltaEvent
    | ReasoningSummaryTextDoneEvent
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | StreamEventsResponseCompleted
    | StreamEventsResponseFailed
    | StreamEventsResponseIncomplete
    | StreamEventsResponseOutputItemAdded
    | StreamEventsResponseOutputItemDone
    | TextDeltaEvent
    | TextDoneEvent
    | WebSearchCallCompletedEvent
    | WebSearchCallInProgressEvent
    | WebSearchCallSearchingEvent
):
    if OpenResponsesCreatedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_0 = OpenResponsesCreatedEvent.from_dict(data)

            return componentsschemas_stream_events_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesInProgressEvent._matches(data):
        try:
            componentsschemas_stream_events_type_1 = OpenResponsesInProgressEvent.from_dict(data)

            return componentsschemas_stream_events_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StreamEventsResponseCompleted._matches(data):
        try:
            componentsschemas_stream_events_type_2 = StreamEventsResponseCompleted.from_dict(data)

            return componentsschemas_stream_events_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StreamEventsResponseIncomplete._matches(data):
        try:
            componentsschemas_stream_events_type_3 = StreamEventsResponseIncomplete.from_dict(data)

            return componentsschemas_stream_events_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StreamEventsResponseFailed._matches(data):
        try:
            componentsschemas_stream_events_type_4 = StreamEventsResponseFailed.from_dict(data)

            return componentsschemas_stream_events_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ErrorEvent._matches(data):
        try:
            componentsschemas_stream_events_type_5 = ErrorEvent.from_dict(data)

            return componentsschemas_stream_events_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StreamEventsResponseOutputItemAdded._matches(data):
        try:
            componentsschemas_stream_events_type_6 = StreamEventsResponseOutputItemAdded.from_dict(data)

            return componentsschemas_stream_events_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StreamEventsResponseOutputItemDone._matches(data):
        try:
            componentsschemas_stream_events_type_7 = StreamEventsResponseOutputItemDone.from_dict(data)

            return componentsschemas_stream_events_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartAddedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_8 = ContentPartAddedEvent.from_dict(data)

            return componentsschemas_stream_events_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContentPartDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_9 = ContentPartDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if TextDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_10 = TextDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if TextDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_11 = TextDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if RefusalDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_12 = RefusalDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if RefusalDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_13 = RefusalDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnnotationAddedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_14 = AnnotationAddedEvent.from_dict(data)

            return componentsschemas_stream_events_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FunctionCallArgsDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_15 = FunctionCallArgsDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FunctionCallArgsDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_16 = FunctionCallArgsDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_17 = ReasoningDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_18 = ReasoningDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningSummaryPartAddedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_19 = ReasoningSummaryPartAddedEvent.from_dict(data)

            return componentsschemas_stream_events_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningSummaryPartDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_20 = ReasoningSummaryPartDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningSummaryTextDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_21 = ReasoningSummaryTextDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningSummaryTextDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_22 = ReasoningSummaryTextDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenCallInProgressEvent._matches(data):
        try:
            componentsschemas_stream_events_type_23 = ImageGenCallInProgressEvent.from_dict(data)

            return componentsschemas_stream_events_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenCallGeneratingEvent._matches(data):
        try:
            componentsschemas_stream_events_type_24 = ImageGenCallGeneratingEvent.from_dict(data)

            return componentsschemas_stream_events_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenCallPartialImageEvent._matches(data):
        try:
            componentsschemas_stream_events_type_25 = ImageGenCallPartialImageEvent.from_dict(data)

            return componentsschemas_stream_events_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenCallCompletedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_26 = ImageGenCallCompletedEvent.from_dict(data)

            return componentsschemas_stream_events_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterCallInProgressEvent._matches(data):
        try:
            componentsschemas_stream_events_type_27 = CodeInterpreterCallInProgressEvent.from_dict(data)

            return componentsschemas_stream_events_type_27
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterCallInterpretingEvent._matches(data):
        try:
            componentsschemas_stream_events_type_28 = CodeInterpreterCallInterpretingEvent.from_dict(data)

            return componentsschemas_stream_events_type_28
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterCallCompletedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_29 = CodeInterpreterCallCompletedEvent.from_dict(data)

            return componentsschemas_stream_events_type_29
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterCallCodeDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_30 = CodeInterpreterCallCodeDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_30
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterCallCodeDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_31 = CodeInterpreterCallCodeDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_31
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchCallInProgressEvent._matches(data):
        try:
            componentsschemas_stream_events_type_32 = WebSearchCallInProgressEvent.from_dict(data)

            return componentsschemas_stream_events_type_32
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchCallSearchingEvent._matches(data):
        try:
            componentsschemas_stream_events_type_33 = WebSearchCallSearchingEvent.from_dict(data)

            return componentsschemas_stream_events_type_33
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchCallCompletedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_34 = WebSearchCallCompletedEvent.from_dict(data)

            return componentsschemas_stream_events_type_34
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomToolCallInputDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_35 = CustomToolCallInputDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_35
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomToolCallInputDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_36 = CustomToolCallInputDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_36
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchCallOperationDiffDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_37 = ApplyPatchCallOperationDiffDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_37
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchCallOperationDiffDoneEvent._matches(data):
        try:
            componentsschemas_stream_events_type_38 = ApplyPatchCallOperationDiffDoneEvent.from_dict(data)

            return componentsschemas_stream_events_type_38
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallInProgressEvent._matches(data):
        try:
            componentsschemas_stream_events_type_39 = FusionCallInProgressEvent.from_dict(data)

            return componentsschemas_stream_events_type_39
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallPanelAddedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_40 = FusionCallPanelAddedEvent.from_dict(data)

            return componentsschemas_stream_events_type_40
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallPanelDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_41 = FusionCallPanelDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_41
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallPanelReasoningDeltaEvent._matches(data):
        try:
            componentsschemas_stream_events_type_42 = FusionCallPanelReasoningDeltaEvent.from_dict(data)

            return componentsschemas_stream_events_type_42
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallPanelCompletedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_43 = FusionCallPanelCompletedEvent.from_dict(data)

            return componentsschemas_stream_events_type_43
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallPanelFailedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_44 = FusionCallPanelFailedEvent.from_dict(data)

            return componentsschemas_stream_events_type_44
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallAnalysisInProgressEvent._matches(data):
        try:
            componentsschemas_stream_events_type_45 = FusionCallAnalysisInProgressEvent.from_dict(data)

            return componentsschemas_stream_events_type_45
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallAnalysisCompletedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_46 = FusionCallAnalysisCompletedEvent.from_dict(data)

            return componentsschemas_stream_events_type_46
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionCallCompletedEvent._matches(data):
        try:
            componentsschemas_stream_events_type_47 = FusionCallCompletedEvent.from_dict(data)

            return componentsschemas_stream_events_type_47
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if DebugEvent._matches(data):
        try:
            componentsschemas_stream_events_type_48 = DebugEvent.from_dict(data)

            return componentsschemas_stream_events_type_48
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_0 = OpenResponsesCreatedEvent.from_dict(data)

        return componentsschemas_stream_events_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_1 = OpenResponsesInProgressEvent.from_dict(data)

        return componentsschemas_stream_events_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_2 = StreamEventsResponseCompleted.from_dict(data)

        return componentsschemas_stream_events_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_3 = StreamEventsResponseIncomplete.from_dict(data)

        return componentsschemas_stream_events_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_4 = StreamEventsResponseFailed.from_dict(data)

        return componentsschemas_stream_events_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_5 = ErrorEvent.from_dict(data)

        return componentsschemas_stream_events_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_6 = StreamEventsResponseOutputItemAdded.from_dict(data)

        return componentsschemas_stream_events_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_7 = StreamEventsResponseOutputItemDone.from_dict(data)

        return componentsschemas_stream_events_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_8 = ContentPartAddedEvent.from_dict(data)

        return componentsschemas_stream_events_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_9 = ContentPartDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_10 = TextDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_11 = TextDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_12 = RefusalDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_13 = RefusalDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_14 = AnnotationAddedEvent.from_dict(data)

        return componentsschemas_stream_events_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_15 = FunctionCallArgsDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_16 = FunctionCallArgsDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_17 = ReasoningDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_18 = ReasoningDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_19 = ReasoningSummaryPartAddedEvent.from_dict(data)

        return componentsschemas_stream_events_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_20 = ReasoningSummaryPartDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_21 = ReasoningSummaryTextDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_22 = ReasoningSummaryTextDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_23 = ImageGenCallInProgressEvent.from_dict(data)

        return componentsschemas_stream_events_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_24 = ImageGenCallGeneratingEvent.from_dict(data)

        return componentsschemas_stream_events_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_25 = ImageGenCallPartialImageEvent.from_dict(data)

        return componentsschemas_stream_events_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_26 = ImageGenCallCompletedEvent.from_dict(data)

        return componentsschemas_stream_events_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_27 = CodeInterpreterCallInProgressEvent.from_dict(data)

        return componentsschemas_stream_events_type_27
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_28 = CodeInterpreterCallInterpretingEvent.from_dict(data)

        return componentsschemas_stream_events_type_28
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_29 = CodeInterpreterCallCompletedEvent.from_dict(data)

        return componentsschemas_stream_events_type_29
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_30 = CodeInterpreterCallCodeDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_30
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_31 = CodeInterpreterCallCodeDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_31
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_32 = WebSearchCallInProgressEvent.from_dict(data)

        return componentsschemas_stream_events_type_32
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_33 = WebSearchCallSearchingEvent.from_dict(data)

        return componentsschemas_stream_events_type_33
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_34 = WebSearchCallCompletedEvent.from_dict(data)

        return componentsschemas_stream_events_type_34
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_35 = CustomToolCallInputDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_35
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_36 = CustomToolCallInputDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_36
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_37 = ApplyPatchCallOperationDiffDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_37
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_38 = ApplyPatchCallOperationDiffDoneEvent.from_dict(data)

        return componentsschemas_stream_events_type_38
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_39 = FusionCallInProgressEvent.from_dict(data)

        return componentsschemas_stream_events_type_39
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_40 = FusionCallPanelAddedEvent.from_dict(data)

        return componentsschemas_stream_events_type_40
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_41 = FusionCallPanelDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_41
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_42 = FusionCallPanelReasoningDeltaEvent.from_dict(data)

        return componentsschemas_stream_events_type_42
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_43 = FusionCallPanelCompletedEvent.from_dict(data)

        return componentsschemas_stream_events_type_43
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_44 = FusionCallPanelFailedEvent.from_dict(data)

        return componentsschemas_stream_events_type_44
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_45 = FusionCallAnalysisInProgressEvent.from_dict(data)

        return componentsschemas_stream_events_type_45
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_46 = FusionCallAnalysisCompletedEvent.from_dict(data)

        return componentsschemas_stream_events_type_46
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stream_events_type_47 = FusionCallCompletedEvent.from_dict(data)

        return componentsschemas_stream_events_type_47
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_stream_events_type_48 = DebugEvent.from_dict(data)

    return componentsschemas_stream_events_type_48
