"""From an open `httpx.Response` to decoded event payloads.

httpx-sse does the SSE framing (CR/LF forms, comment lines, multi-line `data:`, `event:` lines); this module adds
what OpenRouter streams need on top of it: a UTF-8 byte order mark is dropped, bytes that are not UTF-8 are kept
apart (httpx's own text decoding would turn them silently into U+FFFD, passing a corrupted answer off as a good
one) so that the event holding them raises MalformedEventError, `[DONE]` is recognised, each `data` payload is
decoded as a JSON object, one event may not grow past the client's `max_event_bytes` (counted on the decoded bytes
as they arrive: the connection is closed and EventTooLargeError raised before the rest of it is read), and httpx
transport errors raised while reading are translated into the stream errors of `openrouter_ext._exceptions` by the
caller (see `_stream.py`), which alone knows the partial result.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from typing import Any, cast

import httpx
from httpx_sse import EventSource, ServerSentEvent

# orjson when the speedups extra is installed (decoding is a third of the CPU per chunk), json's errors always.
from openrouter_api.types import json_loads

from openrouter_ext._exceptions import EventTooLargeError, MalformedEventError, StreamError
from openrouter_ext._limits import limits_of

__all__ = ["DONE", "aiter_events", "check_event_stream", "decode_data", "iter_events", "preview"]

# The payload OpenRouter sends as the last event of a stream.
DONE = "[DONE]"

# A byte that was not UTF-8, as the "surrogateescape" error handler keeps it.
_UNDECODABLE = re.compile("[\udc80-\udcff]")

# How much of an offending line goes into a MalformedEventError.
_LINE_PREVIEW_CHARS = 300


def preview(text: str, limit: int = _LINE_PREVIEW_CHARS) -> str:
    """`text` cut to `limit` characters, with a marker when something was cut."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


def check_event_stream(response: httpx.Response, body: bytes | None = None) -> None:
    """Raise a StreamError when a 2xx answer to a streaming request is not an event stream.

    `body` is the already-read body (the caller reads it, sync or async); its start goes into the message so that
    nothing the server said is lost.
    """
    content_type = response.headers.get("content-type", "")
    if "text/event-stream" in content_type.lower():
        return
    text = (body or b"").decode("utf-8", errors="replace")
    raise StreamError(
        f"expected a text/event-stream response, got {content_type or 'no content type'!r}: {preview(text)}",
        metadata={"content_type": content_type, "body": text},
        generation_id=response.headers.get("x-generation-id"),
    )


def _text_decoder() -> codecs.IncrementalDecoder:
    # SSE is always UTF-8; the "-sig" codec also drops a leading byte order mark, which would otherwise glue itself
    # to the first field name ("\ufeffdata") and make httpx-sse ignore the first event. "surrogateescape" keeps each
    # byte that is not UTF-8 as a lone surrogate (U+DC80..U+DCFF), which valid UTF-8 never decodes to, so that
    # decode_data can refuse exactly the event that holds one and the events before it are still delivered.
    return codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")


# Where an event ends: a line break followed by another one (an empty line). With the three SSE line endings (LF,
# CR, CRLF) every such pair is one of these; "\r\n" alone is a single line ending.
_EVENT_ENDS = (b"\n\n", b"\n\r", b"\r\r")
_EVENT_END = re.compile(b"\n\n|\n\r|\r\r")


class _EventSize:
    """Counts the bytes of each event as the chunks arrive, against `max_bytes`.

    Only the bytes before the chunk's first event end (they extend the event in progress) and after its last one
    (they start the next) need counting in the usual case; the events in between are looked at one by one only
    when the chunk is long enough to hold an oversized one.
    """

    __slots__ = ("_last", "_lf_pending", "_previous", "max_bytes", "size")

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0  # bytes of the event in progress
        self._last = b""  # the last byte of the chunks so far
        self._previous = b""  # the same, before the chunk being checked
        self._lf_pending = False  # the chunks so far end an event on a CR, which an LF may follow (a CRLF)

    def _past(self, chunk: bytes, at: int) -> int:
        """Where the next event begins, `at` being just past an event end: past the LF of a CRLF too.

        Otherwise that LF would count as the next event's first byte, and an event whose own CRLF has arrived
        but not the line break after it would count one byte more than it will once complete.
        """
        if chunk[at - 1 : at] == b"\r":
            if at == len(chunk):
                self._lf_pending = True
            elif chunk[at] == 0x0A:
                return at + 1
        return at

    def check(self, chunk: bytes) -> int | None:
        """None while every event fits; else how many leading bytes of `chunk` come before the oversized event."""
        if not chunk:
            return None
        start = 0
        if self._lf_pending:
            self._lf_pending = False
            start = 1 if chunk[0] == 0x0A else 0
        elif self._last + chunk[:1] in _EVENT_ENDS:
            self.size, start = 0, self._past(chunk, 1)  # the previous chunk's last byte and this one's first end one
        self._previous, self._last = self._last, chunk[-1:]
        # The three markers spelled out, not looped over: this runs for every chunk of every stream.
        end = max(chunk.rfind(b"\n\n", start), chunk.rfind(b"\n\r", start), chunk.rfind(b"\r\r", start))
        # `start` is where the event in progress began, when it began in this chunk.
        if end < 0:
            self.size += len(chunk) - start
            return start if self.size > self.max_bytes else None
        if self.size + len(chunk) - start <= self.max_bytes:
            # No event ending or lying in this chunk can be oversized: only the one it leaves in progress counts.
            self.size = len(chunk) - self._past(chunk, end + 2)
            return None
        first = min(at for at in (chunk.find(marker, start) for marker in _EVENT_ENDS) if at >= 0)
        if self.size + first - start > self.max_bytes:
            self.size += first - start
            return start
        if end - first - 2 > self.max_bytes:
            begin = self._past(chunk, first + 2)
            for match in _EVENT_END.finditer(chunk, begin, end + 2):
                if match.start() - begin > self.max_bytes:
                    self.size = match.start() - begin
                    return begin
                begin = self._past(chunk, match.end())
        begin = self._past(chunk, end + 2)
        self.size = len(chunk) - begin
        return begin if self.size > self.max_bytes else None

    def head(self, chunk: bytes, cut: int) -> bytes:
        """The bytes of `chunk` before the oversized event, ending so that the event before it is complete.

        A cut after a CR leaves the line splitter waiting for a possible LF; an LF (which the CR may have had on the
        wire anyway) ends that line as the CR did.
        """
        head = chunk[:cut]
        return head + b"\n" if (head or self._previous).endswith(b"\r") else head

    def error(self) -> EventTooLargeError:
        return EventTooLargeError(
            f"a stream event went past max_event_bytes={self.max_bytes:,} ({self.size:,} bytes of it arrived); the "
            "connection was closed. Raise the limit with max_event_bytes=... if such events are expected.",
            max_bytes=self.max_bytes,
            size=self.size,
        )


class _LosslessText:
    """What httpx-sse reads the body from: the response's bytes, decoded without losing the undecodable ones.

    httpx-sse asks only for `headers` and `iter_text()` / `aiter_text()`; httpx's own text decoding always replaces
    undecodable bytes, so the bytes are decoded here. The size of each event is checked here too, on the bytes, so
    that an oversized event is refused before it is decoded or held whole.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.headers = response.headers

    def iter_text(self) -> Iterator[str]:
        decoder = _text_decoder()
        event = _EventSize(limits_of(self._response).max_event_bytes)
        for chunk in self._response.iter_bytes():
            cut = event.check(chunk)
            if cut is not None:
                # The events before the oversized one are still delivered; it ends the stream.
                self._response.close()
                text = decoder.decode(event.head(chunk, cut))
                if text:
                    yield text
                raise event.error()
            text = decoder.decode(chunk)
            if text:
                yield text
        text = decoder.decode(b"", final=True)
        if text:
            yield text

    async def aiter_text(self) -> AsyncIterator[str]:
        decoder = _text_decoder()
        event = _EventSize(limits_of(self._response).max_event_bytes)
        async for chunk in self._response.aiter_bytes():
            cut = event.check(chunk)
            if cut is not None:
                await self._response.aclose()
                text = decoder.decode(event.head(chunk, cut))
                if text:
                    yield text
                raise event.error()
            text = decoder.decode(chunk)
            if text:
                yield text
        text = decoder.decode(b"", final=True)
        if text:
            yield text


def _prepare(response: httpx.Response) -> EventSource:
    # EventSource is typed for an httpx.Response but uses only what _LosslessText offers.
    return EventSource(cast(httpx.Response, _LosslessText(response)))


def iter_events(response: httpx.Response) -> Iterator[ServerSentEvent]:
    """The SSE events of `response` as they arrive; comment lines are skipped by httpx-sse.

    Bytes that are not UTF-8 come through as lone surrogates (U+DC80..U+DCFF); decode_data refuses them.
    """
    yield from _prepare(response).iter_sse()


async def aiter_events(response: httpx.Response) -> AsyncGenerator[ServerSentEvent, None]:
    """Async twin of `iter_events`."""
    source = _prepare(response).aiter_sse()
    try:
        async for event in source:
            yield event
    finally:
        await source.aclose()


def decode_data(data: str, *, partial: object = None, generation_id: str | None = None) -> dict[str, Any]:
    """The JSON object in an event's `data`; anything else raises MalformedEventError with the line attached.

    So does data that held bytes that are not UTF-8 (see `_text_decoder`): the line then shows them as U+FFFD.
    """
    # str.isascii() reads a flag CPython keeps on every string (O(1)), while the regex scan is a large share of the
    # per-chunk cost, so only payloads with non-ASCII text are scanned. A kept-apart byte is a lone surrogate,
    # never ASCII, so an ASCII payload cannot hold one.
    bad_byte = None if data.isascii() else _UNDECODABLE.search(data)
    if bad_byte is not None:
        shown = preview(data.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace"))
        raise MalformedEventError(
            f"stream event is not valid UTF-8 (byte 0x{ord(bad_byte.group()) - 0xDC00:02x}): {shown!r}",
            line=shown,
            partial=partial,
            generation_id=generation_id,
        )
    try:
        value = json_loads(data)
    except ValueError as exc:
        raise MalformedEventError(
            f"stream event is not valid JSON ({exc}): {preview(data)!r}",
            line=preview(data),
            partial=partial,
            generation_id=generation_id,
        ) from exc
    if not isinstance(value, dict):
        raise MalformedEventError(
            f"stream event is JSON but not an object: {preview(data)!r}",
            line=preview(data),
            partial=partial,
            generation_id=generation_id,
        )
    return value
