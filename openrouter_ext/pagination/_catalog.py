"""The API's offset-paginated lists, each described once for the shared walk."""

from __future__ import annotations

from typing import Any

from openrouter_ext.pagination._endpoint import ListEndpoint, PageSizeRules

__all__ = [
    "GUARDRAILS",
    "GUARDRAIL_KEY_ASSIGNMENTS",
    "GUARDRAIL_MEMBER_ASSIGNMENTS",
    "KEYS",
    "KEY_ASSIGNMENTS",
    "MEMBER_ASSIGNMENTS",
]

_GUARDRAIL_API = "openrouter_api.api.guardrails"

# GET /keys takes only `offset`: the server decides the page size (up to 100, the docs imply) and reports no
# total, so the walk ends on an empty page or one shorter than the largest seen.
KEYS: ListEndpoint[Any] = ListEndpoint(
    route="GET /keys",
    operation="openrouter_api.api.api_keys.list_",
    total_field=None,
    identity_field="hash",
    page_size=PageSizeRules(limit_param=None, maximum=None, default=None),
)

GUARDRAILS: ListEndpoint[Any] = ListEndpoint(
    route="GET /guardrails",
    operation=f"{_GUARDRAIL_API}.list_guardrails",
)

KEY_ASSIGNMENTS: ListEndpoint[Any] = ListEndpoint(
    route="GET /guardrails/assignments/keys",
    operation=f"{_GUARDRAIL_API}.list_key_assignments",
)

MEMBER_ASSIGNMENTS: ListEndpoint[Any] = ListEndpoint(
    route="GET /guardrails/assignments/members",
    operation=f"{_GUARDRAIL_API}.list_member_assignments",
)

GUARDRAIL_KEY_ASSIGNMENTS: ListEndpoint[Any] = ListEndpoint(
    route="GET /guardrails/{id}/assignments/keys",
    operation=f"{_GUARDRAIL_API}.list_guardrail_key_assignments",
)

GUARDRAIL_MEMBER_ASSIGNMENTS: ListEndpoint[Any] = ListEndpoint(
    route="GET /guardrails/{id}/assignments/members",
    operation=f"{_GUARDRAIL_API}.list_guardrail_member_assignments",
)
