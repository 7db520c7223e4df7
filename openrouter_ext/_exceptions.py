"""Every error this client raises, in one hierarchy.

    OpenRouterError
    ├── ConfigurationError ............ bad client options (no API key, bad base URL); raised before any request
    ├── InvalidRoutingError ........... a routing or model-selection value the API would reject; raised by the builders
    ├── SchemaError ................... a type or schema that cannot be sent as a (strict) JSON schema (also TypeError)
    ├── ExtraNotInstalledError ........ an optional dependency is missing; names the extra (also ImportError)
    ├── StructuredOutputError ......... the model answered, but not with an object of the requested type
    │   ├── RefusalError .............. the model refused (`refusal`, or filtered content)
    │   ├── OutputTruncatedError ...... the answer was cut off (`finish_reason: "length"`, incomplete response)
    │   └── OutputValidationError ..... the content is not JSON, or does not fit the type (`errors` lists where)
    ├── ToolLoopLimitError ............ a stop condition of `run_tools` fired with `on_limit="raise"` (run attached)
    ├── RequestValidationError ........ a request the pinned spec refuses, found before sending (also ValueError)
    │   └── RequestTypeError .......... a value of the wrong JSON type (also TypeError)
    └── APIError ...................... something went wrong talking to the API
        ├── APIConnectionError ........ no HTTP response at all (DNS, refused, reset, TLS)
        │   ├── APITimeoutError ....... connect/read/write/pool timeout, or the total deadline ran out
        │   └── CircuitOpenError ...... the circuit breaker is open: the call failed fast, nothing was sent
        ├── APIStatusError ............ a non-2xx response (any 4xx without a class of its own lands here)
        │   ├── BadRequestError ................ 400
        │   ├── AuthenticationError ............ 401  bad, expired or disabled key
        │   ├── InsufficientCreditsError ....... 402
        │   ├── PermissionDeniedError .......... 403
        │   │   ├── ModerationError ............ 403  input flagged by moderation
        │   │   └── GuardrailError ............. 403  blocked by a guardrail
        │   ├── NotFoundError .................. 404
        │   ├── RequestTimeoutError ............ 408
        │   ├── ConflictError .................. 409
        │   ├── PayloadTooLargeError ........... 413
        │   ├── UnprocessableEntityError ....... 422
        │   ├── RateLimitError ................. 429
        │   └── ServerError .................... any 5xx without a class of its own
        │       ├── InternalServerError ........ 500
        │       ├── ProviderError .............. 502  the upstream provider failed or answered badly
        │       ├── NoProviderAvailableError ... 503  no provider meets the routing rules
        │       ├── GatewayTimeoutError ........ 504
        │       ├── EdgeTimeoutError ........... 524
        │       └── ProviderOverloadedError .... 529
        ├── ResponseParseError ........ a 2xx whose body could not be read into the operation's model
        ├── ResponseTooLargeError ..... a body went past max_response_bytes while it was read (connection closed)
        ├── GenerationError ........... a 2xx whose choice finished with "error" (the result is attached)
        ├── PageFetchError ............ a page of a paginated list failed after retries (`offset` says where to resume)
        ├── PaginationLoopError ....... a cursor walk got a cursor twice, or `has_more` with no cursor to follow
        └── StreamError ............... a streamed call failed after its 200 (the partial result is attached)
            ├── StreamIncompleteError . the stream ended without its terminator (connection dropped)
            ├── StreamIdleTimeoutError  no byte, not even a keep-alive comment, within the idle timeout
            ├── MalformedEventError ... an event that is not valid JSON, or does not fit its schema (line attached)
            └── EventTooLargeError .... one event went past max_event_bytes while it was read (connection closed)

Status errors carry what the API said (`status_code`, `code`, `message`, `metadata`, the decoded `body`) and the
`response`; none of them ever renders the request's headers, so an API key cannot leak through `str()` or
`repr()`.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from openrouter_ext.structured._runner import ToolRun

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "EdgeTimeoutError",
    "EventTooLargeError",
    "ExtraNotInstalledError",
    "GatewayTimeoutError",
    "GenerationError",
    "GuardrailError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidRoutingError",
    "MalformedEventError",
    "ModerationError",
    "NoProviderAvailableError",
    "NotFoundError",
    "OpenRouterError",
    "OutputTruncatedError",
    "OutputValidationError",
    "PageFetchError",
    "PaginationLoopError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProviderError",
    "ProviderOverloadedError",
    "RateLimitError",
    "RefusalError",
    "RequestTimeoutError",
    "RequestTypeError",
    "RequestValidationError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "SchemaError",
    "ServerError",
    "StreamError",
    "StreamIdleTimeoutError",
    "StreamIncompleteError",
    "StructuredOutputError",
    "ToolLoopLimitError",
    "UnprocessableEntityError",
    "make_status_error",
    "parse_retry_after",
]

# How much of a non-JSON body (an HTML page from the edge, say) goes into an error message.
_TEXT_PREVIEW_CHARS = 500


class OpenRouterError(Exception):
    """Base of every error raised by this package."""


class ConfigurationError(OpenRouterError, ValueError):
    """The client was configured wrongly; raised before any request is sent."""


class InvalidRoutingError(OpenRouterError, ValueError):
    """A routing or model-selection value the API would reject, or that contradicts another one.

    Raised while the builder is being called, before any request exists. The message names the offending field and
    value and, for closed sets (quantizations, sort strategies, percentile keys, ...), the values that are allowed.
    It is a ``ValueError``, so code written against plain ``ValueError`` catches it too.
    """


class APIError(OpenRouterError):
    """Base of every error that comes from talking to the API."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """No HTTP response arrived: the connection failed, was refused or was reset."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """A timeout fired (connect, read, write, pool) or the call's total deadline ran out."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class CircuitOpenError(APIConnectionError):
    """The client's circuit breaker is open: the call failed at once, without sending anything.

    `state` is the breaker's state when the call was refused ("open", or "half_open" while its one trial call is in
    flight), `failures` the consecutive failures that opened it, `retry_in` the seconds until a trial call is let
    through (0.0 while a trial is in flight). The message names the last failure; when that was a connection error or
    a timeout, it is also the `__cause__`.
    """

    def __init__(
        self, message: str, *, state: str, failures: int, retry_in: float, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)
        self.state = state
        self.failures = failures
        self.retry_in = retry_in

    def __repr__(self) -> str:
        return f"{type(self).__name__}(state={self.state!r}, failures={self.failures}, retry_in={self.retry_in:.3f})"


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    `code` and `message` come from the error envelope (`{"error": {"code", "message", "metadata"}}`, or the
    Anthropic-style `{"type": "error", "error": {"type", "message"}}` on /messages); `body` is the decoded JSON
    body, or the raw text when the body was not JSON.
    """

    status_code: int
    code: int | str | None
    metadata: dict[str, Any]
    body: object
    response: httpx.Response
    request_id: str | None
    generation_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.response = response
        self.body = body
        self.code = code
        self.metadata = dict(metadata or {})
        self.request_id = request_id
        self.generation_id = response.headers.get("x-generation-id")

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked us to wait (`retry-after-ms` or `Retry-After`), if it said."""
        return parse_retry_after(self.response.headers)

    def __str__(self) -> str:
        return f"{self.status_code}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request is invalid (bad parameters, unknown `provider` keys, ...)."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, invalid, expired or disabled."""


class InsufficientCreditsError(APIStatusError):
    """402: the account or key has run out of credits."""


class PermissionDeniedError(APIStatusError):
    """403: the request is not allowed (wrong kind of key, moderation, guardrail)."""

    @property
    def reasons(self) -> list[str]:
        value = self.metadata.get("reasons")
        return [str(item) for item in value] if isinstance(value, list) else []

    @property
    def flagged_input(self) -> str | None:
        value = self.metadata.get("flagged_input")
        return value if isinstance(value, str) else None

    @property
    def provider_name(self) -> str | None:
        value = self.metadata.get("provider_name")
        return value if isinstance(value, str) else None

    @property
    def model_slug(self) -> str | None:
        value = self.metadata.get("model_slug")
        return value if isinstance(value, str) else None


class ModerationError(PermissionDeniedError):
    """403: the input was flagged by moderation; see `reasons` and `flagged_input`."""


class GuardrailError(PermissionDeniedError):
    """403: a guardrail on the key or account blocked the request."""


class NotFoundError(APIStatusError):
    """404: no such resource (model, key, guardrail, generation)."""


class RequestTimeoutError(APIStatusError):
    """408: the server gave up waiting for the request."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: rate limited; `retry_after` and `rate_limit_*` tell when to come back."""

    @property
    def rate_limit_limit(self) -> int | None:
        return _int_header(self.response.headers, "x-ratelimit-limit")

    @property
    def rate_limit_remaining(self) -> int | None:
        return _int_header(self.response.headers, "x-ratelimit-remaining")

    @property
    def rate_limit_reset(self) -> int | None:
        return _int_header(self.response.headers, "x-ratelimit-reset")


class ServerError(APIStatusError):
    """Any 5xx."""


class InternalServerError(ServerError):
    """500."""


class ProviderError(ServerError):
    """502: the upstream provider is down or answered badly; see `provider_name` and `raw`."""

    @property
    def provider_name(self) -> str | None:
        value = self.metadata.get("provider_name")
        return value if isinstance(value, str) else None

    @property
    def raw(self) -> object:
        """The provider's own error, as OpenRouter relayed it (`metadata.raw`)."""
        return self.metadata.get("raw")


class NoProviderAvailableError(ServerError):
    """503: no provider meets the request's routing rules, or all are down."""


class GatewayTimeoutError(ServerError):
    """504."""


class EdgeTimeoutError(ServerError):
    """524: the edge timed out waiting for OpenRouter."""


class ProviderOverloadedError(ServerError):
    """529: the provider is overloaded."""


class ResponseParseError(APIError):
    """A 2xx response whose body the operation could not read (not JSON, or far from the documented shape).

    `response` is the read response, so its text can be inspected; the parser's exception is the `__cause__`.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code


class ResponseTooLargeError(APIError):
    """A response body went past the client's `max_response_bytes` while it was being read.

    Reading stopped there and the connection was closed, so no more of the body was taken into memory. `limit` is
    the option's name, `max_bytes` its value, `size` the bytes received when reading stopped (or the length the
    Content-Length header announced, for a body refused before its first byte). Sizes count the bytes as they came
    over the connection, before any gzip/br/zstd decoding. `response` is the response whose body it was (status
    and headers are readable, the body is not).
    """

    limit = "max_response_bytes"

    def __init__(self, message: str, *, max_bytes: int, size: int, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.max_bytes = max_bytes
        self.size = size
        self.response = response
        self.status_code = None if response is None else response.status_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit!r}, max_bytes={self.max_bytes}, size={self.size})"


class GenerationError(APIError):
    """A 2xx response in which a choice finished with `finish_reason: "error"`.

    `result` is the parsed response, so whatever the other choices produced is not lost; `response` is the
    httpx.Response it came from (None when the error was not built from one).
    """

    def __init__(
        self,
        message: str,
        *,
        result: object,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.result = result
        self.code = code
        self.metadata = dict(metadata or {})
        self.response = response
        self.generation_id = None if response is None else response.headers.get("x-generation-id")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class PageFetchError(APIError):
    """A page of a paginated list could not be fetched (retries ran out) or read.

    `offset` is where the failed page starts: pass it as `start_offset=` to resume the walk there. `route` names
    the list; `error` is the typed error the request raised (also the `__cause__`), None when the page arrived but
    could not be read.
    """

    def __init__(self, message: str, *, route: str, offset: int, error: APIError | None = None) -> None:
        super().__init__(message)
        self.route = route
        self.offset = offset
        self.error = error

    def __repr__(self) -> str:
        return f"{type(self).__name__}(route={self.route!r}, offset={self.offset}, error={self.error!r})"


class StreamError(APIError):
    """A streamed call failed after the 200 was received.

    Raised for an error event (chat `error` chunk, responses `error`/`response.failed`, messages `error`);
    `partial` holds what was accumulated before the failure.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        partial: object = None,
        generation_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.metadata = dict(metadata or {})
        self.partial = partial
        self.generation_id = generation_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class StreamIncompleteError(StreamError):
    """The stream ended before its terminator ([DONE], message_stop, response.completed)."""


class StreamIdleTimeoutError(StreamError):
    """Nothing arrived, not even a keep-alive comment, for longer than the idle timeout."""


class MalformedEventError(StreamError):
    """An event's data could not be decoded; `line` holds it, truncated."""

    def __init__(self, message: str, *, line: str, partial: object = None, generation_id: str | None = None) -> None:
        super().__init__(message, partial=partial, generation_id=generation_id)
        self.line = line


class EventTooLargeError(StreamError):
    """One streamed event went past the client's `max_event_bytes` before it ended.

    Reading stopped there and the connection was closed (which tells OpenRouter to stop the generation). `limit`
    is the option's name, `max_bytes` its value, `size` the bytes of the unfinished event received so far (after
    decoding); `partial` holds the events before it.
    """

    limit = "max_event_bytes"

    def __init__(
        self,
        message: str,
        *,
        max_bytes: int,
        size: int,
        partial: object = None,
        generation_id: str | None = None,
    ) -> None:
        super().__init__(message, partial=partial, generation_id=generation_id)
        self.max_bytes = max_bytes
        self.size = size

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit!r}, max_bytes={self.max_bytes}, size={self.size})"


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: ProviderError,
    503: NoProviderAvailableError,
    504: GatewayTimeoutError,
    524: EdgeTimeoutError,
    529: ProviderOverloadedError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a non-2xx response whose body has been read.

    Never raises itself: a body that is not JSON, or JSON of an unexpected shape, still gives an error
    carrying the status and the text.
    """
    text = response.text
    body: object
    try:
        body = json.loads(text) if text else None
    except ValueError:
        body = text

    code: int | str | None = None
    message: str | None = None
    metadata: Mapping[str, Any] | None = None
    request_id: str | None = None
    if isinstance(body, dict):
        envelope = body.get("error")
        if isinstance(envelope, dict):
            raw_code = envelope.get("code", envelope.get("type"))
            if isinstance(raw_code, (int, str)) and not isinstance(raw_code, bool):
                code = raw_code
            if isinstance(envelope.get("message"), str):
                message = envelope["message"]
            if isinstance(envelope.get("metadata"), dict):
                metadata = envelope["metadata"]
        elif isinstance(envelope, str):
            message = envelope
        if isinstance(body.get("request_id"), str):
            request_id = body["request_id"]
    if message is None:
        message = _preview(text) if isinstance(body, str) and body else (response.reason_phrase or "error")

    cls = _error_class(response.status_code, message, metadata or {})
    return cls(message, response=response, body=body, code=code, metadata=metadata, request_id=request_id)


def _error_class(status: int, message: str, metadata: Mapping[str, Any]) -> type[APIStatusError]:
    if status == 403:
        if "guardrail" in message.lower() or any("guardrail" in key for key in metadata):
            return GuardrailError
        if "reasons" in metadata or "flagged_input" in metadata:
            return ModerationError
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    return ServerError if status >= 500 else APIStatusError


def _preview(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _TEXT_PREVIEW_CHARS:
        return text
    return text[:_TEXT_PREVIEW_CHARS] + "..."


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def parse_retry_after(headers: httpx.Headers | Mapping[str, str]) -> float | None:
    """Seconds to wait from `retry-after-ms`, or `Retry-After` as seconds or an HTTP date; None if absent or bad."""
    lowered = {key.lower(): value for key, value in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


class SchemaError(OpenRouterError, TypeError):
    """A response format or tool whose JSON schema cannot be derived, or cannot be made strict.

    Raised before any request is sent; the message names the type or the schema path.
    """


class ExtraNotInstalledError(OpenRouterError, ImportError):
    """A feature needs an optional dependency that is not installed; the message names the extra to install."""


class StructuredOutputError(OpenRouterError):
    """The model answered, but its answer is not an object of the requested type."""

    def __init__(
        self, message: str, *, content: str | None, result: object, response: httpx.Response | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.content = content
        self.result = result
        self.response = response

    @property
    def generation_id(self) -> str | None:
        if self.response is not None:
            value = self.response.headers.get("x-generation-id")
            if isinstance(value, str):
                return value
        value = getattr(self.result, "generation_id", None) or getattr(self.result, "id", None)
        return value if isinstance(value, str) else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r})"


class RefusalError(StructuredOutputError):
    """The model refused to answer; `refusal` is its explanation (None when only a content filter said so)."""

    def __init__(
        self,
        message: str,
        *,
        refusal: str | None,
        content: str | None,
        result: object,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, content=content, result=result, response=response)
        self.refusal = refusal


class OutputTruncatedError(StructuredOutputError):
    """The answer was cut off before it was complete (`finish_reason: "length"`, `max_output_tokens`).

    `content` is what arrived; raise the token limit (`max_tokens`, `max_output_tokens`) or shorten the schema.
    """


class OutputValidationError(StructuredOutputError):
    """The content is not valid JSON, or does not fit the requested type.

    `errors` lists `(path, problem)` pairs, the path in JSONPath style (`$.items[2].price`); the underlying
    validator's exception (Pydantic's ValidationError, say) is the `__cause__` when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        errors: list[tuple[str, str]],
        content: str | None,
        result: object,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, content=content, result=result, response=response)
        self.errors = errors


class ToolLoopLimitError(OpenRouterError):
    """A stop condition of the tool loop fired (`stopped_by` names it) and `on_limit="raise"` was asked for.

    `run` is the run so far: its transcript, steps, cost and tokens, so nothing the loop did is lost.
    """

    def __init__(self, message: str, *, run: ToolRun) -> None:
        super().__init__(message)
        self.message = message
        self.run = run
        self.stopped_by = run.stopped_by


class RequestValidationError(OpenRouterError, ValueError):
    """A request the pinned spec refuses, found before anything was sent.

    `operation` is the operationId, `path` the field (`messages[2].content`; a parameter's argument name; empty
    for the whole body) and `expected` what the spec allows there.
    """

    def __init__(
        self, operation: str, path: str, expected: str, *, got: str | None = None, message: str | None = None
    ) -> None:
        self.operation = operation
        self.path = path
        self.expected = expected
        self.got = got
        where = path or "the request body"
        tail = f" (got {got})" if got is not None else ""
        super().__init__(f"{operation}: {where}: {message or 'expected ' + expected}{tail}")


class RequestTypeError(RequestValidationError, TypeError):
    """A value of the wrong JSON type (a number where the spec wants a string, a dict where it wants a list)."""


class PaginationLoopError(APIError):
    """The walk cannot go on: the API gave a cursor a second time, or said `has_more` with no cursor to follow."""

    def __init__(self, message: str, *, cursor: str) -> None:
        super().__init__(message)
        self.cursor = cursor
