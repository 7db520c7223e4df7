"""Cassette tests of API keys, OAuth (PKCE code and key exchange) and BYOK provider keys.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result. Unless a test says otherwise, the body is the
spec's example.
"""

from __future__ import annotations

from uuid import UUID

import pytest
from dateutil.parser import isoparse
from openrouter_api.api.api_keys import create_keys, delete_keys, get_current_key, get_key, list_, update_keys
from openrouter_api.api.byok import create_byok_key, delete_byok_key, get_byok_key, list_byok_keys, update_byok_key
from openrouter_api.api.o_auth import create_auth_keys_code, exchange_auth_code_for_api_key
from openrouter_api.models import (
    CreateAuthKeysCodeBody,
    CreateAuthKeysCodeResponse200,
    CreateBYOKKeyRequest,
    CreateBYOKKeyResponse,
    CreateKeysBody,
    CreateKeysResponse201,
    DeleteBYOKKeyResponse,
    DeleteKeysResponse200,
    ExchangeAuthCodeForApiKeyBody,
    ExchangeAuthCodeForApiKeyResponse200,
    GetBYOKKeyResponse,
    GetCurrentKeyResponse200,
    GetKeyResponse200,
    ListBYOKKeysResponse,
    ListResponse200,
    UpdateBYOKKeyRequest,
    UpdateBYOKKeyResponse,
    UpdateKeysBody,
    UpdateKeysResponse200,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_exchange_auth_code_for_api_key(api, cassette) -> None:
    request = {
        "code": "auth_code_abc123def456",
        "code_challenge_method": "S256",
        "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    }
    response = exchange_auth_code_for_api_key.sync_detailed(
        client=api, body=ExchangeAuthCodeForApiKeyBody.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/auth/keys", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ExchangeAuthCodeForApiKeyResponse200)
    assert parsed.key == body["key"]
    assert parsed.user_id == body["user_id"]
    assert parsed.to_dict() == body


def test_create_auth_keys_code(api, cassette) -> None:
    request = {
        "callback_url": "https://myapp.com/auth/callback",
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method": "S256",
        "limit": 100,
    }
    http_response = api.get_httpx_client().request(
        **create_auth_keys_code.build_request(body=CreateAuthKeysCodeBody.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/auth/keys/code", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = create_auth_keys_code.parse_success(http_response)
    assert isinstance(parsed, CreateAuthKeysCodeResponse200)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.app_id == body["data"]["app_id"]
    assert parsed.to_dict() == body


async def test_list_byok_keys(async_api, cassette) -> None:
    response = await list_byok_keys.asyncio_detailed(client=async_api, limit=50)

    cassette.assert_exchanges(("GET", "/byok", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListBYOKKeysResponse)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].label == body["data"][0]["label"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].provider == body["data"][0]["provider"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.to_dict() == body


def test_create_byok_key(api, cassette, cassette_tools) -> None:
    request = {"key": "sk-proj-abc123...", "name": "Production OpenAI Key", "provider": "openai"}
    response = create_byok_key.sync_detailed(client=api, body=CreateBYOKKeyRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/byok", None))
    # The provider key is a secret: the cassette holds the request with it scrubbed (and replay matches on that).
    assert cassette.request_json(0) == {**request, "key": cassette_tools.scrubbed_key}
    body = cassette.response_json(0)
    assert response.status_code == 201
    parsed = response.parsed
    assert isinstance(parsed, CreateBYOKKeyResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.provider == body["data"]["provider"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.disabled == body["data"]["disabled"]
    assert parsed.to_dict() == body


def test_delete_byok_key(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **delete_byok_key.build_request(id=UUID("11111111-2222-3333-4444-555555555555"))
    )

    cassette.assert_exchanges(("DELETE", "/byok/11111111-2222-3333-4444-555555555555", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = delete_byok_key.parse_success(http_response)
    assert isinstance(parsed, DeleteBYOKKeyResponse)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


async def test_get_byok_key(async_api, cassette) -> None:
    response = await get_byok_key.asyncio_detailed(client=async_api, id=UUID("11111111-2222-3333-4444-555555555555"))

    cassette.assert_exchanges(("GET", "/byok/11111111-2222-3333-4444-555555555555", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetBYOKKeyResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.provider == body["data"]["provider"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.disabled == body["data"]["disabled"]
    assert parsed.to_dict() == body


def test_update_byok_key(api, cassette) -> None:
    request = {"disabled": False, "name": "Updated OpenAI Key"}
    response = update_byok_key.sync_detailed(
        client=api, id=UUID("11111111-2222-3333-4444-555555555555"), body=UpdateBYOKKeyRequest.from_dict(request)
    )

    cassette.assert_exchanges(("PATCH", "/byok/11111111-2222-3333-4444-555555555555", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, UpdateBYOKKeyResponse)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.provider == body["data"]["provider"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.disabled == body["data"]["disabled"]
    assert parsed.to_dict() == body


def test_get_current_key(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**get_current_key.build_request())

    cassette.assert_exchanges(("GET", "/key", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_current_key.parse_success(http_response)
    assert isinstance(parsed, GetCurrentKeyResponse200)
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.usage == body["data"]["usage"]
    assert parsed.data.byok_usage == body["data"]["byok_usage"]
    assert parsed.data.byok_usage_daily == body["data"]["byok_usage_daily"]
    assert parsed.data.byok_usage_monthly == body["data"]["byok_usage_monthly"]
    # A date-time: the same instant, parsed (to_dict writes it back in isoformat).
    assert parsed.data.expires_at == isoparse(body["data"]["expires_at"])


async def test_list_keys(async_api, cassette) -> None:
    response = await list_.asyncio_detailed(client=async_api, include_disabled="false")

    cassette.assert_exchanges(("GET", "/keys", {"include_disabled": "false"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListResponse200)
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].label == body["data"][0]["label"]
    assert parsed.data[0].hash_ == body["data"][0]["hash"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].usage == body["data"][0]["usage"]
    # A date-time: the same instant, parsed (to_dict writes it back in isoformat).
    assert parsed.data[0].expires_at == isoparse(body["data"][0]["expires_at"])


def test_create_keys(api, cassette) -> None:
    request = {
        "expires_at": "2027-12-31T23:59:59Z",
        "include_byok_in_limit": True,
        "limit": 50,
        "limit_reset": "monthly",
        "name": "My New API Key",
    }
    response = create_keys.sync_detailed(client=api, body=CreateKeysBody.from_dict(request))

    cassette.assert_exchanges(("POST", "/keys", None))
    # expires_at is a date-time field: the same instant goes out, written as Python's isoformat.
    assert cassette.request_json(0) == {**request, "expires_at": "2027-12-31T23:59:59+00:00"}
    body = cassette.response_json(0)
    assert response.status_code == 201
    parsed = response.parsed
    assert isinstance(parsed, CreateKeysResponse201)
    assert parsed.key == body["key"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.hash_ == body["data"]["hash"]
    assert parsed.data.created_at == body["data"]["created_at"]
    # A date-time: the same instant, parsed (to_dict writes it back in isoformat).
    assert parsed.data.expires_at == isoparse(body["data"]["expires_at"])


def test_delete_keys(api, cassette) -> None:
    http_response = api.get_httpx_client().request(
        **delete_keys.build_request(hash_="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943")
    )

    cassette.assert_exchanges(
        ("DELETE", "/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", None)
    )
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = delete_keys.parse_success(http_response)
    assert isinstance(parsed, DeleteKeysResponse200)
    assert parsed.deleted == body["deleted"]
    assert parsed.to_dict() == body


async def test_get_key(async_api, cassette) -> None:
    response = await get_key.asyncio_detailed(
        client=async_api, hash_="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
    )

    cassette.assert_exchanges(("GET", "/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetKeyResponse200)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.hash_ == body["data"]["hash"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.usage == body["data"]["usage"]
    # A date-time: the same instant, parsed (to_dict writes it back in isoformat).
    assert parsed.data.expires_at == isoparse(body["data"]["expires_at"])


def test_update_keys(api, cassette) -> None:
    request = {
        "disabled": False,
        "include_byok_in_limit": True,
        "limit": 75,
        "limit_reset": "daily",
        "name": "Updated API Key Name",
    }
    response = update_keys.sync_detailed(
        client=api,
        hash_="f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943",
        body=UpdateKeysBody.from_dict(request),
    )

    cassette.assert_exchanges(("PATCH", "/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, UpdateKeysResponse200)
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.label == body["data"]["label"]
    assert parsed.data.hash_ == body["data"]["hash"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.usage == body["data"]["usage"]
    assert parsed.to_dict() == body
