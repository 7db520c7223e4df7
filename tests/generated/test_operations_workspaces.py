"""Cassette tests of workspaces, their budgets and members.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result. Unless a test says otherwise, the body is the
spec's example.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.workspaces import (
    bulk_add_workspace_members,
    bulk_remove_workspace_members,
    create_workspace,
    delete_workspace,
    delete_workspace_budget,
    get_workspace,
    get_workspace_budget,
    list_workspace_budgets,
    list_workspace_members,
    list_workspaces,
    update_workspace,
    upsert_workspace_budget,
)
from openrouter_api.models import (
    BulkAddWorkspaceMembersRequest,
    BulkAddWorkspaceMembersResponse,
    BulkRemoveWorkspaceMembersRequest,
    BulkRemoveWorkspaceMembersResponse,
    CreateWorkspaceRequest,
    CreateWorkspaceResponse,
    DeleteWorkspaceBudgetResponse,
    DeleteWorkspaceResponse,
    GetWorkspaceBudgetResponse,
    GetWorkspaceResponse,
    ListWorkspaceBudgetsResponse,
    ListWorkspaceMembersResponse,
    ListWorkspacesResponse,
    UpdateWorkspaceRequest,
    UpdateWorkspaceResponse,
    UpsertWorkspaceBudgetRequest,
    UpsertWorkspaceBudgetResponse,
    WorkspaceBudgetInterval,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_list_workspaces(api, cassette) -> None:
    response = list_workspaces.sync_detailed(client=api, limit=50)

    cassette.assert_exchanges(("GET", "/workspaces", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListWorkspacesResponse)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].slug == body["data"][0]["slug"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].created_by == body["data"][0]["created_by"]
    assert parsed.to_dict() == body


def test_create_workspace(api, cassette) -> None:
    request = {
        "default_image_model": "openai/dall-e-3",
        "default_provider_sort": "price",
        "default_text_model": "openai/gpt-4o",
        "description": "Production environment workspace",
        "name": "Production",
        "slug": "production",
    }
    http_response = api.get_httpx_client().request(
        **create_workspace.build_request(body=CreateWorkspaceRequest.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/workspaces", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 201
    parsed = create_workspace.parse_success(http_response)
    assert isinstance(parsed, CreateWorkspaceResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.created_by == body["data"]["created_by"]
    assert parsed.data.default_image_model == body["data"]["default_image_model"]
    assert parsed.to_dict() == body


async def test_delete_workspace(async_api, cassette) -> None:
    response = await delete_workspace.asyncio_detailed(client=async_api, id="production")

    cassette.assert_exchanges(("DELETE", "/workspaces/production", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, DeleteWorkspaceResponse)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


def test_get_workspace(api, cassette) -> None:
    response = get_workspace.sync_detailed(client=api, id="production")

    cassette.assert_exchanges(("GET", "/workspaces/production", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetWorkspaceResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.created_by == body["data"]["created_by"]
    assert parsed.data.default_image_model == body["data"]["default_image_model"]
    assert parsed.to_dict() == body


def test_update_workspace(api, cassette) -> None:
    request = {"name": "Updated Workspace", "slug": "updated-workspace"}
    http_response = api.get_httpx_client().request(
        **update_workspace.build_request(id="production", body=UpdateWorkspaceRequest.from_dict(request))
    )

    cassette.assert_exchanges(("PATCH", "/workspaces/production", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = update_workspace.parse_success(http_response)
    assert isinstance(parsed, UpdateWorkspaceResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.created_by == body["data"]["created_by"]
    assert parsed.data.default_image_model == body["data"]["default_image_model"]
    assert parsed.to_dict() == body


async def test_list_workspace_budgets(async_api, cassette) -> None:
    response = await list_workspace_budgets.asyncio_detailed(client=async_api, id="production")

    cassette.assert_exchanges(("GET", "/workspaces/production/budgets", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListWorkspaceBudgetsResponse)
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].limit_usd == body["data"][0]["limit_usd"]
    assert parsed.include_byok_in_budgets == body["include_byok_in_budgets"]
    assert parsed.data[0].reset_interval == body["data"][0]["reset_interval"]
    assert parsed.data[0].updated_at == body["data"][0]["updated_at"]
    assert parsed.to_dict() == body


def test_delete_workspace_budget(api, cassette) -> None:
    response = delete_workspace_budget.sync_detailed(
        client=api, id="production", interval=WorkspaceBudgetInterval("monthly")
    )

    cassette.assert_exchanges(("DELETE", "/workspaces/production/budgets/monthly", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, DeleteWorkspaceBudgetResponse)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


def test_get_workspace_budget(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **get_workspace_budget.build_request(id="production", interval=WorkspaceBudgetInterval("monthly"))
    )

    cassette.assert_exchanges(("GET", "/workspaces/production/budgets/monthly", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_workspace_budget.parse_success(http_response)
    assert isinstance(parsed, GetWorkspaceBudgetResponse)
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.limit_usd == body["data"]["limit_usd"]
    assert parsed.include_byok_in_budgets == body["include_byok_in_budgets"]
    assert parsed.data.reset_interval == body["data"]["reset_interval"]
    assert parsed.data.updated_at == body["data"]["updated_at"]
    assert parsed.to_dict() == body


async def test_upsert_workspace_budget(async_api, cassette) -> None:
    request = {"include_byok_in_budgets": True, "limit_usd": 100}
    response = await upsert_workspace_budget.asyncio_detailed(
        client=async_api,
        id="production",
        interval=WorkspaceBudgetInterval("monthly"),
        body=UpsertWorkspaceBudgetRequest.from_dict(request),
    )

    cassette.assert_exchanges(("PUT", "/workspaces/production/budgets/monthly", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, UpsertWorkspaceBudgetResponse)
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.limit_usd == body["data"]["limit_usd"]
    assert parsed.include_byok_in_budgets == body["include_byok_in_budgets"]
    assert parsed.data.reset_interval == body["data"]["reset_interval"]
    assert parsed.data.updated_at == body["data"]["updated_at"]
    assert parsed.to_dict() == body


def test_list_workspace_members(api, cassette) -> None:
    response = list_workspace_members.sync_detailed(client=api, id="production", limit=50)

    cassette.assert_exchanges(("GET", "/workspaces/production/members", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListWorkspaceMembersResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].role == body["data"][0]["role"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].user_id == body["data"][0]["user_id"]
    assert parsed.to_dict() == body


def test_bulk_add_workspace_members(api, cassette) -> None:
    request = {"user_ids": ["user_abc123", "user_def456"]}
    http_response = api.get_httpx_client().request(
        **bulk_add_workspace_members.build_request(
            id="production", body=BulkAddWorkspaceMembersRequest.from_dict(request)
        )
    )

    cassette.assert_exchanges(("POST", "/workspaces/production/members/add", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = bulk_add_workspace_members.parse_success(http_response)
    assert isinstance(parsed, BulkAddWorkspaceMembersResponse)
    assert parsed.data[0].role == body["data"][0]["role"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.added_count == body["added_count"]
    assert parsed.data[0].user_id == body["data"][0]["user_id"]
    assert parsed.to_dict() == body


async def test_bulk_remove_workspace_members(async_api, cassette) -> None:
    request = {"user_ids": ["user_abc123", "user_def456"]}
    response = await bulk_remove_workspace_members.asyncio_detailed(
        client=async_api, id="production", body=BulkRemoveWorkspaceMembersRequest.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/workspaces/production/members/remove", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, BulkRemoveWorkspaceMembersResponse)
    assert parsed.removed_count == body["removed_count"]
    assert parsed.to_dict() == body
