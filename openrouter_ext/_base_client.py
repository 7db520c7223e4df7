"""What the sync and async clients share: option checking, request building and response handling.

Transport stack of every client (sync shown; async is the same with the async classes):

    httpx.Client (ours: base_url, headers, auth, timeout)     one per OpenRouter, including with_options copies
      -> CircuitTransport (only with circuit_breaker=)         one per client; the breaker it asks is shared by copies
        -> RetryTransport (this client's RetryPolicy)          one per client
          -> ClientBackedTransport (this client's size limits) one per client
            -> httpx.Client (the pool: yours via http_client=, or one we create and own), shared by copies

The breaker sits outside the retries, so that a call and its retries count once. The size limits sit inside them,
so that the error bodies the retries read are capped too.

Sending through a whole httpx.Client as the pool, rather than a bare transport, is what keeps an injected client's
proxies, mounts, mTLS, auth and event hooks in force, and gives the default pool httpx's usual environment
handling (HTTPS_PROXY, SSL_CERT_FILE) without our touching a private attribute.
"""

from __future__ import annotations

import enum
import inspect
import json as jsonlib
import os
from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from openrouter_ext._lazy import configuration_error
from openrouter_ext._limits import ResponseLimits, wrap_response
from openrouter_ext._retries import RetryPolicy
from openrouter_ext._timeouts import TimeoutTypes, check_total_timeout, coerce_timeout
from openrouter_ext._version import __version__

if TYPE_CHECKING:
    # Imported where used: the breaker only when one is configured, APIResponse with the first answer, the error
    # classes with the first error.
    from openrouter_ext._circuit import CircuitBreaker
    from openrouter_ext._exceptions import APIConnectionError
    from openrouter_ext._operation import Operation
    from openrouter_ext._response import APIResponse

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "AsyncClientBackedTransport",
    "BaseOpenRouter",
    "BearerAuth",
    "ClientBackedTransport",
    "ClientConfig",
    "NotGiven",
]

T = TypeVar("T")

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"

ENV_API_KEY = "OPENROUTER_API_KEY"
ENV_BASE_URL = "OPENROUTER_BASE_URL"
ENV_APP_URL = "OPENROUTER_APP_URL"
ENV_APP_TITLE = "OPENROUTER_APP_TITLE"
ENV_APP_CATEGORIES = "OPENROUTER_APP_CATEGORIES"

# The API accepts at most this many attribution categories per request.
_MAX_APP_CATEGORIES = 2


class NotGiven(enum.Enum):
    """Marks an option left out of `with_options`, where None can be a real value (no total deadline)."""

    NOT_GIVEN = enum.auto()


NOT_GIVEN = NotGiven.NOT_GIVEN


class _Secret:
    """Holds the API key; renders as a placeholder so that no repr, str or log line can show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "_Secret('[redacted]')"

    __str__ = __repr__


class BearerAuth(httpx.Auth):
    """Adds `Authorization: Bearer <key>` unless the request already names its own Authorization."""

    def __init__(self, secret: _Secret) -> None:
        self._secret = secret

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if "authorization" not in request.headers:
            request.headers["Authorization"] = f"Bearer {self._secret.reveal()}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth([redacted])"


@attrs.frozen(kw_only=True)
class ClientConfig:
    """Everything a client was configured with, checked. `with_options` makes an evolved copy."""

    api_key: _Secret = attrs.field(repr=False)
    base_url: str
    headers: Mapping[str, str]
    timeout: httpx.Timeout
    retry: RetryPolicy
    raise_on_generation_error: bool
    limits: ResponseLimits = attrs.field(factory=ResponseLimits)

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None,
        base_url: str | None,
        app_url: str | None,
        app_title: str | None,
        app_categories: str | Sequence[str] | None,
        default_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | None,
        max_retries: int | None,
        total_timeout: float | None,
        retry_after_sent: bool,
        raise_on_generation_error: bool,
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ClientConfig:
        env = os.environ if environ is None else environ
        secret = _resolve_api_key(api_key, env)
        url = _resolve_base_url(base_url, env)

        headers: dict[str, str] = {"User-Agent": f"openrouter-ext/{__version__} python-httpx/{httpx.__version__}"}
        app_url = app_url if app_url is not None else env.get(ENV_APP_URL) or None
        app_title = app_title if app_title is not None else env.get(ENV_APP_TITLE) or None
        if app_categories is None:
            app_categories = env.get(ENV_APP_CATEGORIES) or None
        if app_url is not None:
            headers["HTTP-Referer"] = _header_value("app_url", app_url)
        if app_title is not None:
            headers["X-OpenRouter-Title"] = _header_value("app_title", app_title)
        if app_categories is not None:
            headers["X-OpenRouter-Categories"] = _categories(app_categories)
        headers.update(_check_headers("default_headers", default_headers))

        return cls(
            api_key=secret,
            base_url=url,
            headers=headers,
            timeout=coerce_timeout(timeout),
            retry=_policy(
                RetryPolicy(retry_after_sent=_check_bool("retry_after_sent", retry_after_sent)),
                max_retries,
                check_total_timeout(total_timeout),
            ),
            raise_on_generation_error=_check_bool("raise_on_generation_error", raise_on_generation_error),
            limits=_limits(ResponseLimits(), max_response_bytes, max_event_bytes),
        )

    def with_overrides(
        self,
        *,
        api_key: str | None,
        headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | None,
        max_retries: int | None,
        total_timeout: float | NotGiven | None,
        retry_after_sent: bool | None,
        raise_on_generation_error: bool | None,
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
    ) -> ClientConfig:
        changes: dict[str, Any] = {"limits": _limits(self.limits, max_response_bytes, max_event_bytes)}
        if api_key is not None:
            changes["api_key"] = _check_api_key(api_key, "api_key")
        if headers is not None:
            changes["headers"] = {**self.headers, **_check_headers("headers", headers)}
        if timeout is not None:
            changes["timeout"] = coerce_timeout(timeout)
        total = self.retry.total_timeout if isinstance(total_timeout, NotGiven) else check_total_timeout(total_timeout)
        retry = self.retry
        if retry_after_sent is not None:
            retry = attrs.evolve(retry, retry_after_sent=_check_bool("retry_after_sent", retry_after_sent))
        changes["retry"] = _policy(retry, max_retries, total)
        if raise_on_generation_error is not None:
            changes["raise_on_generation_error"] = _check_bool("raise_on_generation_error", raise_on_generation_error)
        return attrs.evolve(self, **changes)


def _resolve_api_key(api_key: str | None, env: Mapping[str, str]) -> _Secret:
    if api_key is not None:
        return _check_api_key(api_key, "api_key")
    from_env = env.get(ENV_API_KEY, "").strip()
    if not from_env:
        raise configuration_error(
            f"No API key: pass api_key=... to the client or set the {ENV_API_KEY} environment variable."
        )
    return _check_api_key(from_env, ENV_API_KEY)


def _check_api_key(value: object, source: str) -> _Secret:
    # Messages here describe the problem and never echo the value: it is (most likely) a secret.
    if not isinstance(value, str):
        raise configuration_error(f"{source} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise configuration_error(f"{source} is empty; pass a key or set the {ENV_API_KEY} environment variable.")
    if any(char.isspace() or not char.isprintable() for char in value):
        raise configuration_error(f"{source} contains whitespace or control characters; check how it was copied.")
    return _Secret(value)


def _resolve_base_url(base_url: str | None, env: Mapping[str, str]) -> str:
    source = "base_url"
    if base_url is None:
        base_url = env.get(ENV_BASE_URL, "").strip() or None
        source = ENV_BASE_URL
    if base_url is None:
        return DEFAULT_BASE_URL
    if not isinstance(base_url, str):
        raise configuration_error(f"base_url must be a string, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise configuration_error(f"{source} is not a valid URL ({exc}): {base_url!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise configuration_error(
            f"{source} must be an absolute http(s) URL such as {DEFAULT_BASE_URL!r}, got {base_url!r}"
        )
    if url.query or url.fragment:
        raise configuration_error(f"{source} must not carry a query or fragment, got {base_url!r}")
    return str(url).rstrip("/")


def _header_value(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise configuration_error(f"{name} must be a string, not {type(value).__name__}")
    if "\r" in value or "\n" in value:
        raise configuration_error(f"{name} must not contain line breaks")
    return value.strip()


def _check_headers(name: str, headers: Mapping[str, str] | None) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise configuration_error(f"{name} must be a mapping of header names to strings, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not key or any(char in key for char in ":\r\n "):
            raise configuration_error(f"{name}: {key!r} is not a valid header name")
        # The value may be a credential, so the message names only the header.
        checked[key] = _header_value(f"{name}[{key!r}]", value)
    return checked


def _categories(value: str | Sequence[str]) -> str:
    items: Sequence[object] = value.split(",") if isinstance(value, str) else value
    if not all(isinstance(item, str) for item in items):
        raise configuration_error("app_categories must be a comma-separated string or a list of strings")
    categories = [str(item).strip() for item in items if str(item).strip()]
    if not categories:
        raise configuration_error("app_categories is empty")
    if len(categories) > _MAX_APP_CATEGORIES:
        raise configuration_error(
            f"app_categories takes at most {_MAX_APP_CATEGORIES} categories per request, got {len(categories)}"
        )
    return _header_value("app_categories", ",".join(categories))


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise configuration_error(f"{name} must be True or False, not {value!r}")
    return value


def _policy(base: RetryPolicy, max_retries: int | None, total_timeout: float | None) -> RetryPolicy:
    changes: dict[str, Any] = {"total_timeout": total_timeout}
    if max_retries is not None:
        changes["max_retries"] = max_retries
    return attrs.evolve(base, **changes)


def _limits(base: ResponseLimits, max_response_bytes: int | None, max_event_bytes: int | None) -> ResponseLimits:
    changes: dict[str, int] = {}
    if max_response_bytes is not None:
        changes["max_response_bytes"] = max_response_bytes
    if max_event_bytes is not None:
        changes["max_event_bytes"] = max_event_bytes
    return attrs.evolve(base, **changes) if changes else base


def check_circuit_breaker(value: object) -> CircuitBreaker | None:
    """The breaker for a new client: None when off (the default), a fresh one for True or a policy."""
    if value is None or value is False:
        return None
    from openrouter_ext._circuit import CircuitBreaker, CircuitBreakerPolicy

    if value is True:
        return CircuitBreaker(CircuitBreakerPolicy())
    if isinstance(value, CircuitBreakerPolicy):
        return CircuitBreaker(value)
    raise configuration_error(
        f"circuit_breaker must be a CircuitBreakerPolicy, True (the default policy) or None, not {value!r}"
    )


def to_jsonable(value: object) -> object:
    """`value` with every object that has `to_dict()` (generated models, routing builders) replaced by its dict."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_jsonable(to_dict())
    if isinstance(value, Mapping):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    return value


class ClientBackedTransport(httpx.BaseTransport):
    """Sends each request through a whole httpx.Client: the pool, whether the user's or ours.

    The pool client's own headers are added to a request unless it already has a header of that name; its
    auth, event hooks, proxies and mounts apply as usual; its base_url, timeout and cookies are not used. The body
    of the response is counted against `limits` as it is read (see `_limits`). The pool is closed with this
    transport only when it is `owned`.
    """

    def __init__(self, pool: httpx.Client, limits: ResponseLimits, *, owned: bool) -> None:
        self._pool = pool
        self._limits = limits
        self._owned = owned

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _add_missing_headers(request, self._pool.headers)
        return wrap_response(self._pool.send(request, stream=True), self._limits, request.method)

    def close(self) -> None:
        if self._owned:
            self._pool.close()


class AsyncClientBackedTransport(httpx.AsyncBaseTransport):
    """The async twin of ClientBackedTransport."""

    def __init__(self, pool: httpx.AsyncClient, limits: ResponseLimits, *, owned: bool) -> None:
        self._pool = pool
        self._limits = limits
        self._owned = owned

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _add_missing_headers(request, self._pool.headers)
        return wrap_response(await self._pool.send(request, stream=True), self._limits, request.method)

    async def aclose(self) -> None:
        if self._owned:
            await self._pool.aclose()


def _add_missing_headers(request: httpx.Request, headers: httpx.Headers) -> None:
    for name, value in headers.multi_items():
        if name not in request.headers:
            request.headers[name] = value


class BaseOpenRouter:
    """The parts of OpenRouter and AsyncOpenRouter that do not touch I/O."""

    _config: ClientConfig
    _circuit: CircuitBreaker | None

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.retry.max_retries

    @property
    def total_timeout(self) -> float | None:
        return self._config.retry.total_timeout

    @property
    def raise_on_generation_error(self) -> bool:
        return self._config.raise_on_generation_error

    @property
    def max_response_bytes(self) -> int:
        return self._config.limits.max_response_bytes

    @property
    def max_event_bytes(self) -> int:
        return self._config.limits.max_event_bytes

    @property
    def circuit(self) -> CircuitBreaker | None:
        """The circuit breaker this client and its `with_options` copies share (None when it is off)."""
        return self._circuit

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, max_retries={self.max_retries}, "
            f"timeout={self._config.timeout!r}, total_timeout={self.total_timeout!r})"
        )

    @staticmethod
    def _operation_request(operation: object, args: tuple[object, ...], params: dict[str, Any]) -> dict[str, Any]:
        """Check the call's arguments against the operation and return its httpx request arguments."""
        name = _operation_name(operation)
        build_request = getattr(operation, "build_request", None)
        if not callable(build_request) or not callable(getattr(operation, "parse_success", None)):
            raise TypeError(
                f"{name} is not an operation: pass a generated endpoint module (from openrouter_api.api) "
                "that has build_request() and parse_success()"
            )
        from openrouter_ext._resource import check_call_arguments, check_call_body, enum_ready, prepared_json_body

        arguments: dict[str, Any] = {}
        try:
            arguments = dict(inspect.signature(build_request).bind(*args, **params).arguments)
        except TypeError as exc:
            raise TypeError(f"{name}: {exc}") from None
        except ValueError:  # no signature to check (a builtin); build_request reports problems itself
            pass
        # The checks the facade makes, on what is about to be sent: the arguments before build_request (which reads
        # an enum's `.value`), the body after it (a dict as given, a model's as its to_dict()).
        check_call_arguments(operation, {key: value for key, value in arguments.items() if key != "body"})
        # A plain string the check accepted where the operation has an enum is a listed value: build_request reads
        # an enum's `.value`, so the string is given one (as the typed methods do).
        args = tuple(enum_ready(value) for value in args)
        params = {key: value if key == "body" else enum_ready(value) for key, value in params.items()}
        dict_body = params.get("body")
        if isinstance(dict_body, Mapping):
            # A plain dict where build_request expects a request model: sent as the JSON body as given, instead of
            # failing inside the generated module on `body.to_dict()`.
            params = {**params, "body": prepared_json_body(dict_body)}
        kwargs = build_request(*args, **params)
        if not isinstance(kwargs, dict) or "method" not in kwargs or "url" not in kwargs:
            raise TypeError(f"{name}.build_request() must return a dict with at least 'method' and 'url'")
        if isinstance(dict_body, Mapping):
            kwargs.pop("files", None)
            kwargs["json"] = dict_body
            kwargs["headers"] = {**(kwargs.get("headers") or {}), "Content-Type": "application/json"}
        if "json" in kwargs:
            kwargs["json"] = to_jsonable(kwargs["json"])
        check_call_body(operation, kwargs.get("json"), dict_body=isinstance(dict_body, Mapping))
        return kwargs

    def _parse(self, operation: Operation[..., T], response: httpx.Response) -> APIResponse[T]:
        """Turn a read response into the typed result, or raise the typed error it stands for."""
        if not response.is_success:
            from openrouter_ext._exceptions import make_status_error

            raise make_status_error(response)
        try:
            parsed = operation.parse_success(response)
        except Exception as exc:
            from openrouter_ext._exceptions import ResponseParseError

            raise ResponseParseError(
                f"{_operation_name(operation)}: the {response.status_code} response could not be read "
                f"({type(exc).__name__}: {exc})",
                response=response,
            ) from exc
        if self._config.raise_on_generation_error:
            _raise_on_failed_choice(response, parsed)
        from openrouter_ext._response import APIResponse

        return APIResponse(parsed, response)


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """The typed error for an httpx failure that left us without a response."""
    from openrouter_ext._exceptions import APIConnectionError, APITimeoutError

    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises this when the error was not tied to a request
        request = None
    if isinstance(exc, httpx.PoolTimeout):
        return APITimeoutError(
            "Request timed out waiting for a free connection (PoolTimeout): every connection of the pool was busy "
            "for the whole pool timeout; allow more with limits=httpx.Limits(max_connections=...) or a longer "
            "timeout.pool",
            request=request,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out: {str(exc) or type(exc).__name__}", request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


def _operation_name(operation: object) -> str:
    name = getattr(operation, "__name__", None)
    if isinstance(name, str):
        return name.rsplit(".", 1)[-1]
    return type(operation).__name__


def _raise_on_failed_choice(response: httpx.Response, parsed: object) -> None:
    # Only bodies that mention "error" at all are decoded a second time.
    if b'"error"' not in response.content:
        return
    try:
        body = jsonlib.loads(response.content)
    except ValueError:
        return
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
        return
    failed = [c for c in body["choices"] if isinstance(c, dict) and c.get("finish_reason") == "error"]
    if not failed:
        return
    error = failed[0].get("error")
    if not isinstance(error, dict):
        error = body.get("error")
    if not isinstance(error, dict):
        error = {}
    code = error.get("code")
    message = error.get("message")
    metadata = error.get("metadata")
    from openrouter_ext._exceptions import GenerationError

    raise GenerationError(
        message if isinstance(message, str) and message else "the generation failed (finish_reason: error)",
        result=parsed,
        code=code if isinstance(code, (int, str)) and not isinstance(code, bool) else None,
        metadata=metadata if isinstance(metadata, dict) else None,
        response=response,
    )
