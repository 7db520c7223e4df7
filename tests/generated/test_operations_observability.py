"""Cassette tests of observability destinations.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result. Unless a test says otherwise, the body is the
spec's example.
"""

from __future__ import annotations

from uuid import UUID

import pytest
from openrouter_api.api.observability import (
    create_observability_destination,
    delete_observability_destination,
    get_observability_destination,
    list_observability_destinations,
    update_observability_destination,
)
from openrouter_api.models import (
    CreateObservabilityDestinationRequest,
    CreateObservabilityDestinationResponse,
    DeleteObservabilityDestinationResponse,
    GetObservabilityDestinationResponse,
    ListObservabilityDestinationsResponse,
    UpdateObservabilityDestinationRequest,
    UpdateObservabilityDestinationResponse,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_list_observability_destinations(api, cassette) -> None:
    response = list_observability_destinations.sync_detailed(client=api, limit=50)

    cassette.assert_exchanges(("GET", "/observability/destinations", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListObservabilityDestinationsResponse)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].type_ == body["data"][0]["type"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].broadcast_generation_cost == body["data"][0]["broadcast_generation_cost"]
    assert parsed.to_dict() == body


def test_create_observability_destination(api, cassette) -> None:
    request = {
        "config": {"baseUrl": "https://us.cloud.langfuse.com", "publicKey": "pk-l...EfGh", "secretKey": "sk-l...AbCd"},
        "name": "Production Langfuse",
        "type": "langfuse",
    }
    http_response = api.get_httpx_client().request(
        **create_observability_destination.build_request(body=CreateObservabilityDestinationRequest.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/observability/destinations", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 201
    parsed = create_observability_destination.parse_success(http_response)
    assert isinstance(parsed, CreateObservabilityDestinationResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.type_ == body["data"]["type"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.broadcast_generation_cost == body["data"]["broadcast_generation_cost"]
    assert parsed.data.broadcast_generation_identity == body["data"]["broadcast_generation_identity"]
    assert parsed.to_dict() == body


async def test_delete_observability_destination(async_api, cassette) -> None:
    response = await delete_observability_destination.asyncio_detailed(
        client=async_api, id=UUID("99999999-aaaa-bbbb-cccc-dddddddddddd")
    )

    cassette.assert_exchanges(("DELETE", "/observability/destinations/99999999-aaaa-bbbb-cccc-dddddddddddd", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, DeleteObservabilityDestinationResponse)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


def test_get_observability_destination(api, cassette) -> None:
    response = get_observability_destination.sync_detailed(client=api, id=UUID("99999999-aaaa-bbbb-cccc-dddddddddddd"))

    cassette.assert_exchanges(("GET", "/observability/destinations/99999999-aaaa-bbbb-cccc-dddddddddddd", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetObservabilityDestinationResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.type_ == body["data"]["type"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.broadcast_generation_cost == body["data"]["broadcast_generation_cost"]
    assert parsed.data.broadcast_generation_identity == body["data"]["broadcast_generation_identity"]
    assert parsed.to_dict() == body


def test_update_observability_destination(api, cassette) -> None:
    request = {"enabled": False, "name": "Updated Langfuse"}
    http_response = api.get_httpx_client().request(
        **update_observability_destination.build_request(
            id=UUID("99999999-aaaa-bbbb-cccc-dddddddddddd"),
            body=UpdateObservabilityDestinationRequest.from_dict(request),
        )
    )

    cassette.assert_exchanges(("PATCH", "/observability/destinations/99999999-aaaa-bbbb-cccc-dddddddddddd", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = update_observability_destination.parse_success(http_response)
    assert isinstance(parsed, UpdateObservabilityDestinationResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.type_ == body["data"]["type"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.broadcast_generation_cost == body["data"]["broadcast_generation_cost"]
    assert parsed.data.broadcast_generation_identity == body["data"]["broadcast_generation_identity"]
    assert parsed.to_dict() == body
