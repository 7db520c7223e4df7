"""Response size limits, enforced while reading: `max_response_bytes` for a body read whole, `max_event_bytes` for
one streamed event. Each over-limit answer raises its typed error, naming the limit and the size, and leaves no
connection open."""

from __future__ import annotations

import time
from typing import Any

import pytest
from connection_helpers import API_KEY, BodyServer
from openrouter_api.api.credits_ import get_credits
from openrouter_api.api.models import get_models

from openrouter_ext import AsyncOpenRouter, ConfigurationError, OpenRouter, ProviderError
from openrouter_ext._exceptions import EventTooLargeError, ResponseTooLargeError
from openrouter_ext._limits import DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_RESPONSE_BYTES
from openrouter_ext.testing import Emulator, HttpError, OversizedEvent

MiB = 1024 * 1024
CHAT = {"model": "emulator/count", "messages": [{"role": "user", "content": "Hello"}]}
CHAT_ROUTE = "POST /chat/completions"


def models_body_size(emu: Emulator) -> int:
    with OpenRouter(API_KEY, base_url=emu.base_url) as client:
        response = client.call_with_response(get_models)
    return len(response.http_response.content)


def test_defaults_are_64_mib_per_body_and_8_mib_per_event() -> None:
    client = OpenRouter(API_KEY)
    assert (client.max_response_bytes, client.max_event_bytes) == (64 * MiB, 8 * MiB)
    assert (64 * MiB, 8 * MiB) == (DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_EVENT_BYTES)


def test_a_body_announced_over_the_limit_is_refused_before_it_is_read(emu: Emulator) -> None:
    size = models_body_size(emu)
    client = OpenRouter(API_KEY, base_url=emu.base_url, max_response_bytes=1000)
    with client, pytest.raises(ResponseTooLargeError) as caught:
        client.call(get_models)
    error = caught.value
    assert (error.limit, error.max_bytes, error.size) == ("max_response_bytes", 1000, size)
    assert error.status_code == 200
    assert "max_response_bytes=1,000" in str(error)
    assert f"Content-Length: {size:,} bytes" in str(error)
    assert "GET /api/v1/models -> 200" in str(error)
    assert emu.wait_for_idle(5), "the connection was left open"


def test_a_body_under_the_limit_is_read(emu: Emulator) -> None:
    size = models_body_size(emu)
    with OpenRouter(API_KEY, base_url=emu.base_url, max_response_bytes=size) as client:
        assert client.call(get_models).data


def test_a_chunked_body_is_cut_off_as_it_arrives(body_server: BodyServer) -> None:
    # No Content-Length, and a body that would go on for 256 MiB: the limit must stop the read, not its end.
    body_server.endless = True
    with OpenRouter(API_KEY, base_url=body_server.url, max_response_bytes=MiB, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(ResponseTooLargeError) as caught:
            client.call(get_credits)
        elapsed = time.monotonic() - started
    error = caught.value
    assert error.limit == "max_response_bytes"
    assert MiB < error.size <= MiB + body_server.chunk_size
    assert f"{error.size:,} bytes received" in str(error)
    sent = wait_for_endless(body_server)
    assert sent < 64 * MiB, f"the server wrote {sent} bytes: the client kept reading past the limit"
    assert elapsed < 10


async def test_async_a_chunked_body_is_cut_off_as_it_arrives(body_server: BodyServer) -> None:
    body_server.endless = True
    client = AsyncOpenRouter(API_KEY, base_url=body_server.url, max_response_bytes=MiB, max_retries=0)
    async with client:
        with pytest.raises(ResponseTooLargeError) as caught:
            await client.call(get_credits)
    assert MiB < caught.value.size <= MiB + body_server.chunk_size
    assert wait_for_endless(body_server) < 64 * MiB


def test_the_default_limit_stops_a_runaway_body(body_server: BodyServer) -> None:
    body_server.endless = True
    client = OpenRouter(API_KEY, base_url=body_server.url, max_retries=0)
    with client, pytest.raises(ResponseTooLargeError) as caught:
        client.call(get_credits)
    assert caught.value.max_bytes == 64 * MiB
    assert 64 * MiB < caught.value.size <= 64 * MiB + body_server.chunk_size
    assert wait_for_endless(body_server) < 128 * MiB


def test_the_generated_layer_gets_the_limit_too(body_server: BodyServer) -> None:
    body_server.endless = True
    client = OpenRouter(API_KEY, base_url=body_server.url, max_response_bytes=MiB, max_retries=0)
    with client, pytest.raises(ResponseTooLargeError):
        get_credits.sync_detailed(client=client.api)


def test_with_options_sets_the_limit_per_copy(emu: Emulator) -> None:
    size = models_body_size(emu)
    with OpenRouter(API_KEY, base_url=emu.base_url, max_response_bytes=1000) as client:
        roomy = client.with_options(max_response_bytes=size)
        assert roomy.call(get_models).data
        assert (roomy.max_response_bytes, client.max_response_bytes) == (size, 1000)
        with pytest.raises(ResponseTooLargeError):
            client.call(get_models)


def test_oversized_error_bodies_do_not_stop_the_retries(emu: Emulator) -> None:
    # The edge's HTML page for a 502 is over this tiny limit: the retries still go on, and the last answer says
    # which limit it met rather than passing off a cut body as the error.
    emu.faults.add(HttpError(502, html=True), route="GET /credits", times=2)
    client = OpenRouter(API_KEY, base_url=emu.base_url, max_response_bytes=64, max_retries=1)
    with client, pytest.raises(ResponseTooLargeError) as caught:
        client.call(get_credits)
    assert caught.value.status_code == 502
    assert sum(1 for request in emu.requests if request.route == "GET /credits") == 2
    assert emu.wait_for_idle(5)


def test_an_error_body_under_the_limit_is_the_typed_error(emu: Emulator) -> None:
    emu.faults.add(HttpError(502), route="GET /credits")
    client = OpenRouter(API_KEY, base_url=emu.base_url, max_retries=0)
    with client, pytest.raises(ProviderError):
        client.call(get_credits)


# One streamed event.


def stream_text(client: OpenRouter, **options: Any) -> tuple[str, BaseException | None]:
    pieces: list[str] = []
    try:
        with client.chat.stream(**CHAT, **options) as stream:
            for piece in stream.text():
                pieces.append(piece)
            stream.final()
    except EventTooLargeError as exc:
        return "".join(pieces), exc
    return "".join(pieces), None


def test_an_oversized_event_ends_the_stream_with_the_events_before_it(emu: Emulator) -> None:
    # Far more than the loopback socket buffers hold, so the server is still writing when the client hangs up.
    emu.faults.add(OversizedEvent(after_events=3, size=48 * MiB), route=CHAT_ROUTE)
    with OpenRouter(API_KEY, base_url=emu.base_url, max_event_bytes=64 * 1024) as client:
        text, error = stream_text(client)
    assert isinstance(error, EventTooLargeError)
    assert (error.limit, error.max_bytes) == ("max_event_bytes", 64 * 1024)
    assert error.size > 64 * 1024
    assert "max_event_bytes=65,536" in str(error)
    assert text == "1 2"  # the two deltas before the oversized event were delivered
    assert error.partial.text == "1 2"
    assert error.generation_id == emu.streams[0].generation_id
    assert emu.wait_for_streams_closed(5)
    assert emu.wait_for_idle(5)
    assert emu.streams[0].client_disconnected, "the connection was not closed at the oversized event"


async def test_async_an_oversized_event_ends_the_stream(emu: Emulator) -> None:
    emu.faults.add(OversizedEvent(after_events=3, size=4 * MiB), route=CHAT_ROUTE)
    client = AsyncOpenRouter(API_KEY, base_url=emu.base_url, max_event_bytes=64 * 1024)
    async with client, client.chat.stream(**CHAT) as stream:
        with pytest.raises(EventTooLargeError) as caught:
            await stream.final()
        with pytest.raises(EventTooLargeError):  # remembered, as every stream error is
            await stream.final()
    assert caught.value.partial.text == "1 2"
    assert emu.wait_for_streams_closed(5)
    assert emu.wait_for_idle(5)


def test_the_default_event_limit_is_8_mib(emu: Emulator) -> None:
    emu.faults.add(OversizedEvent(after_events=1, size=9 * MiB), route=CHAT_ROUTE)
    emu.faults.add(OversizedEvent(after_events=1, size=7 * MiB), route=CHAT_ROUTE, skip=1)
    with OpenRouter(API_KEY, base_url=emu.base_url) as client:
        _, error = stream_text(client)
        assert isinstance(error, EventTooLargeError)
        assert error.max_bytes == 8 * MiB
        text, error = stream_text(client)
    assert error is None
    assert len(text) > 7 * MiB


def test_max_event_bytes_does_not_cap_the_stream_as_a_whole(emu: Emulator) -> None:
    # Many events, together far over the per-event limit: a long generation is not a fault.
    emu.faults.add(OversizedEvent(after_events=2, size=3000), route=CHAT_ROUTE)
    with OpenRouter(API_KEY, base_url=emu.base_url, max_event_bytes=4000, max_response_bytes=1000) as client:
        text, error = stream_text(client)
    assert error is None
    assert "x" * 3000 in text


@pytest.mark.parametrize("name", ["max_response_bytes", "max_event_bytes"])
@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1024"])
def test_limits_take_a_positive_number_of_bytes(name: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=f"{name} must be a positive number of bytes"):
        OpenRouter(API_KEY, **{name: value})  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=f"{name} must be a positive number of bytes"):
        OpenRouter(API_KEY).with_options(**{name: value})  # type: ignore[arg-type]


def wait_for_endless(server: BodyServer) -> int:
    deadline = time.monotonic() + 10
    while not server.endless_sent and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.endless_sent, "the server never saw the client go away"
    return server.endless_sent[0]
