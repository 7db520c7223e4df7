"""Stream objects over an open `httpx.Response`: iteration, text deltas, the running snapshot, the final result.

A stream reads its response once. Iterating it, `text()` and `final()` all draw from that single pass, so they can
be mixed: read a few events, then call `final()` for the rest. Leaving the `with` block (normally, by `break`, or
by an exception) closes the response, which tells OpenRouter to stop the generation.

Failures while reading become the stream errors of `openrouter_ext._exceptions`, each carrying the snapshot
accumulated so far as `partial` and the generation id:

- an error event -> StreamError (raised by the accumulator);
- a payload that is not a JSON object, or not UTF-8, or an event that does not fit its schema (a field the
  accumulator reads, or the typed model, built when the iterated event is first read) -> MalformedEventError;
- nothing received within the read timeout, keep-alive comments included -> StreamIdleTimeoutError;
- the body ends, or the connection breaks, before the terminator -> StreamIncompleteError;
- a 2xx that is not an event stream -> StreamError with the body;
- one event longer than the client's `max_event_bytes` -> EventTooLargeError (the connection is closed at once).

The first error is remembered: iterating again, `events()`, `text()` and `final()` all raise that same error, so a
partial result can never be taken for a finished one. `snapshot` stays readable: it is the error's `partial`.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx
from httpx_sse import ServerSentEvent

from openrouter_ext._exceptions import MalformedEventError, StreamError, StreamIdleTimeoutError, StreamIncompleteError
from openrouter_ext._limits import is_event_stream
from openrouter_ext.streaming._decoder import (
    DONE,
    aiter_events,
    check_event_stream,
    decode_data,
    iter_events,
    preview,
)

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncStream", "Stream", "StreamAccumulator"]

# What an accumulator may raise on an event it did not foresee, besides its own stream errors.
_FOLD_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError)

EventT = TypeVar("EventT")
SnapshotT = TypeVar("SnapshotT")
# What `final()` returns: the operation's non-streamed result model, built from the final snapshot.
ResultT = TypeVar("ResultT")
BuiltT = TypeVar("BuiltT")
SnapshotT_co = TypeVar("SnapshotT_co", covariant=True)


class StreamAccumulator(Protocol[SnapshotT_co]):
    """What a stream needs from an accumulator (the chat, responses and messages ones all fit)."""

    @property
    def done(self) -> bool: ...

    @property
    def snapshot(self) -> SnapshotT_co: ...

    def add(self, event: Mapping[str, Any]) -> None: ...

    def mark_done(self) -> None: ...

    def final(self) -> SnapshotT_co: ...


class _StreamBase(Generic[EventT, SnapshotT]):
    """What the sync and async streams share: the accumulator, the hooks and the error translation."""

    # What the endpoint sends last, for error messages.
    _terminator: str = "[DONE]"
    # Whether an `event:` name stands in for a payload without `type` (the Anthropic format names both).
    _type_from_event_name: bool = False

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        # Read once per stream: the headers are final before the first event, and httpx's case-insensitive
        # Headers.get on every chunk is a measurable share of the per-chunk CPU.
        header = response.headers.get("x-generation-id")
        self._header_generation_id: str | None = header if isinstance(header, str) and header else None
        self._accumulator: StreamAccumulator[SnapshotT] = self._new_accumulator(self._header_generation_id)
        # The error that ended the stream, raised again by every later read so that it cannot be missed.
        self._error: BaseException | None = None
        # Handed to each typed event, built when first read: one that misfits fails its stream through this.
        self._failures: weakref.ref[_StreamBase[EventT, SnapshotT]] = weakref.ref(self)

    # Hooks for the endpoint streams.
    def _new_accumulator(self, generation_id: str | None) -> StreamAccumulator[SnapshotT]:
        raise NotImplementedError

    def _parse(self, event: dict[str, Any]) -> EventT:
        raise NotImplementedError

    @property
    def generation_id(self) -> str | None:
        """The X-Generation-Id header, or the id the stream's events carry."""
        if self._header_generation_id is not None:
            return self._header_generation_id
        value = getattr(self._accumulator.snapshot, "generation_id", None)
        return value if isinstance(value, str) else None

    @property
    def snapshot(self) -> SnapshotT:
        """Everything assembled so far; the same object keeps growing while the stream is read."""
        return self._accumulator.snapshot

    @property
    def accumulator(self) -> StreamAccumulator[SnapshotT]:
        return self._accumulator

    def _decode(self, sse: ServerSentEvent) -> dict[str, Any] | None:
        """The event in `sse.data`, or None for `[DONE]` (after marking the accumulator done)."""
        data = sse.data
        if data == DONE:
            self._accumulator.mark_done()
            return None
        event = decode_data(data, partial=self._accumulator.snapshot, generation_id=self.generation_id)
        if self._type_from_event_name and "type" not in event and sse.event != "message":
            # The payload names its type on the `event:` line only; keep that name where the accumulator looks.
            event["type"] = sse.event
        return event

    def _transport_error(self, exc: httpx.TransportError) -> StreamError:
        partial = self._accumulator.snapshot
        if isinstance(exc, httpx.ReadTimeout):
            seconds = _read_timeout(self.response)
            after = f" within {seconds:g} s" if seconds is not None else ""
            return StreamIdleTimeoutError(
                f"the stream went idle: nothing arrived{after}, not even a keep-alive comment",
                partial=partial,
                generation_id=self.generation_id,
            )
        return StreamIncompleteError(
            f"the connection broke before the stream's terminator ({self._terminator}): {exc or type(exc).__name__}",
            partial=partial,
            generation_id=self.generation_id,
        )

    def _incomplete(self) -> StreamIncompleteError:
        return StreamIncompleteError(
            f"the stream ended without its terminator ({self._terminator}); the result is incomplete",
            partial=self._accumulator.snapshot,
            generation_id=self.generation_id,
        )

    def _typed_result(self, build: Callable[[SnapshotT], BuiltT], snapshot: SnapshotT) -> BuiltT:
        # The result model is read from the events' values: one that does not fit it is a malformed stream.
        try:
            return build(snapshot)
        except Exception as exc:
            raise self._remember(
                MalformedEventError(
                    f"the assembled stream does not fit the operation's result model: {exc}",
                    line="",
                    partial=snapshot,
                    generation_id=self.generation_id,
                )
            ) from exc

    def _remember(self, exc: BaseException) -> BaseException:
        self._error = exc
        return exc

    def _check_event_stream(self, body: bytes) -> None:
        try:
            check_event_stream(self.response, body)
        except StreamError as exc:
            exc.partial = self._accumulator.snapshot
            exc.generation_id = exc.generation_id or self.generation_id
            raise

    def _fold_error(self, event: dict[str, Any], exc: Exception) -> MalformedEventError:
        # The accumulators check what they read; this is the net under them, so that an event they did not foresee
        # still ends the stream with a typed error that keeps the partial.
        line = preview(repr(event))
        return MalformedEventError(
            f"stream event could not be folded into the result ({type(exc).__name__}: {exc}): {line}",
            line=line,
            partial=self._accumulator.snapshot,
            generation_id=self.generation_id,
        )

    def _typed_error(self, exc: StreamError) -> StreamError:
        # The models module knows neither the partial nor the generation id; the stream does.
        if exc.partial is None:
            exc.partial = self._accumulator.snapshot
        if exc.generation_id is None:
            exc.generation_id = self.generation_id
        self._error = exc
        return exc


class Stream(_StreamBase[EventT, SnapshotT], Generic[EventT, SnapshotT, ResultT]):
    """A synchronous stream of typed events; use it as a context manager."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self._events: Generator[dict[str, Any], None, None] | None = None

    def _raw(self) -> Generator[dict[str, Any], None, None]:
        if self._events is None:
            self._events = self._read()
        return self._events

    def _read(self) -> Generator[dict[str, Any], None, None]:
        if self._error is not None:
            raise self._error
        try:
            if not is_event_stream(self.response.headers):
                self._check_event_stream(self.response.read())
            add = self._accumulator.add
            for sse in iter_events(self.response):
                if not sse.data:
                    continue
                event = self._decode(sse)
                if event is None:
                    return
                try:
                    add(event)
                except StreamError:
                    raise
                except _FOLD_ERRORS as exc:
                    raise self._fold_error(event, exc) from exc
                yield event
        except httpx.TransportError as exc:
            # After the terminator a broken connection or a silent server loses nothing.
            if self._accumulator.done:
                return
            raise self._remember(self._transport_error(exc)) from exc
        except StreamError as exc:
            self._typed_error(exc)
            raise
        if not self._accumulator.done:
            raise self._remember(self._incomplete())

    def _events_or_error(self) -> Iterator[dict[str, Any]]:
        if self._error is not None and self._events is not None:
            raise self._error
        return self._raw()

    def __iter__(self) -> Iterator[EventT]:
        parse = self._parse
        for event in self._events_or_error():
            try:
                item = parse(event)
            except StreamError as exc:
                raise self._typed_error(exc) from exc.__cause__
            yield item

    def events(self) -> Iterator[dict[str, Any]]:
        """The decoded events as plain dicts, exactly as they came off the wire."""
        return self._events_or_error()

    def _text(self, text_delta: Callable[[Mapping[str, Any]], str]) -> Iterator[str]:
        for event in self._events_or_error():
            text = text_delta(event)
            if text:
                yield text

    def _result(self, snapshot: SnapshotT) -> ResultT:
        raise NotImplementedError

    def final(self) -> ResultT:
        """Read the rest of the stream and return the assembled result, typed as the non-streamed call's.

        Raises the stream error that ended the stream, if one did (now or on an earlier read).
        """
        for _ in self._events_or_error():
            pass
        if self._error is not None:
            raise self._error
        if not self._accumulator.done:
            raise self._remember(self._incomplete())
        return self._typed_result(self._result, self._accumulator.final())

    def close(self) -> None:
        """Close the response; OpenRouter then stops the generation. Safe to call more than once."""
        if self._events is not None:
            self._events.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(_StreamBase[EventT, SnapshotT], Generic[EventT, SnapshotT, ResultT]):
    """An asynchronous stream of typed events; use it as an async context manager."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self._events: AsyncGenerator[dict[str, Any], None] | None = None

    def _raw(self) -> AsyncGenerator[dict[str, Any], None]:
        if self._events is None:
            self._events = self._read()
        elif self._error is not None:
            raise self._error
        return self._events

    async def _read(self) -> AsyncGenerator[dict[str, Any], None]:
        if self._error is not None:
            raise self._error
        source: AsyncGenerator[ServerSentEvent, None] | None = None
        try:
            if not is_event_stream(self.response.headers):
                self._check_event_stream(await self.response.aread())
            add = self._accumulator.add
            source = aiter_events(self.response)
            async for sse in source:
                if not sse.data:
                    continue
                event = self._decode(sse)
                if event is None:
                    return
                try:
                    add(event)
                except StreamError:
                    raise
                except _FOLD_ERRORS as exc:
                    raise self._fold_error(event, exc) from exc
                yield event
        except httpx.TransportError as exc:
            # After the terminator a broken connection or a silent server loses nothing.
            if self._accumulator.done:
                return
            raise self._remember(self._transport_error(exc)) from exc
        except StreamError as exc:
            self._typed_error(exc)
            raise
        finally:
            if source is not None:
                await source.aclose()
        if not self._accumulator.done:
            raise self._remember(self._incomplete())

    async def __aiter__(self) -> AsyncIterator[EventT]:
        parse = self._parse
        async for event in self._raw():
            try:
                item = parse(event)
            except StreamError as exc:
                raise self._typed_error(exc) from exc.__cause__
            yield item

    def events(self) -> AsyncIterator[dict[str, Any]]:
        """The decoded events as plain dicts, exactly as they came off the wire."""
        return self._raw()

    async def _text(self, text_delta: Callable[[Mapping[str, Any]], str]) -> AsyncIterator[str]:
        async for event in self._raw():
            text = text_delta(event)
            if text:
                yield text

    def _result(self, snapshot: SnapshotT) -> ResultT:
        raise NotImplementedError

    async def final(self) -> ResultT:
        """Read the rest of the stream and return the assembled result (see `Stream.final`)."""
        async for _ in self._raw():
            pass
        if self._error is not None:
            raise self._error
        if not self._accumulator.done:
            raise self._remember(self._incomplete())
        return self._typed_result(self._result, self._accumulator.final())

    async def close(self) -> None:
        """Close the response; OpenRouter then stops the generation. Safe to call more than once."""
        events = self._events
        if events is not None:
            await events.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _read_timeout(response: httpx.Response) -> float | None:
    try:
        timeout = response.request.extensions.get("timeout")
    except RuntimeError:
        return None
    if isinstance(timeout, Mapping):
        value = timeout.get("read")
        if isinstance(value, (int, float)):
            return float(value)
    return None
