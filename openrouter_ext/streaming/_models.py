"""The one place where decoded stream events become the objects users iterate over.

Chat chunks become `ChatStreamingResponseChunk`; /responses and /messages events become the generated model of
their `type`. The generated models parse leniently (missing fields read as UNSET, unknown fields land in
`additional_properties`, unknown enum values keep their string), so a drifting payload still parses. An event
whose `type` has no generated model is yielded as the decoded dict itself, so that nothing is dropped.

Accumulators never see these objects: they work on the decoded dicts, which is cheaper and loses nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from openrouter_ext._exceptions import MalformedEventError
from openrouter_ext.streaming._decoder import preview

if TYPE_CHECKING:
    from openrouter_api.models.anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
    from openrouter_api.models.anthropic_content_block_start_event import AnthropicContentBlockStartEvent
    from openrouter_api.models.anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
    from openrouter_api.models.anthropic_error_event import AnthropicErrorEvent
    from openrouter_api.models.anthropic_message_delta_event import AnthropicMessageDeltaEvent
    from openrouter_api.models.anthropic_message_start_event import AnthropicMessageStartEvent
    from openrouter_api.models.anthropic_message_stop_event import AnthropicMessageStopEvent
    from openrouter_api.models.anthropic_ping_event import AnthropicPingEvent
    from openrouter_api.models.chat_streaming_response_chunk import ChatStreamingResponseChunk
    from openrouter_api.models.response_completed_event import ResponseCompletedEvent
    from openrouter_api.models.response_content_part_added_event import ResponseContentPartAddedEvent
    from openrouter_api.models.response_content_part_done_event import ResponseContentPartDoneEvent
    from openrouter_api.models.response_created_event import ResponseCreatedEvent
    from openrouter_api.models.response_error_event import ResponseErrorEvent
    from openrouter_api.models.response_failed_event import ResponseFailedEvent
    from openrouter_api.models.response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent,
    )
    from openrouter_api.models.response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent,
    )
    from openrouter_api.models.response_in_progress_event import ResponseInProgressEvent
    from openrouter_api.models.response_incomplete_event import ResponseIncompleteEvent
    from openrouter_api.models.response_output_item_added_event import ResponseOutputItemAddedEvent
    from openrouter_api.models.response_output_item_done_event import ResponseOutputItemDoneEvent
    from openrouter_api.models.response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent,
    )
    from openrouter_api.models.response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent,
    )
    from openrouter_api.models.response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from openrouter_api.models.response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent,
    )
    from openrouter_api.models.response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from openrouter_api.models.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from openrouter_api.models.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from openrouter_api.models.response_refusal_delta_event import ResponseRefusalDeltaEvent
    from openrouter_api.models.response_refusal_done_event import ResponseRefusalDoneEvent
    from openrouter_api.models.response_text_delta_event import ResponseTextDeltaEvent
    from openrouter_api.models.response_text_done_event import ResponseTextDoneEvent

__all__ = [
    "ChatChunk",
    "MessageEvent",
    "ResponseEvent",
    "parse_chat_chunk",
    "parse_message_event",
    "parse_response_event",
]

ChatChunk: TypeAlias = "ChatStreamingResponseChunk"
"""A chat completion chunk."""

ResponseEvent: TypeAlias = Union[
    "ResponseCreatedEvent",
    "ResponseInProgressEvent",
    "ResponseCompletedEvent",
    "ResponseIncompleteEvent",
    "ResponseFailedEvent",
    "ResponseErrorEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    dict[str, Any],
]
"""A /responses stream event: the generated model of its `type`, or the decoded dict for a type without one."""

MessageEvent: TypeAlias = Union[
    "AnthropicMessageStartEvent",
    "AnthropicContentBlockStartEvent",
    "AnthropicContentBlockDeltaEvent",
    "AnthropicContentBlockStopEvent",
    "AnthropicMessageDeltaEvent",
    "AnthropicMessageStopEvent",
    "AnthropicPingEvent",
    "AnthropicErrorEvent",
    dict[str, Any],
]
"""A /messages stream event: the generated model of its `type`, or the decoded dict for a type without one."""

# Event type -> generated module (under openrouter_api.models) and class.
_RESPONSE_MODELS: dict[str, tuple[str, str]] = {
    "response.created": ("response_created_event", "ResponseCreatedEvent"),
    "response.in_progress": ("response_in_progress_event", "ResponseInProgressEvent"),
    "response.completed": ("response_completed_event", "ResponseCompletedEvent"),
    "response.incomplete": ("response_incomplete_event", "ResponseIncompleteEvent"),
    "response.failed": ("response_failed_event", "ResponseFailedEvent"),
    "error": ("response_error_event", "ResponseErrorEvent"),
    "response.output_item.added": ("response_output_item_added_event", "ResponseOutputItemAddedEvent"),
    "response.output_item.done": ("response_output_item_done_event", "ResponseOutputItemDoneEvent"),
    "response.content_part.added": ("response_content_part_added_event", "ResponseContentPartAddedEvent"),
    "response.content_part.done": ("response_content_part_done_event", "ResponseContentPartDoneEvent"),
    "response.output_text.delta": ("response_text_delta_event", "ResponseTextDeltaEvent"),
    "response.output_text.done": ("response_text_done_event", "ResponseTextDoneEvent"),
    "response.output_text.annotation.added": (
        "response_output_text_annotation_added_event",
        "ResponseOutputTextAnnotationAddedEvent",
    ),
    "response.refusal.delta": ("response_refusal_delta_event", "ResponseRefusalDeltaEvent"),
    "response.refusal.done": ("response_refusal_done_event", "ResponseRefusalDoneEvent"),
    "response.reasoning_text.delta": ("response_reasoning_text_delta_event", "ResponseReasoningTextDeltaEvent"),
    "response.reasoning_text.done": ("response_reasoning_text_done_event", "ResponseReasoningTextDoneEvent"),
    "response.reasoning_summary_part.added": (
        "response_reasoning_summary_part_added_event",
        "ResponseReasoningSummaryPartAddedEvent",
    ),
    "response.reasoning_summary_part.done": (
        "response_reasoning_summary_part_done_event",
        "ResponseReasoningSummaryPartDoneEvent",
    ),
    "response.reasoning_summary_text.delta": (
        "response_reasoning_summary_text_delta_event",
        "ResponseReasoningSummaryTextDeltaEvent",
    ),
    "response.reasoning_summary_text.done": (
        "response_reasoning_summary_text_done_event",
        "ResponseReasoningSummaryTextDoneEvent",
    ),
    "response.function_call_arguments.delta": (
        "response_function_call_arguments_delta_event",
        "ResponseFunctionCallArgumentsDeltaEvent",
    ),
    "response.function_call_arguments.done": (
        "response_function_call_arguments_done_event",
        "ResponseFunctionCallArgumentsDoneEvent",
    ),
}

_MESSAGE_MODELS: dict[str, tuple[str, str]] = {
    "message_start": ("anthropic_message_start_event", "AnthropicMessageStartEvent"),
    "content_block_start": ("anthropic_content_block_start_event", "AnthropicContentBlockStartEvent"),
    "content_block_delta": ("anthropic_content_block_delta_event", "AnthropicContentBlockDeltaEvent"),
    "content_block_stop": ("anthropic_content_block_stop_event", "AnthropicContentBlockStopEvent"),
    "message_delta": ("anthropic_message_delta_event", "AnthropicMessageDeltaEvent"),
    "message_stop": ("anthropic_message_stop_event", "AnthropicMessageStopEvent"),
    "ping": ("anthropic_ping_event", "AnthropicPingEvent"),
    "error": ("anthropic_error_event", "AnthropicErrorEvent"),
}

_CHAT_MODEL = ("chat_streaming_response_chunk", "ChatStreamingResponseChunk")

# Resolved `from_dict` functions, filled on first use so that importing this package stays cheap.
_loaded: dict[tuple[str, str], Callable[[dict[str, Any]], Any]] = {}


def _from_dict(target: tuple[str, str]) -> Callable[[dict[str, Any]], Any]:
    parse = _loaded.get(target)
    if parse is None:
        module = importlib.import_module(f"openrouter_api.models.{target[0]}")
        parse = _loaded[target] = getattr(module, target[1]).from_dict
    return parse


def _parse(target: tuple[str, str], data: dict[str, Any]) -> Any:
    try:
        return _from_dict(target)(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # The generated models accept missing and unknown fields; only a payload of a wholly different shape
        # (a string where an object belongs, say) gets here.
        raise MalformedEventError(
            f"stream event does not have the shape of {target[1]} ({type(exc).__name__}: {exc})",
            line=preview(repr(data)),
        ) from exc


def parse_chat_chunk(data: dict[str, Any]) -> ChatStreamingResponseChunk:
    chunk: ChatStreamingResponseChunk = _parse(_CHAT_MODEL, data)
    return chunk


def parse_response_event(data: dict[str, Any]) -> ResponseEvent:
    target = _RESPONSE_MODELS.get(data.get("type"))  # type: ignore[arg-type]
    if target is None:
        return data
    event: ResponseEvent = _parse(target, data)
    return event


def parse_message_event(data: dict[str, Any]) -> MessageEvent:
    target = _MESSAGE_MODELS.get(data.get("type"))  # type: ignore[arg-type]
    if target is None:
        return data
    event: MessageEvent = _parse(target, data)
    return event
