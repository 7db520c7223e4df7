"""APIResponse: a parsed 2xx result together with the raw httpx.Response it came from."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")


@attrs.frozen
class APIResponse(Generic[T]):
    """What `call_with_response` returns: the typed model in `parsed`, and the response it was read from.

    The response's body has already been read, so `http_response.content` and `.json()` are available; the
    headers carry what the model does not, such as `X-Generation-Id` and the `X-RateLimit-*` counters.
    """

    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def generation_id(self) -> str | None:
        """The `X-Generation-Id` header (`gen-...`), sent on chat, responses and messages calls."""
        value: str | None = self.http_response.headers.get("x-generation-id")
        return value

    @property
    def rate_limit_remaining(self) -> int | None:
        """The `X-RateLimit-Remaining` header as an integer, when the API sent one."""
        value = self.http_response.headers.get("x-ratelimit-remaining")
        try:
            return None if value is None else int(float(value))
        except ValueError:
            return None
