"""Cassette-backed tests of the guardrail operations and their key and member assignments.

Tests that need a guardrail (or a key to assign) create it and delete it at the end, so `make record` can run
them against a real account. Member assignments need real organization members: those are replay only.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest
from openrouter_api.api.api_keys import create_keys, delete_keys
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
    AssignKeysRequest,
    AssignKeysResponse,
    AssignMembersRequest,
    AssignMembersResponse,
    CreateGuardrailRequest,
    CreateGuardrailResponse,
    CreateKeyRequest,
    DeleteGuardrailResponse,
    GetGuardrailResponse,
    Guardrail,
    GuardrailKeyAssignmentsResponse,
    GuardrailListResponse,
    GuardrailMemberAssignmentsResponse,
    RemoveKeysRequest,
    RemoveKeysResponse,
    RemoveMembersRequest,
    RemoveMembersResponse,
    UpdateGuardrailRequest,
    UpdateGuardrailResponse,
)

from openrouter_ext import AsyncOpenRouter, NotFoundError, OpenRouter

pytestmark = pytest.mark.vcr

NEW_GUARDRAIL = {
    "name": "cassette-test-guardrail",
    "description": "Cheap models only, 5 USD a week.",
    "limit_usd": 5,
    "reset_interval": "weekly",
    "allowed_models": ["mistralai/mistral-small-3.2-24b-instruct", "google/gemini-2.5-flash"],
    "enforce_zdr_anthropic": True,
    "enforce_zdr_openai": True,
}
NEW_KEY = {"name": "cassette-test-key", "limit": 1, "limit_reset": "monthly", "include_byok_in_limit": False}
# An existing guardrail and organization member of the account the member cassettes were recorded with.
MEMBER_GUARDRAIL_ID = uuid.UUID("3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13")
MEMBER_USER_ID = "user_2mT4Hc8Lq1Wv6Nz0Rb3Yk7Ps9Ud"


def _assert_guardrail(guardrail: Guardrail, recorded: dict) -> None:
    assert isinstance(guardrail, Guardrail)
    assert str(guardrail.id) == recorded["id"]
    assert guardrail.name == recorded["name"]
    assert guardrail.description == recorded["description"]
    assert guardrail.limit_usd == recorded["limit_usd"]
    assert guardrail.reset_interval == recorded["reset_interval"]
    assert guardrail.include_byok_in_budgets is recorded["include_byok_in_budgets"]
    assert guardrail.allowed_models == recorded["allowed_models"]
    assert guardrail.ignored_providers == recorded["ignored_providers"]
    assert guardrail.enforce_zdr_anthropic == recorded["enforce_zdr_anthropic"]
    assert guardrail.created_at == recorded["created_at"]
    assert guardrail.workspace_id == recorded["workspace_id"]


def _create(client: OpenRouter) -> CreateGuardrailResponse:
    return client.call(create_guardrail, body=CreateGuardrailRequest.from_dict(NEW_GUARDRAIL))


@contextlib.contextmanager
def _guardrail_and_key(client: OpenRouter) -> Iterator[tuple[uuid.UUID, str]]:
    """A new guardrail and a new key; both deleted afterwards (key first)."""
    guardrail_id = _create(client).data.id
    key_hash = client.call(create_keys, body=CreateKeyRequest.from_dict(NEW_KEY)).data.hash_
    try:
        yield guardrail_id, key_hash
    finally:
        client.call(delete_keys, key_hash)
        client.call(delete_guardrail, guardrail_id)


def _setup_and_teardown(guardrail_id: uuid.UUID, key_hash: str, *middle: tuple) -> tuple:
    return (
        ("POST", "/guardrails", None),
        ("POST", "/keys", None),
        *middle,
        ("DELETE", f"/keys/{key_hash}", None),
        ("DELETE", f"/guardrails/{guardrail_id}", None),
    )


def test_list_guardrails(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(list_guardrails)

    cassette.assert_exchanges(("GET", "/guardrails", None))
    body = cassette.response_json(0)
    assert isinstance(result, GuardrailListResponse)
    assert result.total_count == body["total_count"]
    for guardrail, recorded in zip(result.data, body["data"], strict=True):
        _assert_guardrail(guardrail, recorded)


def test_create_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    openrouter_mgmt.call(delete_guardrail, created.data.id)

    cassette.assert_exchanges(("POST", "/guardrails", None), ("DELETE", f"/guardrails/{created.data.id}", None))
    assert cassette.request_json(0) == NEW_GUARDRAIL
    assert isinstance(created, CreateGuardrailResponse)
    _assert_guardrail(created.data, cassette.response_json(0)["data"])
    assert isinstance(created.data.id, uuid.UUID)
    assert created.data.name == NEW_GUARDRAIL["name"]
    assert created.data.limit_usd == NEW_GUARDRAIL["limit_usd"]
    assert created.data.reset_interval == "weekly"


async def test_create_guardrail_async(async_openrouter_mgmt: AsyncOpenRouter, cassette) -> None:
    created = await async_openrouter_mgmt.call(create_guardrail, body=CreateGuardrailRequest.from_dict(NEW_GUARDRAIL))
    deleted = await async_openrouter_mgmt.call(delete_guardrail, created.data.id)

    cassette.assert_exchanges(("POST", "/guardrails", None), ("DELETE", f"/guardrails/{created.data.id}", None))
    assert cassette.request_json(0) == NEW_GUARDRAIL
    _assert_guardrail(created.data, cassette.response_json(0)["data"])
    assert deleted.deleted is True


def test_get_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    result = openrouter_mgmt.call(get_guardrail, created.data.id)
    openrouter_mgmt.call(delete_guardrail, created.data.id)

    path = f"/guardrails/{created.data.id}"
    cassette.assert_exchanges(("POST", "/guardrails", None), ("GET", path, None), ("DELETE", path, None))
    assert isinstance(result, GetGuardrailResponse)
    _assert_guardrail(result.data, cassette.response_json(1)["data"])
    assert result.data.id == created.data.id


def test_update_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    change = {
        "limit_usd": 10,
        "reset_interval": "monthly",
        "ignored_providers": ["together"],
        "content_filter_builtins": [{"slug": "email", "action": "redact", "label": "[EMAIL]"}],
    }
    result = openrouter_mgmt.call(update_guardrail, created.data.id, body=UpdateGuardrailRequest.from_dict(change))
    openrouter_mgmt.call(delete_guardrail, created.data.id)

    path = f"/guardrails/{created.data.id}"
    cassette.assert_exchanges(("POST", "/guardrails", None), ("PATCH", path, None), ("DELETE", path, None))
    assert cassette.request_json(1) == change
    assert isinstance(result, UpdateGuardrailResponse)
    _assert_guardrail(result.data, cassette.response_json(1)["data"])
    assert result.data.limit_usd == 10
    assert result.data.reset_interval == "monthly"
    assert result.data.ignored_providers == ["together"]
    builtin = result.data.content_filter_builtins[0]
    assert (builtin.slug, builtin.action, builtin.label) == ("email", "redact", "[EMAIL]")


def test_delete_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    result = openrouter_mgmt.call(delete_guardrail, created.data.id)
    with pytest.raises(NotFoundError):
        openrouter_mgmt.call(get_guardrail, created.data.id)

    path = f"/guardrails/{created.data.id}"
    cassette.assert_exchanges(("POST", "/guardrails", None), ("DELETE", path, None), ("GET", path, None))
    assert isinstance(result, DeleteGuardrailResponse)
    assert result.deleted is True


def test_list_key_assignments(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(list_key_assignments)

    cassette.assert_exchanges(("GET", "/guardrails/assignments/keys", None))
    body = cassette.response_json(0)
    assert isinstance(result, GuardrailKeyAssignmentsResponse)
    assert result.total_count == body["total_count"]
    for assignment, recorded in zip(result.data, body["data"], strict=True):
        assert str(assignment.id) == recorded["id"]
        assert assignment.key_hash == recorded["key_hash"]
        assert str(assignment.guardrail_id) == recorded["guardrail_id"]
        assert assignment.key_name == recorded["key_name"]
        assert assignment.key_label == recorded["key_label"]
        assert assignment.created_at == recorded["created_at"]


def test_list_member_assignments(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(list_member_assignments)

    cassette.assert_exchanges(("GET", "/guardrails/assignments/members", None))
    body = cassette.response_json(0)
    assert isinstance(result, GuardrailMemberAssignmentsResponse)
    assert result.total_count == body["total_count"]
    for assignment, recorded in zip(result.data, body["data"], strict=True):
        assert assignment.user_id == recorded["user_id"]
        assert assignment.organization_id == recorded["organization_id"]
        assert str(assignment.guardrail_id) == recorded["guardrail_id"]
        assert assignment.assigned_by == recorded["assigned_by"]


def test_bulk_assign_keys_to_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    with _guardrail_and_key(openrouter_mgmt) as (guardrail_id, key_hash):
        assigned = openrouter_mgmt.call(
            bulk_assign_keys_to_guardrail, guardrail_id, body=AssignKeysRequest(key_hashes=[key_hash])
        )
        listed = openrouter_mgmt.call(list_guardrail_key_assignments, guardrail_id)

    path = f"/guardrails/{guardrail_id}/assignments/keys"
    cassette.assert_exchanges(
        *_setup_and_teardown(
            guardrail_id, key_hash, ("POST", path, None), ("GET", path, None)
        )
    )
    assert cassette.request_json(2) == {"key_hashes": [key_hash]}
    assert isinstance(assigned, AssignKeysResponse)
    assert assigned.assigned_count == cassette.response_json(2)["assigned_count"] == 1
    assert [assignment.key_hash for assignment in listed.data] == [key_hash]


def test_list_guardrail_key_assignments(openrouter_mgmt: OpenRouter, cassette) -> None:
    with _guardrail_and_key(openrouter_mgmt) as (guardrail_id, key_hash):
        openrouter_mgmt.call(bulk_assign_keys_to_guardrail, guardrail_id, body=AssignKeysRequest(key_hashes=[key_hash]))
        listed = openrouter_mgmt.call(list_guardrail_key_assignments, guardrail_id, limit=10)

    path = f"/guardrails/{guardrail_id}/assignments/keys"
    cassette.assert_exchanges(
        *_setup_and_teardown(
            guardrail_id, key_hash, ("POST", path, None), ("GET", path, {"limit": "10"})
        )
    )
    body = cassette.response_json(3)
    assert isinstance(listed, GuardrailKeyAssignmentsResponse)
    assert listed.total_count == body["total_count"] == 1
    assignment, recorded = listed.data[0], body["data"][0]
    assert assignment.key_hash == key_hash
    assert assignment.guardrail_id == guardrail_id  # a UUID, as Guardrail.id and the path parameter
    assert assignment.key_name == NEW_KEY["name"]
    assert assignment.key_label == recorded["key_label"]
    assert assignment.assigned_by == recorded["assigned_by"]
    assert assignment.created_at == recorded["created_at"]


def test_bulk_unassign_keys_from_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    with _guardrail_and_key(openrouter_mgmt) as (guardrail_id, key_hash):
        openrouter_mgmt.call(bulk_assign_keys_to_guardrail, guardrail_id, body=AssignKeysRequest(key_hashes=[key_hash]))
        removed = openrouter_mgmt.call(
            bulk_unassign_keys_from_guardrail, guardrail_id, body=RemoveKeysRequest(key_hashes=[key_hash])
        )
        listed = openrouter_mgmt.call(list_guardrail_key_assignments, guardrail_id)

    path = f"/guardrails/{guardrail_id}/assignments/keys"
    cassette.assert_exchanges(
        *_setup_and_teardown(
            guardrail_id,
            key_hash,
            ("POST", path, None),
            ("POST", f"{path}/remove", None),
            ("GET", path, None),
        )
    )
    assert cassette.request_json(3) == {"key_hashes": [key_hash]}
    assert isinstance(removed, RemoveKeysResponse)
    assert removed.unassigned_count == cassette.response_json(3)["unassigned_count"] == 1
    assert listed.data == []
    assert listed.total_count == 0


@pytest.mark.replay_only(reason="needs a guardrail and an organization member of the recording account")
def test_list_guardrail_member_assignments(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(list_guardrail_member_assignments, MEMBER_GUARDRAIL_ID)

    cassette.assert_exchanges(
        ("GET", f"/guardrails/{MEMBER_GUARDRAIL_ID}/assignments/members", None)
    )
    body = cassette.response_json(0)
    assert isinstance(result, GuardrailMemberAssignmentsResponse)
    assert result.total_count == body["total_count"]
    assert [assignment.user_id for assignment in result.data] == [MEMBER_USER_ID]
    assert result.data[0].guardrail_id == MEMBER_GUARDRAIL_ID
    assert result.data[0].organization_id == body["data"][0]["organization_id"]


@pytest.mark.replay_only(reason="needs a guardrail and an organization member of the recording account")
def test_bulk_assign_members_to_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(
        bulk_assign_members_to_guardrail,
        MEMBER_GUARDRAIL_ID,
        body=AssignMembersRequest(member_user_ids=[MEMBER_USER_ID]),
    )

    cassette.assert_exchanges(("POST", f"/guardrails/{MEMBER_GUARDRAIL_ID}/assignments/members", None))
    assert cassette.request_json(0) == {"member_user_ids": [MEMBER_USER_ID]}
    assert isinstance(result, AssignMembersResponse)
    assert result.assigned_count == cassette.response_json(0)["assigned_count"] == 1


@pytest.mark.replay_only(reason="needs a guardrail and an organization member of the recording account")
def test_bulk_unassign_members_from_guardrail(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(
        bulk_unassign_members_from_guardrail,
        MEMBER_GUARDRAIL_ID,
        body=RemoveMembersRequest(member_user_ids=[MEMBER_USER_ID]),
    )

    cassette.assert_exchanges(("POST", f"/guardrails/{MEMBER_GUARDRAIL_ID}/assignments/members/remove", None))
    assert cassette.request_json(0) == {"member_user_ids": [MEMBER_USER_ID]}
    assert isinstance(result, RemoveMembersResponse)
    assert result.unassigned_count == cassette.response_json(0)["unassigned_count"] == 1
