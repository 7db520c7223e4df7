"""The client's resources that carry hand-written helpers beside their generated methods.

Each class is a generated facade resource (`openrouter_api.api.<tag>`, one method per operation, and `stream(...)`
where the operation streams) with the hand-written helpers of that group mixed in: the pager shortcuts of API keys
and guardrails, and the structured-output and tool-loop methods of chat and responses (`parse`, `run_tools`,
`stream(..., response_format=T)`, openrouter_ext.structured). Helpers for another group are a mixin class put
first in that group's bases here, so that the generated methods stay the fallback. Imported on first use of one
of these attributes, not with the client.
"""

from __future__ import annotations

from openrouter_api.api.anthropic_messages import AsyncMessages, Messages
from openrouter_api.api.api_keys import ApiKeys, AsyncApiKeys
from openrouter_api.api.chat import AsyncChat, Chat
from openrouter_api.api.guardrails import AsyncGuardrails as AsyncGeneratedGuardrails
from openrouter_api.api.guardrails import Guardrails as GeneratedGuardrails
from openrouter_api.api.responses import AsyncResponses, Responses

from openrouter_ext.pagination._resources import AsyncGuardrails, AsyncKeys, Guardrails, Keys
from openrouter_ext.structured._mixins import (
    AsyncStructuredChatMixin,
    AsyncStructuredResponsesMixin,
    StructuredChatMixin,
    StructuredResponsesMixin,
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


class ChatFacade(StructuredChatMixin, Chat):
    """`client.chat`: `send(...)` (one completion), `stream(...)`, `parse(...)`, `run_tools(...)`."""


class AsyncChatFacade(AsyncStructuredChatMixin, AsyncChat):
    """`client.chat` on AsyncOpenRouter."""


class ResponsesFacade(StructuredResponsesMixin, Responses):
    """`client.responses`: `send(...)`, `stream(...)` and `parse(...)`."""


class AsyncResponsesFacade(AsyncStructuredResponsesMixin, AsyncResponses):
    """`client.responses` on AsyncOpenRouter."""


class MessagesFacade(Messages):
    """`client.messages`: `create(...)` and `stream(...)`."""


class AsyncMessagesFacade(AsyncMessages):
    """`client.messages` on AsyncOpenRouter."""


class ApiKeysResource(Keys, ApiKeys):
    """`client.api_keys` (also `client.keys`): the generated methods, and `iter()`."""


class AsyncApiKeysResource(AsyncKeys, AsyncApiKeys):
    """`client.api_keys` on AsyncOpenRouter."""


class GuardrailsResource(Guardrails, GeneratedGuardrails):
    """`client.guardrails`: the generated methods, and `iter()`, `key_assignments()`, `member_assignments()`."""


class AsyncGuardrailsResource(AsyncGuardrails, AsyncGeneratedGuardrails):
    """`client.guardrails` on AsyncOpenRouter."""
