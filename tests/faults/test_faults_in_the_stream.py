"""Faults after the 200: in the middle of a stream (all three endpoints, sync and async) or of a JSON body.

Once a body has started it is never sent again, so each of these is either read through to the right answer, or
raises its typed error carrying what had arrived: never a truncated or corrupted result handed over as complete.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from fault_helpers import (
    AFTER_TWO_DELTAS,
    ENDPOINTS,
    FULL_TEXT,
    NO_HANG_SECONDS,
    ROUTES,
    TWO_DELTAS,
    assert_all_closed,
    assert_key_nowhere,
    astream_once,
    async_client,
    attempts,
    call_text,
    chat_body,
    result_text,
    stream_once,
    sync_client,
)
from openrouter_api.api.chat import send_chat_completion_request

from openrouter_ext import (
    APIConnectionError,
    GenerationError,
    MalformedEventError,
    ResponseParseError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
)
from openrouter_ext.testing import (
    Emulator,
    EndWithoutTerminator,
    ErrorEvent,
    FailedChoice,
    Fault,
    IdleGap,
    InvalidUtf8,
    KeepAliveOnly,
    MalformedEvent,
    OversizedEvent,
    ResetMidStream,
    TrickleBytes,
)

OVERSIZED = 1_048_576


@attrs.frozen
class Case:
    """One row. `fault` gets the endpoint's event position of "after two text deltas"."""

    fault: Callable[[int], Fault]
    expected: type[Exception] | None  # None: success
    text: str  # the full result's text on success, the partial's text on failure
    stream_options: dict[str, Any] = attrs.field(factory=dict)
    max_seconds: float = NO_HANG_SECONDS
    check: Callable[[Any, str], None] | None = None


# How each endpoint names a provider failure in its error event (ErrorEvent with code 502).
ERROR_EVENT_CODES = {"chat": 502, "responses": "server_error", "messages": "api_error"}


def error_event_check(error: Any, endpoint: str) -> None:
    assert type(error) is StreamError  # the server's own error, not a broken or malformed stream
    assert error.code == ERROR_EVENT_CODES[endpoint]
    assert error.message == "upstream fell over"


def malformed_check(error: Any, endpoint: str) -> None:
    assert "unterminated" in error.line


def invalid_utf8_check(error: Any, endpoint: str) -> None:
    assert not isinstance(error, UnicodeDecodeError)
    assert "not valid UTF-8" in str(error)
    assert "caf\ufffd" in error.line


CASES: dict[str, Case] = {
    "reset mid-stream: StreamIncompleteError with the partial": Case(
        lambda at: ResetMidStream(after_events=at), StreamIncompleteError, TWO_DELTAS
    ),
    "clean end without the terminator, all text sent: still incomplete": Case(
        lambda at: EndWithoutTerminator(), StreamIncompleteError, FULL_TEXT
    ),
    "clean end without the terminator mid-answer": Case(
        lambda at: EndWithoutTerminator(after_events=at), StreamIncompleteError, TWO_DELTAS
    ),
    "malformed JSON event: MalformedEventError with the line": Case(
        lambda at: MalformedEvent(after_events=at), MalformedEventError, TWO_DELTAS, check=malformed_check
    ),
    "the endpoint's error event: StreamError with code and message": Case(
        lambda at: ErrorEvent(after_events=at, code=502, message="upstream fell over"),
        StreamError,
        TWO_DELTAS,
        check=error_event_check,
    ),
    "idle gap beyond idle_timeout: StreamIdleTimeoutError": Case(
        lambda at: IdleGap(after_events=at, seconds=3.0),
        StreamIdleTimeoutError,
        TWO_DELTAS,
        stream_options={"idle_timeout": 0.2},
        max_seconds=2.5,  # the timeout fired: the 3 s gap was not sat out
    ),
    "idle gap within idle_timeout: success": Case(
        lambda at: IdleGap(after_events=at, seconds=0.1), None, FULL_TEXT, stream_options={"idle_timeout": 2.0}
    ),
    "keep-alive-only stretch longer than idle_timeout: success": Case(
        lambda at: KeepAliveOnly(after_events=at, comments=6, interval=0.05),
        None,
        FULL_TEXT,
        stream_options={"idle_timeout": 0.2},  # 6 x 0.05 s of comments only: longer than the idle timeout
    ),
    # The text as it streamed (the responses result takes the text of `response.completed`, which the emulator
    # writes without the injected event).
    "oversized event (1 MiB): read whole": Case(
        lambda at: OversizedEvent(after_events=at, size=OVERSIZED), None, TWO_DELTAS + "x" * OVERSIZED + " 3 4 5"
    ),
    "invalid UTF-8 in an event: MalformedEventError, no UnicodeDecodeError": Case(
        lambda at: InvalidUtf8(after_events=at), MalformedEventError, TWO_DELTAS, check=invalid_utf8_check
    ),
    "body trickled a few bytes at a time: success": Case(
        lambda at: TrickleBytes(bytes_per_write=7, interval=0.0), None, FULL_TEXT
    ),
}

# Every endpoint in sync; the async reader (one code path for the three) on chat.
PARAMS = [
    pytest.param(name, endpoint, mode, id=f"{name} [{mode} {endpoint}]")
    for name in CASES
    for endpoint, mode in [*((endpoint, "sync") for endpoint in ENDPOINTS), ("chat", "async")]
]


@pytest.mark.parametrize(("name", "endpoint", "mode"), PARAMS)
def test_fault_in_the_stream(
    emu: Emulator, logs: pytest.LogCaptureFixture, name: str, endpoint: str, mode: str
) -> None:
    case = CASES[name]
    route = ROUTES[endpoint]
    emu.faults.add(case.fault(AFTER_TWO_DELTAS[endpoint]), route=route)

    started = time.monotonic()
    outcome: str | BaseException
    try:
        if mode == "sync":
            with sync_client(emu) as client:
                outcome = stream_once(client, endpoint, **case.stream_options)
        else:
            outcome = asyncio.run(_astream(emu, endpoint, case.stream_options))
    except Exception as exc:  # the outcome under test
        outcome = exc
    seconds = time.monotonic() - started

    if case.expected is None:
        assert outcome == case.text
    else:
        assert isinstance(outcome, case.expected), repr(outcome)
        assert isinstance(outcome, StreamError)
        assert result_text(endpoint, outcome.partial) == case.text  # what had arrived, nothing made up
        assert outcome.generation_id is not None
        assert outcome.generation_id.startswith("gen-")
        if case.check is not None:
            case.check(outcome, endpoint)
    assert attempts(emu, route) == 1  # a stream that has started is never sent again
    assert seconds < case.max_seconds
    assert_key_nowhere(outcome if isinstance(outcome, BaseException) else None, logs)
    assert_all_closed(emu)


async def _astream(emu: Emulator, endpoint: str, options: dict[str, Any]) -> str:
    async with async_client(emu) as client:
        return await astream_once(client, endpoint, **options)


def test_an_error_mid_read_keeps_raising_and_leaves_the_connection_closed(
    emu: Emulator, logs: pytest.LogCaptureFixture
) -> None:
    """Reading on after a stream error raises it again: the partial result can never be taken for the answer."""
    emu.faults.add(ResetMidStream(after_events=AFTER_TWO_DELTAS["chat"]), route=ROUTES["chat"])
    with (
        sync_client(emu) as client,
        client.chat.stream(model="emulator/count", messages=[{"role": "user", "content": "Hi"}]) as stream,
    ):
        pieces: list[str] = []
        with pytest.raises(StreamIncompleteError) as first:
            pieces.extend(stream.text())
        assert "".join(pieces) == TWO_DELTAS
        with pytest.raises(StreamIncompleteError) as again:
            stream.final()
        assert again.value is first.value
    assert_key_nowhere(first.value, logs)
    assert_all_closed(emu)


# -- the same faults on a non-streamed answer -----------------------------------------------------------------------

JSON_CASES: dict[str, tuple[Fault, type[Exception]]] = {
    "reset half-way through the body: APIConnectionError, not retried": (ResetMidStream(), APIConnectionError),
    "body shorter than its Content-Length: APIConnectionError, not retried": (
        EndWithoutTerminator(),
        APIConnectionError,
    ),
    "truncated JSON: ResponseParseError": (MalformedEvent(), ResponseParseError),
    "invalid UTF-8 in the body: ResponseParseError": (InvalidUtf8(), ResponseParseError),
    "a 200 whose choice finished with error: GenerationError": (
        FailedChoice(code=502, message="upstream fell over"),
        GenerationError,
    ),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(JSON_CASES))
def test_fault_in_a_json_body(emu: Emulator, logs: pytest.LogCaptureFixture, name: str, mode: str) -> None:
    fault, expected = JSON_CASES[name]
    emu.faults.add(fault, route=ROUTES["chat"])
    with pytest.raises(expected) as info:
        _call(emu, mode)
    assert attempts(emu, ROUTES["chat"]) == 1  # a body that broke after the headers is not requested again
    assert_key_nowhere(info.value, logs)
    assert_all_closed(emu)


def _call(emu: Emulator, mode: str) -> Any:
    if mode == "async":
        return asyncio.run(_acall(emu))
    with sync_client(emu) as client:
        return client.call(send_chat_completion_request, body=chat_body())


async def _acall(emu: Emulator, **options: Any) -> Any:
    async with async_client(emu, **options) as client:
        return await client.call(send_chat_completion_request, body=chat_body())


def test_a_failed_choice_attaches_the_result_or_returns_it_when_asked(
    emu: Emulator, logs: pytest.LogCaptureFixture
) -> None:
    emu.faults.add(FailedChoice(code=503, message="upstream fell over"), route=ROUTES["chat"], times=2)
    with sync_client(emu) as client:
        with pytest.raises(GenerationError) as info:
            client.call(send_chat_completion_request, body=chat_body())
        assert info.value.code == 503
        assert info.value.message == "upstream fell over"
        assert call_text(info.value.result) == FULL_TEXT  # nothing the provider produced is lost
        lenient = client.with_options(raise_on_generation_error=False)
        result = lenient.call(send_chat_completion_request, body=chat_body())
    assert result.choices[0].finish_reason == "error"
    assert_key_nowhere(info.value, logs)
    assert_all_closed(emu)
