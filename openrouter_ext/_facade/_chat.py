"""The `client.chat` resources: the generated resource with its hand-written helpers mixed in first."""

from __future__ import annotations

from openrouter_api.api.chat import AsyncChat, Chat

from openrouter_ext.structured._mixins import AsyncStructuredChatMixin, StructuredChatMixin

__all__ = ["AsyncChatFacade", "ChatFacade"]


class ChatFacade(StructuredChatMixin, Chat):
    """`client.chat`: `send(...)` (one completion), `stream(...)`, `parse(...)`, `run_tools(...)`."""


class AsyncChatFacade(AsyncStructuredChatMixin, AsyncChat):
    """`client.chat` on AsyncOpenRouter."""
