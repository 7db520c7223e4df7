"""The `client.responses` resources: the generated resource with its hand-written helpers mixed in first."""

from __future__ import annotations

from openrouter_api.api.responses import AsyncResponses, Responses

from openrouter_ext.structured._mixins import AsyncStructuredResponsesMixin, StructuredResponsesMixin

__all__ = ["AsyncResponsesFacade", "ResponsesFacade"]


class ResponsesFacade(StructuredResponsesMixin, Responses):
    """`client.responses`: `send(...)`, `stream(...)` and `parse(...)`."""


class AsyncResponsesFacade(AsyncStructuredResponsesMixin, AsyncResponses):
    """`client.responses` on AsyncOpenRouter."""
