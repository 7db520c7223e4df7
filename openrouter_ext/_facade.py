"""The client's resources that carry hand-written helpers beside their generated methods.

Each class is a generated facade resource (`openrouter_api.api.<tag>`, one method per operation) with the
hand-written helpers of that group mixed in: `.stream(...)` for chat, responses and messages, and the pager
shortcuts of API keys and guardrails. Imported on first use of one of these attributes, not with the client.
"""

from __future__ import annotations

from openrouter_api.api.anthropic_messages import AsyncMessages, Messages
from openrouter_api.api.api_keys import ApiKeys, AsyncApiKeys
from openrouter_api.api.chat import AsyncChat, Chat
from openrouter_api.api.guardrails import AsyncGuardrails as AsyncGeneratedGuardrails
from openrouter_api.api.guardrails import Guardrails as GeneratedGuardrails
from openrouter_api.api.responses import AsyncResponses, Responses

from openrouter_ext.pagination._resources import AsyncGuardrails, AsyncKeys, Guardrails, Keys
from openrouter_ext.streaming._resources import (
    AsyncChatResource,
    AsyncMessagesResource,
    AsyncResponsesResource,
    ChatResource,
    MessagesResource,
    ResponsesResource,
)

__all__ = [
    "ApiKeysResource",
    "AsyncApiKeysResource",
    "AsyncChatFacade",
    "AsyncGuardrailsResource",
    "AsyncMessagesFacade",
    "AsyncResponsesFacade",
    "ChatFacade",
    "GuardrailsResource",
    "MessagesFacade",
    "ResponsesFacade",
]


class ChatFacade(ChatResource, Chat):
    """`client.chat`: `send(...)` (one completion) and `stream(...)`."""


class AsyncChatFacade(AsyncChatResource, AsyncChat):
    """`client.chat` on AsyncOpenRouter."""


class ResponsesFacade(ResponsesResource, Responses):
    """`client.responses`: `send(...)` and `stream(...)`."""


class AsyncResponsesFacade(AsyncResponsesResource, AsyncResponses):
    """`client.responses` on AsyncOpenRouter."""


class MessagesFacade(MessagesResource, Messages):
    """`client.messages`: `create(...)` and `stream(...)`."""


class AsyncMessagesFacade(AsyncMessagesResource, AsyncMessages):
    """`client.messages` on AsyncOpenRouter."""


class ApiKeysResource(Keys, ApiKeys):
    """`client.api_keys` (also `client.keys`): the generated methods, and `iter()`."""


class AsyncApiKeysResource(AsyncKeys, AsyncApiKeys):
    """`client.api_keys` on AsyncOpenRouter."""


class GuardrailsResource(Guardrails, GeneratedGuardrails):
    """`client.guardrails`: the generated methods, and `iter()`, `key_assignments()`, `member_assignments()`."""


class AsyncGuardrailsResource(AsyncGuardrails, AsyncGeneratedGuardrails):
    """`client.guardrails` on AsyncOpenRouter."""
