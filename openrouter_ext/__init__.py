"""The hand-written layer over the generated OpenRouter client.

Start with `OpenRouter()` (or `AsyncOpenRouter()`), which reads OPENROUTER_API_KEY, and run any generated
operation through `client.call(operation, **params)`.
"""

from openrouter_ext._client import AsyncOpenRouter, OpenRouter
from openrouter_ext._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    EdgeTimeoutError,
    GatewayTimeoutError,
    GenerationError,
    GuardrailError,
    InsufficientCreditsError,
    InternalServerError,
    MalformedEventError,
    ModerationError,
    NoProviderAvailableError,
    NotFoundError,
    OpenRouterError,
    PageFetchError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProviderError,
    ProviderOverloadedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseParseError,
    ServerError,
    StreamError,
    StreamIdleTimeoutError,
    StreamIncompleteError,
    UnprocessableEntityError,
)
from openrouter_ext._operation import Operation
from openrouter_ext._response import APIResponse
from openrouter_ext._retries import DEFAULT_MAX_RETRIES, RETRYABLE_STATUSES
from openrouter_ext._timeouts import DEFAULT_TIMEOUT
from openrouter_ext._version import __version__
from openrouter_ext.pagination import AsyncPager, Page, SyncPager

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "RETRYABLE_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOpenRouter",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EdgeTimeoutError",
    "GatewayTimeoutError",
    "GenerationError",
    "GuardrailError",
    "InsufficientCreditsError",
    "InternalServerError",
    "MalformedEventError",
    "ModerationError",
    "NoProviderAvailableError",
    "NotFoundError",
    "OpenRouter",
    "OpenRouterError",
    "Operation",
    "Page",
    "PageFetchError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProviderError",
    "ProviderOverloadedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseParseError",
    "ServerError",
    "StreamError",
    "StreamIdleTimeoutError",
    "StreamIncompleteError",
    "SyncPager",
    "UnprocessableEntityError",
    "__version__",
]
