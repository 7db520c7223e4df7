"""From an open `httpx.Response` to decoded event payloads.

httpx-sse does the SSE framing (CR/LF forms, comment lines, multi-line `data:`, `event:` lines); this module adds
what OpenRouter streams need on top of it: a UTF-8 byte order mark is dropped, `[DONE]` is recognised, each
`data` payload is decoded as a JSON object, and httpx transport errors raised while reading are translated into
the stream errors of `openrouter_ext._exceptions` by the caller (see `_stream.py`), which alone knows the partial
result.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Iterator
from typing import Any

import httpx
from httpx_sse import EventSource, ServerSentEvent

from openrouter_ext._exceptions import MalformedEventError, StreamError

__all__ = ["DONE", "aiter_events", "check_event_stream", "decode_data", "iter_events", "preview"]

# The payload OpenRouter sends as the last event of a stream.
DONE = "[DONE]"

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


def _prepare(response: httpx.Response) -> EventSource:
    # SSE is always UTF-8; the "-sig" codec also drops a leading byte order mark, which would otherwise glue itself
    # to the first field name ("\ufeffdata") and make httpx-sse ignore the first event.
    response.encoding = "utf-8-sig"
    return EventSource(response)


def iter_events(response: httpx.Response) -> Iterator[ServerSentEvent]:
    """The SSE events of `response` as they arrive; comment lines are skipped by httpx-sse."""
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
    """The JSON object in an event's `data`; anything else raises MalformedEventError with the line attached."""
    try:
        value = json.loads(data)
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
