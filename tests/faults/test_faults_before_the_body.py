"""Faults that strike before a body is handed over: error statuses, resets before the headers, a slow first byte.

One table, run on every surface (a non-streamed call and the three streams, sync and async): each fault either is
retried to success, or ends in its typed error after the right number of attempts, within the time bounds set,
with nothing left open and the key nowhere to be seen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest
from fault_helpers import (
    FULL_TEXT,
    NO_HANG_SECONDS,
    SURFACES,
    assert_all_closed,
    assert_key_nowhere,
    attempts,
    run_surface,
    surface_route,
)

from openrouter_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    EdgeTimeoutError,
    InternalServerError,
    NoProviderAvailableError,
    ProviderError,
    ProviderOverloadedError,
    RateLimitError,
    StreamError,
)
from openrouter_ext.testing import (
    Emulator,
    Fault,
    HttpError,
    ResetBeforeHeaders,
    SlowFirstByte,
    rate_limited,
    service_unavailable,
)


@attrs.frozen
class Case:
    """One row: the fault, how often it strikes, the client's options, and what the user must get."""

    fault: Fault
    times: int | None
    expected: type[Exception] | None  # None: success with the full answer
    attempts: int
    client: dict[str, Any] = attrs.field(factory=dict)
    max_seconds: float = NO_HANG_SECONDS  # the configured bound the outcome must arrive within
    check: Callable[[Any], None] | None = None
    surfaces: tuple[str, ...] = SURFACES


def html_page(status: int) -> Callable[[Any], None]:
    def check(error: Any) -> None:
        assert isinstance(error.body, str)
        assert "<html>" in error.body
        assert f"Error {status}" in error.body
        assert f"Error {status}" in str(error)  # the page's text reaches the message

    return check


def retry_after(seconds: float) -> Callable[[Any], None]:
    def check(error: Any) -> None:
        assert error.retry_after == seconds

    return check


def deadline_message(error: Any) -> None:
    assert "total deadline" in str(error)


# The retrying surfaces: resets and slow bytes wait out real backoffs, so they run where they differ.
FEW = ("call", "stream:chat", "stream:messages", "astream:chat")
RESETS = ("call", "stream:chat", "astream:chat")

CASES: dict[str, Case] = {
    "429 Retry-After 0 once: retried": Case(rate_limited(retry_after=0), 1, None, 2),
    "429 every time: RateLimitError after 3 tries": Case(
        rate_limited(retry_after=0), None, RateLimitError, 3, check=retry_after(0)
    ),
    "429 Retry-After 120: raised at once, not waited": Case(
        rate_limited(retry_after=120), None, RateLimitError, 1, max_seconds=5.0, check=retry_after(120)
    ),
    "500 JSON once: retried": Case(HttpError(500, retry_after=0), 1, None, 2),
    "500 JSON every time: InternalServerError": Case(HttpError(500, retry_after=0), None, InternalServerError, 3),
    "502 JSON every time: ProviderError": Case(HttpError(502, retry_after=0), None, ProviderError, 3),
    "502 HTML page once: retried": Case(HttpError(502, html=True, retry_after=0), 1, None, 2),
    "502 HTML page every time: ProviderError with the page": Case(
        HttpError(502, html=True, retry_after=0), None, ProviderError, 3, check=html_page(502)
    ),
    "503 x3 with max_retries=2: NoProviderAvailableError": Case(
        service_unavailable(retry_after=0), 3, NoProviderAvailableError, 3
    ),
    "503 x2 with max_retries=2: retried": Case(service_unavailable(retry_after=0), 2, None, 3),
    "524 HTML page every time: EdgeTimeoutError": Case(
        HttpError(524, html=True, retry_after=0), None, EdgeTimeoutError, 3, check=html_page(524)
    ),
    "529 once: retried": Case(HttpError(529, retry_after=0), 1, None, 2),
    "529 every time: ProviderOverloadedError": Case(HttpError(529, retry_after=0), None, ProviderOverloadedError, 3),
    "max_retries=0: the first 503 is raised": Case(
        service_unavailable(retry_after=0), 1, NoProviderAvailableError, 1, client={"max_retries": 0}
    ),
    # A reset after the request went out may leave the generation running (and billed): a POST is not sent again
    # unless the caller opts in with retry_after_sent.
    "reset before headers once: APIConnectionError, not sent again": Case(
        ResetBeforeHeaders(), 1, APIConnectionError, 1, surfaces=RESETS
    ),
    "reset before headers once, retry_after_sent: retried": Case(
        ResetBeforeHeaders(), 1, None, 2, client={"retry_after_sent": True}, surfaces=RESETS
    ),
    "reset before headers every time, retry_after_sent: APIConnectionError": Case(
        ResetBeforeHeaders(),
        None,
        APIConnectionError,
        2,
        client={"max_retries": 1, "retry_after_sent": True},
        surfaces=RESETS,
    ),
    "slow first byte within the timeout: success": Case(
        SlowFirstByte(0.2), 1, None, 1, client={"timeout": 3.0}, surfaces=FEW
    ),
    "slow first byte beyond the read timeout: APITimeoutError": Case(
        SlowFirstByte(3.0),
        None,
        APITimeoutError,
        1,
        client={"timeout": 0.2, "max_retries": 0},
        max_seconds=2.5,  # the timeout fired: the 3 s answer was not waited for
        surfaces=FEW,
    ),
    "slow first byte every time, total_timeout: APITimeoutError at the deadline": Case(
        SlowFirstByte(3.0),
        None,
        APITimeoutError,
        1,
        client={"timeout": 5.0, "max_retries": 5, "total_timeout": 0.4},
        max_seconds=2.5,
        check=deadline_message,
        surfaces=FEW,
    ),
}

PARAMS = [
    pytest.param(name, surface, id=f"{name} [{surface}]")
    for name, case in CASES.items()
    for surface in SURFACES
    if surface in case.surfaces
]


@pytest.mark.parametrize(("name", "surface"), PARAMS)
def test_fault_before_the_body(emu: Emulator, logs: pytest.LogCaptureFixture, name: str, surface: str) -> None:
    case = CASES[name]
    route = surface_route(surface)
    emu.faults.add(case.fault, route=route, times=case.times)

    outcome, seconds = run_surface(emu, surface, **case.client)

    if case.expected is None:
        assert outcome == FULL_TEXT
    else:
        assert isinstance(outcome, case.expected), repr(outcome)
        # A failure before the body is never dressed up as a stream error with a partial result.
        assert not isinstance(outcome, StreamError)
        if isinstance(outcome, APIStatusError):
            assert outcome.status_code == case.fault.status  # type: ignore[union-attr]
        if case.check is not None:
            case.check(outcome)
    assert attempts(emu, route) == case.attempts
    assert seconds < case.max_seconds
    assert_key_nowhere(outcome if isinstance(outcome, BaseException) else None, logs)
    assert_all_closed(emu)


def test_json_error_bodies_keep_what_the_api_said(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    emu.faults.add(HttpError(502, message="upstream said no", retry_after=0), route=surface_route("call"), times=None)
    outcome, _ = run_surface(emu, "call", max_retries=0)
    assert isinstance(outcome, ProviderError)
    assert outcome.message == "upstream said no"
    assert outcome.provider_name == "Emulator"
    assert outcome.code == 502
    assert_key_nowhere(outcome, logs)
