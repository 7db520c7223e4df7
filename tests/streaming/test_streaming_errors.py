"""Every error a stream raises carries the partial result and the generation id, and every later read raises it again.

One matrix: the three endpoints x sync and async x each way a stream can fail after its 200 (framing, UTF-8, JSON,
an event that does not fit its schema, an error event, truncation, a dropped connection, an idle timeout) x the
reader that meets the failure first. Each stream says "Hel" before it fails; whichever reader comes next must raise
the very same error, never return "Hel" as a finished answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from streaming_helpers import afinal_snapshot, chunk, delta, final_snapshot, open_async, open_sync, sse

from openrouter_ext._exceptions import (
    MalformedEventError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
)
from openrouter_ext.streaming import (
    AsyncChatStream,
    AsyncMessageStream,
    AsyncResponseStream,
    ChatCompletionAccumulator,
    ChatStream,
    MessageAccumulator,
    MessageStream,
    ResponseAccumulator,
    ResponseStream,
)

GENERATION_ID = "gen-test-1"  # the X-Generation-Id header streaming_helpers serves


@dataclass(frozen=True)
class Endpoint:
    sync: type[Any]
    asynchronous: type[Any]
    before: list[dict[str, Any]]  # events that say "Hel"
    after: list[dict[str, Any]]  # the rest of a good stream, terminator included
    misfit: dict[str, Any]  # valid JSON that does not fit the event's schema
    error_event: dict[str, Any]
    text: Callable[[Any], str]


RESPONSE = {"id": "resp-1", "object": "response", "status": "in_progress", "output": []}
ENDPOINTS = {
    "chat": Endpoint(
        ChatStream,
        AsyncChatStream,
        [chunk(delta(role="assistant", content="Hel"))],
        [chunk(delta(content="lo", finish_reason="stop"))],
        chunk(choices="oops"),  # the reproduction of issue 12
        chunk(error={"code": 502, "message": "Upstream error"}),
        lambda snapshot: snapshot.text,
    ),
    "responses": Endpoint(
        ResponseStream,
        AsyncResponseStream,
        [
            {"type": "response.created", "sequence_number": 0, "response": RESPONSE},
            {"type": "response.output_item.added", "output_index": 0, "item": {"type": "message", "content": []}},
            {"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": "Hel"},
        ],
        [
            {"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": "lo"},
            {"type": "response.completed", "response": {**RESPONSE, "status": "completed"}},
        ],
        {"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": ["lo"]},
        {"type": "error", "code": "server_error", "message": "Upstream error"},
        lambda snapshot: snapshot.output_text,
    ),
    "messages": Endpoint(
        MessageStream,
        AsyncMessageStream,
        [
            {
                "type": "message_start",
                "message": {"id": "msg_1", "type": "message", "role": "assistant", "content": []},
            },
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hel"}},
        ],
        [
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "lo"}},
            {"type": "content_block_stop", "index": 0},
            {"type": "message_stop"},
        ],
        {"type": "content_block_delta", "index": 0, "delta": "oops"},
        {"type": "error", "error": {"type": "overloaded_error", "message": "Upstream error"}},
        lambda snapshot: snapshot.text,
    ),
}


def body_with(endpoint: Endpoint, failure: str) -> tuple[list[bytes | BaseException], type[StreamError]]:
    """The body of a stream that says "Hel" and then fails in the way named, and the error it must raise."""
    head = sse(*endpoint.before, done=False)
    rest = sse(*endpoint.after)
    if failure == "json":
        return [head + b"data: {oops\n\n" + rest], MalformedEventError
    if failure == "utf8":
        return [head + b'data: {"type": "x\xc3\x28"}\n\n' + rest], MalformedEventError
    if failure == "misfit":
        return [head + sse(endpoint.misfit, done=False) + rest], MalformedEventError
    if failure == "error event":
        return [head + sse(endpoint.error_event, done=False) + rest], StreamError
    if failure == "truncated":
        return [head], StreamIncompleteError
    if failure == "dropped":
        return [head, httpx.RemoteProtocolError("peer closed connection")], StreamIncompleteError
    if failure == "idle":
        return [head, httpx.ReadTimeout("timed out")], StreamIdleTimeoutError
    raise AssertionError(failure)


FAILURES = ["json", "utf8", "misfit", "error event", "truncated", "dropped", "idle"]


def sync_readers() -> dict[str, Callable[[Any], object]]:
    return {
        "final": lambda stream: final_snapshot(stream),
        "text": lambda stream: list(stream.text()),
        "iteration": lambda stream: list(stream),
        "events": lambda stream: list(stream.events()),
    }


async def async_read(stream: Any, reader: str) -> object:
    if reader == "final":
        return await afinal_snapshot(stream)
    if reader == "text":
        return [piece async for piece in stream.text()]
    if reader == "iteration":
        return [event async for event in stream]
    return [event async for event in stream.events()]


def check_error(err: StreamError, expected: type[StreamError], stream: Any, endpoint: Endpoint) -> None:
    assert isinstance(err, expected)
    assert err.partial is stream.snapshot
    assert endpoint.text(err.partial) == "Hel"
    assert err.generation_id == GENERATION_ID


@pytest.mark.parametrize("first", sorted(sync_readers()))
@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_sync_error_carries_the_partial_and_every_later_read_raises_it(name: str, failure: str, first: str) -> None:
    endpoint = ENDPOINTS[name]
    parts, expected = body_with(endpoint, failure)
    readers = sync_readers()
    with open_sync(parts) as response, endpoint.sync(response) as stream:
        with pytest.raises(StreamError) as info:
            readers[first](stream)
        err = info.value
        check_error(err, expected, stream, endpoint)
        for reader in [*readers.values(), *readers.values()]:
            with pytest.raises(StreamError) as again:
                reader(stream)
            assert again.value is err
    assert endpoint.text(stream.snapshot) == "Hel"


@pytest.mark.parametrize("first", ["final", "text", "iteration", "events"])
@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("name", sorted(ENDPOINTS))
async def test_async_error_carries_the_partial_and_every_later_read_raises_it(
    name: str, failure: str, first: str
) -> None:
    endpoint = ENDPOINTS[name]
    parts, expected = body_with(endpoint, failure)
    async with open_async(parts) as response, endpoint.asynchronous(response) as stream:
        with pytest.raises(StreamError) as info:
            await async_read(stream, first)
        err = info.value
        check_error(err, expected, stream, endpoint)
        for reader in ["final", "text", "iteration", "events"] * 2:
            with pytest.raises(StreamError) as again:
                await async_read(stream, reader)
            assert again.value is err


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_the_same_streams_without_the_failure_give_hello(name: str) -> None:
    # Guards the matrix above: what it breaks is a stream that otherwise reads fine.
    endpoint = ENDPOINTS[name]
    with open_sync(sse(*endpoint.before, *endpoint.after)) as response, endpoint.sync(response) as stream:
        assert endpoint.text(final_snapshot(stream)) == "Hello"


def test_choices_oops_after_hel_names_the_field_and_never_becomes_a_result() -> None:
    with open_sync(sse(chunk(delta(content="Hel")), chunk(choices="oops"))) as response, ChatStream(response) as stream:
        with pytest.raises(MalformedEventError) as info:
            list(stream.text())
        with pytest.raises(MalformedEventError) as again:
            final_snapshot(stream)
    err = info.value
    assert again.value is err
    assert "does not fit ChatStreamChunk: choices is a string, expected an array" in str(err)
    assert '"choices": "oops"' in err.line
    assert err.partial.text == "Hel"
    assert err.generation_id == GENERATION_ID


@pytest.mark.parametrize(
    ("bad_delta", "where"),
    [
        ({"content": 5}, "choices[0].delta.content is an integer, expected a string"),
        ({"tool_calls": {"index": 0}}, "choices[0].delta.tool_calls is an object, expected an array"),
        ({"tool_calls": [{"index": 0, "function": {"arguments": ["x"]}}]}, "function.arguments is an array"),
        ({"reasoning_details": [{"type": "reasoning.text", "text": 7}]}, "reasoning_details[].text is an integer"),
        ({"role": True}, "choices[0].delta.role is a boolean, expected a string"),
    ],
)
def test_a_chat_field_of_the_wrong_type_raises_naming_it(bad_delta: dict[str, Any], where: str) -> None:
    acc = ChatCompletionAccumulator(generation_id="gen-x")
    acc.add(chunk(delta(content="Hel")))
    with pytest.raises(MalformedEventError, match=where.replace("[", r"\[").replace("]", r"\]")) as info:
        acc.add(chunk(delta(**bad_delta)))
    assert info.value.partial is acc.snapshot
    assert info.value.generation_id == "gen-x"
    # The accumulator remembers it too: neither final() nor a later chunk turns the partial into a result.
    with pytest.raises(MalformedEventError) as again:
        acc.final()
    assert again.value is info.value
    with pytest.raises(MalformedEventError):
        acc.add(chunk(delta(content="lo", finish_reason="stop")))
    assert acc.snapshot.text == "Hel"


def test_responses_and_messages_accumulators_remember_their_errors() -> None:
    responses = ResponseAccumulator()
    for event in ENDPOINTS["responses"].before:
        responses.add(event)
    with pytest.raises(MalformedEventError, match="does not fit TextDeltaEvent: delta is an array") as info:
        responses.add(ENDPOINTS["responses"].misfit)
    with pytest.raises(MalformedEventError) as again:
        responses.final()
    assert again.value is info.value
    assert responses.snapshot.output_text == "Hel"

    messages = MessageAccumulator()
    for event in ENDPOINTS["messages"].before:
        messages.add(event)
    with pytest.raises(StreamError, match="Upstream error") as error:
        messages.add(ENDPOINTS["messages"].error_event)
    with pytest.raises(StreamError) as later:
        messages.final()
    assert later.value is error.value


def test_an_event_that_fits_the_fields_read_but_not_the_typed_model_fails_the_stream_when_read() -> None:
    # `openrouter_metadata` is carried as it came by the accumulator; only the typed chunk reads inside it, and the
    # chunk is built when first read (streaming/_deferred.py).
    odd = chunk(delta(content="lo"), openrouter_metadata={"endpoints": "not an object"})
    with open_sync(sse(chunk(delta(content="Hel")), odd)) as response, ChatStream(response) as stream:
        chunks = list(stream)
        with pytest.raises(MalformedEventError, match="does not fit ChatStreamChunk") as info:
            [item.choices for item in chunks]
        with pytest.raises(MalformedEventError) as again:
            final_snapshot(stream)
    assert again.value is info.value
    assert info.value.partial is stream.snapshot
    assert info.value.generation_id == GENERATION_ID


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_an_answer_that_is_not_an_event_stream_carries_the_empty_partial(name: str) -> None:
    endpoint = ENDPOINTS[name]
    body = b'{"error": {"code": 200, "message": "not a stream"}}'
    with open_sync(body, content_type="application/json") as response, endpoint.sync(response) as stream:
        with pytest.raises(StreamError, match="text/event-stream") as info:
            list(stream.text())
        with pytest.raises(StreamError) as again:
            final_snapshot(stream)
    assert again.value is info.value
    assert info.value.partial is stream.snapshot
    assert endpoint.text(info.value.partial) == ""
    assert info.value.generation_id == GENERATION_ID
