"""The one place where decoded stream events become the objects users iterate over.

The classes are the published document's stream payloads: a chat chunk is `ChatStreamChunk` (the `data` of
`ChatStreamingResponse`); a /responses event is the member of `StreamEvents` (the `data` of
`ResponsesStreamingResponse`) that its `type` names in the document's discriminator; a /messages event is the
member of `MessagesStreamEvents` (the `data` of `MessagesStreamingResponse`) that its `type` names. The tables below
follow those discriminator mappings one to one (tests/streaming/test_streaming_models.py compares them with
`openapi/openrouter.yaml`).

The generated models parse leniently (missing fields read as UNSET, unknown fields land in `additional_properties`,
unknown enum values keep their string), so a drifting payload still parses. An event whose `type` the document
does not list is yielded as the decoded dict itself, so that nothing is dropped.

Typed objects are made only when a caller iterates a stream, and built from their event when first read
(`_deferred.py`); `text()`, `events()`, `snapshot` and `final()` work on the decoded dicts, which is cheaper and loses
nothing.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping
from functools import partial as _bind
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from openrouter_ext._exceptions import MalformedEventError
from openrouter_ext.streaming._decoder import preview
from openrouter_ext.streaming._deferred import StreamRef, deferred, stand_in

if TYPE_CHECKING:
    from openrouter_api.models.annotation_added_event import AnnotationAddedEvent
    from openrouter_api.models.apply_patch_call_operation_diff_delta_event import ApplyPatchCallOperationDiffDeltaEvent
    from openrouter_api.models.apply_patch_call_operation_diff_done_event import ApplyPatchCallOperationDiffDoneEvent
    from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
    from openrouter_api.models.code_interpreter_call_code_delta_event import CodeInterpreterCallCodeDeltaEvent
    from openrouter_api.models.code_interpreter_call_code_done_event import CodeInterpreterCallCodeDoneEvent
    from openrouter_api.models.code_interpreter_call_completed_event import CodeInterpreterCallCompletedEvent
    from openrouter_api.models.code_interpreter_call_in_progress_event import CodeInterpreterCallInProgressEvent
    from openrouter_api.models.code_interpreter_call_interpreting_event import CodeInterpreterCallInterpretingEvent
    from openrouter_api.models.content_part_added_event import ContentPartAddedEvent
    from openrouter_api.models.content_part_done_event import ContentPartDoneEvent
    from openrouter_api.models.custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent
    from openrouter_api.models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from openrouter_api.models.debug_event import DebugEvent
    from openrouter_api.models.error_event import ErrorEvent
    from openrouter_api.models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from openrouter_api.models.function_call_args_done_event import FunctionCallArgsDoneEvent
    from openrouter_api.models.fusion_call_analysis_completed_event import FusionCallAnalysisCompletedEvent
    from openrouter_api.models.fusion_call_analysis_in_progress_event import FusionCallAnalysisInProgressEvent
    from openrouter_api.models.fusion_call_completed_event import FusionCallCompletedEvent
    from openrouter_api.models.fusion_call_in_progress_event import FusionCallInProgressEvent
    from openrouter_api.models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from openrouter_api.models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from openrouter_api.models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from openrouter_api.models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from openrouter_api.models.fusion_call_panel_reasoning_delta_event import FusionCallPanelReasoningDeltaEvent
    from openrouter_api.models.image_gen_call_completed_event import ImageGenCallCompletedEvent
    from openrouter_api.models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from openrouter_api.models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from openrouter_api.models.image_gen_call_partial_image_event import ImageGenCallPartialImageEvent
    from openrouter_api.models.messages_content_block_delta_event import MessagesContentBlockDeltaEvent
    from openrouter_api.models.messages_content_block_start_event import MessagesContentBlockStartEvent
    from openrouter_api.models.messages_content_block_stop_event import MessagesContentBlockStopEvent
    from openrouter_api.models.messages_delta_event import MessagesDeltaEvent
    from openrouter_api.models.messages_error_event import MessagesErrorEvent
    from openrouter_api.models.messages_ping_event import MessagesPingEvent
    from openrouter_api.models.messages_start_event import MessagesStartEvent
    from openrouter_api.models.messages_stop_event import MessagesStopEvent
    from openrouter_api.models.open_responses_created_event import OpenResponsesCreatedEvent
    from openrouter_api.models.open_responses_in_progress_event import OpenResponsesInProgressEvent
    from openrouter_api.models.reasoning_delta_event import ReasoningDeltaEvent
    from openrouter_api.models.reasoning_done_event import ReasoningDoneEvent
    from openrouter_api.models.reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent
    from openrouter_api.models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from openrouter_api.models.reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent
    from openrouter_api.models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from openrouter_api.models.refusal_delta_event import RefusalDeltaEvent
    from openrouter_api.models.refusal_done_event import RefusalDoneEvent
    from openrouter_api.models.stream_events_response_completed import StreamEventsResponseCompleted
    from openrouter_api.models.stream_events_response_failed import StreamEventsResponseFailed
    from openrouter_api.models.stream_events_response_incomplete import StreamEventsResponseIncomplete
    from openrouter_api.models.stream_events_response_output_item_added import StreamEventsResponseOutputItemAdded
    from openrouter_api.models.stream_events_response_output_item_done import StreamEventsResponseOutputItemDone
    from openrouter_api.models.text_delta_event import TextDeltaEvent
    from openrouter_api.models.text_done_event import TextDoneEvent
    from openrouter_api.models.web_search_call_completed_event import WebSearchCallCompletedEvent
    from openrouter_api.models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from openrouter_api.models.web_search_call_searching_event import WebSearchCallSearchingEvent

__all__ = [
    "CHAT_CHUNK_MODEL",
    "MESSAGE_EVENT_MODELS",
    "RESPONSE_EVENT_MODELS",
    "ChatChunk",
    "MessageEvent",
    "ResponseEvent",
    "chat_chunk_on_read",
    "message_event_on_read",
    "parse_chat_chunk",
    "parse_message_event",
    "parse_response_event",
    "response_event_on_read",
]

ChatChunk: TypeAlias = "ChatStreamChunk"
"""A chat completion chunk."""

ResponseEvent: TypeAlias = Union[
    "ErrorEvent",
    "ApplyPatchCallOperationDiffDeltaEvent",
    "ApplyPatchCallOperationDiffDoneEvent",
    "CodeInterpreterCallCodeDeltaEvent",
    "CodeInterpreterCallCodeDoneEvent",
    "CodeInterpreterCallCompletedEvent",
    "CodeInterpreterCallInProgressEvent",
    "CodeInterpreterCallInterpretingEvent",
    "StreamEventsResponseCompleted",
    "ContentPartAddedEvent",
    "ContentPartDoneEvent",
    "OpenResponsesCreatedEvent",
    "CustomToolCallInputDeltaEvent",
    "CustomToolCallInputDoneEvent",
    "DebugEvent",
    "StreamEventsResponseFailed",
    "FunctionCallArgsDeltaEvent",
    "FunctionCallArgsDoneEvent",
    "FusionCallAnalysisCompletedEvent",
    "FusionCallAnalysisInProgressEvent",
    "FusionCallCompletedEvent",
    "FusionCallInProgressEvent",
    "FusionCallPanelAddedEvent",
    "FusionCallPanelCompletedEvent",
    "FusionCallPanelDeltaEvent",
    "FusionCallPanelFailedEvent",
    "FusionCallPanelReasoningDeltaEvent",
    "ImageGenCallCompletedEvent",
    "ImageGenCallGeneratingEvent",
    "ImageGenCallInProgressEvent",
    "ImageGenCallPartialImageEvent",
    "OpenResponsesInProgressEvent",
    "StreamEventsResponseIncomplete",
    "StreamEventsResponseOutputItemAdded",
    "StreamEventsResponseOutputItemDone",
    "AnnotationAddedEvent",
    "TextDeltaEvent",
    "TextDoneEvent",
    "ReasoningSummaryPartAddedEvent",
    "ReasoningSummaryPartDoneEvent",
    "ReasoningSummaryTextDeltaEvent",
    "ReasoningSummaryTextDoneEvent",
    "ReasoningDeltaEvent",
    "ReasoningDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "WebSearchCallCompletedEvent",
    "WebSearchCallInProgressEvent",
    "WebSearchCallSearchingEvent",
    dict[str, Any],
]
"""A /responses stream event: the model of its `type`, or the decoded dict for a type the document does not list."""

MessageEvent: TypeAlias = Union[
    "MessagesContentBlockDeltaEvent",
    "MessagesContentBlockStartEvent",
    "MessagesContentBlockStopEvent",
    "MessagesErrorEvent",
    "MessagesDeltaEvent",
    "MessagesStartEvent",
    "MessagesStopEvent",
    "MessagesPingEvent",
    dict[str, Any],
]
"""A /messages stream event: the model of its `type`, or the decoded dict for a type the document does not list."""

# Event type -> generated module (under openrouter_api.models) and class, as in the document's discriminators.
RESPONSE_EVENT_MODELS: Mapping[str, tuple[str, str]] = {
    "error": ("error_event", "ErrorEvent"),
    "response.apply_patch_call_operation_diff.delta": (
        "apply_patch_call_operation_diff_delta_event",
        "ApplyPatchCallOperationDiffDeltaEvent",
    ),
    "response.apply_patch_call_operation_diff.done": (
        "apply_patch_call_operation_diff_done_event",
        "ApplyPatchCallOperationDiffDoneEvent",
    ),
    "response.code_interpreter_call_code.delta": (
        "code_interpreter_call_code_delta_event",
        "CodeInterpreterCallCodeDeltaEvent",
    ),
    "response.code_interpreter_call_code.done": (
        "code_interpreter_call_code_done_event",
        "CodeInterpreterCallCodeDoneEvent",
    ),
    "response.code_interpreter_call.completed": (
        "code_interpreter_call_completed_event",
        "CodeInterpreterCallCompletedEvent",
    ),
    "response.code_interpreter_call.in_progress": (
        "code_interpreter_call_in_progress_event",
        "CodeInterpreterCallInProgressEvent",
    ),
    "response.code_interpreter_call.interpreting": (
        "code_interpreter_call_interpreting_event",
        "CodeInterpreterCallInterpretingEvent",
    ),
    "response.completed": ("stream_events_response_completed", "StreamEventsResponseCompleted"),
    "response.content_part.added": ("content_part_added_event", "ContentPartAddedEvent"),
    "response.content_part.done": ("content_part_done_event", "ContentPartDoneEvent"),
    "response.created": ("open_responses_created_event", "OpenResponsesCreatedEvent"),
    "response.custom_tool_call_input.delta": ("custom_tool_call_input_delta_event", "CustomToolCallInputDeltaEvent"),
    "response.custom_tool_call_input.done": ("custom_tool_call_input_done_event", "CustomToolCallInputDoneEvent"),
    "response.debug": ("debug_event", "DebugEvent"),
    "response.failed": ("stream_events_response_failed", "StreamEventsResponseFailed"),
    "response.function_call_arguments.delta": ("function_call_args_delta_event", "FunctionCallArgsDeltaEvent"),
    "response.function_call_arguments.done": ("function_call_args_done_event", "FunctionCallArgsDoneEvent"),
    "response.fusion_call.analysis.completed": (
        "fusion_call_analysis_completed_event",
        "FusionCallAnalysisCompletedEvent",
    ),
    "response.fusion_call.analysis.in_progress": (
        "fusion_call_analysis_in_progress_event",
        "FusionCallAnalysisInProgressEvent",
    ),
    "response.fusion_call.completed": ("fusion_call_completed_event", "FusionCallCompletedEvent"),
    "response.fusion_call.in_progress": ("fusion_call_in_progress_event", "FusionCallInProgressEvent"),
    "response.fusion_call.panel.added": ("fusion_call_panel_added_event", "FusionCallPanelAddedEvent"),
    "response.fusion_call.panel.completed": ("fusion_call_panel_completed_event", "FusionCallPanelCompletedEvent"),
    "response.fusion_call.panel.delta": ("fusion_call_panel_delta_event", "FusionCallPanelDeltaEvent"),
    "response.fusion_call.panel.failed": ("fusion_call_panel_failed_event", "FusionCallPanelFailedEvent"),
    "response.fusion_call.panel.reasoning.delta": (
        "fusion_call_panel_reasoning_delta_event",
        "FusionCallPanelReasoningDeltaEvent",
    ),
    "response.image_generation_call.completed": ("image_gen_call_completed_event", "ImageGenCallCompletedEvent"),
    "response.image_generation_call.generating": ("image_gen_call_generating_event", "ImageGenCallGeneratingEvent"),
    "response.image_generation_call.in_progress": ("image_gen_call_in_progress_event", "ImageGenCallInProgressEvent"),
    "response.image_generation_call.partial_image": (
        "image_gen_call_partial_image_event",
        "ImageGenCallPartialImageEvent",
    ),
    "response.in_progress": ("open_responses_in_progress_event", "OpenResponsesInProgressEvent"),
    "response.incomplete": ("stream_events_response_incomplete", "StreamEventsResponseIncomplete"),
    "response.output_item.added": ("stream_events_response_output_item_added", "StreamEventsResponseOutputItemAdded"),
    "response.output_item.done": ("stream_events_response_output_item_done", "StreamEventsResponseOutputItemDone"),
    "response.output_text.annotation.added": ("annotation_added_event", "AnnotationAddedEvent"),
    "response.output_text.delta": ("text_delta_event", "TextDeltaEvent"),
    "response.output_text.done": ("text_done_event", "TextDoneEvent"),
    "response.reasoning_summary_part.added": ("reasoning_summary_part_added_event", "ReasoningSummaryPartAddedEvent"),
    "response.reasoning_summary_part.done": ("reasoning_summary_part_done_event", "ReasoningSummaryPartDoneEvent"),
    "response.reasoning_summary_text.delta": ("reasoning_summary_text_delta_event", "ReasoningSummaryTextDeltaEvent"),
    "response.reasoning_summary_text.done": ("reasoning_summary_text_done_event", "ReasoningSummaryTextDoneEvent"),
    "response.reasoning_text.delta": ("reasoning_delta_event", "ReasoningDeltaEvent"),
    "response.reasoning_text.done": ("reasoning_done_event", "ReasoningDoneEvent"),
    "response.refusal.delta": ("refusal_delta_event", "RefusalDeltaEvent"),
    "response.refusal.done": ("refusal_done_event", "RefusalDoneEvent"),
    "response.web_search_call.completed": ("web_search_call_completed_event", "WebSearchCallCompletedEvent"),
    "response.web_search_call.in_progress": ("web_search_call_in_progress_event", "WebSearchCallInProgressEvent"),
    "response.web_search_call.searching": ("web_search_call_searching_event", "WebSearchCallSearchingEvent"),
}

MESSAGE_EVENT_MODELS: Mapping[str, tuple[str, str]] = {
    "content_block_delta": ("messages_content_block_delta_event", "MessagesContentBlockDeltaEvent"),
    "content_block_start": ("messages_content_block_start_event", "MessagesContentBlockStartEvent"),
    "content_block_stop": ("messages_content_block_stop_event", "MessagesContentBlockStopEvent"),
    "error": ("messages_error_event", "MessagesErrorEvent"),
    "message_delta": ("messages_delta_event", "MessagesDeltaEvent"),
    "message_start": ("messages_start_event", "MessagesStartEvent"),
    "message_stop": ("messages_stop_event", "MessagesStopEvent"),
    "ping": ("messages_ping_event", "MessagesPingEvent"),
}

CHAT_CHUNK_MODEL = ("chat_stream_chunk", "ChatStreamChunk")

# Resolved `from_dict` functions, filled on first use so that importing this package stays cheap.
_loaded: dict[tuple[str, str], Callable[[dict[str, Any]], Any]] = {}


def _from_dict(target: tuple[str, str]) -> Callable[[dict[str, Any]], Any]:
    parse = _loaded.get(target)
    if parse is None:
        module = importlib.import_module(f"openrouter_api.models.{target[0]}")
        parse = _loaded[target] = getattr(module, target[1]).from_dict
    return parse


def _parse(target: tuple[str, str], data: dict[str, Any], partial: object, generation_id: str | None) -> Any:
    try:
        # The cache is read inline: this runs for every streamed event.
        return (_loaded.get(target) or _from_dict(target))(data)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # The generated models accept missing and unknown fields; only a payload of a wholly different shape
        # (a string where an object belongs, say) gets here.
        line = preview(json.dumps(data, ensure_ascii=False, default=repr))
        raise MalformedEventError(
            f"stream event does not fit {target[1]} ({type(exc).__name__}: {exc}): {line!r}",
            line=line,
            partial=partial,
            generation_id=generation_id,
        ) from exc


def parse_chat_chunk(
    data: dict[str, Any], *, partial: object = None, generation_id: str | None = None
) -> ChatStreamChunk:
    """`data` as a `ChatStreamChunk`; MalformedEventError (with `partial`) when it does not fit the model."""
    chunk: ChatStreamChunk = _parse(CHAT_CHUNK_MODEL, data, partial, generation_id)
    return chunk


def parse_response_event(
    data: dict[str, Any], *, partial: object = None, generation_id: str | None = None
) -> ResponseEvent:
    """`data` as the model of its `type`, or `data` itself for a type the document does not list."""
    target = _target(RESPONSE_EVENT_MODELS, data)
    if target is None:
        return data
    event: ResponseEvent = _parse(target, data, partial, generation_id)
    return event


def parse_message_event(
    data: dict[str, Any], *, partial: object = None, generation_id: str | None = None
) -> MessageEvent:
    """`data` as the model of its `type`, or `data` itself for a type the document does not list."""
    target = _target(MESSAGE_EVENT_MODELS, data)
    if target is None:
        return data
    event: MessageEvent = _parse(target, data, partial, generation_id)
    return event


def _target(models: Mapping[str, tuple[str, str]], data: dict[str, Any]) -> tuple[str, str] | None:
    """The model that the event's `type` names in `models`, or None for a type the document does not list."""
    kind = data.get("type")
    return models.get(kind) if isinstance(kind, str) else None


# For each model: the class standing in for it until first read, made on first use.
_stand_ins: dict[tuple[str, str], type[Any]] = {}


def _build_now(target: tuple[str, str], data: dict[str, Any]) -> Any:
    return _parse(target, data, None, None)


def _on_read(target: tuple[str, str], data: dict[str, Any], stream: StreamRef | None) -> Any:
    cls = _stand_ins.get(target)
    if cls is None:
        module = importlib.import_module(f"openrouter_api.models.{target[0]}")
        cls = _stand_ins[target] = stand_in(getattr(module, target[1]), _bind(_build_now, target))
    return deferred(cls, data, stream)


def chat_chunk_on_read(data: dict[str, Any], stream: StreamRef | None = None) -> ChatStreamChunk:
    """A `ChatStreamChunk` built from `data` when first read (see `_deferred.py`); `stream` is told if it misfits."""
    chunk: ChatStreamChunk = _on_read(CHAT_CHUNK_MODEL, data, stream)
    return chunk


def response_event_on_read(data: dict[str, Any], stream: StreamRef | None = None) -> ResponseEvent:
    """As `parse_response_event`, the model built when first read; an unlisted `type` is the dict itself."""
    target = _target(RESPONSE_EVENT_MODELS, data)
    event: ResponseEvent = data if target is None else _on_read(target, data, stream)
    return event


def message_event_on_read(data: dict[str, Any], stream: StreamRef | None = None) -> MessageEvent:
    """As `parse_message_event`, the model built when first read; an unlisted `type` is the dict itself."""
    target = _target(MESSAGE_EVENT_MODELS, data)
    event: MessageEvent = data if target is None else _on_read(target, data, stream)
    return event
