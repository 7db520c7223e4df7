"""The circuit breaker over loopback against the emulator: off by default; after N consecutive failed calls
(connection errors, 5xx, 529, a 400 wrapping a 5xx) calls fail fast for the cool-down, then one trial decides;
retries count once; shared by `with_options` copies; safe for threads and tasks."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from connection_helpers import API_KEY, Clock
from openrouter_api.api.credits_ import get_credits

from openrouter_ext import (
    APIConnectionError,
    APIStatusError,
    AsyncOpenRouter,
    BadRequestError,
    ConfigurationError,
    NoProviderAvailableError,
    OpenRouter,
    ProviderOverloadedError,
)
from openrouter_ext._circuit import CircuitBreakerPolicy, CircuitState
from openrouter_ext._exceptions import CircuitOpenError
from openrouter_ext.testing import Emulator, HttpError, ResetBeforeHeaders, SlowFirstByte

ROUTE = "GET /credits"
CHAT_ROUTE = "POST /chat/completions"
CHAT = {"model": "emulator/count", "messages": [{"role": "user", "content": "Hello"}]}


def client_for(emu: Emulator, *, threshold: int = 3, cooldown: float = 30.0, **options: Any) -> OpenRouter:
    options.setdefault("max_retries", 0)
    policy = CircuitBreakerPolicy(failure_threshold=threshold, cooldown=cooldown)
    return OpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=policy, **options)


def sent(emu: Emulator, route: str = ROUTE) -> int:
    return sum(1 for request in emu.requests if request.route == route)


def fail_calls(client: OpenRouter, count: int) -> None:
    for _ in range(count):
        with pytest.raises(APIStatusError):
            client.call(get_credits)


def test_off_by_default(emu: Emulator) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=None)
    with OpenRouter(API_KEY, base_url=emu.base_url, max_retries=0) as client:
        assert client.circuit is None
        fail_calls(client, 8)
    assert sent(emu) == 8


def test_opens_after_consecutive_failures_and_fails_fast(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=None)
    with client_for(emu, threshold=3, cooldown=30) as client:
        circuit = client.circuit
        assert circuit is not None
        assert circuit.state is CircuitState.CLOSED
        fail_calls(client, 2)
        assert (circuit.state, circuit.failures) == (CircuitState.CLOSED, 2)
        fail_calls(client, 1)
        assert circuit.state == "open"
        assert circuit.failures == 3
        clock.advance(10)
        with pytest.raises(CircuitOpenError) as caught:
            client.call(get_credits)
    error = caught.value
    assert isinstance(error, APIConnectionError)  # no HTTP response, as for any connection failure
    assert (error.state, error.failures, error.retry_in) == ("open", 3, 20.0)
    assert "open after 3 consecutive failed call(s)" in str(error)
    assert "GET /api/v1/credits -> 503" in str(error)
    assert error.request is not None
    assert error.request.url.path == "/api/v1/credits"
    assert sent(emu) == 3  # the refused call never left the client
    assert API_KEY not in str(error)
    assert API_KEY not in repr(error)


def test_after_the_cooldown_one_successful_trial_closes_it(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(529), route=ROUTE, times=2)
    with client_for(emu, threshold=2, cooldown=5) as client:
        for _ in range(2):
            with pytest.raises(ProviderOverloadedError):
                client.call(get_credits)
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.OPEN
        clock.advance(5)
        assert client.circuit.state is CircuitState.HALF_OPEN
        assert client.call(get_credits).data.total_credits == 100.0
        assert (client.circuit.state, client.circuit.failures) == (CircuitState.CLOSED, 0)
        client.call(get_credits)
    assert sent(emu) == 4


def test_a_failed_trial_opens_it_for_another_cooldown(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(502), route=ROUTE, times=None)
    with client_for(emu, threshold=2, cooldown=5) as client:
        fail_calls(client, 2)
        clock.advance(6)
        fail_calls(client, 1)  # the trial
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.OPEN
        assert client.circuit.retry_in == 5.0
        with pytest.raises(CircuitOpenError):
            client.call(get_credits)
    assert sent(emu) == 3


def test_a_call_and_its_retries_count_once(emu: Emulator, sleeps: list[float]) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=3)
    with client_for(emu, threshold=2, max_retries=2) as client:
        with pytest.raises(NoProviderAvailableError):
            client.call(get_credits)
        assert client.circuit is not None
        assert (client.circuit.state, client.circuit.failures) == (CircuitState.CLOSED, 1)
    assert sent(emu) == 3
    assert len(sleeps) == 2


def test_a_retry_that_succeeds_is_a_success(emu: Emulator, sleeps: list[float]) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=1)
    with client_for(emu, threshold=1, max_retries=1) as client:
        client.call(get_credits)
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.CLOSED


def test_a_success_resets_the_count(emu: Emulator) -> None:
    emu.faults.add(HttpError(500), route=ROUTE, times=2)
    emu.faults.add(HttpError(500), route=ROUTE, times=2, skip=3)
    with client_for(emu, threshold=3) as client:
        fail_calls(client, 2)
        client.call(get_credits)
        fail_calls(client, 2)
        assert client.circuit is not None
        assert (client.circuit.state, client.circuit.failures) == (CircuitState.CLOSED, 2)


@pytest.mark.parametrize("status", [400, 401, 404, 429])
def test_answers_that_show_the_server_up_are_not_failures(emu: Emulator, status: int) -> None:
    emu.faults.add(HttpError(status), route=ROUTE, times=None)
    with client_for(emu, threshold=1) as client:
        fail_calls(client, 3)
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.CLOSED
    assert sent(emu) == 3


def test_a_400_wrapping_an_upstream_5xx_is_a_failure() -> None:
    # As the retries see it (tests/client/test_client_retry_safety.py): the provider failed, OpenRouter said 400.
    # The emulator always puts its own status in `error.code`, so these answers come from a MockTransport.
    def wrapped(code: object) -> httpx.Response:
        return httpx.Response(400, json={"error": {"code": code, "message": "Provider returned error"}})

    answers = [wrapped(502), wrapped("503"), wrapped(400), wrapped(None)]
    mine = httpx.Client(transport=httpx.MockTransport(lambda request: answers.pop(0)))
    policy = CircuitBreakerPolicy(failure_threshold=3)
    with OpenRouter(API_KEY, http_client=mine, circuit_breaker=policy, max_retries=0) as client:
        assert client.circuit is not None
        for expected in (1, 2, 0, 0):
            with pytest.raises(BadRequestError):
                client.call(get_credits)
            assert client.circuit.failures == expected
    mine.close()


def test_connection_errors_count_and_become_the_cause(emu: Emulator) -> None:
    emu.faults.add(ResetBeforeHeaders(), route=CHAT_ROUTE, times=2)
    with client_for(emu, threshold=2, max_retries=3) as client:
        for _ in range(2):
            with pytest.raises(APIConnectionError):  # a POST that may have been sent is not retried
                client.chat.send(**CHAT)
        with pytest.raises(CircuitOpenError) as caught:
            client.chat.send(**CHAT)
    assert sent(emu, CHAT_ROUTE) == 2
    assert type(caught.value.__cause__).__name__ in ("RemoteProtocolError", "ReadError", "ConnectError")


def test_streams_count_by_their_status(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(503), route=CHAT_ROUTE, times=2)
    with client_for(emu, threshold=2) as client:
        for _ in range(2):
            with pytest.raises(NoProviderAvailableError), client.chat.stream(**CHAT):
                pass
        with pytest.raises(CircuitOpenError), client.chat.stream(**CHAT):
            pass
        clock.advance(30)
        with client.chat.stream(**CHAT) as stream:
            assert "".join(stream.text()) == "1 2 3 4 5"
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.CLOSED


def test_with_options_copies_share_the_breaker(emu: Emulator) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=None)
    with client_for(emu, threshold=2) as client:
        copy = client.with_options(timeout=3.0, max_retries=0)
        assert copy.circuit is client.circuit
        fail_calls(copy, 1)
        fail_calls(client, 1)
        with pytest.raises(CircuitOpenError):
            copy.call(get_credits)
        with pytest.raises(CircuitOpenError):
            client.call(get_credits)
    assert sent(emu) == 2


def test_each_client_has_its_own_breaker(emu: Emulator) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=2)
    policy = CircuitBreakerPolicy(failure_threshold=2)
    with OpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=policy, max_retries=0) as one:
        fail_calls(one, 2)
        with OpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=policy, max_retries=0) as other:
            other.call(get_credits)
            assert other.circuit is not one.circuit


def test_the_generated_layer_is_refused_too(emu: Emulator) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=None)
    with client_for(emu, threshold=1) as client:
        fail_calls(client, 1)
        with pytest.raises(CircuitOpenError):
            get_credits.sync_detailed(client=client.api)
    assert sent(emu) == 1


def test_only_one_trial_at_a_time_across_threads(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=1)
    with client_for(emu, threshold=1, cooldown=5) as client:
        fail_calls(client, 1)
        clock.advance(5)
        emu.faults.add(SlowFirstByte(1.0), route=ROUTE)  # the trial is slow: the others come while it runs
        with ThreadPoolExecutor(1) as pool:
            trial = pool.submit(client.call, get_credits)
            assert emu.wait_for_requests(2)
            refused = []
            threads = [threading.Thread(target=lambda: refused.append(refusal(client))) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(5)
            assert trial.result(timeout=5).data.total_credits == 100.0
    assert len(refused) == 8
    assert {(error.state, error.retry_in) for error in refused} == {("half_open", 0.0)}
    assert "a trial call is in flight" in str(refused[0])
    assert sent(emu) == 2
    assert client.circuit is not None
    assert client.circuit.state is CircuitState.CLOSED


async def test_only_one_trial_at_a_time_across_tasks(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=1)
    emu.faults.add(SlowFirstByte(0.3), route=ROUTE, skip=1)
    policy = CircuitBreakerPolicy(failure_threshold=1, cooldown=5)
    async with AsyncOpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=policy, max_retries=0) as client:
        with pytest.raises(NoProviderAvailableError):
            await client.call(get_credits)
        clock.advance(5)
        results = await asyncio.gather(*(client.call(get_credits) for _ in range(6)), return_exceptions=True)
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.CLOSED
    successes = [result for result in results if not isinstance(result, BaseException)]
    refusals = [result for result in results if isinstance(result, CircuitOpenError)]
    assert (len(successes), len(refusals)) == (1, 5)
    assert sent(emu) == 2


async def test_async_opens_and_fails_fast(emu: Emulator) -> None:
    emu.faults.add(HttpError(500), route=ROUTE, times=None)
    policy = CircuitBreakerPolicy(failure_threshold=2, cooldown=30)
    async with AsyncOpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=policy, max_retries=0) as client:
        for _ in range(2):
            with pytest.raises(APIStatusError):
                await client.call(get_credits)
        with pytest.raises(CircuitOpenError):
            await client.call(get_credits)
    assert sent(emu) == 2


async def test_a_cancelled_trial_frees_the_slot(emu: Emulator, clock: Clock) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=1)
    emu.faults.add(SlowFirstByte(2.0), route=ROUTE, skip=1)
    policy = CircuitBreakerPolicy(failure_threshold=1, cooldown=5)
    async with AsyncOpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=policy, max_retries=0) as client:
        with pytest.raises(NoProviderAvailableError):
            await client.call(get_credits)
        clock.advance(5)
        trial = asyncio.ensure_future(client.call(get_credits))
        await asyncio.sleep(0.2)
        trial.cancel()
        with pytest.raises(asyncio.CancelledError):
            await trial
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.HALF_OPEN
        assert (await client.call(get_credits)).data.total_credits == 100.0  # the next call is the trial
        assert client.circuit.state is CircuitState.CLOSED


def test_with_the_real_clock(emu: Emulator) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=1)
    with client_for(emu, threshold=1, cooldown=0.2) as client:
        fail_calls(client, 1)
        with pytest.raises(CircuitOpenError):
            client.call(get_credits)
        time.sleep(0.25)
        client.call(get_credits)
        assert client.circuit is not None
        assert client.circuit.state is CircuitState.CLOSED


def test_true_takes_the_default_policy_and_reset_closes_by_hand(emu: Emulator) -> None:
    emu.faults.add(HttpError(503), route=ROUTE, times=None)
    with OpenRouter(API_KEY, base_url=emu.base_url, circuit_breaker=True, max_retries=0) as client:
        assert client.circuit is not None
        assert client.circuit.policy == CircuitBreakerPolicy(failure_threshold=5, cooldown=30.0)
        fail_calls(client, 5)
        assert client.circuit.state is CircuitState.OPEN
        assert repr(client.circuit).startswith("CircuitBreaker(state='open', failures=5,")
        client.circuit.reset()
        assert client.circuit.state is CircuitState.CLOSED
        fail_calls(client, 1)
    assert sent(emu) == 6


@pytest.mark.parametrize(
    "options",
    [
        {"failure_threshold": 0},
        {"failure_threshold": 1.5},
        {"failure_threshold": True},
        {"cooldown": 0},
        {"cooldown": -1},
    ],
)
def test_the_policy_is_checked(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match=r"failure_threshold|cooldown"):
        CircuitBreakerPolicy(**options)


@pytest.mark.parametrize("value", ["on", 3, {"failure_threshold": 2}])
def test_circuit_breaker_takes_a_policy_or_true(value: object) -> None:
    with pytest.raises(ConfigurationError, match="circuit_breaker must be a CircuitBreakerPolicy"):
        OpenRouter(API_KEY, circuit_breaker=value)  # type: ignore[arg-type]


def refusal(client: OpenRouter) -> CircuitOpenError:
    try:
        client.call(get_credits)
    except CircuitOpenError as exc:
        return exc
    raise AssertionError("the call was let through while the trial was in flight")
