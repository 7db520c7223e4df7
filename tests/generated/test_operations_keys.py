"""Cassette-backed tests of the API key operations (/key, /keys).

The tests that need a key create their own and delete it at the end, so `make record` can replay them against a
real account and leave nothing behind. The secret POST /keys returns is scrubbed from the cassette.
"""

from __future__ import annotations

import datetime

import pytest
from openrouter_api.api.api_keys import create_keys, delete_keys, get_current_key, get_key, list_, update_keys
from openrouter_api.models import (
    ApiKeyInfo,
    CreateKeyRequest,
    CreateKeyResponse,
    CurrentKeyResponse,
    DeleteKeyResponse,
    ErrorResponse,
    KeyDetailsResponse,
    KeysListResponse,
    UpdateKeyRequest,
    UpdateKeyResponse,
)
from openrouter_api.types import UNSET

from openrouter_ext import AsyncOpenRouter, NotFoundError, OpenRouter

pytestmark = pytest.mark.vcr

NEW_KEY = {"name": "cassette-test-key", "limit": 1, "limit_reset": "monthly", "include_byok_in_limit": False}


def _assert_key_info(info: ApiKeyInfo, recorded: dict) -> None:
    assert isinstance(info, ApiKeyInfo)
    assert info.hash_ == recorded["hash"]
    assert info.name == recorded["name"]
    assert info.label == recorded["label"]
    assert info.disabled is recorded["disabled"]
    assert info.limit == recorded["limit"]
    assert info.limit_remaining == recorded["limit_remaining"]
    assert info.limit_reset == recorded["limit_reset"]
    assert info.usage == recorded["usage"]
    assert info.usage_monthly == recorded["usage_monthly"]
    assert info.created_at == recorded["created_at"]
    assert info.workspace_id == recorded["workspace_id"]
    if recorded.get("expires_at") is not None:
        assert isinstance(info.expires_at, datetime.datetime)
    elif "expires_at" in recorded:
        assert info.expires_at is None
    else:
        assert info.expires_at is UNSET


def _create(client: OpenRouter) -> CreateKeyResponse:
    return client.call(create_keys, body=CreateKeyRequest.from_dict(NEW_KEY))


def test_get_current_key(openrouter: OpenRouter, cassette) -> None:
    result = openrouter.call(get_current_key)

    cassette.assert_exchanges(("GET", "/key", None))
    body = cassette.response_json(0)["data"]
    assert isinstance(result, CurrentKeyResponse)
    key = result.data
    assert key.label == body["label"]
    assert key.limit == body["limit"]
    assert key.limit_remaining == body["limit_remaining"]
    assert key.usage == body["usage"]
    assert key.usage_daily == body["usage_daily"]
    assert key.is_free_tier is body["is_free_tier"]
    assert key.is_management_key is body["is_management_key"]


def test_list_keys(openrouter_mgmt: OpenRouter, cassette) -> None:
    result = openrouter_mgmt.call(list_, include_disabled="true", offset=0)

    cassette.assert_exchanges(("GET", "/keys", {"include_disabled": "true", "offset": "0"}))
    body = cassette.response_json(0)
    assert isinstance(result, KeysListResponse)
    assert len(result.data) == len(body["data"])
    for info, recorded in zip(result.data, body["data"], strict=True):
        _assert_key_info(info, recorded)


async def test_list_keys_async(async_openrouter_mgmt: AsyncOpenRouter, cassette) -> None:
    result = await async_openrouter_mgmt.call(list_)

    cassette.assert_exchanges(("GET", "/keys", None))
    body = cassette.response_json(0)
    assert isinstance(result, KeysListResponse)
    for info, recorded in zip(result.data, body["data"], strict=True):
        _assert_key_info(info, recorded)


def test_create_keys(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    openrouter_mgmt.call(delete_keys, created.data.hash_)

    cassette.assert_exchanges(("POST", "/keys", None), ("DELETE", f"/keys/{created.data.hash_}", None))
    assert cassette.request_json(0) == NEW_KEY
    body = cassette.response_json(0)
    assert isinstance(created, CreateKeyResponse)
    _assert_key_info(created.data, body["data"])
    assert created.data.name == NEW_KEY["name"]
    assert created.data.limit == NEW_KEY["limit"]
    assert created.data.limit_reset == "monthly"
    assert created.data.disabled is False
    # The secret is there for the caller to keep (scrubbed in the cassette).
    assert isinstance(created.key, str)
    assert created.key


def test_get_key(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    result = openrouter_mgmt.call(get_key, created.data.hash_)
    openrouter_mgmt.call(delete_keys, created.data.hash_)

    path = f"/keys/{created.data.hash_}"
    cassette.assert_exchanges(("POST", "/keys", None), ("GET", path, None), ("DELETE", path, None))
    assert isinstance(result, KeyDetailsResponse)
    _assert_key_info(result.data, cassette.response_json(1)["data"])
    assert result.data.hash_ == created.data.hash_
    assert result.data.name == NEW_KEY["name"]


def test_get_key_not_found(openrouter_mgmt: OpenRouter, cassette) -> None:
    missing = "0" * 64
    with pytest.raises(NotFoundError) as caught:
        openrouter_mgmt.call(get_key, missing)
    detailed = get_key.sync_detailed(missing, client=openrouter_mgmt.api)

    recorded = cassette.response_json(0)["error"]
    assert caught.value.status_code == 404
    assert caught.value.message == recorded["message"]
    assert isinstance(detailed.parsed, ErrorResponse)
    assert detailed.parsed.error.code == 404
    assert detailed.parsed.error.message == recorded["message"]
    cassette.assert_exchanges(("GET", f"/keys/{missing}", None), ("GET", f"/keys/{missing}", None))


def test_update_keys(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    change = UpdateKeyRequest(name="cassette-test-key-renamed", disabled=True, limit=2.5, limit_reset=None)
    result = openrouter_mgmt.call(update_keys, created.data.hash_, body=change)
    openrouter_mgmt.call(delete_keys, created.data.hash_)

    path = f"/keys/{created.data.hash_}"
    cassette.assert_exchanges(("POST", "/keys", None), ("PATCH", path, None), ("DELETE", path, None))
    # null is sent on purpose (it removes the reset period); fields left out stay out.
    assert cassette.request_json(1) == {
        "name": "cassette-test-key-renamed",
        "disabled": True,
        "limit": 2.5,
        "limit_reset": None,
    }
    assert isinstance(result, UpdateKeyResponse)
    _assert_key_info(result.data, cassette.response_json(1)["data"])
    assert result.data.name == "cassette-test-key-renamed"
    assert result.data.disabled is True
    assert result.data.limit == 2.5
    assert result.data.limit_reset is None


def test_delete_keys(openrouter_mgmt: OpenRouter, cassette) -> None:
    created = _create(openrouter_mgmt)
    result = openrouter_mgmt.call(delete_keys, created.data.hash_)
    with pytest.raises(NotFoundError):
        openrouter_mgmt.call(get_key, created.data.hash_)

    path = f"/keys/{created.data.hash_}"
    cassette.assert_exchanges(("POST", "/keys", None), ("DELETE", path, None), ("GET", path, None))
    assert isinstance(result, DeleteKeyResponse)
    assert result.deleted is True
    assert result.deleted is cassette.response_json(1)["deleted"]
