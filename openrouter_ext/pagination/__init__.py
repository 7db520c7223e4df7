"""Lazy, de-duplicating walks over the API's offset-paginated lists (API keys, guardrails, assignments, ...).

`client.keys` and `client.guardrails` give pagers for the known lists; `paginate(client, endpoint)` (and
`apaginate` for an `AsyncOpenRouter`) walks any list described by a `ListEndpoint`.
"""

from __future__ import annotations

from openrouter_ext._exceptions import PageFetchError
from openrouter_ext.pagination._catalog import (
    GUARDRAIL_KEY_ASSIGNMENTS,
    GUARDRAIL_MEMBER_ASSIGNMENTS,
    GUARDRAILS,
    KEY_ASSIGNMENTS,
    KEYS,
    MEMBER_ASSIGNMENTS,
    MODELS,
    USER_MODELS,
)
from openrouter_ext.pagination._endpoint import ListEndpoint, PageSizeRules
from openrouter_ext.pagination._pager import DEFAULT_DEDUP_WINDOW, AsyncPager, Page, SyncPager
from openrouter_ext.pagination._resources import AsyncGuardrails, AsyncKeys, Guardrails, Keys, apaginate, paginate

__all__ = [
    "DEFAULT_DEDUP_WINDOW",
    "GUARDRAILS",
    "GUARDRAIL_KEY_ASSIGNMENTS",
    "GUARDRAIL_MEMBER_ASSIGNMENTS",
    "KEYS",
    "KEY_ASSIGNMENTS",
    "MEMBER_ASSIGNMENTS",
    "MODELS",
    "USER_MODELS",
    "AsyncGuardrails",
    "AsyncKeys",
    "AsyncPager",
    "Guardrails",
    "Keys",
    "ListEndpoint",
    "Page",
    "PageFetchError",
    "PageSizeRules",
    "SyncPager",
    "apaginate",
    "paginate",
]
