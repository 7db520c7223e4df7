"""Cassette tests of the streaming operations at the generated layer: the request `build_request` makes with
`stream: true`, sent through the client's httpx client, and the SSE body that comes back, read frame by frame
into the generated event models (`ChatStreamingResponse`, `ResponsesStreamingResponse`, `MessagesStreamingResponse`).

The chat and responses bodies are real ones (tests/recorded/*.sse); the messages body is shaped by the spec's
`MessagesStreamingResponse` events, its text deltas being the spec's own example.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from httpx_sse import EventSource
from openrouter_api.api.anthropic_messages import create_messages
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.api.responses import create_responses
from openrouter_api.models import (
    ChatRequest,
    ChatStreamChunk,
    ChatStreamingResponse,
    MessagesContentBlockDeltaEvent,
    MessagesContentBlockStartEvent,
    MessagesContentBlockStopEvent,
    MessagesDeltaEvent,
    MessagesPingEvent,
    MessagesRequest,
    MessagesStartEvent,
    MessagesStopEvent,
    MessagesStreamingResponse,
    OpenResponsesCreatedEvent,
    ResponsesRequest,
    ResponsesStreamingResponse,
    StreamEventsResponseCompleted,
    TextDeltaEvent,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def _frames(http_response: httpx.Response) -> list[tuple[str, str]]:
    """(event, data) of each SSE frame; comments (`: OPENROUTER PROCESSING`) are no frames."""
    return [(sse.event, sse.data) for sse in EventSource(http_response).iter_sse()]


def _stream(api: Any, kwargs: dict[str, Any]) -> tuple[httpx.Response, list[tuple[str, str]]]:
    with api.get_httpx_client().stream(**kwargs) as http_response:
        return http_response, _frames(http_response)


def _chat_chunks(frames: list[tuple[str, str]]) -> tuple[list[ChatStreamChunk], list[dict]]:
    assert frames[-1][1] == "[DONE]"
    raw = [json.loads(data) for _, data in frames[:-1]]
    chunks = [ChatStreamingResponse.from_dict({"data": item}).data for item in raw]
    return chunks, raw


def test_chat_completion_stream_usage(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.stream_usage.sse."""
    request = {
        "model": "anthropic/claude-haiku-4.5",
        "messages": [{"role": "user", "content": "Count from 1 to 3"}],
        "stream": True,
    }
    kwargs = send_chat_completion_request.build_request(body=ChatRequest.from_dict(request))
    http_response, frames = _stream(api, kwargs)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    assert cassette.request_json(0) == request
    assert http_response.status_code == 200
    assert http_response.headers["content-type"] == "text/event-stream"
    chunks, raw = _chat_chunks(frames)
    assert all(isinstance(chunk, ChatStreamChunk) for chunk in chunks)
    assert {chunk.id for chunk in chunks} == {raw[0]["id"]}
    assert chunks[0].object_ == "chat.completion.chunk"
    text = "".join(
        chunk.choices[0].delta.content for chunk in chunks if chunk.choices and chunk.choices[0].delta.content
    )
    assert text == "".join(item["choices"][0]["delta"].get("content") or "" for item in raw if item["choices"])
    assert "1\n2\n3" in text
    finished = [chunk.choices[0].finish_reason for chunk in chunks if chunk.choices and chunk.choices[0].finish_reason]
    assert finished == [item["choices"][0]["finish_reason"] for item in raw if item["choices"][0]["finish_reason"]]
    assert set(finished) == {"stop"}
    usage = next(chunk.usage for chunk in chunks if chunk.usage)
    recorded_usage = next(item["usage"] for item in raw if item.get("usage"))
    assert usage.prompt_tokens == recorded_usage["prompt_tokens"]
    assert usage.completion_tokens == recorded_usage["completion_tokens"]
    assert usage.cost == recorded_usage["cost"]
    assert [chunk.to_dict() for chunk in chunks] == raw


def test_chat_completion_stream_tool_calls(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.stream_tool_calls.sse."""
    request = {
        "model": "openai/gpt-4o-mini",
        "messages": [{"role": "user", "content": "What's the weather in Tokyo?"}],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "description": "Current weather",
                    "parameters": {
                        "type": "object",
                        "properties": {"location": {"type": "string"}},
                        "required": ["location"],
                    },
                },
            }
        ],
        "stream": True,
    }
    kwargs = send_chat_completion_request.build_request(body=ChatRequest.from_dict(request))
    _http_response, frames = _stream(api, kwargs)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    assert cassette.request_json(0) == request
    chunks, raw = _chat_chunks(frames)
    calls = [call for chunk in chunks if chunk.choices for call in (chunk.choices[0].delta.tool_calls or [])]
    assert calls, "the recorded stream carries tool call deltas"
    assert calls[0].function.name == "get_weather"
    arguments = "".join(call.function.arguments or "" for call in calls)
    assert json.loads(arguments) == {"location": "Tokyo"}
    assert {call.index for call in calls} == {0}
    finished = [chunk.choices[0].finish_reason for chunk in chunks if chunk.choices and chunk.choices[0].finish_reason]
    assert finished == ["tool_calls"]
    assert [chunk.to_dict() for chunk in chunks] == raw


def test_chat_completion_stream_midstream_error(api, cassette) -> None:
    """The body is recorded: tests/recorded/chat_completions.stream_midstream_error.sse (HTTP 200, then an error)."""
    request = {
        "model": "minimax/minimax-m2:free",
        "messages": [{"role": "user", "content": "Write a long story"}],
        "max_tokens": 16,
        "stream": True,
    }
    kwargs = send_chat_completion_request.build_request(body=ChatRequest.from_dict(request))
    http_response, frames = _stream(api, kwargs)

    cassette.assert_exchanges(("POST", "/chat/completions", None))
    assert cassette.request_json(0) == request
    assert http_response.status_code == 200
    chunks, raw = _chat_chunks(frames)
    failed = [chunk for chunk in chunks if chunk.error]
    assert len(failed) == 1
    assert failed[0].error.code == 400
    assert failed[0].error.message == "Token limit reached"
    assert [chunk.to_dict() for chunk in chunks] == raw


def test_responses_stream(api, cassette) -> None:
    """The body is recorded: tests/recorded/responses.stream.sse."""
    request = {"model": "openai/gpt-5-nano", "input": "Say hi in one word", "max_output_tokens": 128, "stream": True}
    kwargs = create_responses.build_request(body=ResponsesRequest.from_dict(request))
    http_response, frames = _stream(api, kwargs)

    cassette.assert_exchanges(("POST", "/responses", None))
    assert cassette.request_json(0) == request
    assert http_response.status_code == 200
    raw = [json.loads(data) for _, data in frames if data != "[DONE]"]
    events = [ResponsesStreamingResponse.from_dict({"data": item}).data for item in raw]
    assert [event.type_ for event in events] == [item["type"] for item in raw]
    assert isinstance(events[0], OpenResponsesCreatedEvent)
    assert events[0].response.model == raw[0]["response"]["model"] == "openai/gpt-5-nano"
    deltas = [event for event in events if isinstance(event, TextDeltaEvent)]
    assert "".join(event.delta for event in deltas) == "".join(
        item["delta"] for item in raw if item["type"] == "response.output_text.delta"
    )
    completed = events[-1]
    assert isinstance(completed, StreamEventsResponseCompleted)
    assert completed.response.status == "completed"
    assert completed.response.usage.output_tokens == raw[-1]["response"]["usage"]["output_tokens"]
    assert [event.to_dict() for event in events] == raw


MESSAGE_EVENTS = {
    "message_start": MessagesStartEvent,
    "content_block_start": MessagesContentBlockStartEvent,
    "ping": MessagesPingEvent,
    "content_block_delta": MessagesContentBlockDeltaEvent,
    "content_block_stop": MessagesContentBlockStopEvent,
    "message_delta": MessagesDeltaEvent,
    "message_stop": MessagesStopEvent,
}


def test_messages_stream(api, cassette) -> None:
    """The body is shaped by the spec's MessagesStreamingResponse events (text deltas from its example)."""
    request = {
        "max_tokens": 1024,
        "messages": [{"content": "Hello, how are you?", "role": "user"}],
        "model": "anthropic/claude-sonnet-4",
        "stream": True,
    }
    kwargs = create_messages.build_request(body=MessagesRequest.from_dict(request))
    http_response, frames = _stream(api, kwargs)

    cassette.assert_exchanges(("POST", "/messages", None))
    assert cassette.request_json(0) == request
    assert http_response.status_code == 200
    parsed = [MessagesStreamingResponse.from_dict({"event": event, "data": json.loads(data)}) for event, data in frames]
    assert [frame.event for frame in parsed] == [event for event, _ in frames]
    for frame in parsed:
        assert isinstance(frame.data, MESSAGE_EVENTS[frame.event]), frame.event
        assert frame.data.type_ == frame.event
    start = parsed[0].data
    assert start.message.id == "msg_abc123"
    assert start.message.model == request["model"]
    text = "".join(f.data.delta.text for f in parsed if isinstance(f.data, MessagesContentBlockDeltaEvent))
    assert text == "Hello! How can I help?"
    delta = next(f.data for f in parsed if isinstance(f.data, MessagesDeltaEvent))
    assert delta.delta.stop_reason == "end_turn"
    assert delta.usage.output_tokens == 18
    assert [frame.to_dict() for frame in parsed] == [
        {"event": event, "data": json.loads(data)} for event, data in frames
    ]
