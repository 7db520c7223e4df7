"""The hand-written layer over the generated OpenRouter client.

Start with `OpenRouter()` (or `AsyncOpenRouter()`), which reads OPENROUTER_API_KEY, and run any generated
operation through `client.call(operation, **params)`.
"""

from typing import TYPE_CHECKING

from openrouter_api.types import FieldParseError, MissingFieldError

from openrouter_ext._client import AsyncOpenRouter, OpenRouter
from openrouter_ext._lazy import lazy_exports
from openrouter_ext._limits import DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_RESPONSE_BYTES
from openrouter_ext._retries import DEFAULT_MAX_RETRIES, RETRYABLE_STATUSES
from openrouter_ext._timeouts import DEFAULT_TIMEOUT
from openrouter_ext._version import __version__

if TYPE_CHECKING:
    from openrouter_ext._circuit import CircuitBreaker, CircuitBreakerPolicy, CircuitState
    from openrouter_ext._exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CircuitOpenError,
        ConfigurationError,
        ConflictError,
        EdgeTimeoutError,
        EventTooLargeError,
        ExtraNotInstalledError,
        GatewayTimeoutError,
        GenerationError,
        GuardrailError,
        InsufficientCreditsError,
        InternalServerError,
        InvalidRoutingError,
        MalformedEventError,
        ModerationError,
        NoProviderAvailableError,
        NotFoundError,
        OpenRouterError,
        OutputTruncatedError,
        OutputValidationError,
        PageFetchError,
        PaginationLoopError,
        PayloadTooLargeError,
        PermissionDeniedError,
        ProviderError,
        ProviderOverloadedError,
        RateLimitError,
        RefusalError,
        RequestTimeoutError,
        RequestTypeError,
        RequestValidationError,
        ResponseParseError,
        ResponseTooLargeError,
        SchemaError,
        ServerError,
        StreamError,
        StreamIdleTimeoutError,
        StreamIncompleteError,
        StructuredOutputError,
        ToolLoopLimitError,
        UnprocessableEntityError,
    )
    from openrouter_ext._operation import Operation
    from openrouter_ext._response import APIResponse
    from openrouter_ext.pagination import AsyncPager, Page, SyncPager
    from openrouter_ext.routing import ModelSelection, ProviderRouting, with_variant
    from openrouter_ext.streaming import (
        AsyncChatStream,
        AsyncMessageStream,
        AsyncResponseStream,
        ChatCompletionAccumulator,
        ChatCompletionSnapshot,
        ChatStream,
        MessageAccumulator,
        MessageSnapshot,
        MessageStream,
        ResponseAccumulator,
        ResponseSnapshot,
        ResponseStream,
    )

# Streaming, pagination and routing are imported when one of their names is first used, not with the package:
# a client that never streams does not pay for it. So are the circuit breaker (used only when configured) and
# the Operation and APIResponse types (what a call needs, not the client), and the error classes, which the first
# error raised, or the first `openrouter_ext.APIError` read (say by an `except` clause that catches one), imports.
_LAZY = {
    **dict.fromkeys(("CircuitBreaker", "CircuitBreakerPolicy", "CircuitState"), "openrouter_ext._circuit"),
    "Operation": "openrouter_ext._operation",
    "APIResponse": "openrouter_ext._response",
    **dict.fromkeys(("AsyncPager", "Page", "SyncPager"), "openrouter_ext.pagination"),
    **dict.fromkeys(("ModelSelection", "ProviderRouting", "with_variant"), "openrouter_ext.routing"),
    **dict.fromkeys(
        (
            "AsyncChatStream",
            "AsyncMessageStream",
            "AsyncResponseStream",
            "ChatCompletionAccumulator",
            "ChatCompletionSnapshot",
            "ChatStream",
            "MessageAccumulator",
            "MessageSnapshot",
            "MessageStream",
            "ResponseAccumulator",
            "ResponseSnapshot",
            "ResponseStream",
        ),
        "openrouter_ext.streaming",
    ),
}


__getattr__ = lazy_exports(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_MAX_EVENT_BYTES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "RETRYABLE_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncChatStream",
    "AsyncMessageStream",
    "AsyncOpenRouter",
    "AsyncPager",
    "AsyncResponseStream",
    "AuthenticationError",
    "BadRequestError",
    "ChatCompletionAccumulator",
    "ChatCompletionSnapshot",
    "ChatStream",
    "CircuitBreaker",
    "CircuitBreakerPolicy",
    "CircuitOpenError",
    "CircuitState",
    "ConfigurationError",
    "ConflictError",
    "EdgeTimeoutError",
    "EventTooLargeError",
    "ExtraNotInstalledError",
    "FieldParseError",
    "GatewayTimeoutError",
    "GenerationError",
    "GuardrailError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidRoutingError",
    "MalformedEventError",
    "MessageAccumulator",
    "MessageSnapshot",
    "MessageStream",
    "MissingFieldError",
    "ModelSelection",
    "ModerationError",
    "NoProviderAvailableError",
    "NotFoundError",
    "OpenRouter",
    "OpenRouterError",
    "Operation",
    "OutputTruncatedError",
    "OutputValidationError",
    "Page",
    "PageFetchError",
    "PaginationLoopError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProviderError",
    "ProviderOverloadedError",
    "ProviderRouting",
    "RateLimitError",
    "RefusalError",
    "RequestTimeoutError",
    "RequestTypeError",
    "RequestValidationError",
    "ResponseAccumulator",
    "ResponseParseError",
    "ResponseSnapshot",
    "ResponseStream",
    "ResponseTooLargeError",
    "SchemaError",
    "ServerError",
    "StreamError",
    "StreamIdleTimeoutError",
    "StreamIncompleteError",
    "StructuredOutputError",
    "SyncPager",
    "ToolLoopLimitError",
    "UnprocessableEntityError",
    "__version__",
    "with_variant",
]

# The rest of __all__, neither defined above nor mapped in _LAZY, is the error classes of _exceptions, whose names
# stand in __all__ and in the TYPE_CHECKING import already.
_LAZY.update(
    dict.fromkeys(
        (name for name in __all__ if name not in _LAZY and name not in globals()), "openrouter_ext._exceptions"
    )
)
