"""The client's resources that carry hand-written helpers beside their generated methods.

Each class is a generated facade resource (`openrouter_api.api.<tag>`, one method per operation, and `stream(...)`
where the operation streams) with the hand-written helpers of that group mixed in: the pager shortcuts of API keys
and guardrails, and the structured-output and tool-loop methods of chat and responses (`parse`, `run_tools`,
`stream(..., response_format=T)`, openrouter_ext.structured). Helpers for another group are a mixin class put
first in that group's bases here, so that the generated methods stay the fallback. Imported on first use of one
of these attributes, not with the client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._lazy import lazy_exports

if TYPE_CHECKING:
    from openrouter_ext._facade._api_keys import ApiKeysResource, AsyncApiKeysResource
    from openrouter_ext._facade._chat import AsyncChatFacade, ChatFacade
    from openrouter_ext._facade._guardrails import AsyncGuardrailsResource, GuardrailsResource
    from openrouter_ext._facade._messages import AsyncMessagesFacade, MessagesFacade
    from openrouter_ext._facade._responses import AsyncResponsesFacade, ResponsesFacade

_MODULE_OF = {
    "ApiKeysResource": "openrouter_ext._facade._api_keys",
    "AsyncApiKeysResource": "openrouter_ext._facade._api_keys",
    "AsyncChatFacade": "openrouter_ext._facade._chat",
    "AsyncGuardrailsResource": "openrouter_ext._facade._guardrails",
    "AsyncMessagesFacade": "openrouter_ext._facade._messages",
    "AsyncResponsesFacade": "openrouter_ext._facade._responses",
    "ChatFacade": "openrouter_ext._facade._chat",
    "GuardrailsResource": "openrouter_ext._facade._guardrails",
    "MessagesFacade": "openrouter_ext._facade._messages",
    "ResponsesFacade": "openrouter_ext._facade._responses",
}

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


__getattr__ = lazy_exports(__name__, _MODULE_OF)
