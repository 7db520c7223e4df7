"""The retry policy, driven through the client with a MockTransport and a recording sleep."""

from __future__ import annotations

import email.utils
import time
import types

import httpx
import pytest
from client_helpers import API_KEY, Script, error_response

from openrouter_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncOpenRouter,
    BadRequestError,
    InternalServerError,
    NoProviderAvailableError,
    OpenRouter,
    RateLimitError,
    _retries,
)


def _ok() -> httpx.Response:
    return httpx.Response(200, json={"data": {"total_credits": 1}})


def _client(script: Script, **options: object) -> OpenRouter:
    return OpenRouter(API_KEY, http_client=script.sync_client(), **options)  # type: ignore[arg-type]


def test_429_with_retry_after_is_waited_out_then_succeeds(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(429, "slow down", headers={"Retry-After": "3"}), _ok())
    assert _client(script).call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert sleeps == [3.0]
    assert len(script.requests) == 2


def test_retry_after_ms_wins_over_retry_after(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(429, headers={"retry-after-ms": "250", "Retry-After": "9"}), _ok())
    _client(script).call(get_credits)  # type: ignore[arg-type]
    assert sleeps == [0.25]


def test_retry_after_as_http_date(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(error_response(503, headers={"Retry-After": when}), _ok())
    _client(script).call(get_credits)  # type: ignore[arg-type]
    assert len(sleeps) == 1
    assert 25 <= sleeps[0] <= 31  # the date has one-second resolution


def test_retry_after_beyond_the_cap_is_not_waited(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimitError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert sleeps == []
    assert info.value.retry_after == 3600


def test_503_three_times_gives_up_with_the_typed_error(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(*(error_response(503, f"no provider {n}") for n in range(3)))
    with pytest.raises(NoProviderAvailableError, match="no provider 2"):
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 3  # the first try and max_retries=2 more
    assert len(sleeps) == 2


def test_backoff_grows_and_is_capped_with_jitter(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(*(error_response(500) for _ in range(7)))
    with pytest.raises(InternalServerError):
        _client(script, max_retries=6).call(get_credits)  # type: ignore[arg-type]
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(sleeps) == len(ceilings)
    for waited, ceiling in zip(sleeps, ceilings, strict=True):
        assert 0.75 * ceiling <= waited <= ceiling


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422])
def test_client_errors_are_not_retried(status: int, get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(status))
    with pytest.raises(APIStatusError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert info.value.status_code == status
    assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 524, 529])
def test_retryable_statuses_are_retried(status: int, get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(status), _ok())
    assert _client(script).call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_x_should_retry_header_is_obeyed(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(NoProviderAvailableError):
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 1

    script = Script(error_response(400, headers={"x-should-retry": "true"}), _ok())
    _client(script).call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_max_retries_zero_sends_once(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(503))
    with pytest.raises(NoProviderAvailableError):
        _client(script, max_retries=0).call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 1


def test_with_options_changes_retries_for_the_copy_only(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(503), error_response(503), _ok())
    client = _client(script)
    with pytest.raises(NoProviderAvailableError):
        client.with_options(max_retries=0).call(get_credits)  # type: ignore[arg-type]
    assert client.call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert len(script.requests) == 3


def test_connection_reset_is_retried(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(httpx.ReadError("Connection reset by peer"), _ok())
    assert _client(script).call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_connection_errors_after_retries_are_typed(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(*(httpx.ConnectError("Connection refused") for _ in range(3)))
    with pytest.raises(APIConnectionError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert not isinstance(info.value, APITimeoutError)
    assert "Connection refused" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert len(script.requests) == 3


def test_timeouts_are_retried_then_typed(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(*(httpx.ReadTimeout("timed out") for _ in range(3)))
    with pytest.raises(APITimeoutError):
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 3


def test_request_body_is_resent_on_retry(create_chat: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(502), _ok())
    _client(script).call(create_chat, body={"model": "m", "messages": [{"role": "user", "content": "hi"}]})  # type: ignore[arg-type]
    assert script.requests[0].content == script.requests[1].content
    assert b'"content":"hi"' in script.requests[1].content.replace(b" ", b"")


class _FakeClock:
    """A monotonic clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _FakeClock:
    fake = _FakeClock()
    monkeypatch.setattr(_retries, "_monotonic", fake.monotonic)
    monkeypatch.setattr(_retries, "_sleep", fake.sleep)
    return fake


def test_total_deadline_stops_retries_whose_wait_would_overrun(
    get_credits: types.ModuleType, clock: _FakeClock
) -> None:
    script = Script(
        error_response(429, headers={"Retry-After": "4"}),
        error_response(429, headers={"Retry-After": "4"}),
    )
    with pytest.raises(RateLimitError):
        _client(script, max_retries=5, total_timeout=6).call(get_credits)  # type: ignore[arg-type]
    # The first wait (4 s) fits in 6 s; the second would end past the deadline, so the 429 is raised instead.
    assert clock.sleeps == [4.0]
    assert len(script.requests) == 2


def test_total_deadline_shortens_each_attempts_timeouts(get_credits: types.ModuleType, clock: _FakeClock) -> None:
    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.now += 7  # this attempt used 7 s before failing
        return error_response(500)

    script = Script(slow_failure, _ok())
    client = _client(script, timeout=60, total_timeout=10)
    client.call(get_credits)  # type: ignore[arg-type]
    second = script.requests[1]
    # 10 s budget - 7 s used - the backoff sleep = what the second attempt may take, at most.
    left = 10 - 7 - clock.sleeps[0]
    assert second.extensions["timeout"] == {
        phase: pytest.approx(left) for phase in ("connect", "read", "write", "pool")
    }


def test_timeout_caused_by_the_deadline_is_reported_as_such(get_credits: types.ModuleType, clock: _FakeClock) -> None:
    def timed_out(request: httpx.Request) -> httpx.Response:
        clock.now += request.extensions["timeout"]["read"]
        raise httpx.ReadTimeout("timed out", request=request)

    script = Script(timed_out)
    with pytest.raises(APITimeoutError, match="total deadline of 5 s"):
        _client(script, timeout=60, total_timeout=5).call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 1


async def test_async_retries_honour_retry_after(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(429, headers={"Retry-After": "2"}), httpx.ReadError("reset"), _ok())
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        assert await client.call(get_credits) == {"total_credits": 1}  # type: ignore[arg-type]
    assert sleeps[0] == 2.0
    assert len(sleeps) == 2
    assert len(script.requests) == 3


async def test_async_gives_up_with_typed_error(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(*(error_response(503) for _ in range(3)))
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        with pytest.raises(NoProviderAvailableError):
            await client.call(get_credits)  # type: ignore[arg-type]
    assert len(script.requests) == 3


def test_bad_request_is_raised_at_once(get_credits: types.ModuleType, sleeps: list[float]) -> None:
    script = Script(error_response(400, "bad model"))
    with pytest.raises(BadRequestError, match="bad model"):
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert sleeps == []
