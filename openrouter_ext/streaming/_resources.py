"""What `client.chat.stream(...)`, `client.responses.stream(...)` and `client.messages.stream(...)` run.

The `stream` methods are generated with the facade (openapi/templates/facade_macros.jinja), with the same typed
keyword arguments as the non-streamed method less `stream`; they hand the call to `open_facade_stream` (or its
async twin), which builds and checks the request as every facade call is built and checked
(openrouter_ext/_resource.py), sets `stream: true`, opens the response through the client's `_open_stream` (so
retries, auth, headers and the typed status errors apply before the first byte) and yields the operation's
stream. Leaving the `with` block closes the connection, whether it ends normally, by `break` or by an exception.

Besides the request's own arguments, every `.stream(...)` takes:

- `idle_timeout`: seconds of silence allowed between two reads, keep-alive comments included (default: the read
  timeout of `timeout`, or of the client); when it runs out the stream raises StreamIdleTimeoutError;
- `timeout`: this request's timeout (seconds or an httpx.Timeout), instead of the client's;
- `extra_headers`, `extra_query`, `extra_body`: sent as given, unchecked, like on the non-streamed method.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import Any, Protocol

import httpx

from openrouter_ext._exceptions import ConfigurationError
from openrouter_ext._resource import facade_operation, prepare_request
from openrouter_ext._timeouts import TimeoutTypes, coerce_timeout
from openrouter_ext.streaming import _endpoint_streams
from openrouter_ext.streaming._stream import AsyncStream, Stream

__all__ = ["aopen_facade_stream", "open_facade_stream"]


class _SyncOpener(Protocol):
    @property
    def timeout(self) -> httpx.Timeout: ...

    def _open_stream(
        self,
        method: str,
        path: str,
        *,
        json: object,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractContextManager[httpx.Response]: ...


class _AsyncOpener(Protocol):
    @property
    def timeout(self) -> httpx.Timeout: ...

    def _open_stream(
        self,
        method: str,
        path: str,
        *,
        json: object,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]: ...


def _stream_timeout(
    client: _SyncOpener | _AsyncOpener, timeout: TimeoutTypes | None, idle_timeout: float | None
) -> TimeoutTypes | None:
    """The request timeout, with its read phase replaced by `idle_timeout` when one is given.

    httpx's read timeout fires when no byte arrives within it; keep-alive comments are bytes, so it is exactly an
    idle timeout between events.
    """
    if idle_timeout is None:
        return timeout
    if isinstance(idle_timeout, bool) or not isinstance(idle_timeout, (int, float)) or math.isnan(idle_timeout):
        raise ConfigurationError(f"idle_timeout must be a positive number of seconds, got {idle_timeout!r}")
    if idle_timeout <= 0:
        raise ConfigurationError(f"idle_timeout must be a positive number of seconds, got {idle_timeout!r}")
    base = coerce_timeout(timeout, default=client.timeout)
    return httpx.Timeout(connect=base.connect, read=float(idle_timeout), write=base.write, pool=base.pool)


def _request(
    client: _SyncOpener | _AsyncOpener,
    operation: str,
    params: dict[str, Any],
    json: Mapping[str, Any],
    options: dict[str, Any],
) -> dict[str, Any]:
    """The `_open_stream` arguments of a checked streamed call."""
    idle_timeout = options.pop("idle_timeout", None)
    kwargs = prepare_request(
        facade_operation(operation),
        params,
        json=json,
        files=None,
        extra_headers=options.get("extra_headers"),
        extra_query=options.get("extra_query"),
        extra_body=options.get("extra_body"),
        timeout=_stream_timeout(client, options.get("timeout"), idle_timeout),
        default_timeout=client.timeout,
        stream=True,
    )
    url = str(kwargs["url"])
    if kwargs.get("params"):
        url = str(httpx.URL(url, params=kwargs["params"]))
    return {
        "method": str(kwargs["method"]).upper(),
        "path": url,
        "json": kwargs["json"],
        "headers": {"Accept": "text/event-stream", **kwargs["headers"]},
        "timeout": kwargs["timeout"],
    }


def open_facade_stream(
    client: _SyncOpener,
    stream_class: str,
    operation: str,
    params: dict[str, Any],
    *,
    json: Mapping[str, Any],
    **options: Any,
) -> AbstractContextManager[Stream[Any, Any, Any]]:
    """Open a generated `.stream(...)` call: `stream_class` names the class in _endpoint_streams (`ChatStream`).

    The request is checked and built now, so that a mistake is raised where the call is written; the context
    manager returned keeps only the built request, not the arguments, however long the stream lasts.
    """
    cls: type[Stream[Any, Any, Any]] = getattr(_endpoint_streams, stream_class)
    request = _request(client, operation, params, json, dict(options))
    return _entered(client._open_stream(request.pop("method"), request.pop("path"), **request), cls)


def aopen_facade_stream(
    client: _AsyncOpener,
    stream_class: str,
    operation: str,
    params: dict[str, Any],
    *,
    json: Mapping[str, Any],
    **options: Any,
) -> AbstractAsyncContextManager[AsyncStream[Any, Any, Any]]:
    """The async twin of `open_facade_stream` (`ChatStream` opens an AsyncChatStream)."""
    cls: type[AsyncStream[Any, Any, Any]] = getattr(_endpoint_streams, "Async" + stream_class)
    request = _request(client, operation, params, json, dict(options))
    return _aentered(client._open_stream(request.pop("method"), request.pop("path"), **request), cls)


@contextmanager
def _entered(
    opening: AbstractContextManager[httpx.Response], cls: type[Stream[Any, Any, Any]]
) -> Iterator[Stream[Any, Any, Any]]:
    with opening as response, cls(response) as stream:
        yield stream


@asynccontextmanager
async def _aentered(
    opening: AbstractAsyncContextManager[httpx.Response], cls: type[AsyncStream[Any, Any, Any]]
) -> AsyncIterator[AsyncStream[Any, Any, Any]]:
    async with opening as response, cls(response) as stream:
        yield stream
