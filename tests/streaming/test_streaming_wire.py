"""Wire behaviour of a stream: SSE framing, terminators, and the errors raised while reading.

These drive the real ChatStream over an httpx response whose body arrives in chosen reads (httpx.MockTransport).
"""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
from streaming_helpers import afinal_snapshot, chunk, delta, final_snapshot, open_async, open_sync, split_at, sse

from openrouter_ext._exceptions import (
    MalformedEventError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
)
from openrouter_ext.streaming import AsyncChatStream, ChatCompletionSnapshot, ChatStream

HELLO = [
    chunk(delta(role="assistant", content="")),
    chunk(delta(content="Hello")),
    chunk(delta(content=", world")),
    chunk(delta(content="", finish_reason="stop")),
    chunk(usage={"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}),
]


def read_all(parts: list[bytes | BaseException] | bytes) -> tuple[list[dict[str, object]], ChatCompletionSnapshot]:
    with open_sync(parts) as response, ChatStream(response) as stream:
        events = list(stream.events())
        return events, final_snapshot(stream)


def test_events_text_and_final_over_a_plain_body() -> None:
    with open_sync(sse(*HELLO)) as response, ChatStream(response) as stream:
        assert list(stream.text()) == ["Hello", ", world"]
        result = final_snapshot(stream)
    assert result.text == "Hello, world"
    assert result.usage == {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}
    assert stream.generation_id == "gen-test-1"


def test_the_generation_id_header_is_read_once_per_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    lookups: list[str] = []
    original_get = httpx.Headers.get

    def counting_get(self: httpx.Headers, key: str, default: object = None) -> object:
        if key.lower() == "x-generation-id":
            lookups.append(key)
        return original_get(self, key, default)

    with open_sync(sse(*HELLO)) as response:
        monkeypatch.setattr(httpx.Headers, "get", counting_get)
        with ChatStream(response) as stream:
            assert len(list(stream)) == len(HELLO)
            assert stream.generation_id == "gen-test-1"
    assert len(lookups) == 1


def test_iterating_yields_every_chunk_as_received() -> None:
    events, _ = read_all(sse(*HELLO))
    assert events == HELLO


def test_iterating_yields_typed_chunks_that_keep_every_field() -> None:
    odd = chunk(delta(content="x", brand_new_delta_field=1), brand_new_top_field={"a": 1}, object="chat.chunk.v2")
    with open_sync(sse(*HELLO[:2], odd)) as response, ChatStream(response) as stream:
        chunks = list(stream)
    assert all(isinstance(item, ChatStreamChunk) for item in chunks)
    assert chunks[1].choices[0].delta.content == "Hello"
    assert [item.to_dict() for item in chunks] == [*HELLO[:2], odd]


def test_dozens_of_keep_alive_comments_are_skipped() -> None:
    body = sse(": OPENROUTER PROCESSING\n\n" * 40, HELLO[1], ": OPENROUTER PROCESSING\n\n", *HELLO[2:])
    events, result = read_all(body)
    assert events == HELLO[1:]
    assert result.text == "Hello, world"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_ending_form(newline: str) -> None:
    body = sse(f": OPENROUTER PROCESSING{newline}{newline}", *HELLO, newline=newline)
    events, result = read_all(body)
    assert events == HELLO
    assert result.text == "Hello, world"


def test_a_leading_byte_order_mark_does_not_hide_the_first_event() -> None:
    events, _ = read_all(b"\xef\xbb\xbf" + sse(*HELLO))
    assert events == HELLO


def test_a_byte_order_mark_split_across_reads() -> None:
    body = b"\xef\xbb\xbf" + sse(*HELLO)
    events, _ = read_all([body[:1], body[1:2], body[2:5], body[5:]])
    assert events == HELLO


def test_multi_line_data_is_joined_with_newlines() -> None:
    # A JSON object spread over several data lines is still one event.
    text = json.dumps(HELLO[1], indent=1)
    multi = "".join(f"data: {line}\n" for line in text.split("\n")) + "\n"
    events, _ = read_all(sse(multi, *HELLO[2:]))
    assert events == HELLO[1:]


def test_event_and_id_lines_are_tolerated() -> None:
    body = sse(f"event: message\nid: 7\ndata: {json.dumps(HELLO[1])}\n\n", *HELLO[2:])
    events, _ = read_all(body)
    assert events == HELLO[1:]


def test_nothing_after_done_is_read() -> None:
    body = sse(*HELLO) + b"data: {not json at all\n\n"
    events, result = read_all(body)
    assert events == HELLO
    assert result.text == "Hello, world"


def test_multibyte_characters_split_across_reads() -> None:
    body = sse(chunk(delta(content="héllo 🌍 ünïcode")), chunk(delta(finish_reason="stop")))
    cut = body.index("🌍".encode()) + 2
    events, result = read_all([body[:cut], body[cut:]])
    assert result.text == "héllo 🌍 ünïcode"
    assert len(events) == 2


# Framings of the same stream that differ only in how the bytes are laid out and cut.
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
    comments=st.integers(min_value=0, max_value=5),
    cuts=st.lists(st.integers(min_value=0, max_value=4000), max_size=40),
)
def test_any_split_into_reads_gives_the_same_events_and_result(
    newline: str, bom: bool, comments: int, cuts: list[int]
) -> None:
    keepalive = f": OPENROUTER PROCESSING{newline}" * comments + (newline if comments else "")
    body = (b"\xef\xbb\xbf" if bom else b"") + sse(keepalive, *HELLO, keepalive, newline=newline)
    events, result = read_all(split_at(body, cuts))
    assert events == HELLO
    assert result.to_dict() == read_all(sse(*HELLO))[1].to_dict()


def test_malformed_json_raises_with_the_line_truncated_and_the_partial() -> None:
    bad = "data: {" + '"x": 1, ' * 200 + "\n\n"
    with (
        open_sync(sse(HELLO[1], bad)) as response,
        ChatStream(response) as stream,
        pytest.raises(MalformedEventError) as info,
    ):
        final_snapshot(stream)
    err = info.value
    assert err.line.startswith('{"x": 1, ')
    assert len(err.line) < 400
    assert "more characters" in err.line
    assert isinstance(err.partial, ChatCompletionSnapshot)
    assert err.partial.text == "Hello"


def test_json_that_is_not_an_object_is_malformed() -> None:
    with (
        open_sync(sse("data: [1, 2]\n\n")) as response,
        ChatStream(response) as stream,
        pytest.raises(MalformedEventError) as info,
    ):
        list(stream)
    assert info.value.line == "[1, 2]"


def test_a_body_that_ends_without_done_raises_incomplete_with_the_partial() -> None:
    with (
        open_sync(sse(*HELLO[:3], done=False)) as response,
        ChatStream(response) as stream,
        pytest.raises(StreamIncompleteError) as info,
    ):
        final_snapshot(stream)
    assert info.value.partial is stream.snapshot
    assert stream.snapshot.text == "Hello, world"


def test_a_dropped_connection_raises_incomplete_with_the_partial() -> None:
    parts: list[bytes | BaseException] = [
        sse(*HELLO[:2], done=False),
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
    ]
    with open_sync(parts) as response, ChatStream(response) as stream:
        got = []
        with pytest.raises(StreamIncompleteError) as info:
            got.extend(stream.text())
    assert got == ["Hello"]
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert info.value.partial is stream.snapshot
    assert info.value.generation_id == "gen-test-1"


def test_a_read_timeout_raises_idle_timeout_with_the_partial() -> None:
    parts: list[bytes | BaseException] = [sse(*HELLO[:2], done=False), httpx.ReadTimeout("timed out")]
    with (
        open_sync(parts) as response,
        ChatStream(response) as stream,
        pytest.raises(StreamIdleTimeoutError, match="idle") as info,
    ):
        final_snapshot(stream)
    assert info.value.partial is stream.snapshot
    assert stream.snapshot.text == "Hello"


def test_the_error_that_ended_a_stream_is_raised_again_by_final() -> None:
    parts: list[bytes | BaseException] = [sse(*HELLO[:2], done=False), httpx.ReadError("reset")]
    with open_sync(parts) as response, ChatStream(response) as stream:
        with pytest.raises(StreamIncompleteError) as first:
            list(stream)
        with pytest.raises(StreamIncompleteError) as again:
            final_snapshot(stream)
        with pytest.raises(StreamIncompleteError):
            list(stream)
    assert again.value is first.value


def test_an_error_chunk_mid_stream_raises_a_stream_error() -> None:
    error_chunk = chunk(
        {"index": 0, "delta": {"content": ""}, "finish_reason": "error"},
        error={"code": 502, "message": "Upstream error from OpenAI", "metadata": {"provider_name": "OpenAI"}},
    )
    with (
        open_sync(sse(*HELLO[:2], error_chunk)) as response,
        ChatStream(response) as stream,
        pytest.raises(StreamError) as info,
    ):
        final_snapshot(stream)
    err = info.value
    assert type(err) is StreamError
    assert (err.code, err.message) == (502, "Upstream error from OpenAI")
    assert err.metadata == {"provider_name": "OpenAI"}
    assert err.partial is stream.snapshot
    assert stream.snapshot.text == "Hello"


def test_a_non_event_stream_answer_raises_with_its_body() -> None:
    body = b'{"id": "gen-1", "choices": []}'
    with (
        open_sync(body, content_type="application/json") as response,
        ChatStream(response) as stream,
        pytest.raises(StreamError, match="text/event-stream") as info,
    ):
        final_snapshot(stream)
    assert info.value.metadata["body"] == body.decode()


def test_leaving_the_block_early_closes_the_response() -> None:
    seen: list[str] = []
    with open_sync([sse(*HELLO[:2], done=False), sse(*HELLO[2:])], seen=seen) as response:
        with ChatStream(response) as stream:
            for _ in stream:
                break
        assert response.is_closed
        assert seen == ["closed"]


def test_final_after_partial_iteration_consumes_the_rest() -> None:
    with open_sync(sse(*HELLO)) as response, ChatStream(response) as stream:
        first = next(iter(stream))
        assert first.to_dict() == HELLO[0]
        assert stream.snapshot.text == ""
        assert stream.get_final_completion().choices[0].message.content == "Hello, world"
        assert final_snapshot(stream).text == "Hello, world"


def test_text_for_another_choice() -> None:
    body = sse(chunk(delta(0, content="a"), delta(1, content="b")), chunk(delta(1, content="c")))
    with open_sync(body) as response, ChatStream(response) as stream:
        assert list(stream.text(choice=1)) == ["b", "c"]


# The async stream shares the decoding and the accumulator; these check its own iteration and error paths.


async def test_async_text_and_final() -> None:
    async with open_async(sse(": OPENROUTER PROCESSING\n\n", *HELLO)) as response, AsyncChatStream(response) as stream:
        assert [t async for t in stream.text()] == ["Hello", ", world"]
        typed = await stream.get_final_completion()
        result = await afinal_snapshot(stream)
    assert typed.choices[0].message.content == "Hello, world"
    assert result.text == "Hello, world"
    assert result.usage == {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}


async def test_async_iteration_yields_every_chunk_across_odd_reads() -> None:
    body = b"\xef\xbb\xbf" + sse(*HELLO, newline="\r\n")
    async with open_async(split_at(body, range(0, len(body), 7))) as response, AsyncChatStream(response) as stream:
        events = [event.to_dict() async for event in stream]
    assert events == HELLO


async def test_async_drop_timeout_and_error_chunk() -> None:
    dropped: list[bytes | BaseException] = [sse(HELLO[1], done=False), httpx.RemoteProtocolError("eof")]
    async with open_async(dropped) as response, AsyncChatStream(response) as stream:
        with pytest.raises(StreamIncompleteError) as incomplete:
            await afinal_snapshot(stream)
    assert incomplete.value.partial is stream.snapshot
    assert stream.snapshot.text == "Hello"

    stalled: list[bytes | BaseException] = [sse(HELLO[1], done=False), httpx.ReadTimeout("slow")]
    async with open_async(stalled) as response, AsyncChatStream(response) as stream:
        with pytest.raises(StreamIdleTimeoutError):
            await afinal_snapshot(stream)

    error_chunk = chunk(error={"code": "server_error", "message": "boom"})
    async with open_async(sse(HELLO[1], error_chunk)) as response, AsyncChatStream(response) as stream:
        with pytest.raises(StreamError) as info:
            await afinal_snapshot(stream)
    assert info.value.code == "server_error"
    assert stream.snapshot.text == "Hello"


async def test_async_end_without_done_and_malformed() -> None:
    async with open_async(sse(HELLO[1], done=False)) as response, AsyncChatStream(response) as stream:
        with pytest.raises(StreamIncompleteError):
            await afinal_snapshot(stream)
        with pytest.raises(StreamIncompleteError):
            await afinal_snapshot(stream)

    async with open_async(sse(HELLO[1], "data: {oops\n\n")) as response, AsyncChatStream(response) as stream:
        with pytest.raises(MalformedEventError) as info:
            await afinal_snapshot(stream)
    assert info.value.line == "{oops"


async def test_async_leaving_early_closes_the_response() -> None:
    seen: list[str] = []
    async with open_async([sse(*HELLO[:2], done=False), sse(*HELLO[2:])], seen=seen) as response:
        async with AsyncChatStream(response) as stream:
            async for _ in stream:
                break
        assert response.is_closed
        assert seen == ["closed"]
