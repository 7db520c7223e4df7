"""`client.chat`, `client.responses` and `client.messages`: the `.stream(...)` entry points.

The classes here hold the streaming helpers; the client's `chat`, `responses` and `messages` attributes are the
generated facade resources with these mixed in (openrouter_ext/_facade.py), so `client.chat.send(...)` and
`client.chat.stream(...)` sit on the same object.

Each `.stream(...)` builds the JSON body (a request model, a dict, keyword parameters, or a mix: keywords win),
forces `stream: true`, opens the response through the client's `_open_stream` (so retries, auth, headers and the
typed status errors apply before the first byte) and yields the endpoint's stream. Leaving the `with` block closes
the connection, whether it ends normally, by `break` or by an exception.

Every `.stream(...)` takes the same options besides the request's own parameters:

- `body`, positional: a request model or a dict; keyword parameters are added over it;
- `idle_timeout`: seconds of silence allowed between two reads, keep-alive comments included (default: the read
  timeout of `timeout`, or of the client); when it runs out the stream raises StreamIdleTimeoutError;
- `timeout`: this request's timeout (seconds or an httpx.Timeout), instead of the client's;
- `extra_headers`: headers for this request only.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import Any, Protocol

import httpx

from openrouter_ext._exceptions import ConfigurationError
from openrouter_ext._timeouts import TimeoutTypes, coerce_timeout
from openrouter_ext.streaming._endpoint_streams import (
    AsyncChatStream,
    AsyncMessageStream,
    AsyncResponseStream,
    ChatStream,
    MessageStream,
    ResponseStream,
)

__all__ = [
    "AsyncChatResource",
    "AsyncMessagesResource",
    "AsyncResponsesResource",
    "ChatResource",
    "MessagesResource",
    "ResponsesResource",
    "build_stream_body",
]


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


def build_stream_body(body: object, params: Mapping[str, Any]) -> dict[str, Any]:
    """The request body: `body` (a mapping or anything with `to_dict()`), then `params` over it, `stream: true`.

    Values with `to_dict()` (generated models, routing builders) are left for the client to serialize.
    """
    out: dict[str, Any] = {}
    if body is not None:
        to_dict = getattr(body, "to_dict", None)
        if callable(to_dict):
            body = to_dict()
        if not isinstance(body, Mapping):
            raise ConfigurationError(
                f"the request body must be a dict or a request model with to_dict(), not {type(body).__name__}"
            )
        out.update(body)
    out.update(params)
    if out.get("stream") is False:
        raise ConfigurationError("stream=False was passed to .stream(); use the non-streaming call instead")
    out["stream"] = True
    return out


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


class _SyncResource:
    _path: str

    # `raw` is the generated resource's flag (with_raw_response), set here as the class these helpers are mixed
    # into expects it; the streams themselves ignore it.
    def __init__(self, client: _SyncOpener, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _open(
        self,
        body: object,
        params: Mapping[str, Any],
        idle_timeout: float | None,
        timeout: TimeoutTypes | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[httpx.Response]:
        headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._client._open_stream(
            "POST",
            self._path,
            json=build_stream_body(body, params),
            headers=headers,
            timeout=_stream_timeout(self._client, timeout, idle_timeout),
        )


class _AsyncResource:
    _path: str

    def __init__(self, client: _AsyncOpener, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _open(
        self,
        body: object,
        params: Mapping[str, Any],
        idle_timeout: float | None,
        timeout: TimeoutTypes | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._client._open_stream(
            "POST",
            self._path,
            json=build_stream_body(body, params),
            headers=headers,
            timeout=_stream_timeout(self._client, timeout, idle_timeout),
        )


class ChatResource(_SyncResource):
    """`client.chat`: streamed chat completions (POST /chat/completions)."""

    _path = "/chat/completions"

    @contextmanager
    def stream(
        self,
        body: object = None,
        /,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> Iterator[ChatStream]:
        """Stream a chat completion: `with client.chat.stream(model=..., messages=[...]) as stream: ...`."""
        with self._open(body, params, idle_timeout, timeout, extra_headers) as response, ChatStream(response) as stream:
            yield stream


class AsyncChatResource(_AsyncResource):
    """`client.chat` on AsyncOpenRouter."""

    _path = "/chat/completions"

    @asynccontextmanager
    async def stream(
        self,
        body: object = None,
        /,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AsyncIterator[AsyncChatStream]:
        """Stream a chat completion: `async with client.chat.stream(...) as stream: ...`."""
        async with (
            self._open(body, params, idle_timeout, timeout, extra_headers) as response,
            AsyncChatStream(response) as stream,
        ):
            yield stream


class ResponsesResource(_SyncResource):
    """`client.responses`: streamed responses (POST /responses)."""

    _path = "/responses"

    @contextmanager
    def stream(
        self,
        body: object = None,
        /,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> Iterator[ResponseStream]:
        """Stream a response: `with client.responses.stream(model=..., input=...) as stream: ...`."""
        with (
            self._open(body, params, idle_timeout, timeout, extra_headers) as response,
            ResponseStream(response) as stream,
        ):
            yield stream


class AsyncResponsesResource(_AsyncResource):
    """`client.responses` on AsyncOpenRouter."""

    _path = "/responses"

    @asynccontextmanager
    async def stream(
        self,
        body: object = None,
        /,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AsyncIterator[AsyncResponseStream]:
        """Stream a response: `async with client.responses.stream(...) as stream: ...`."""
        async with (
            self._open(body, params, idle_timeout, timeout, extra_headers) as response,
            AsyncResponseStream(response) as stream,
        ):
            yield stream


class MessagesResource(_SyncResource):
    """`client.messages`: streamed Anthropic-format messages (POST /messages)."""

    _path = "/messages"

    @contextmanager
    def stream(
        self,
        body: object = None,
        /,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> Iterator[MessageStream]:
        """Stream a message: `with client.messages.stream(model=..., max_tokens=..., messages=[...]) as stream:`."""
        with (
            self._open(body, params, idle_timeout, timeout, extra_headers) as response,
            MessageStream(response) as stream,
        ):
            yield stream


class AsyncMessagesResource(_AsyncResource):
    """`client.messages` on AsyncOpenRouter."""

    _path = "/messages"

    @asynccontextmanager
    async def stream(
        self,
        body: object = None,
        /,
        *,
        idle_timeout: float | None = None,
        timeout: TimeoutTypes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> AsyncIterator[AsyncMessageStream]:
        """Stream a message: `async with client.messages.stream(...) as stream: ...`."""
        async with (
            self._open(body, params, idle_timeout, timeout, extra_headers) as response,
            AsyncMessageStream(response) as stream,
        ):
            yield stream
