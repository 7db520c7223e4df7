"""Connection options: the pool (HTTP/2, httpx.Limits) and the response size limits, enforced while reading.

Two limits, both counted as the bytes arrive so that an oversized answer never sits whole in memory:

- `max_response_bytes` caps a body that is read whole (every response except an event stream). It is checked
  against Content-Length before the first byte, and against the bytes received while the body is read, in a
  stream wrapped around the pool's response at the transport: the generated layer (`client.api`) gets it too.
  It counts the bytes as they came over the connection, before gzip/br/zstd decoding: httpx decodes above the
  transport, where no hook sees the decoded size without reading the body twice.
- `max_event_bytes` caps one event of an event stream, counted on the decoded bytes by the SSE decoder
  (`streaming/_decoder.py`); a stream as a whole has no cap, since a long generation is not a fault. The transport
  puts the client's limits in the response's extensions, where the decoder finds them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs
import httpx

from openrouter_ext._lazy import configuration_error

if TYPE_CHECKING:
    from openrouter_ext._exceptions import ResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_EVENT_BYTES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "LIMITS_EXTENSION",
    "ResponseLimits",
    "check_pool_limits",
    "limits_of",
    "make_pool",
    "wrap_response",
]

PoolT = TypeVar("PoolT", httpx.Client, httpx.AsyncClient)

MiB = 1024 * 1024
# Generous: the largest real answers (a long completion, a base64 image, the full model list) are a few MiB.
DEFAULT_MAX_RESPONSE_BYTES = 64 * MiB
DEFAULT_MAX_EVENT_BYTES = 8 * MiB

# The response extension under which the transport leaves the client's ResponseLimits for the stream decoder.
LIMITS_EXTENSION = "openrouter_ext.response_limits"


def _check_size(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise configuration_error(f"{name} must be a positive number of bytes, got {value!r}")
    return value


@attrs.frozen(kw_only=True)
class ResponseLimits:
    """The size limits of one client (its `with_options` copies may have their own)."""

    max_response_bytes: int = attrs.field(default=DEFAULT_MAX_RESPONSE_BYTES)
    max_event_bytes: int = attrs.field(default=DEFAULT_MAX_EVENT_BYTES)

    def __attrs_post_init__(self) -> None:
        _check_size("max_response_bytes", self.max_response_bytes)
        _check_size("max_event_bytes", self.max_event_bytes)


def limits_of(response: httpx.Response) -> ResponseLimits:
    """The limits the client that fetched `response` applies (the defaults for a response from elsewhere)."""
    limits = response.extensions.get(LIMITS_EXTENSION)
    return limits if isinstance(limits, ResponseLimits) else _DEFAULT_LIMITS


_DEFAULT_LIMITS = ResponseLimits()


def check_pool_limits(value: object) -> httpx.Limits | None:
    if value is None or isinstance(value, httpx.Limits):
        return value
    raise configuration_error(
        "limits must be an httpx.Limits (max_connections=, max_keepalive_connections=, keepalive_expiry=), "
        f"not {type(value).__name__}"
    )


def _check_http2(value: object) -> bool:
    if not isinstance(value, bool):
        raise configuration_error(f"http2 must be True or False, not {value!r}")
    if value:
        try:
            import h2  # noqa: F401  (only checking that httpx will find it)
        except ImportError:
            raise configuration_error(
                "http2=True needs the h2 package, which is not installed: pip install 'openrouter-ext[http2]'"
            ) from None
    return value


def make_pool(
    kind: type[PoolT], *, http2: object, limits: object, http_client: object, owner: str
) -> tuple[PoolT, bool]:
    """The pool client to send through, and whether we own (and so close) it.

    An `http_client` of yours is the pool as it is: its HTTP version and limits are set where you built it. Passing
    `http2=` or `limits=` beside it would be ignored without a word, so it is refused instead.
    """
    pool_limits = check_pool_limits(limits)
    use_http2 = _check_http2(http2)
    if http_client is not None:
        if not isinstance(http_client, kind):
            raise configuration_error(
                f"{owner}(http_client=...) needs an {kind.__module__}.{kind.__name__}, got {type(http_client).__name__}"
            )
        given = [name for name, on in (("http2=True", use_http2), ("limits=", pool_limits is not None)) if on]
        if given:
            raise configuration_error(
                f"{owner}: {' and '.join(given)} configure the connection pool, and http_client= brings its own; "
                f"set them on the client you pass ({kind.__module__}.{kind.__name__}(http2=..., limits=...))"
            )
        return http_client, False
    pool = kind(http2=use_http2) if pool_limits is None else kind(http2=use_http2, limits=pool_limits)
    if isinstance(pool, httpx.AsyncClient):
        # Imported here: it brings asyncio, which a program building only the sync client need not load.
        from openrouter_ext._asyncio_network import use_asyncio_backend

        use_asyncio_backend(pool)
    return pool, True


def _too_large(max_bytes: int, size: int, response: httpx.Response | None, *, announced: bool) -> ResponseTooLargeError:
    from openrouter_ext._exceptions import ResponseTooLargeError

    what = "announces" if announced else "went past"
    got = f"Content-Length: {size:,} bytes" if announced else f"{size:,} bytes received"
    where = ""
    if response is not None:
        try:
            request = response.request
            where = f" ({request.method} {request.url.path} -> {response.status_code})"
        except RuntimeError:  # httpx raises this when the response is not tied to a request yet
            where = f" (status {response.status_code})"
    return ResponseTooLargeError(
        f"the response body {what} max_response_bytes={max_bytes:,}: {got}{where}; the connection was closed. "
        "Raise the limit with max_response_bytes=... if such a body is expected.",
        max_bytes=max_bytes,
        size=size,
        response=response,
    )


class _Counter:
    """Counts a body's bytes against the limit; `response` is set once the response wrapping the stream exists.

    `announced` is a Content-Length over the limit: such a body is refused before its first byte is read (at the
    read, not before, so that the retries still see the status and may try again).
    """

    def __init__(self, max_bytes: int, announced: int | None) -> None:
        self.max_bytes = max_bytes
        self.announced = announced
        self.received = 0
        self.response: httpx.Response | None = None

    def add(self, chunk: bytes) -> bool:
        self.received += len(chunk)
        return self.received > self.max_bytes


class LimitedStream(httpx.SyncByteStream):
    """A response body that stops, closing the connection, once more than `max_bytes` have arrived."""

    def __init__(self, stream: httpx.SyncByteStream, max_bytes: int, announced: int | None) -> None:
        self._stream = stream
        self.counter = _Counter(max_bytes, announced)

    def __iter__(self) -> Iterator[bytes]:
        counter = self.counter
        if counter.announced is not None:
            self._stream.close()
            raise _too_large(counter.max_bytes, counter.announced, counter.response, announced=True)
        for chunk in self._stream:
            if counter.add(chunk):
                self._stream.close()
                raise _too_large(counter.max_bytes, counter.received, counter.response, announced=False)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class AsyncLimitedStream(httpx.AsyncByteStream):
    """The async twin of LimitedStream."""

    def __init__(self, stream: httpx.AsyncByteStream, max_bytes: int, announced: int | None) -> None:
        self._stream = stream
        self.counter = _Counter(max_bytes, announced)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        counter = self.counter
        if counter.announced is not None:
            await self._stream.aclose()
            raise _too_large(counter.max_bytes, counter.announced, counter.response, announced=True)
        async for chunk in self._stream:
            if counter.add(chunk):
                await self._stream.aclose()
                raise _too_large(counter.max_bytes, counter.received, counter.response, announced=False)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def is_event_stream(headers: httpx.Headers) -> bool:
    return "text/event-stream" in headers.get("content-type", "").lower()


def _announced_too_large(headers: httpx.Headers, limits: ResponseLimits) -> int | None:
    """The Content-Length of a body that announces more than the limit, else None."""
    value = headers.get("content-length", "")
    if not value.isdigit():
        return None
    size = int(value)
    return size if size > limits.max_response_bytes else None


def wrap_response(pool_response: httpx.Response, limits: ResponseLimits, method: str) -> httpx.Response:
    """The pool's response, marked with the client's limits, its body counted when it is read.

    The same object goes on up (httpx re-binds it to the request): a second Response per request would be one
    more thing each open stream holds.
    """
    stream = pool_response.stream
    pool_response.extensions[LIMITS_EXTENSION] = limits
    if is_event_stream(pool_response.headers):
        return pool_response
    # A HEAD answer, a 204 or a 304 announces the length of a body it does not carry.
    bodiless = method.upper() == "HEAD" or pool_response.status_code in (204, 304)
    announced = None if bodiless else _announced_too_large(pool_response.headers, limits)
    limited: LimitedStream | AsyncLimitedStream
    if isinstance(stream, httpx.AsyncByteStream):
        limited = AsyncLimitedStream(stream, limits.max_response_bytes, announced)
    else:
        limited = LimitedStream(stream, limits.max_response_bytes, announced)
    pool_response.stream = limited
    limited.counter.response = pool_response
    return pool_response
