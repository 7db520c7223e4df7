"""The API's offset-paginated lists, each described once for the shared walk.

Every list the published spec marks with `x-speakeasy-pagination` of type `offsetLimit` is here, plus GET /keys,
which pages by `offset` alone. GET /files is not: it pages by an opaque cursor, which this offset walk does not
model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openrouter_ext.pagination._endpoint import ListEndpoint, PageSizeRules

if TYPE_CHECKING:
    # For the item types only: the operations themselves are imported when a walk first needs them.
    from openrouter_api.models.app_rankings_item import AppRankingsItem
    from openrouter_api.models.byok_key import BYOKKey
    from openrouter_api.models.guardrail import Guardrail
    from openrouter_api.models.key_assignment import KeyAssignment
    from openrouter_api.models.list_organization_members_response_200_data_item import (
        ListOrganizationMembersResponse200DataItem,
    )
    from openrouter_api.models.list_response_200_data_item import ListResponse200DataItem
    from openrouter_api.models.member_assignment import MemberAssignment
    from openrouter_api.models.model import Model
    from openrouter_api.models.preset import Preset
    from openrouter_api.models.preset_designated_version import PresetDesignatedVersion
    from openrouter_api.models.scim_group import ScimGroup
    from openrouter_api.models.scim_group_mapping import ScimGroupMapping
    from openrouter_api.models.session_cost_item import SessionCostItem
    from openrouter_api.models.workspace import Workspace
    from openrouter_api.models.workspace_member import WorkspaceMember

__all__ = [
    "APP_RANKINGS",
    "BYOK_KEYS",
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
]

_API = "openrouter_api.api"
_GUARDRAIL_API = f"{_API}.guardrails"

# GET /keys takes only `offset`: the server decides the page size (up to 100, the docs imply) and reports no
# total, so the walk ends on an empty page or one shorter than the largest seen.
KEYS: ListEndpoint[ListResponse200DataItem] = ListEndpoint(
    route="GET /keys",
    operation=f"{_API}.api_keys.list_",
    total_field=None,
    identity_field="hash",
    page_size=PageSizeRules(limit_param=None, maximum=None, default=None),
)

# The management lists below all take `limit` 1..100 (server default 50) and report `total_count`, which the
# defaults of ListEndpoint and PageSizeRules describe.
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

BYOK_KEYS: ListEndpoint[BYOKKey] = ListEndpoint(
    route="GET /byok",
    operation=f"{_API}.byok.list_byok_keys",
)

WORKSPACES: ListEndpoint[Workspace] = ListEndpoint(
    route="GET /workspaces",
    operation=f"{_API}.workspaces.list_workspaces",
)

WORKSPACE_MEMBERS: ListEndpoint[WorkspaceMember] = ListEndpoint(
    route="GET /workspaces/{id}/members",
    operation=f"{_API}.workspaces.list_workspace_members",
)

ORGANIZATION_MEMBERS: ListEndpoint[ListOrganizationMembersResponse200DataItem] = ListEndpoint(
    route="GET /organization/members",
    operation=f"{_API}.organization.list_organization_members",
)

PRESETS: ListEndpoint[Preset] = ListEndpoint(
    route="GET /presets",
    operation=f"{_API}.presets.list_presets",
)

PRESET_VERSIONS: ListEndpoint[PresetDesignatedVersion] = ListEndpoint(
    route="GET /presets/{slug}/versions",
    operation=f"{_API}.presets.list_preset_versions",
)

# The items are a union of one model per destination `type` (datadog, langfuse, s3, ...), each with an `id`.
OBSERVABILITY_DESTINATIONS: ListEndpoint[Any] = ListEndpoint(
    route="GET /observability/destinations",
    operation=f"{_API}.observability.list_observability_destinations",
)

SCIM_GROUPS: ListEndpoint[ScimGroup] = ListEndpoint(
    route="GET /scim/groups",
    operation=f"{_API}.scim.list_scim_groups",
)

SCIM_GROUP_MAPPINGS: ListEndpoint[ScimGroupMapping] = ListEndpoint(
    route="GET /scim/group-mappings",
    operation=f"{_API}.scim.list_scim_group_mappings",
)

# GET /models, /models/user and /embeddings/models page by offset/limit (default 500, at most 1000) and report
# total_count; without either parameter they return the whole catalog at once. Walk one with
# `paginate(client, MODELS, category=...)`.
_MODEL_PAGES = PageSizeRules(maximum=1000, default=1000)

MODELS: ListEndpoint[Model] = ListEndpoint(
    route="GET /models",
    operation=f"{_API}.models.get_models",
    page_size=_MODEL_PAGES,
)

USER_MODELS: ListEndpoint[Model] = ListEndpoint(
    route="GET /models/user",
    operation=f"{_API}.models.list_models_user",
    page_size=_MODEL_PAGES,
)

EMBEDDING_MODELS: ListEndpoint[Model] = ListEndpoint(
    route="GET /embeddings/models",
    operation=f"{_API}.embeddings.list_embeddings_models",
    page_size=_MODEL_PAGES,
)

# The datasets report no total and cap the offset itself (app rankings at 100, session costs at 5000): the walk
# stops at the cap, and the pager's `offset_limit_reached` says when that, not the list's end, stopped it.
APP_RANKINGS: ListEndpoint[AppRankingsItem] = ListEndpoint(
    route="GET /datasets/app-rankings",
    operation=f"{_API}.datasets.get_app_rankings",
    total_field=None,
    identity_field="app_id",
    max_offset=100,
)

# A cell is an (app, turn range, model) triple with no single id, so repeats are not dropped.
SESSION_COSTS: ListEndpoint[SessionCostItem] = ListEndpoint(
    route="GET /datasets/session-cost",
    operation=f"{_API}.datasets.get_session_cost",
    total_field=None,
    identity_field=None,
    page_size=PageSizeRules(maximum=500, default=500),
    max_offset=5000,
)
