"""OpenRouter and AsyncOpenRouter: the clients users construct."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx
from openrouter_api.api import AsyncResources, Resources

from openrouter_ext._base_client import (
    NOT_GIVEN,
    AsyncClientBackedTransport,
    BaseOpenRouter,
    BearerAuth,
    ClientBackedTransport,
    ClientConfig,
    NotGiven,
    check_circuit_breaker,
    connection_error,
    to_jsonable,
)
from openrouter_ext._limits import DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_RESPONSE_BYTES, make_pool
from openrouter_ext._retries import AsyncRetryTransport, RetryTransport
from openrouter_ext._timeouts import TimeoutTypes, coerce_timeout

# The circuit breaker, the facade's request preparation (with the request check) and the error classes are
# imported where they are first needed, not here: constructing a client and reaching `client.chat` should not pay
# for what only a call, an error or a configured breaker uses (tests/test_import_cost.py holds this).
if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from types import TracebackType

    from openrouter_api import AuthenticatedClient
    from typing_extensions import Self

    from openrouter_ext._circuit import CircuitBreaker, CircuitBreakerPolicy
    from openrouter_ext._facade import (
        ApiKeysResource,
        AsyncApiKeysResource,
        AsyncChatFacade,
        AsyncGuardrailsResource,
        AsyncMessagesFacade,
        AsyncResponsesFacade,
        ChatFacade,
        GuardrailsResource,
        MessagesFacade,
        ResponsesFacade,
    )
    from openrouter_ext._operation import Operation
    from openrouter_ext._response import APIResponse
    from openrouter_ext.pagination import AsyncPager, SyncPager

__all__ = ["AsyncOpenRouter", "OpenRouter"]

P = ParamSpec("P")
T = TypeVar("T")


class OpenRouter(BaseOpenRouter, Resources):
    """A synchronous OpenRouter client.

    Options left out are read from the environment (OPENROUTER_API_KEY, OPENROUTER_BASE_URL, OPENROUTER_APP_URL,
    OPENROUTER_APP_TITLE, OPENROUTER_APP_CATEGORIES), else take their defaults. Every option is checked here, so a
    bad one raises ConfigurationError before any request is sent.

    Retries never repeat a POST or PATCH whose request may have reached the server (a read timeout, a reset before
    the answer): an inference call would be run, and billed, again. `retry_after_sent=True` retries those too, for
    calls you know are safe to repeat.

    `http_client` lets you bring an httpx.Client of your own (proxies, custom transports, mTLS, event hooks). Each
    request is sent through it; this client adds its own headers, auth, timeout, retries, size limits and circuit
    breaker around it and never closes it. Use the client as a context manager, or call `close()`, to release the
    connection pool.

    Connections: `http2=True` speaks HTTP/2 where the server offers it (needs `openrouter-ext[http2]`), `limits=` an
    httpx.Limits for the pool. Both configure the pool we create; with `http_client=` the pool is yours, so set
    them on it (passing them beside it raises ConfigurationError rather than ignoring them).
    `max_response_bytes` (64 MiB) caps a body read whole, `max_event_bytes` (8 MiB) one streamed event; both are
    enforced while reading and raise ResponseTooLargeError / EventTooLargeError with the connection closed.
    `circuit_breaker=CircuitBreakerPolicy(...)` (or True for 5 failures, 30 s) makes calls fail fast with
    CircuitOpenError after that many consecutive failed calls, until a trial call after the cool-down succeeds;
    `client.circuit` shows its state.
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
        http2: bool = False,
        limits: httpx.Limits | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        circuit_breaker: CircuitBreakerPolicy | bool | None = None,
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
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
        )
        circuit = check_circuit_breaker(circuit_breaker)
        pool, owns_pool = make_pool(
            httpx.Client, http2=http2, limits=limits, http_client=http_client, owner="OpenRouter"
        )
        self._setup(config, pool, owns_pool=owns_pool, circuit=circuit)

    def _setup(
        self, config: ClientConfig, pool: httpx.Client, *, owns_pool: bool, circuit: CircuitBreaker | None
    ) -> None:
        self._config = config
        self._pool = pool
        self._circuit = circuit
        transport: httpx.BaseTransport = RetryTransport(
            ClientBackedTransport(pool, config.limits, owned=owns_pool), config.retry
        )
        if circuit is not None:
            from openrouter_ext._circuit import CircuitTransport

            transport = CircuitTransport(transport, circuit)
        self._http = httpx.Client(
            base_url=config.base_url,
            headers=dict(config.headers),
            auth=BearerAuth(config.api_key),
            timeout=config.timeout,
            transport=transport,
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
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
    ) -> OpenRouter:
        """A copy of this client with some options changed, sharing its connection pool and circuit breaker.

        `headers` are added to (and override) the current ones. The pool's own options (`http2`, `limits`) and the
        breaker belong to the client it was copied from, and so does closing the pool: closing the copy leaves it
        open.
        """
        config = self._config.with_overrides(
            api_key=api_key,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            retry_after_sent=retry_after_sent,
            raise_on_generation_error=raise_on_generation_error,
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
        )
        copy = object.__new__(type(self))
        copy._setup(config, self._pool, owns_pool=False, circuit=self._circuit)
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

    # The resources with hand-written helpers; every other one comes from `Resources` (generated, one per group).
    @cached_property
    def chat(self) -> ChatFacade:
        """Chat completions: `client.chat.send(model=..., messages=[...])`, or `with client.chat.stream(...) as s:`."""
        from openrouter_ext._facade._chat import ChatFacade

        return ChatFacade(self)

    @cached_property
    def responses(self) -> ResponsesFacade:
        """The Responses API: `client.responses.send(model=..., input=...)`, or `client.responses.stream(...)`."""
        from openrouter_ext._facade._responses import ResponsesFacade

        return ResponsesFacade(self)

    @cached_property
    def messages(self) -> MessagesFacade:
        """Anthropic-format messages: `client.messages.create(model=..., ...)`, or `client.messages.stream(...)`."""
        from openrouter_ext._facade._messages import MessagesFacade

        return MessagesFacade(self)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """The account's API keys: `for key in client.api_keys.list(): ...` (needs a management key)."""
        from openrouter_ext._facade._api_keys import ApiKeysResource

        return ApiKeysResource(self)

    @property
    def keys(self) -> ApiKeysResource:
        """The same resource as `api_keys` (`client.keys.iter()` predates the generated methods)."""
        return self.api_keys

    @cached_property
    def guardrails(self) -> GuardrailsResource:
        """Guardrails and their assignments: `client.guardrails.list()`, `.create(...)`, `.iter()`, ..."""
        from openrouter_ext._facade._guardrails import GuardrailsResource

        return GuardrailsResource(self)

    def _facade_request(
        self,
        operation: str,
        params: dict[str, Any],
        **body_and_options: Any,
    ) -> APIResponse[Any]:
        """Send one call of a generated facade method (`openrouter_api.api.<operation>`); for the resources."""
        from openrouter_ext._resource import facade_operation, prepare_request

        module = facade_operation(operation)
        kwargs = prepare_request(module, params, default_timeout=self._config.timeout, **body_and_options)
        request = self._http.build_request(**kwargs)
        try:
            response = self._http.send(request)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        return self._parse(module, response)

    def _facade_paginate(
        self,
        operation: str,
        filters: dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
        **pager_options: Any,
    ) -> SyncPager[Any]:
        """A pager over a paginated facade method's list, each page sent through `_facade_request`."""
        from openrouter_ext._resource import find_list_endpoint
        from openrouter_ext.pagination import paginate

        client = self
        options = {"extra_headers": extra_headers, "extra_query": extra_query, "timeout": timeout}

        class _Pages:
            def call(self, _module: object, /, **page_params: Any) -> Any:
                return client._facade_request(
                    operation, page_params, json=None, files=None, extra_body=None, **options
                ).parsed

        return paginate(_Pages(), find_list_endpoint(operation), **pager_options, **_given(filters))

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

    def _open_stream(
        self,
        method: str,
        path: str,
        *,
        json: object,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractContextManager[httpx.Response]:
        """Send a request whose 2xx body the caller will stream; for the streaming helpers.

        Retries happen before the response is yielded, never after. A non-2xx is read and raised as its typed
        error. The response is closed on exit, however the block ends. The request is built here, outside the
        context manager, which keeps its arguments for as long as the stream lasts: only the encoded request stays.
        """
        request = self._http.build_request(
            method,
            path,
            json=to_jsonable(json),
            headers=dict(headers) if headers else None,
            timeout=coerce_timeout(timeout, default=self._config.timeout),
        )
        return self._streamed(request)

    @contextlib.contextmanager
    def _streamed(self, request: httpx.Request) -> Iterator[httpx.Response]:
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
                from openrouter_ext._exceptions import make_status_error

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


class AsyncOpenRouter(BaseOpenRouter, AsyncResources):
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
        http2: bool = False,
        limits: httpx.Limits | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        circuit_breaker: CircuitBreakerPolicy | bool | None = None,
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
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
        )
        circuit = check_circuit_breaker(circuit_breaker)
        pool, owns_pool = make_pool(
            httpx.AsyncClient, http2=http2, limits=limits, http_client=http_client, owner="AsyncOpenRouter"
        )
        self._setup(config, pool, owns_pool=owns_pool, circuit=circuit)

    def _setup(
        self, config: ClientConfig, pool: httpx.AsyncClient, *, owns_pool: bool, circuit: CircuitBreaker | None
    ) -> None:
        self._config = config
        self._pool = pool
        self._circuit = circuit
        transport: httpx.AsyncBaseTransport = AsyncRetryTransport(
            AsyncClientBackedTransport(pool, config.limits, owned=owns_pool), config.retry
        )
        if circuit is not None:
            from openrouter_ext._circuit import AsyncCircuitTransport

            transport = AsyncCircuitTransport(transport, circuit)
        self._http = httpx.AsyncClient(
            base_url=config.base_url,
            headers=dict(config.headers),
            auth=BearerAuth(config.api_key),
            timeout=config.timeout,
            transport=transport,
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
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
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
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
        )
        copy = object.__new__(type(self))
        copy._setup(config, self._pool, owns_pool=False, circuit=self._circuit)
        return copy

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client riding on this client's httpx.AsyncClient, for the generated `asyncio` functions."""
        if self._api is None:
            self._api = _generated_client(self._config).set_async_httpx_client(self._http)
        return self._api

    @cached_property
    def chat(self) -> AsyncChatFacade:
        """Chat completions: `await aclient.chat.send(...)`, or `async with aclient.chat.stream(...) as s:`."""
        from openrouter_ext._facade._chat import AsyncChatFacade

        return AsyncChatFacade(self)

    @cached_property
    def responses(self) -> AsyncResponsesFacade:
        """The Responses API: `await aclient.responses.send(...)`, or `aclient.responses.stream(...)`."""
        from openrouter_ext._facade._responses import AsyncResponsesFacade

        return AsyncResponsesFacade(self)

    @cached_property
    def messages(self) -> AsyncMessagesFacade:
        """Anthropic-format messages: `await aclient.messages.create(...)`, or `aclient.messages.stream(...)`."""
        from openrouter_ext._facade._messages import AsyncMessagesFacade

        return AsyncMessagesFacade(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """The account's API keys: `async for key in aclient.api_keys.list(): ...` (needs a management key)."""
        from openrouter_ext._facade._api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self)

    @property
    def keys(self) -> AsyncApiKeysResource:
        """The same resource as `api_keys`."""
        return self.api_keys

    @cached_property
    def guardrails(self) -> AsyncGuardrailsResource:
        """Guardrails and their assignments: `aclient.guardrails.list()`, `await aclient.guardrails.create(...)`."""
        from openrouter_ext._facade._guardrails import AsyncGuardrailsResource

        return AsyncGuardrailsResource(self)

    async def _facade_request(
        self,
        operation: str,
        params: dict[str, Any],
        **body_and_options: Any,
    ) -> APIResponse[Any]:
        """The async twin of OpenRouter._facade_request."""
        from openrouter_ext._resource import facade_operation, prepare_request

        module = facade_operation(operation)
        kwargs = prepare_request(module, params, default_timeout=self._config.timeout, **body_and_options)
        request = self._http.build_request(**kwargs)
        try:
            response = await self._http.send(request)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        return self._parse(module, response)

    def _facade_paginate(
        self,
        operation: str,
        filters: dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
        **pager_options: Any,
    ) -> AsyncPager[Any]:
        """The async twin of OpenRouter._facade_paginate."""
        from openrouter_ext._resource import find_list_endpoint
        from openrouter_ext.pagination import apaginate

        client = self
        options = {"extra_headers": extra_headers, "extra_query": extra_query, "timeout": timeout}

        class _Pages:
            async def call(self, _module: object, /, **page_params: Any) -> Any:
                response = await client._facade_request(
                    operation, page_params, json=None, files=None, extra_body=None, **options
                )
                return response.parsed

        return apaginate(_Pages(), find_list_endpoint(operation), **pager_options, **_given(filters))

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

    def _open_stream(
        self,
        method: str,
        path: str,
        *,
        json: object,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """The async twin of OpenRouter._open_stream."""
        request = self._http.build_request(
            method,
            path,
            json=to_jsonable(json),
            headers=dict(headers) if headers else None,
            timeout=coerce_timeout(timeout, default=self._config.timeout),
        )
        return self._streamed(request)

    @contextlib.asynccontextmanager
    async def _streamed(self, request: httpx.Request) -> AsyncIterator[httpx.Response]:
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
                from openrouter_ext._exceptions import make_status_error

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


def _given(params: Mapping[str, Any]) -> dict[str, Any]:
    """The filters a caller passed (the generated methods default the others to UNSET)."""
    return {key: value for key, value in params.items() if type(value).__name__ != "Unset"}


def _generated_client(config: ClientConfig) -> AuthenticatedClient:
    # Imported here so that `import openrouter_ext` does not pay for loading every generated model.
    from openrouter_api import AuthenticatedClient

    # The token stays empty: authentication happens in the httpx client this one is given, so the generated
    # client holds no secret that its repr could show.
    return AuthenticatedClient(base_url=config.base_url, token="")
