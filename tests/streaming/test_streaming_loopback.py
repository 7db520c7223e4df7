"""Streams over a real socket on loopback, against the emulator (`openrouter_ext.testing`) and its faults."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from streaming_helpers import afinal_snapshot, final_snapshot

from openrouter_ext import (
    AsyncOpenRouter,
    MalformedEventError,
    OpenRouter,
    RateLimitError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
)
from openrouter_ext.testing import (
    Behaviour,
    Emulator,
    EndWithoutTerminator,
    ErrorEvent,
    IdleGap,
    KeepAliveOnly,
    MalformedEvent,
    ResetMidStream,
    TrickleBytes,
    rate_limited,
)

USER = [{"role": "user", "content": "Hello"}]
CHAT = {"model": "emulator/count", "messages": USER}
RESPONSES = {"model": "emulator/count", "input": "Hello"}
MESSAGES = {"model": "emulator/count", "max_tokens": 64, "messages": USER}
ROUTES = {"chat": "POST /chat/completions", "responses": "POST /responses", "messages": "POST /messages"}
PARAMS: dict[str, dict[str, Any]] = {"chat": CHAT, "responses": RESPONSES, "messages": MESSAGES}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[OpenRouter]:
    with OpenRouter(api_key="sk-or-v1-loopback", base_url=emu.base_url, max_retries=0, timeout=10.0) as opened:
        yield opened


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncOpenRouter]:
    async with AsyncOpenRouter(
        api_key="sk-or-v1-loopback", base_url=emu.base_url, max_retries=0, timeout=10.0
    ) as opened:
        yield opened


def stream_of(client: OpenRouter, endpoint: str, **options: Any) -> Any:
    resource = {"chat": client.chat, "responses": client.responses, "messages": client.messages}[endpoint]
    return resource.stream(**PARAMS[endpoint], **options)


def final_text(endpoint: str, result: Any) -> str:
    return str(result.output_text if endpoint == "responses" else result.text)


def test_chat_stream_matches_the_non_streamed_answer(emu: Emulator, client: OpenRouter) -> None:
    emu.behaviour = Behaviour(chunks=6, reasoning=True, tool_calls=2)
    with client.chat.stream(**CHAT) as stream:
        result = final_snapshot(stream)
    full = client._http.post("/chat/completions", json=CHAT).json()
    message = full["choices"][0]["message"]
    assert result.text == (message["content"] or "")
    assert result.choices[0].reasoning == message.get("reasoning")
    assert [c.to_dict()["function"] for c in result.tool_calls] == [c["function"] for c in message["tool_calls"]]
    assert result.finish_reason == full["choices"][0]["finish_reason"]
    assert result.usage is not None
    assert result.usage["completion_tokens"] == full["usage"]["completion_tokens"]
    assert stream.generation_id is not None
    assert stream.generation_id.startswith("gen-")


@pytest.mark.parametrize("endpoint", ["chat", "responses", "messages"])
def test_a_trickled_body_gives_the_same_result(emu: Emulator, client: OpenRouter, endpoint: str) -> None:
    emu.behaviour = Behaviour(chunks=4)
    with stream_of(client, endpoint) as stream:
        expected = final_text(endpoint, final_snapshot(stream))
    assert expected == "1 2 3 4"
    emu.faults.add(TrickleBytes(bytes_per_write=3, interval=0.0), route=ROUTES[endpoint])
    with stream_of(client, endpoint) as stream:
        assert final_text(endpoint, final_snapshot(stream)) == expected


@pytest.mark.parametrize("endpoint", ["chat", "responses", "messages"])
def test_a_connection_reset_mid_stream_raises_incomplete_with_the_partial(
    emu: Emulator, client: OpenRouter, endpoint: str
) -> None:
    emu.behaviour = Behaviour(chunks=8)
    emu.faults.add(ResetMidStream(after_events=4), route=ROUTES[endpoint])
    with stream_of(client, endpoint) as stream, pytest.raises(StreamIncompleteError) as info:
        final_snapshot(stream)
    assert info.value.partial is stream.snapshot
    assert info.value.generation_id == stream.generation_id


@pytest.mark.parametrize("endpoint", ["chat", "responses", "messages"])
def test_a_clean_end_without_terminator_raises_incomplete(emu: Emulator, client: OpenRouter, endpoint: str) -> None:
    emu.behaviour = Behaviour(chunks=3)
    emu.faults.add(EndWithoutTerminator(), route=ROUTES[endpoint])
    with stream_of(client, endpoint) as stream, pytest.raises(StreamIncompleteError) as info:
        final_snapshot(stream)
    # Every regular event arrived; only the ending is missing, and the partial still has the text.
    assert final_text(endpoint, info.value.partial) == "1 2 3"


@pytest.mark.parametrize("endpoint", ["chat", "responses", "messages"])
def test_an_error_event_raises_a_stream_error(emu: Emulator, client: OpenRouter, endpoint: str) -> None:
    emu.behaviour = Behaviour(chunks=5)
    emu.faults.add(ErrorEvent(after_events=3, code=502, message="Provider returned error"), route=ROUTES[endpoint])
    with stream_of(client, endpoint) as stream, pytest.raises(StreamError) as info:
        final_snapshot(stream)
    assert type(info.value) is StreamError
    assert "Provider returned error" in info.value.message
    assert info.value.partial is stream.snapshot


@pytest.mark.parametrize("endpoint", ["chat", "responses", "messages"])
def test_a_malformed_event_raises(emu: Emulator, client: OpenRouter, endpoint: str) -> None:
    emu.faults.add(MalformedEvent(after_events=2), route=ROUTES[endpoint])
    with stream_of(client, endpoint) as stream, pytest.raises(MalformedEventError) as info:
        final_snapshot(stream)
    assert info.value.line
    assert info.value.partial is stream.snapshot


def test_an_idle_gap_longer_than_the_idle_timeout_raises(emu: Emulator, client: OpenRouter) -> None:
    emu.faults.add(IdleGap(after_events=2, seconds=3.0), route=ROUTES["chat"])
    with client.chat.stream(**CHAT, idle_timeout=0.3) as stream, pytest.raises(StreamIdleTimeoutError) as info:
        final_snapshot(stream)
    assert "0.3" in info.value.message
    assert info.value.partial is stream.snapshot


def test_keep_alive_comments_keep_an_idle_timeout_from_firing(emu: Emulator, client: OpenRouter) -> None:
    # Twenty comments 0.05 s apart: one second without events, but never more than 0.05 s without a byte.
    emu.faults.add(KeepAliveOnly(after_events=1, comments=20, interval=0.05), route=ROUTES["chat"])
    emu.behaviour = Behaviour(chunks=3)
    with client.chat.stream(**CHAT, idle_timeout=0.5) as stream:
        assert final_snapshot(stream).text == "1 2 3"


@pytest.mark.parametrize("endpoint", ["chat", "responses", "messages"])
def test_breaking_out_early_closes_the_connection(emu: Emulator, client: OpenRouter, endpoint: str) -> None:
    emu.behaviour = Behaviour(chunks=10_000, chunk_delay=0.002)
    with stream_of(client, endpoint) as stream:
        for _ in stream:
            break
    assert emu.wait_for_streams_closed(timeout=5.0)
    record = emu.streams[-1]
    assert record.client_disconnected
    assert not record.completed


def test_a_status_error_before_the_stream_is_the_typed_error(emu: Emulator, client: OpenRouter) -> None:
    emu.faults.add(rate_limited(retry_after=0), route=ROUTES["chat"])
    with pytest.raises(RateLimitError), client.chat.stream(**CHAT):
        pytest.fail("the block must not run")  # pragma: no cover


def test_retries_happen_before_the_stream_starts(emu: Emulator) -> None:
    emu.faults.add(rate_limited(retry_after=0), route=ROUTES["chat"], times=2)
    emu.behaviour = Behaviour(chunks=2)
    with (
        OpenRouter(api_key="sk-or-v1-loopback", base_url=emu.base_url, max_retries=2) as retrying,
        retrying.chat.stream(**CHAT) as stream,
    ):
        assert final_snapshot(stream).text == "1 2"


async def test_async_stream_text_and_final(emu: Emulator, aclient: AsyncOpenRouter) -> None:
    emu.behaviour = Behaviour(chunks=3, keepalive_comments=30)
    async with aclient.chat.stream(**CHAT) as stream:
        pieces = [piece async for piece in stream.text()]
        result = await afinal_snapshot(stream)
    assert "".join(pieces) == result.text
    assert result.text == "1 2 3"


async def test_async_break_closes_the_connection(emu: Emulator, aclient: AsyncOpenRouter) -> None:
    emu.behaviour = Behaviour(chunks=10_000, chunk_delay=0.002)
    async with aclient.messages.stream(**MESSAGES) as stream:
        async for _ in stream:
            break
    assert emu.wait_for_streams_closed(timeout=5.0)
    assert emu.streams[-1].client_disconnected


async def test_async_reset_and_idle_timeout(emu: Emulator, aclient: AsyncOpenRouter) -> None:
    emu.faults.add(ResetMidStream(after_events=2), route=ROUTES["responses"])
    async with aclient.responses.stream(**RESPONSES) as stream:
        with pytest.raises(StreamIncompleteError):
            await afinal_snapshot(stream)

    emu.faults.add(IdleGap(after_events=1, seconds=3.0), route=ROUTES["chat"])
    async with aclient.chat.stream(**CHAT, idle_timeout=0.3) as stream:
        with pytest.raises(StreamIdleTimeoutError):
            await afinal_snapshot(stream)
