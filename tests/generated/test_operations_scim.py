"""Cassette tests of SCIM group mappings and groups.

The spec gives no example for these responses: the bodies are shaped by the response schemas, their items being
the `ScimGroupMapping` / `ScimGroup` component examples.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result.
"""

from __future__ import annotations

from uuid import UUID

import pytest
from openrouter_api.api.scim import (
    create_scim_group_mapping,
    delete_scim_group_mapping,
    get_scim_group_mapping,
    list_scim_group_mappings,
    list_scim_groups,
    update_scim_group_mapping,
)
from openrouter_api.models import (
    CreateScimGroupMappingRequest,
    CreateScimGroupMappingResponse,
    DeleteScimGroupMappingResponse,
    GetScimGroupMappingResponse,
    ListScimGroupMappingsResponse,
    ListScimGroupsResponse,
    UpdateScimGroupMappingRequest,
    UpdateScimGroupMappingResponse,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_list_scim_group_mappings(api, cassette) -> None:
    """The body is shaped by the schema."""
    response = list_scim_group_mappings.sync_detailed(client=api, limit=50)

    cassette.assert_exchanges(("GET", "/scim/group-mappings", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListScimGroupMappingsResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].role == body["data"][0]["role"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].organization_id == body["data"][0]["organization_id"]
    assert parsed.data[0].updated_at == body["data"][0]["updated_at"]
    assert parsed.to_dict() == body


def test_create_scim_group_mapping(api, cassette) -> None:
    """The body is shaped by the schema."""
    request = {
        "scim_group_id": "550e8400-e29b-41d4-a716-446655440000",
        "workspace_id": "660e8400-e29b-41d4-a716-446655440000",
        "role": "member",
    }
    http_response = api.get_httpx_client().request(
        **create_scim_group_mapping.build_request(body=CreateScimGroupMappingRequest.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/scim/group-mappings", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 201
    parsed = create_scim_group_mapping.parse_success(http_response)
    assert isinstance(parsed, CreateScimGroupMappingResponse)
    assert parsed.data.role == body["data"]["role"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.organization_id == body["data"]["organization_id"]
    assert parsed.data.updated_at == body["data"]["updated_at"]
    assert parsed.to_dict() == body


async def test_delete_scim_group_mapping(async_api, cassette) -> None:
    """The body is shaped by the schema."""
    response = await delete_scim_group_mapping.asyncio_detailed(
        client=async_api, id=UUID("770e8400-e29b-41d4-a716-446655440000"), keep_members=False
    )

    cassette.assert_exchanges(
        ("DELETE", "/scim/group-mappings/770e8400-e29b-41d4-a716-446655440000", {"keep_members": "false"})
    )
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, DeleteScimGroupMappingResponse)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


def test_get_scim_group_mapping(api, cassette) -> None:
    """The body is shaped by the schema."""
    response = get_scim_group_mapping.sync_detailed(client=api, id=UUID("770e8400-e29b-41d4-a716-446655440000"))

    cassette.assert_exchanges(("GET", "/scim/group-mappings/770e8400-e29b-41d4-a716-446655440000", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetScimGroupMappingResponse)
    assert parsed.data.role == body["data"]["role"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.organization_id == body["data"]["organization_id"]
    assert parsed.data.updated_at == body["data"]["updated_at"]
    assert parsed.to_dict() == body


def test_update_scim_group_mapping(api, cassette) -> None:
    """The body is shaped by the schema."""
    request = {"role": "admin"}
    http_response = api.get_httpx_client().request(
        **update_scim_group_mapping.build_request(
            id=UUID("770e8400-e29b-41d4-a716-446655440000"), body=UpdateScimGroupMappingRequest.from_dict(request)
        )
    )

    cassette.assert_exchanges(("PATCH", "/scim/group-mappings/770e8400-e29b-41d4-a716-446655440000", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = update_scim_group_mapping.parse_success(http_response)
    assert isinstance(parsed, UpdateScimGroupMappingResponse)
    assert parsed.data.role == body["data"]["role"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.organization_id == body["data"]["organization_id"]
    assert parsed.data.updated_at == body["data"]["updated_at"]
    assert parsed.to_dict() == body


async def test_list_scim_groups(async_api, cassette) -> None:
    """The body is shaped by the schema."""
    response = await list_scim_groups.asyncio_detailed(client=async_api, offset=0)

    cassette.assert_exchanges(("GET", "/scim/groups", {"offset": "0"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListScimGroupsResponse)
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].display_name == body["data"][0]["display_name"]
    assert parsed.data[0].external_id == body["data"][0]["external_id"]
    assert parsed.data[0].organization_id == body["data"][0]["organization_id"]
    assert parsed.to_dict() == body
