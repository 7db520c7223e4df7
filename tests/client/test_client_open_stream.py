"""`_open_stream`, the hook the streaming helpers use: retries before hand-over only, typed errors, always closed."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from client_helpers import API_KEY, Script, error_response

from openrouter_ext import APIConnectionError, AsyncOpenRouter, OpenRouter, ProviderError, RateLimitError


class _Body(httpx.SyncByteStream):
    """A response body that yields some chunks, then optionally fails like a dropped connection."""

    def __init__(self, chunks: list[bytes], *, fail: bool = False) -> None:
        self.chunks = chunks
        self.fail = fail
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.fail:
            raise httpx.ReadError("connection reset mid-body")

    def close(self) -> None:
        self.closed = True


def test_yields_unread_2xx_after_retrying_and_closes_it(sleeps: list[float]) -> None:
    body = _Body([b"data: 1\n\n", b"data: [DONE]\n\n"])
    script = Script(
        error_response(429, headers={"Retry-After": "1"}),
        httpx.Response(200, headers={"Content-Type": "text/event-stream"}, stream=body),
    )
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with client._open_stream("POST", "/chat/completions", json={"model": "m", "stream": True}) as response:
        assert response.status_code == 200
        assert not response.is_stream_consumed
        assert b"".join(response.iter_bytes()) == b"data: 1\n\ndata: [DONE]\n\n"
    assert response.is_closed
    assert body.closed
    assert sleeps == [1.0]
    assert json.loads(script.requests[-1].content) == {"model": "m", "stream": True}
    assert str(script.requests[-1].url) == "https://openrouter.ai/api/v1/chat/completions"


def test_failure_mid_body_is_not_retried(sleeps: list[float]) -> None:
    script = Script(httpx.Response(200, stream=_Body([b"data: 1\n\n"], fail=True)))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with (
        pytest.raises(httpx.ReadError),
        client._open_stream("POST", "/chat/completions", json={}) as response,
    ):
        for _ in response.iter_bytes():
            pass
    assert len(script.requests) == 1
    assert sleeps == []


def test_non_2xx_is_read_and_raised_typed(sleeps: list[float]) -> None:
    script = Script(*(error_response(502, "upstream gone") for _ in range(3)))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with pytest.raises(ProviderError, match="upstream gone"), client._open_stream("POST", "/chat/completions", json={}):
        pytest.fail("the block must not run for an error response")
    assert len(script.requests) == 3


def test_closed_even_when_the_caller_stops_early() -> None:
    body = _Body([b"a", b"b"])
    script = Script(httpx.Response(200, stream=body))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with pytest.raises(KeyboardInterrupt), client._open_stream("POST", "/x", json={}):
        raise KeyboardInterrupt
    assert body.closed


def test_per_call_headers_timeout_and_to_dict(sleeps: list[float]) -> None:
    class Routing:
        def to_dict(self) -> dict[str, object]:
            return {"sort": "price"}

    script = Script(httpx.Response(200, content=b""))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with client._open_stream(
        "POST", "/responses", json={"provider": Routing()}, headers={"Accept": "text/event-stream"}, timeout=42
    ):
        pass
    request = script.requests[0]
    assert request.headers["accept"] == "text/event-stream"
    assert request.extensions["timeout"]["read"] == 42
    assert json.loads(request.content) == {"provider": {"sort": "price"}}


def test_connection_error_before_hand_over_is_typed(sleeps: list[float]) -> None:
    script = Script(*(httpx.ConnectError("refused") for _ in range(3)))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with pytest.raises(APIConnectionError), client._open_stream("POST", "/x", json={}):
        pytest.fail("unreachable")


async def test_async_open_stream(sleeps: list[float]) -> None:
    script = Script(
        error_response(503),
        httpx.Response(200, content=b"data: [DONE]\n\n"),
        error_response(429, "limited"),
        error_response(429, "limited"),
        error_response(429, "limited"),
    )
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        async with client._open_stream("POST", "/chat/completions", json={}) as response:
            assert await response.aread() == b"data: [DONE]\n\n"
        assert response.is_closed
        with pytest.raises(RateLimitError, match="limited"):
            async with client._open_stream("POST", "/chat/completions", json={}):
                pytest.fail("unreachable")
    assert len(script.requests) == 5
