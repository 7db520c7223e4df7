"""Cassette-backed tests of the OAuth PKCE operations (/auth/keys/code, /auth/keys).

A code comes from a user's browser, so these cassettes cannot be recorded unattended: they are replay only. The key
POST /auth/keys returns is scrubbed from the cassette like every recorded key.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.oauth import create_auth_keys_code, exchange_auth_code_for_api_key
from openrouter_api.models import AuthKeyRequest, AuthKeyResponse, ErrorResponse, KeyCodeRequest, KeyCodeResponse

from openrouter_ext import OpenRouter, PermissionDeniedError

pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="needs an OAuth code from a browser sign-in")]

VERIFIER = "Vq3nZ8sLw1XkR5tYp0mB2cD7fH9jK4gA6eU"


def test_create_auth_keys_code(openrouter: OpenRouter, cassette) -> None:
    request = {
        "callback_url": "https://app.example.com/openrouter/callback",
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method": "S256",
        "limit": 10,
        "usage_limit_type": "monthly",
    }
    result = openrouter.call(create_auth_keys_code, body=KeyCodeRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/auth/keys/code", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)["data"]
    assert isinstance(result, KeyCodeResponse)
    assert result.data.id == body["id"]
    assert result.data.app_id == body["app_id"]
    assert result.data.created_at == body["created_at"]


def test_exchange_auth_code_for_api_key(openrouter: OpenRouter, cassette) -> None:
    request = {"code": "0b7f2c1e-example-auth-code", "code_verifier": VERIFIER, "code_challenge_method": "S256"}
    result = openrouter.call(exchange_auth_code_for_api_key, body=AuthKeyRequest.from_dict(request))

    cassette.assert_exchanges(("POST", "/auth/keys", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert isinstance(result, AuthKeyResponse)
    assert result.key == body["key"]
    assert isinstance(result.key, str)
    assert result.user_id == body["user_id"]


def test_exchange_auth_code_for_api_key_invalid_code(openrouter: OpenRouter, cassette) -> None:
    body = AuthKeyRequest(code="expired-or-used-code", code_verifier=VERIFIER, code_challenge_method="S256")
    with pytest.raises(PermissionDeniedError) as caught:
        openrouter.call(exchange_auth_code_for_api_key, body=body)
    detailed = exchange_auth_code_for_api_key.sync_detailed(client=openrouter.api, body=body)

    recorded = cassette.response_json(0)["error"]
    assert caught.value.status_code == 403
    assert caught.value.message == recorded["message"]
    assert isinstance(detailed.parsed, ErrorResponse)
    assert detailed.parsed.error.code == 403
    assert detailed.parsed.error.message == recorded["message"]
    cassette.assert_exchanges(("POST", "/auth/keys", None), ("POST", "/auth/keys", None))
