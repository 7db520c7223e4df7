"""Cassette tests of Guardrails and their key and member assignments.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result. Unless a test says otherwise, the body is the
spec's example.
"""

from __future__ import annotations

from uuid import UUID

import pytest
from openrouter_api.api.guardrails import (
    bulk_assign_keys_to_guardrail,
    bulk_assign_members_to_guardrail,
    bulk_unassign_keys_from_guardrail,
    bulk_unassign_members_from_guardrail,
    create_guardrail,
    delete_guardrail,
    get_guardrail,
    list_guardrail_key_assignments,
    list_guardrail_member_assignments,
    list_guardrails,
    list_key_assignments,
    list_member_assignments,
    update_guardrail,
)
from openrouter_api.models import (
    BulkAssignKeysRequest,
    BulkAssignKeysResponse,
    BulkAssignMembersRequest,
    BulkAssignMembersResponse,
    BulkUnassignKeysRequest,
    BulkUnassignKeysResponse,
    BulkUnassignMembersRequest,
    BulkUnassignMembersResponse,
    CreateGuardrailRequest,
    CreateGuardrailResponse,
    DeleteGuardrailResponse,
    GetGuardrailResponse,
    ListGuardrailsResponse,
    ListKeyAssignmentsResponse,
    ListMemberAssignmentsResponse,
    UpdateGuardrailRequest,
    UpdateGuardrailResponse,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_list_guardrails(api, cassette) -> None:
    response = list_guardrails.sync_detailed(client=api, limit=50)

    cassette.assert_exchanges(("GET", "/guardrails", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListGuardrailsResponse)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].limit_usd == body["data"][0]["limit_usd"]
    assert parsed.data[0].include_byok_in_budgets == body["data"][0]["include_byok_in_budgets"]
    assert parsed.to_dict() == body


def test_create_guardrail(api, cassette) -> None:
    request = {
        "allowed_models": None,
        "allowed_providers": ["openai", "anthropic", "deepseek"],
        "description": "A guardrail for limiting API usage",
        "enforce_zdr_anthropic": True,
        "enforce_zdr_google": False,
        "enforce_zdr_openai": True,
        "enforce_zdr_other": False,
        "enforce_zdr_xai": False,
        "ignored_models": None,
        "ignored_providers": None,
        "limit_usd": 50,
        "name": "My New Guardrail",
        "reset_interval": "monthly",
    }
    http_response = api.get_httpx_client().request(
        **create_guardrail.build_request(body=CreateGuardrailRequest.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/guardrails", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 201
    parsed = create_guardrail.parse_success(http_response)
    assert isinstance(parsed, CreateGuardrailResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.limit_usd == body["data"]["limit_usd"]
    assert parsed.data.include_byok_in_budgets == body["data"]["include_byok_in_budgets"]
    assert parsed.data.workspace_id == body["data"]["workspace_id"]
    assert parsed.to_dict() == body


async def test_delete_guardrail(async_api, cassette) -> None:
    response = await delete_guardrail.asyncio_detailed(
        client=async_api, id=UUID("550e8400-e29b-41d4-a716-446655440000")
    )

    cassette.assert_exchanges(("DELETE", "/guardrails/550e8400-e29b-41d4-a716-446655440000", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, DeleteGuardrailResponse)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


def test_get_guardrail(api, cassette) -> None:
    response = get_guardrail.sync_detailed(client=api, id=UUID("550e8400-e29b-41d4-a716-446655440000"))

    cassette.assert_exchanges(("GET", "/guardrails/550e8400-e29b-41d4-a716-446655440000", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetGuardrailResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.limit_usd == body["data"]["limit_usd"]
    assert parsed.data.include_byok_in_budgets == body["data"]["include_byok_in_budgets"]
    assert parsed.data.workspace_id == body["data"]["workspace_id"]
    assert parsed.to_dict() == body


def test_update_guardrail(api, cassette) -> None:
    request = {
        "description": "Updated description",
        "limit_usd": 75,
        "name": "Updated Guardrail Name",
        "reset_interval": "weekly",
    }
    http_response = api.get_httpx_client().request(
        **update_guardrail.build_request(
            id=UUID("550e8400-e29b-41d4-a716-446655440000"), body=UpdateGuardrailRequest.from_dict(request)
        )
    )

    cassette.assert_exchanges(("PATCH", "/guardrails/550e8400-e29b-41d4-a716-446655440000", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = update_guardrail.parse_success(http_response)
    assert isinstance(parsed, UpdateGuardrailResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.limit_usd == body["data"]["limit_usd"]
    assert parsed.data.include_byok_in_budgets == body["data"]["include_byok_in_budgets"]
    assert parsed.data.workspace_id == body["data"]["workspace_id"]
    assert parsed.to_dict() == body


async def test_list_guardrail_key_assignments(async_api, cassette) -> None:
    response = await list_guardrail_key_assignments.asyncio_detailed(
        client=async_api, id=UUID("550e8400-e29b-41d4-a716-446655440000"), limit=50
    )

    cassette.assert_exchanges(
        ("GET", "/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/keys", {"limit": "50"})
    )
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListKeyAssignmentsResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].assigned_by == body["data"][0]["assigned_by"]
    assert parsed.data[0].key_hash == body["data"][0]["key_hash"]
    assert parsed.data[0].key_label == body["data"][0]["key_label"]
    assert parsed.to_dict() == body


def test_bulk_assign_keys_to_guardrail(api, cassette) -> None:
    request = {"key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"]}
    response = bulk_assign_keys_to_guardrail.sync_detailed(
        client=api, id=UUID("550e8400-e29b-41d4-a716-446655440000"), body=BulkAssignKeysRequest.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/keys", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, BulkAssignKeysResponse)
    assert parsed.assigned_count == body["assigned_count"]
    assert parsed.to_dict() == body


def test_bulk_unassign_keys_from_guardrail(api, cassette) -> None:
    request = {"key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"]}
    http_response = api.get_httpx_client().request(
        **bulk_unassign_keys_from_guardrail.build_request(
            id=UUID("550e8400-e29b-41d4-a716-446655440000"), body=BulkUnassignKeysRequest.from_dict(request)
        )
    )

    cassette.assert_exchanges(
        ("POST", "/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/keys/remove", None)
    )
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = bulk_unassign_keys_from_guardrail.parse_success(http_response)
    assert isinstance(parsed, BulkUnassignKeysResponse)
    assert parsed.unassigned_count == body["unassigned_count"]
    assert parsed.to_dict() == body


async def test_list_guardrail_member_assignments(async_api, cassette) -> None:
    response = await list_guardrail_member_assignments.asyncio_detailed(
        client=async_api, id=UUID("550e8400-e29b-41d4-a716-446655440000"), offset=0
    )

    cassette.assert_exchanges(
        ("GET", "/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/members", {"offset": "0"})
    )
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListMemberAssignmentsResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].assigned_by == body["data"][0]["assigned_by"]
    assert parsed.data[0].organization_id == body["data"][0]["organization_id"]
    assert parsed.data[0].user_id == body["data"][0]["user_id"]
    assert parsed.to_dict() == body


def test_bulk_assign_members_to_guardrail(api, cassette) -> None:
    request = {"member_user_ids": ["user_abc123", "user_def456"]}
    response = bulk_assign_members_to_guardrail.sync_detailed(
        client=api, id=UUID("550e8400-e29b-41d4-a716-446655440000"), body=BulkAssignMembersRequest.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/members", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, BulkAssignMembersResponse)
    assert parsed.assigned_count == body["assigned_count"]
    assert parsed.to_dict() == body


def test_bulk_unassign_members_from_guardrail(api, cassette) -> None:
    request = {"member_user_ids": ["user_abc123", "user_def456"]}
    http_response = api.get_httpx_client().request(
        **bulk_unassign_members_from_guardrail.build_request(
            id=UUID("550e8400-e29b-41d4-a716-446655440000"), body=BulkUnassignMembersRequest.from_dict(request)
        )
    )

    cassette.assert_exchanges(
        ("POST", "/guardrails/550e8400-e29b-41d4-a716-446655440000/assignments/members/remove", None)
    )
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = bulk_unassign_members_from_guardrail.parse_success(http_response)
    assert isinstance(parsed, BulkUnassignMembersResponse)
    assert parsed.unassigned_count == body["unassigned_count"]
    assert parsed.to_dict() == body


async def test_list_key_assignments(async_api, cassette) -> None:
    response = await list_key_assignments.asyncio_detailed(client=async_api, limit=50)

    cassette.assert_exchanges(("GET", "/guardrails/assignments/keys", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListKeyAssignmentsResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].assigned_by == body["data"][0]["assigned_by"]
    assert parsed.data[0].key_hash == body["data"][0]["key_hash"]
    assert parsed.data[0].key_label == body["data"][0]["key_label"]
    assert parsed.to_dict() == body


def test_list_member_assignments(api, cassette) -> None:
    response = list_member_assignments.sync_detailed(client=api, limit=50)

    cassette.assert_exchanges(("GET", "/guardrails/assignments/members", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListMemberAssignmentsResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].assigned_by == body["data"][0]["assigned_by"]
    assert parsed.data[0].organization_id == body["data"][0]["organization_id"]
    assert parsed.data[0].user_id == body["data"][0]["user_id"]
    assert parsed.to_dict() == body
