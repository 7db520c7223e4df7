"""OpenRouter and AsyncOpenRouter: the clients users construct."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import httpx

from openrouter_ext._base_client import (
    NOT_GIVEN,
    AsyncClientBackedTransport,
    BaseOpenRouter,
    BearerAuth,
    ClientBackedTransport,
    ClientConfig,
    NotGiven,
    check_http_client,
    connection_error,
    to_jsonable,
)
from openrouter_ext._exceptions import make_status_error
from openrouter_ext._operation import Operation
from openrouter_ext._response import APIResponse
from openrouter_ext._retries import AsyncRetryTransport, RetryTransport
from openrouter_ext._timeouts import TimeoutTypes, coerce_timeout
from openrouter_ext.pagination import AsyncGuardrails, AsyncKeys, Guardrails, Keys
from openrouter_ext.streaming._resources import (
    AsyncChatResource,
    AsyncMessagesResource,
    AsyncResponsesResource,
    ChatResource,
    MessagesResource,
    ResponsesResource,
)

if TYPE_CHECKING:
    from types import TracebackType

    from openrouter_api import AuthenticatedClient
    from typing_extensions import Self

__all__ = ["AsyncOpenRouter", "OpenRouter"]

P = ParamSpec("P")
T = TypeVar("T")


class OpenRouter(BaseOpenRouter):
    """A synchronous OpenRouter client.

    Options left out are read from the environment (OPENROUTER_API_KEY, OPENROUTER_BASE_URL, OPENROUTER_APP_URL,
    OPENROUTER_APP_TITLE, OPENROUTER_APP_CATEGORIES), else take their defaults. Every option is checked here, so a
    bad one raises ConfigurationError before any request is sent.

    Retries never repeat a POST or PATCH whose request may have reached the server (a read timeout, a reset before
    the answer): an inference call would be run, and billed, again. `retry_after_sent=True` retries those too, for
    calls you know are safe to repeat.

    `http_client` lets you bring an httpx.Client of your own (proxies, custom transports, mTLS, event hooks). Each
    request is sent through it; this client adds its own headers, auth, timeout and retries around it and never
    closes it. Use the client as a context manager, or call `close()`, to release the connection pool.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: str | Sequence[str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        total_timeout: float | None = None,
        retry_after_sent: bool = False,
        raise_on_generation_error: bool = True,
        http_client: httpx.Client | None = None,
    ) -> None:
        config = ClientConfig.resolve(
            api_key=api_key,
            base_url=base_url,
            app_url=app_url,
            app_title=app_title,
            app_categories=app_categories,
            default_headers=default_headers,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            retry_after_sent=retry_after_sent,
            raise_on_generation_error=raise_on_generation_error,
        )
        if http_client is None:
            pool = ClientBackedTransport(httpx.Client())
            owns_pool = True
        else:
            check_http_client(http_client, httpx.Client, "OpenRouter")
            pool = ClientBackedTransport(http_client)
            owns_pool = False
        self._setup(config, pool, owns_pool=owns_pool)

    def _setup(self, config: ClientConfig, pool: ClientBackedTransport, *, owns_pool: bool) -> None:
        self._config = config
        self._pool = pool
        self._http = httpx.Client(
            base_url=config.base_url,
            headers=dict(config.headers),
            auth=BearerAuth(config.api_key),
            timeout=config.timeout,
            transport=RetryTransport(pool, config.retry, owns_transport=owns_pool),
            trust_env=False,  # the pool client applies the environment (proxies, certificates)
        )
        self._api: AuthenticatedClient | None = None

    def with_options(
        self,
        *,
        api_key: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        retry_after_sent: bool | None = None,
        headers: Mapping[str, str] | None = None,
        raise_on_generation_error: bool | None = None,
    ) -> OpenRouter:
        """A copy of this client with some options changed, sharing its connection pool.

        `headers` are added to (and override) the current ones. Closing the copy leaves the pool open; it belongs
        to the client it was copied from.
        """
        config = self._config.with_overrides(
            api_key=api_key,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            retry_after_sent=retry_after_sent,
            raise_on_generation_error=raise_on_generation_error,
        )
        copy = object.__new__(type(self))
        copy._setup(config, self._pool, owns_pool=False)
        return copy

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client (`openrouter_api.AuthenticatedClient`) riding on this client's httpx client.

        Pass it to any generated function (`sync_detailed(client=client.api, ...)`): those calls get this client's
        headers, auth, pool, timeouts and retries. Only the sync functions work with it; use
        `AsyncOpenRouter(...).api` for the `asyncio` ones.
        """
        if self._api is None:
            self._api = _generated_client(self._config).set_httpx_client(self._http)
        return self._api

    @property
    def keys(self) -> Keys:
        """The account's API keys: `for key in client.keys.iter(): ...` (needs a management key)."""
        return Keys(self)

    @property
    def guardrails(self) -> Guardrails:
        """Guardrails and their assignments: `client.guardrails.iter()`, `.key_assignments(id)`, ..."""
        return Guardrails(self)

    @property
    def chat(self) -> ChatResource:
        """Chat completions: `with client.chat.stream(model=..., messages=[...]) as stream: ...`."""
        return ChatResource(self)

    @property
    def responses(self) -> ResponsesResource:
        """The Responses API: `with client.responses.stream(model=..., input=...) as stream: ...`."""
        return ResponsesResource(self)

    @property
    def messages(self) -> MessagesResource:
        """Anthropic-format messages: `with client.messages.stream(model=..., ...) as stream: ...`."""
        return MessagesResource(self)

    def call(self, operation: Operation[P, T], /, *args: P.args, **params: P.kwargs) -> T:
        """Run a generated operation and return its typed 2xx result.

        Parameters are those of the operation's `build_request` (path parameters may be positional):
        `client.call(get_key, "hash")`, `client.call(send_chat_completion_request, body=ChatRequest(...))`.

        A non-2xx answer raises the matching APIStatusError subclass, a lost connection APIConnectionError (or
        APITimeoutError), a 2xx whose choice finished with "error" GenerationError (unless
        `raise_on_generation_error` is off).
        """
        return self.call_with_response(operation, *args, **params).parsed

    def call_with_response(self, operation: Operation[P, T], /, *args: P.args, **params: P.kwargs) -> APIResponse[T]:
        """Like `call`, but returns the result together with the httpx.Response (headers, generation id)."""
        request = self._http.build_request(**self._operation_request(operation, args, params))
        try:
            response = self._http.send(request)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        return self._parse(operation, response)

    @contextlib.contextmanager
    def _open_stream(
        self,
        method: str,
        path: str,
        *,
        json: object,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Iterator[httpx.Response]:
        """Send a request whose 2xx body the caller will stream; for the streaming helpers.

        Retries happen before the response is yielded, never after. A non-2xx is read and raised as its typed
        error. The response is closed on exit, however the block ends.
        """
        request = self._http.build_request(
            method,
            path,
            json=to_jsonable(json),
            headers=dict(headers) if headers else None,
            timeout=coerce_timeout(timeout, default=self._config.timeout),
        )
        try:
            response = self._http.send(request, stream=True)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        try:
            if not response.is_success:
                try:
                    response.read()
                except httpx.RequestError as exc:
                    raise connection_error(exc) from exc
                raise make_status_error(response)
            yield response
        finally:
            response.close()

    def close(self) -> None:
        """Release the connection pool (unless it is an http_client you passed in, which stays open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenRouter(BaseOpenRouter):
    """The asyncio twin of OpenRouter: the same options, with `await` on every call.

    `http_client` takes an httpx.AsyncClient, used the same way as OpenRouter's and likewise never closed by us.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        app_url: str | None = None,
        app_title: str | None = None,
        app_categories: str | Sequence[str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        total_timeout: float | None = None,
        retry_after_sent: bool = False,
        raise_on_generation_error: bool = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        config = ClientConfig.resolve(
            api_key=api_key,
            base_url=base_url,
            app_url=app_url,
            app_title=app_title,
            app_categories=app_categories,
            default_headers=default_headers,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            retry_after_sent=retry_after_sent,
            raise_on_generation_error=raise_on_generation_error,
        )
        if http_client is None:
            pool = AsyncClientBackedTransport(httpx.AsyncClient())
            owns_pool = True
        else:
            check_http_client(http_client, httpx.AsyncClient, "AsyncOpenRouter")
            pool = AsyncClientBackedTransport(http_client)
            owns_pool = False
        self._setup(config, pool, owns_pool=owns_pool)

    def _setup(self, config: ClientConfig, pool: AsyncClientBackedTransport, *, owns_pool: bool) -> None:
        self._config = config
        self._pool = pool
        self._http = httpx.AsyncClient(
            base_url=config.base_url,
            headers=dict(config.headers),
            auth=BearerAuth(config.api_key),
            timeout=config.timeout,
            transport=AsyncRetryTransport(pool, config.retry, owns_transport=owns_pool),
            trust_env=False,
        )
        self._api: AuthenticatedClient | None = None

    def with_options(
        self,
        *,
        api_key: str | None = None,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        retry_after_sent: bool | None = None,
        headers: Mapping[str, str] | None = None,
        raise_on_generation_error: bool | None = None,
    ) -> AsyncOpenRouter:
        """A copy of this client with some options changed, sharing its connection pool (see OpenRouter)."""
        config = self._config.with_overrides(
            api_key=api_key,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            retry_after_sent=retry_after_sent,
            raise_on_generation_error=raise_on_generation_error,
        )
        copy = object.__new__(type(self))
        copy._setup(config, self._pool, owns_pool=False)
        return copy

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client riding on this client's httpx.AsyncClient, for the generated `asyncio` functions."""
        if self._api is None:
            self._api = _generated_client(self._config).set_async_httpx_client(self._http)
        return self._api

    @property
    def keys(self) -> AsyncKeys:
        """The account's API keys: `async for key in aclient.keys.iter(): ...` (needs a management key)."""
        return AsyncKeys(self)

    @property
    def guardrails(self) -> AsyncGuardrails:
        """Guardrails and their assignments: `aclient.guardrails.iter()`, `.key_assignments(id)`, ..."""
        return AsyncGuardrails(self)

    @property
    def chat(self) -> AsyncChatResource:
        """Chat completions: `async with aclient.chat.stream(model=..., messages=[...]) as stream: ...`."""
        return AsyncChatResource(self)

    @property
    def responses(self) -> AsyncResponsesResource:
        """The Responses API: `async with aclient.responses.stream(model=..., input=...) as stream: ...`."""
        return AsyncResponsesResource(self)

    @property
    def messages(self) -> AsyncMessagesResource:
        """Anthropic-format messages: `async with aclient.messages.stream(model=..., ...) as stream: ...`."""
        return AsyncMessagesResource(self)

    async def call(self, operation: Operation[P, T], /, *args: P.args, **params: P.kwargs) -> T:
        """Run a generated operation and return its typed 2xx result (see OpenRouter.call)."""
        return (await self.call_with_response(operation, *args, **params)).parsed

    async def call_with_response(
        self, operation: Operation[P, T], /, *args: P.args, **params: P.kwargs
    ) -> APIResponse[T]:
        """Like `call`, but returns the result together with the httpx.Response."""
        request = self._http.build_request(**self._operation_request(operation, args, params))
        try:
            response = await self._http.send(request)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        return self._parse(operation, response)

    @contextlib.asynccontextmanager
    async def _open_stream(
        self,
        method: str,
        path: str,
        *,
        json: object,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """The async twin of OpenRouter._open_stream."""
        request = self._http.build_request(
            method,
            path,
            json=to_jsonable(json),
            headers=dict(headers) if headers else None,
            timeout=coerce_timeout(timeout, default=self._config.timeout),
        )
        try:
            response = await self._http.send(request, stream=True)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        try:
            if not response.is_success:
                try:
                    await response.aread()
                except httpx.RequestError as exc:
                    raise connection_error(exc) from exc
                raise make_status_error(response)
            yield response
        finally:
            await response.aclose()

    async def close(self) -> None:
        """Release the connection pool (unless it is an http_client you passed in, which stays open)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def _generated_client(config: ClientConfig) -> AuthenticatedClient:
    # Imported here so that `import openrouter_ext` does not pay for loading every generated model.
    from openrouter_api import AuthenticatedClient

    # The token stays empty: authentication happens in the httpx client this one is given, so the generated
    # client holds no secret that its repr could show.
    return AuthenticatedClient(base_url=config.base_url, token="")
