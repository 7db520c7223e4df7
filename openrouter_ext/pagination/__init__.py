"""Lazy, de-duplicating walks over the API's offset-paginated lists (API keys, guardrails, workspaces, ...).

`client.keys` and `client.guardrails` give pagers for the known lists; `paginate(client, endpoint)` (and
`apaginate` for an `AsyncOpenRouter`) walks any list described by a `ListEndpoint`.
"""

from __future__ import annotations

from openrouter_ext._exceptions import PageFetchError
from openrouter_ext.pagination._catalog import (
    APP_RANKINGS,
    BYOK_KEYS,
    EMBEDDING_MODELS,
    GUARDRAIL_KEY_ASSIGNMENTS,
    GUARDRAIL_MEMBER_ASSIGNMENTS,
    GUARDRAILS,
    KEY_ASSIGNMENTS,
    KEYS,
    MEMBER_ASSIGNMENTS,
    MODELS,
    OBSERVABILITY_DESTINATIONS,
    ORGANIZATION_MEMBERS,
    PRESET_VERSIONS,
    PRESETS,
    SCIM_GROUP_MAPPINGS,
    SCIM_GROUPS,
    SESSION_COSTS,
    USER_MODELS,
    WORKSPACE_MEMBERS,
    WORKSPACES,
)
from openrouter_ext.pagination._endpoint import ListEndpoint, PageSizeRules
from openrouter_ext.pagination._pager import DEFAULT_DEDUP_WINDOW, AsyncPager, Page, SyncPager
from openrouter_ext.pagination._resources import AsyncGuardrails, AsyncKeys, Guardrails, Keys, apaginate, paginate

__all__ = [
    "APP_RANKINGS",
    "BYOK_KEYS",
    "DEFAULT_DEDUP_WINDOW",
    "EMBEDDING_MODELS",
    "GUARDRAILS",
    "GUARDRAIL_KEY_ASSIGNMENTS",
    "GUARDRAIL_MEMBER_ASSIGNMENTS",
    "KEYS",
    "KEY_ASSIGNMENTS",
    "MEMBER_ASSIGNMENTS",
    "MODELS",
    "OBSERVABILITY_DESTINATIONS",
    "ORGANIZATION_MEMBERS",
    "PRESETS",
    "PRESET_VERSIONS",
    "SCIM_GROUPS",
    "SCIM_GROUP_MAPPINGS",
    "SESSION_COSTS",
    "USER_MODELS",
    "WORKSPACES",
    "WORKSPACE_MEMBERS",
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
