"""Retries, done once for both layers: a transport wrapper around the connection pool.

Why a transport and not a loop around `call`: the generated functions (`client.api` + `sync_detailed`) send
through the same httpx client, so a transport is the one place where both layers get the same retries. It also
fixes the rule "never retry once the body streams to the caller" by construction: a transport hands over a
response as soon as its headers arrive, and only decides about retrying before that.

Written here rather than taken from httpx-retries because the policy needs things that package does not do:
`retry-after-ms`, `x-should-retry`, a total deadline that also shortens each attempt's timeouts, and a
pool shared by several clients (`with_options`) that each keep their own policy.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Mapping

import attrs
import httpx

from openrouter_ext._lazy import configuration_error
from openrouter_ext._logging import logger, redact_headers

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "AsyncRetryTransport",
    "DeadlineExceeded",
    "RetryPolicy",
    "RetryTransport",
]

DEFAULT_MAX_RETRIES = 2

# Statuses worth another try: timeouts, conflicts on concurrent updates, rate limits and server-side trouble
# (524 = the edge gave up waiting, 529 = provider overloaded).
RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 524, 529})

# Failures before any response arrived, in two kinds. The request never reached the server whole (no connection,
# no pool slot, the body not written): trying again cannot repeat any work. The request was sent and the answer
# did not come (read timeout, reset, the server hung up): the server may be generating, and billing, already, so
# only a method that is safe to repeat is retried, unless the caller opts in.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError, httpx.WriteTimeout)
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# OpenRouter sometimes reports an upstream failure as a 400 whose `error.code` is the upstream status; such a 400 is
# retried as that status would be. Only these wrapped codes count: a 400 that wraps 400, or nothing, is a bad request.
_WRAPPED_TRANSIENT = frozenset({408, 429, 500, 502, 503, 504, 524, 529})

# Indirections so that tests can replace the clock, the sleeps and the jitter without patching the stdlib.
_monotonic = time.monotonic
_sleep = time.sleep
_random = random.random


async def _async_sleep(delay: float) -> None:
    # Imported here: asyncio is slow to import, and sync-only users should not pay for it.
    import asyncio

    await asyncio.sleep(delay)


class DeadlineExceeded(httpx.TimeoutException):
    """The total deadline across all attempts ran out (an httpx error, so that generated-layer callers catch it)."""


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """When to try a request again, and how long to wait first.

    `max_retries` counts tries after the first. Waits follow `retry-after-ms` or `Retry-After` when the server
    sends one (up to `max_retry_after`: a longer request is not retried, so the caller sees the error and its
    `retry_after` at once), else `initial_backoff * 2**n` capped at `max_backoff`, shortened by up to a quarter at
    random so that many clients do not come back in step. `total_timeout` bounds the whole call, sleeps included.

    A failure after the request was sent (read timeout, connection reset, no response) is retried only for an
    idempotent method, or for every method when `retry_after_sent` is on: an inference POST that timed out may
    still be running, and billed, on the server.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    total_timeout: float | None = None
    retry_after_sent: bool = False

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise configuration_error(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        if not isinstance(self.retry_after_sent, bool):
            raise configuration_error(f"retry_after_sent must be True or False, got {self.retry_after_sent!r}")

    def may_retry_error(self, exc: Exception, method: str) -> bool:
        """Whether a failure without a response may be retried at all (before counting retries or deadlines)."""
        if isinstance(exc, _UNSENT_ERRORS):
            return True
        return self.retry_after_sent or method.upper() in IDEMPOTENT_METHODS

    def backoff(self, retry_number: int) -> float:
        """The wait before retry number `retry_number` (0 for the first retry) when the server gave no hint."""
        ceiling = min(self.max_backoff, self.initial_backoff * (2.0**retry_number))
        return ceiling * (1.0 - 0.25 * _random())

    def delay_after_response(
        self,
        retry_number: int,
        status_code: int,
        headers: Mapping[str, str],
        remaining: float | None,
        wrapped_code: int | None = None,
    ) -> float | None:
        """Seconds to wait before retrying after this response, or None to hand the response over as it is.

        `wrapped_code` is the upstream status a 400 body reports in `error.code` (see `wrapped_status`).
        """
        if status_code < 400 or retry_number >= self.max_retries:
            return None
        verdict = headers.get("x-should-retry", "").strip().lower()
        if verdict == "false":
            return None
        transient = status_code in RETRYABLE_STATUSES or (status_code == 400 and wrapped_code in _WRAPPED_TRANSIENT)
        if verdict != "true" and not transient:
            return None
        from openrouter_ext._exceptions import parse_retry_after

        asked = parse_retry_after(headers)
        if asked is not None and asked > self.max_retry_after:
            return None
        delay = asked if asked is not None else self.backoff(retry_number)
        return self._fits(delay, remaining)

    def delay_after_error(self, retry_number: int, remaining: float | None) -> float | None:
        """Seconds to wait before retrying after a connection error or timeout, or None to give up."""
        if retry_number >= self.max_retries:
            return None
        return self._fits(self.backoff(retry_number), remaining)

    @staticmethod
    def _fits(delay: float, remaining: float | None) -> float | None:
        # A wait that would eat the rest of the deadline cannot lead to a useful attempt.
        if remaining is not None and delay >= remaining:
            return None
        return delay


def wrapped_status(body: bytes) -> int | None:
    """The upstream status a 400 body carries in `error.code` (an integer, or a string of digits), else None."""
    try:
        document = json.loads(body)
    except ValueError:
        return None
    error = document.get("error") if isinstance(document, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    if isinstance(code, bool):
        return None
    if isinstance(code, int):
        return code
    if isinstance(code, str) and code.strip().isdigit():
        return int(code.strip())
    return None


# Which phase of the timeout each httpx timeout error means.
_TIMEOUT_PHASES: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


class _Attempts:
    """Book-keeping shared by the sync and async transports for one request's attempts."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.retry_number = 0
        self.deadline = None if policy.total_timeout is None else _monotonic() + policy.total_timeout
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        self.clamped: frozenset[str] = frozenset()

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - _monotonic()

    def prepare(self) -> None:
        """Shorten this attempt's timeouts to what is left of the deadline, or fail if nothing is left."""
        remaining = self.remaining()
        if remaining is None:
            return
        if remaining <= 0:
            raise self.deadline_error()
        phases = self.timeouts or dict.fromkeys(("connect", "read", "write", "pool"))
        # Remember which phases the deadline, not the caller's own timeout, limits: a timeout of one of those
        # phases then means the deadline ran out (a timeout of another phase is the caller's own, and retried).
        self.clamped = frozenset(phase for phase, seconds in phases.items() if seconds is None or seconds > remaining)
        clamped = {
            phase: remaining if seconds is None else min(seconds, remaining) for phase, seconds in phases.items()
        }
        self.request.extensions["timeout"] = clamped

    def log_request(self) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "HTTP request: %s %s headers=%s",
                self.request.method,
                self.request.url,
                redact_headers(self.request.headers),
            )

    def log_response(self, response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "HTTP response: %s %s -> %d headers=%s",
                self.request.method,
                self.request.url,
                response.status_code,
                redact_headers(response.headers),
            )

    def deadline_error(self) -> DeadlineExceeded:
        return DeadlineExceeded(
            f"the total deadline of {self.policy.total_timeout:g} s ran out after {self.retry_number + 1} attempt(s)",
            request=self.request,
        )

    def error_delay(self, exc: Exception) -> float | None:
        if isinstance(exc, httpx.TimeoutException) and _TIMEOUT_PHASES.get(type(exc), "") in self.clamped:
            raise self.deadline_error() from exc
        if not self.policy.may_retry_error(exc, self.request.method):
            return None
        delay = self.policy.delay_after_error(self.retry_number, self.remaining())
        if delay is not None:
            self._log(delay, type(exc).__name__)
        return delay

    @property
    def wants_body(self) -> bool:
        """Whether the response must be read to decide (a 400 may wrap a transient upstream status)."""
        return self.retry_number < self.policy.max_retries

    def response_delay(self, response: httpx.Response, wrapped_code: int | None = None) -> float | None:
        delay = self.policy.delay_after_response(
            self.retry_number, response.status_code, response.headers, self.remaining(), wrapped_code
        )
        if delay is not None:
            self._log(delay, f"status {response.status_code}")
        return delay

    def _log(self, delay: float, reason: str) -> None:
        logger.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after %s",
            self.request.method,
            self.request.url,
            delay,
            self.retry_number + 1,
            self.policy.max_retries,
            reason,
        )
        self.retry_number += 1


class RetryTransport(httpx.BaseTransport):
    """Sends through `transport`, retrying as `policy` says; closes `transport` only if it `owns` it."""

    def __init__(self, transport: httpx.BaseTransport, policy: RetryPolicy, *, owns_transport: bool = True) -> None:
        self._transport = transport
        self.policy = policy
        self._owns_transport = owns_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.policy.max_retries:
            request.read()  # a streamed upload is kept in memory so that a retry can send it again
        attempts = _Attempts(self.policy, request)
        while True:
            attempts.prepare()
            attempts.log_request()
            try:
                response = self._transport.handle_request(request)
            except _RETRYABLE_ERRORS as exc:
                delay = attempts.error_delay(exc)
                if delay is None:
                    raise
                _sleep(delay)
                continue
            attempts.log_response(response)
            wrapped = None
            if response.status_code == 400 and attempts.wants_body:
                wrapped = wrapped_status(response.read())
            delay = attempts.response_delay(response, wrapped)
            if delay is None:
                return response
            _discard(response)
            _sleep(delay)

    def close(self) -> None:
        if self._owns_transport:
            self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy, *, owns_transport: bool = True
    ) -> None:
        self._transport = transport
        self.policy = policy
        self._owns_transport = owns_transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.policy.max_retries:
            await request.aread()
        attempts = _Attempts(self.policy, request)
        while True:
            attempts.prepare()
            attempts.log_request()
            try:
                response = await self._transport.handle_async_request(request)
            except _RETRYABLE_ERRORS as exc:
                delay = attempts.error_delay(exc)
                if delay is None:
                    raise
                await _async_sleep(delay)
                continue
            attempts.log_response(response)
            wrapped = None
            if response.status_code == 400 and attempts.wants_body:
                wrapped = wrapped_status(await response.aread())
            delay = attempts.response_delay(response, wrapped)
            if delay is None:
                return response
            await _adiscard(response)
            await _async_sleep(delay)

    async def aclose(self) -> None:
        if self._owns_transport:
            await self._transport.aclose()


def _discard(response: httpx.Response) -> None:
    # Reading the small error body lets the connection go back to the pool; a failure here changes nothing (an
    # oversized one has closed its connection already).
    from openrouter_ext._exceptions import ResponseTooLargeError

    try:
        response.read()
    except (httpx.HTTPError, ResponseTooLargeError):
        pass
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    from openrouter_ext._exceptions import ResponseTooLargeError

    try:
        await response.aread()
    except (httpx.HTTPError, ResponseTooLargeError):
        pass
    finally:
        await response.aclose()
