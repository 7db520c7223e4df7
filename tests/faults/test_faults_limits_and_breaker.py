"""The connection options under faults: the size limits (the emulator's oversized event and long bodies) on every
endpoint, sync and async, and the circuit breaker through the fault book's outages."""

from __future__ import annotations

import time

import pytest
from fault_helpers import (
    AFTER_TWO_DELTAS,
    API_KEY,
    ENDPOINTS,
    PARAMS,
    ROUTES,
    TWO_DELTAS,
    assert_all_closed,
    assert_key_nowhere,
    astream_once,
    async_client,
    attempts,
    chat_body,
    result_text,
    stream_once,
    sync_client,
)
from openrouter_api.api.chat import send_chat_completion_request

from openrouter_ext import APIConnectionError, APIStatusError, ProviderOverloadedError, _retries
from openrouter_ext._circuit import CircuitBreakerPolicy, CircuitState
from openrouter_ext._exceptions import CircuitOpenError, EventTooLargeError, ResponseTooLargeError
from openrouter_ext.testing import Emulator, OversizedEvent, ResetBeforeHeaders, overloaded, service_unavailable

EVENT_LIMIT = 256 * 1024
OVERSIZED = 2 * 1024 * 1024


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_oversized_event_raises_with_the_partial_and_closes(
    emu: Emulator, endpoint: str, logs: pytest.LogCaptureFixture
) -> None:
    emu.faults.add(OversizedEvent(after_events=AFTER_TWO_DELTAS[endpoint], size=OVERSIZED), route=ROUTES[endpoint])
    with sync_client(emu, max_event_bytes=EVENT_LIMIT) as client:
        resource = {"chat": client.chat, "responses": client.responses, "messages": client.messages}[endpoint]
        with resource.stream(**PARAMS[endpoint]) as stream:
            with pytest.raises(EventTooLargeError) as caught:
                stream.final()
            assert stream.response.is_closed  # at the oversized event, not when the block ends
    error = caught.value
    assert (error.limit, error.max_bytes) == ("max_event_bytes", EVENT_LIMIT)
    assert EVENT_LIMIT < error.size <= OVERSIZED + 1024
    assert result_text(endpoint, error.partial) == TWO_DELTAS
    assert attempts(emu, ROUTES[endpoint]) == 1  # a stream that had started is never sent again
    assert_all_closed(emu)
    assert_key_nowhere(error, logs)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_async_an_oversized_event_raises_and_closes(emu: Emulator, endpoint: str) -> None:
    emu.faults.add(OversizedEvent(after_events=AFTER_TWO_DELTAS[endpoint], size=OVERSIZED), route=ROUTES[endpoint])
    async with async_client(emu, max_event_bytes=EVENT_LIMIT) as client:
        with pytest.raises(EventTooLargeError):
            await astream_once(client, endpoint)
    assert_all_closed(emu)


def test_an_event_under_the_limit_streams_whole(emu: Emulator) -> None:
    emu.faults.add(OversizedEvent(after_events=AFTER_TWO_DELTAS["chat"], size=EVENT_LIMIT - 1024), route=ROUTES["chat"])
    with sync_client(emu, max_event_bytes=EVENT_LIMIT) as client:
        text = stream_once(client, "chat")
    assert text.startswith(TWO_DELTAS)
    assert len(text) > EVENT_LIMIT - 1024
    assert_all_closed(emu)


def test_a_body_over_the_limit_raises_and_closes(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    with sync_client(emu, max_response_bytes=128) as client, pytest.raises(ResponseTooLargeError) as caught:
        client.call(send_chat_completion_request, body=chat_body())
    assert caught.value.limit == "max_response_bytes"
    assert caught.value.size > 128
    assert attempts(emu, ROUTES["chat"]) == 1
    assert_all_closed(emu)
    assert_key_nowhere(caught.value, logs)


def test_the_breaker_opens_through_an_outage_and_closes_after_it(
    emu: Emulator, logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_retries, "_sleep", lambda seconds: None)  # the retries' back-off is not what is tested
    # An outage: every attempt of the first three calls meets a 529, each call retried twice.
    emu.faults.add(overloaded(), route=ROUTES["chat"], times=9)
    policy = CircuitBreakerPolicy(failure_threshold=3, cooldown=0.3)
    with sync_client(emu, circuit_breaker=policy) as client:
        for _ in range(3):
            with pytest.raises(ProviderOverloadedError):
                client.chat.send(**PARAMS["chat"])
        assert attempts(emu, ROUTES["chat"]) == 9  # three calls of three attempts: each call counted once
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.OPEN
        with pytest.raises(CircuitOpenError):
            client.chat.send(**PARAMS["chat"])
        with pytest.raises(CircuitOpenError) as caught:
            stream_once(client, "chat")
        assert attempts(emu, ROUTES["chat"]) == 9
        assert_key_nowhere(caught.value, logs)
        time.sleep(0.35)
        assert stream_once(client, "chat") == "1 2 3 4 5"  # the trial
        assert client.circuit.state is CircuitState.CLOSED
    assert_all_closed(emu)
    assert any("Circuit breaker open" in record.getMessage() for record in logs.records)


async def test_async_breaker_counts_connection_failures(emu: Emulator) -> None:
    emu.faults.add(ResetBeforeHeaders(), route=ROUTES["chat"], times=2)
    emu.faults.add(service_unavailable(), route=ROUTES["chat"], times=1, skip=2)
    policy = CircuitBreakerPolicy(failure_threshold=3, cooldown=30)
    async with async_client(emu, circuit_breaker=policy, max_retries=0) as client:
        for expected in (APIConnectionError, APIConnectionError, APIStatusError):
            with pytest.raises(expected):
                await client.chat.send(**PARAMS["chat"])
        with pytest.raises(CircuitOpenError) as caught:
            await astream_once(client, "chat")
    assert caught.value.failures == 3
    assert attempts(emu, ROUTES["chat"]) == 3
    assert_all_closed(emu)
    assert API_KEY not in repr(caught.value)
