"""A circuit breaker: after enough consecutive failures, calls fail fast for a cool-down, then one trial decides.

States: CLOSED (calls go through; consecutive failures are counted), OPEN (every call raises CircuitOpenError
without sending anything, until the cool-down has passed), HALF_OPEN (the cool-down has passed: the next call is
the trial, and the calls made while it is in flight fail fast; its success closes the breaker, its failure opens
it for another cool-down).

A failure is what the retries treat as transient on the server's side: no response (connection error, timeout,
the total deadline), a 5xx (529 included), or a 400 that wraps an upstream 5xx. Anything else that comes back,
4xx included, shows the server up and closes the breaker. The breaker is a transport around the retries, so a call
and its retries count once.

Written here rather than taken from a library: pybreaker, circuitbreaker and aiobreaker wrap a callable and count
the exceptions it raises, while here a failure is mostly a response (a 503 is returned, not raised) and both a sync
and an async transport must share one breaker; purgatory is asyncio-first. The state is a few fields under a
`threading.Lock` that is never held across I/O or an `await`, so one breaker is safe for threads and tasks alike.
"""

from __future__ import annotations

import enum
import threading
import time

import attrs
import httpx

from openrouter_ext._exceptions import CircuitOpenError, ConfigurationError
from openrouter_ext._logging import logger
from openrouter_ext._retries import _WRAPPED_TRANSIENT, wrapped_status

__all__ = [
    "AsyncCircuitTransport",
    "CircuitBreaker",
    "CircuitBreakerPolicy",
    "CircuitState",
    "CircuitTransport",
]

# An indirection so that tests can move the clock without patching the stdlib.
_monotonic = time.monotonic

# The upstream statuses a 400 body may wrap that count as the server failing (see _retries.wrapped_status): the
# transient ones but a timeout or a rate limit, which say nothing about the server's health.
_WRAPPED_FAILURES = _WRAPPED_TRANSIENT - {408, 429}


class CircuitState(str, enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(kw_only=True)
class CircuitBreakerPolicy:
    """When the breaker opens and for how long: `failure_threshold` consecutive failed calls, `cooldown` seconds."""

    failure_threshold: int = 5
    cooldown: float = 30.0

    def __attrs_post_init__(self) -> None:
        threshold = self.failure_threshold
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
            raise ConfigurationError(f"failure_threshold must be an integer >= 1, got {threshold!r}")
        cooldown = self.cooldown
        if isinstance(cooldown, bool) or not isinstance(cooldown, (int, float)) or not cooldown > 0:
            raise ConfigurationError(f"cooldown must be a positive number of seconds, got {cooldown!r}")


class CircuitBreaker:
    """The state of one client's breaker, shared by its `with_options` copies; read `state`, `failures`."""

    def __init__(self, policy: CircuitBreakerPolicy) -> None:
        self.policy = policy
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False
        self._last_failure: BaseException | None = None

    @property
    def state(self) -> CircuitState:
        with self._lock:
            return self._state()

    @property
    def failures(self) -> int:
        """Consecutive failed calls (reset by a success)."""
        return self._failures

    @property
    def retry_in(self) -> float:
        """Seconds until a trial call is let through: 0.0 unless the breaker is open."""
        with self._lock:
            return self._retry_in()

    def reset(self) -> None:
        """Close the breaker by hand, forgetting the failures."""
        with self._lock:
            self._close()

    def __repr__(self) -> str:
        with self._lock:
            state, retry_in = self._state(), self._retry_in()
        return (
            f"CircuitBreaker(state={state.value!r}, failures={self._failures}, retry_in={retry_in:.3f}, "
            f"failure_threshold={self.policy.failure_threshold}, cooldown={self.policy.cooldown:g})"
        )

    # Called by the transports; each returns quickly and never blocks on I/O.
    def before_call(self, request: httpx.Request | None = None) -> bool:
        """Let a call through, or raise CircuitOpenError. Returns whether the call is the trial."""
        with self._lock:
            state = self._state()
            if state is CircuitState.CLOSED:
                return False
            if state is CircuitState.HALF_OPEN and not self._trial_in_flight:
                self._trial_in_flight = True
                return True
            error = CircuitOpenError(
                self._refusal(state),
                state=state.value,
                failures=self._failures,
                retry_in=self._retry_in(),
                request=request,
            )
            # A failed response is described in the message; an exception that failed is kept as the cause too.
            cause = None if isinstance(self._last_failure, _Failed) else self._last_failure
        raise error from cause

    def record(self, failure: BaseException | None, *, trial: bool) -> None:
        """The outcome of a call let through: `failure` is what went wrong, None for a success."""
        with self._lock:
            if trial:
                self._trial_in_flight = False
            if failure is None:
                if self._opened_at is not None:
                    logger.info("Circuit breaker closed: a call succeeded after %d failed call(s)", self._failures)
                self._close()
                return
            self._failures += 1
            self._last_failure = failure
            if trial or (self._opened_at is None and self._failures >= self.policy.failure_threshold):
                self._opened_at = _monotonic()
                logger.warning(
                    "Circuit breaker open for %g s after %d consecutive failed call(s); last: %s",
                    self.policy.cooldown,
                    self._failures,
                    _describe(failure),
                )

    def abandon(self, *, trial: bool) -> None:
        """A call let through ended without an outcome (cancelled, or failed on our side): free the trial slot."""
        if trial:
            with self._lock:
                self._trial_in_flight = False

    # Helpers; the lock is held by the caller.
    def _state(self) -> CircuitState:
        if self._opened_at is None:
            return CircuitState.CLOSED
        if self._trial_in_flight or _monotonic() - self._opened_at >= self.policy.cooldown:
            return CircuitState.HALF_OPEN
        return CircuitState.OPEN

    def _retry_in(self) -> float:
        if self._opened_at is None or self._trial_in_flight:
            return 0.0
        return max(0.0, self._opened_at + self.policy.cooldown - _monotonic())

    def _close(self) -> None:
        self._failures = 0
        self._opened_at = None
        self._trial_in_flight = False
        self._last_failure = None

    def _refusal(self, state: CircuitState) -> str:
        last = "" if self._last_failure is None else f"; last failure: {_describe(self._last_failure)}"
        if state is CircuitState.HALF_OPEN:
            return (
                f"circuit breaker half-open: a trial call is in flight after {self._failures} consecutive failed "
                f"call(s), so this one was not sent{last}"
            )
        return (
            f"circuit breaker open after {self._failures} consecutive failed call(s): not sent; a trial call is "
            f"let through in {self._retry_in():.1f} s{last}"
        )


class _Failed(Exception):
    """Stands for a response that counts as a failure, as the breaker remembers it."""

    def __init__(self, request: httpx.Request, status_code: int) -> None:
        super().__init__(f"{request.method} {request.url.path} -> {status_code}")
        self.status_code = status_code


def _describe(failure: BaseException) -> str:
    if isinstance(failure, _Failed):
        return f"status {failure}"
    return f"{type(failure).__name__}: {failure}"


def _response_failure(request: httpx.Request, response: httpx.Response, body: bytes | None) -> _Failed | None:
    status = response.status_code
    if status >= 500 or (status == 400 and body is not None and wrapped_status(body) in _WRAPPED_FAILURES):
        return _Failed(request, status)
    return None


class CircuitTransport(httpx.BaseTransport):
    """Asks `breaker` before each call through `transport` (the retrying one) and tells it the outcome."""

    def __init__(self, transport: httpx.BaseTransport, breaker: CircuitBreaker) -> None:
        self._transport = transport
        self.breaker = breaker

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        trial = self.breaker.before_call(request)
        try:
            response = self._transport.handle_request(request)
        except httpx.TransportError as exc:
            self.breaker.record(exc, trial=trial)
            raise
        except BaseException:
            self.breaker.abandon(trial=trial)
            raise
        try:
            # A 400 body is small and read anyway by the caller; reading it here tells a wrapped 5xx apart.
            body = response.read() if response.status_code == 400 else None
        except BaseException:
            self.breaker.abandon(trial=trial)
            raise
        self.breaker.record(_response_failure(request, response, body), trial=trial)
        return response

    def close(self) -> None:
        self._transport.close()


class AsyncCircuitTransport(httpx.AsyncBaseTransport):
    """The async twin of CircuitTransport."""

    def __init__(self, transport: httpx.AsyncBaseTransport, breaker: CircuitBreaker) -> None:
        self._transport = transport
        self.breaker = breaker

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        trial = self.breaker.before_call(request)
        try:
            response = await self._transport.handle_async_request(request)
        except httpx.TransportError as exc:
            self.breaker.record(exc, trial=trial)
            raise
        except BaseException:
            self.breaker.abandon(trial=trial)
            raise
        try:
            body = await response.aread() if response.status_code == 400 else None
        except BaseException:
            self.breaker.abandon(trial=trial)
            raise
        self.breaker.record(_response_failure(request, response, body), trial=trial)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()
