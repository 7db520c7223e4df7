"""Scriptable faults: what can go wrong on the wire, and the rule book that decides which request gets which.

A rule matches a route (``"POST /chat/completions"``, ``"GET /keys/{hash}"``, or ``"*"`` for any), lets ``skip``
matching requests through untouched, then hands its faults to the next ``times`` matching requests. Rules are
consulted in the order they were added; every matching rule that is due contributes its faults, so a slow first
byte and a mid-stream reset can be put on the same request with two rules or one rule carrying both.

A rule may carry a ``tag``: it then applies only to requests that send the header ``X-Emulator-Fault-Tag`` with that
value, which lets concurrent requests each get their own faults (rules without a tag apply to every request).

Stream faults are positioned by ``after_events``: the number of data events the client has been sent when the
fault fires (keep-alive comments do not count). A position past the end of the stream fires just before the
terminator.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Literal, TypeAlias

import attrs

ANY_ROUTE = "*"

# The request header that selects the tagged rules (`FaultBook.add(..., tag=...)`).
FAULT_TAG_HEADER = "X-Emulator-Fault-Tag"


@attrs.frozen
class HttpError:
    """Answer with this status instead of the real response (JSON envelope, or an edge HTML page)."""

    status: int
    message: str | None = None
    retry_after: float | None = None
    html: bool = False
    metadata: dict[str, object] | None = None


@attrs.frozen
class ResetBeforeHeaders:
    """Read the request, then drop the connection with a TCP reset before a byte of the response is sent."""


@attrs.frozen
class SlowFirstByte:
    """Wait this long before the status line goes out."""

    seconds: float


@attrs.frozen
class ResetMidStream:
    """Send `after_events` events (or half a JSON body), then reset the connection."""

    after_events: int = 1


@attrs.frozen
class EndWithoutTerminator:
    """End the body cleanly but early: no [DONE] (nor message_stop / response.completed).

    With `after_events=None` every regular event is sent and only the ending is missing. On a JSON route the
    connection closes after half of the announced body.
    """

    after_events: int | None = None


@attrs.frozen
class MalformedEvent:
    """Insert an event whose data is not valid JSON (on a JSON route: a truncated JSON body)."""

    after_events: int = 1


@attrs.frozen
class ErrorEvent:
    """End the stream with the endpoint's own mid-stream error after `after_events` events.

    chat: a final chunk with top-level `error` and `finish_reason: "error"`, then [DONE]; responses: `error`
    then `response.failed`; messages: `event: error`.
    """

    after_events: int = 1
    code: int = 502
    message: str = "Provider returned error"


@attrs.frozen
class IdleGap:
    """Send nothing at all, not even a keep-alive comment, for `seconds`."""

    after_events: int = 1
    seconds: float = 0.5


@attrs.frozen
class KeepAliveOnly:
    """Send `comments` keep-alive comments, `interval` apart, and no event."""

    after_events: int = 0
    comments: int = 5
    interval: float = 0.05


@attrs.frozen
class OversizedEvent:
    """Insert one valid content event of at least `size` bytes."""

    after_events: int = 1
    size: int = 1_048_576


@attrs.frozen
class InvalidUtf8:
    """Insert a content event whose text holds bytes that are not UTF-8 (on a JSON route: spoil the body so)."""

    after_events: int = 1


@attrs.frozen
class FailedChoice:
    """A 200 whose first choice finished with `"error"` (non-streamed /chat/completions; no effect elsewhere).

    The choice keeps the text generated so far, gets `finish_reason: "error"` and carries `error: {code, message,
    metadata}`, as the API sends when a provider fails after the status line went out.
    """

    code: int = 502
    message: str = "Provider returned error"
    metadata: dict[str, object] | None = None


@attrs.frozen
class TrickleBytes:
    """Write the response body `bytes_per_write` bytes at a time, `interval` seconds apart."""

    bytes_per_write: int = 1
    interval: float = 0.001


@attrs.frozen
class ListChange:
    """Before the request is served, add and/or remove items of the list the route pages through.

    Put it on a list route with `skip=N` to change the list after the N-th page was served.
    `at="start"` shifts every later offset (duplicates or skipped items for an offset pager); `"end"` does not.
    """

    add: int = 0
    remove: int = 0
    at: Literal["start", "end"] = "start"


Fault: TypeAlias = (
    HttpError
    | ResetBeforeHeaders
    | SlowFirstByte
    | ResetMidStream
    | EndWithoutTerminator
    | MalformedEvent
    | ErrorEvent
    | IdleGap
    | KeepAliveOnly
    | OversizedEvent
    | InvalidUtf8
    | FailedChoice
    | TrickleBytes
    | ListChange
)


def rate_limited(retry_after: float | None = 1, message: str | None = None) -> HttpError:
    """429 with `Retry-After` (seconds) and the platform's rate-limit headers."""
    return HttpError(429, message=message, retry_after=retry_after)


def server_error(message: str | None = None) -> HttpError:
    return HttpError(500, message=message)


def bad_gateway(*, html: bool = False, message: str | None = None) -> HttpError:
    return HttpError(502, message=message, html=html)


def service_unavailable(retry_after: float | None = None, message: str | None = None) -> HttpError:
    return HttpError(503, message=message, retry_after=retry_after)


def edge_timeout(*, html: bool = True) -> HttpError:
    """524 as the edge sends it: an HTML page by default."""
    return HttpError(524, html=html)


def overloaded(message: str | None = None) -> HttpError:
    return HttpError(529, message=message)


@attrs.define
class FaultRule:
    """One entry of the rule book; `remaining` is None for a rule that never runs out."""

    route: str
    faults: tuple[Fault, ...]
    remaining: int | None
    skip: int
    fired: int = 0
    tag: str | None = None


class FaultBook:
    """The faults waiting for requests. Thread-safe: requests are served on many threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(
        self,
        fault: Fault | Sequence[Fault],
        *,
        route: str = ANY_ROUTE,
        times: int | None = 1,
        skip: int = 0,
        tag: str | None = None,
    ) -> FaultRule:
        """Give `fault` (or several together) to the next `times` requests to `route` after `skip` of them.

        `times=None` keeps the rule forever. With `tag`, only requests sending the header
        `X-Emulator-Fault-Tag: <tag>` count. Returns the rule, whose `fired` counts how often it applied.
        """
        faults = (fault,) if not isinstance(fault, Sequence) else tuple(fault)
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        if skip < 0:
            raise ValueError("skip must not be negative")
        if tag is not None and (not isinstance(tag, str) or not tag.strip()):
            raise ValueError("tag must be a non-empty string (or None for every request)")
        rule = FaultRule(route=_normalize_route(route), faults=faults, remaining=times, skip=skip, tag=tag)
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def pending(self) -> list[FaultRule]:
        """Rules that still have requests to spoil."""
        with self._lock:
            return [rule for rule in self._rules if rule.remaining is None or rule.remaining > 0]

    def take(self, route: str, tag: str | None = None) -> tuple[Fault, ...]:
        """The faults for one request to `route` (that sent `tag`, if any), consuming them."""
        taken: list[Fault] = []
        with self._lock:
            for rule in self._rules:
                if rule.route not in (ANY_ROUTE, route):
                    continue
                if rule.tag is not None and rule.tag != tag:
                    continue
                if rule.remaining is not None and rule.remaining <= 0:
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                rule.fired += 1
                taken.extend(rule.faults)
        return tuple(taken)


def _normalize_route(route: str) -> str:
    if route == ANY_ROUTE:
        return route
    method, _, path = route.strip().partition(" ")
    if not path.startswith("/"):
        raise ValueError(f"a route looks like 'POST /chat/completions', got {route!r}")
    path = path.strip()
    # Routes are named without the base path; accept the full path too.
    if path.startswith("/api/v1/"):
        path = path[len("/api/v1") :]
    return f"{method.upper()} {path}"
