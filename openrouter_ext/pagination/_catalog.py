"""The API's offset-paginated lists, each described once for the shared walk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext.pagination._endpoint import ListEndpoint, PageSizeRules

if TYPE_CHECKING:
    # For the item types only: the operations themselves are imported when a walk first needs them.
    from openrouter_api.models.api_key_info import ApiKeyInfo
    from openrouter_api.models.guardrail import Guardrail
    from openrouter_api.models.key_assignment import KeyAssignment
    from openrouter_api.models.member_assignment import MemberAssignment
    from openrouter_api.models.model import Model

__all__ = [
    "GUARDRAILS",
    "GUARDRAIL_KEY_ASSIGNMENTS",
    "GUARDRAIL_MEMBER_ASSIGNMENTS",
    "KEYS",
    "KEY_ASSIGNMENTS",
    "MEMBER_ASSIGNMENTS",
    "MODELS",
    "USER_MODELS",
]

_GUARDRAIL_API = "openrouter_api.api.guardrails"

# GET /keys takes only `offset`: the server decides the page size (up to 100, the docs imply) and reports no
# total, so the walk ends on an empty page or one shorter than the largest seen.
KEYS: ListEndpoint[ApiKeyInfo] = ListEndpoint(
    route="GET /keys",
    operation="openrouter_api.api.api_keys.list_",
    total_field=None,
    identity_field="hash",
    page_size=PageSizeRules(limit_param=None, maximum=None, default=None),
)

GUARDRAILS: ListEndpoint[Guardrail] = ListEndpoint(
    route="GET /guardrails",
    operation=f"{_GUARDRAIL_API}.list_guardrails",
)

KEY_ASSIGNMENTS: ListEndpoint[KeyAssignment] = ListEndpoint(
    route="GET /guardrails/assignments/keys",
    operation=f"{_GUARDRAIL_API}.list_key_assignments",
)

MEMBER_ASSIGNMENTS: ListEndpoint[MemberAssignment] = ListEndpoint(
    route="GET /guardrails/assignments/members",
    operation=f"{_GUARDRAIL_API}.list_member_assignments",
)

GUARDRAIL_KEY_ASSIGNMENTS: ListEndpoint[KeyAssignment] = ListEndpoint(
    route="GET /guardrails/{id}/assignments/keys",
    operation=f"{_GUARDRAIL_API}.list_guardrail_key_assignments",
)

GUARDRAIL_MEMBER_ASSIGNMENTS: ListEndpoint[MemberAssignment] = ListEndpoint(
    route="GET /guardrails/{id}/assignments/members",
    operation=f"{_GUARDRAIL_API}.list_guardrail_member_assignments",
)

# GET /models pages by offset/limit (default 500, at most 1000) and reports total_count; without either parameter
# it returns the whole catalog at once. Walk it with `paginate(client, MODELS, category=...)`.
_MODEL_PAGES = PageSizeRules(maximum=1000, default=1000)

MODELS: ListEndpoint[Model] = ListEndpoint(
    route="GET /models",
    operation="openrouter_api.api.models.get_models",
    page_size=_MODEL_PAGES,
)

USER_MODELS: ListEndpoint[Model] = ListEndpoint(
    route="GET /models/user",
    operation="openrouter_api.api.models.list_models_user",
    page_size=_MODEL_PAGES,
)
