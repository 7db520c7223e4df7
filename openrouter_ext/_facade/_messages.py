"""The `client.messages` resources: the generated resource with its hand-written helpers mixed in first."""

from __future__ import annotations

from openrouter_api.api.anthropic_messages import AsyncMessages, Messages

__all__ = ["AsyncMessagesFacade", "MessagesFacade"]


class MessagesFacade(Messages):
    """`client.messages`: `create(...)` and `stream(...)`."""


class AsyncMessagesFacade(AsyncMessages):
    """`client.messages` on AsyncOpenRouter."""
