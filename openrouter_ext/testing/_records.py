"""What the emulator saw: requests, connections and streams, for tests to assert on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import attrs

REDACTED = "<redacted>"


@attrs.define
class RecordedRequest:
    """One request as received. `status` is filled in once the answer is chosen (None if the connection dropped)."""

    method: str
    path: str
    route: str | None
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    status: int | None = None
    faults: tuple[str, ...] = ()


@attrs.define
class StreamRecord:
    """One streamed response, from its headers to its end.

    `completed`: the terminator went out. `client_disconnected`: the client went away before the end.
    `reset_by_fault`: a fault dropped the connection. `open` stays True until the server is done with it.
    """

    route: str
    generation_id: str
    events_sent: int = 0
    open: bool = True
    completed: bool = False
    client_disconnected: bool = False
    reset_by_fault: bool = False
    started_at: float = attrs.field(factory=time.monotonic)
    ended_at: float | None = None


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    """A copy with the bearer token (and anything else secret-looking) replaced."""
    clean: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in ("authorization", "x-api-key", "cookie", "proxy-authorization"):
            clean[name] = REDACTED
        else:
            clean[name] = value
    return clean


class Observations:
    """Counters and logs shared by every serving thread, with a condition to wait on."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._requests: list[RecordedRequest] = []
        self._streams: list[StreamRecord] = []
        self.open_connections = 0
        self.total_connections = 0
        self.peak_open_streams = 0
        self._open_stream_count = 0

    def wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(predicate, timeout=timeout)

    def connection_opened(self) -> None:
        with self._changed:
            self.open_connections += 1
            self.total_connections += 1
            self._changed.notify_all()

    def connection_closed(self) -> None:
        with self._changed:
            self.open_connections -= 1
            self._changed.notify_all()

    def add_request(self, record: RecordedRequest) -> None:
        with self._changed:
            self._requests.append(record)
            self._changed.notify_all()

    def set_status(self, record: RecordedRequest, status: int) -> None:
        with self._changed:
            record.status = status
            self._changed.notify_all()

    def stream_started(self, record: StreamRecord) -> None:
        with self._changed:
            self._streams.append(record)
            self._open_stream_count += 1
            self.peak_open_streams = max(self.peak_open_streams, self._open_stream_count)
            self._changed.notify_all()

    def stream_progress(self, record: StreamRecord, events_sent: int) -> None:
        # Plain attribute store: readers tolerate a stale count, and locking per event would slow big streams.
        record.events_sent = events_sent

    def stream_ended(
        self, record: StreamRecord, *, completed: bool, client_disconnected: bool, reset_by_fault: bool
    ) -> None:
        with self._changed:
            record.completed = completed
            record.client_disconnected = client_disconnected
            record.reset_by_fault = reset_by_fault
            record.open = False
            self._open_stream_count -= 1
            record.ended_at = time.monotonic()
            self._changed.notify_all()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._changed:
            return list(self._requests)

    @property
    def streams(self) -> list[StreamRecord]:
        with self._changed:
            return list(self._streams)

    @property
    def open_streams(self) -> int:
        with self._changed:
            return self._open_stream_count

    def clear(self) -> None:
        """Forget logged requests and finished streams (counters of live connections stay true)."""
        with self._changed:
            self._requests.clear()
            self._streams = [stream for stream in self._streams if stream.open]
            self.total_connections = self.open_connections
            self.peak_open_streams = self._open_stream_count
