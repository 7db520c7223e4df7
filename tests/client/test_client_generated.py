"""Real generated operations through `call`, and generated functions through `client.api`: one stack for both."""

from __future__ import annotations

import httpx
import pytest
from client_helpers import API_KEY, Script, error_response
from openrouter_api.api.anthropic_messages import create_messages
from openrouter_api.api.api_keys import get_key
from openrouter_api.api.credits_ import get_credits
from openrouter_api.models.get_credits_response_200 import GetCreditsResponse200
from openrouter_api.models.messages_request import MessagesRequest
from openrouter_api.models.metadata_level import MetadataLevel

from openrouter_ext import AsyncOpenRouter, AuthenticationError, OpenRouter

CREDITS = {"data": {"total_credits": 150, "total_usage": 37.5}}


def test_call_runs_a_generated_operation(sleeps: list[float]) -> None:
    script = Script(error_response(503), httpx.Response(200, json=CREDITS))
    client = OpenRouter(API_KEY, app_title="Tests", http_client=script.sync_client())
    credits = client.call(get_credits)
    assert isinstance(credits, GetCreditsResponse200)
    assert (credits.data.total_credits, credits.data.total_usage) == (150, 37.5)
    assert script.requests[-1].url == "https://openrouter.ai/api/v1/credits"
    assert script.requests[-1].headers["x-openrouter-title"] == "Tests"
    assert len(script.requests) == 2


def test_call_passes_path_parameters_and_maps_errors() -> None:
    script = Script(error_response(401, "Management key required"))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    with pytest.raises(AuthenticationError, match="Management key required"):
        client.call(get_key, "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943")
    assert script.requests[0].url.path.endswith(
        "/keys/f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
    )


def test_per_call_header_parameter_overrides_the_client_default() -> None:
    answer = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": []}
    script = Script(httpx.Response(200, json=answer))
    client = OpenRouter(
        API_KEY, default_headers={"X-OpenRouter-Metadata": "disabled"}, http_client=script.sync_client()
    )
    body = MessagesRequest.from_dict({"model": "m", "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]})
    client.call(create_messages, body=body, x_open_router_metadata=MetadataLevel.ENABLED)
    assert script.requests[0].headers.get_list("x-openrouter-metadata") == ["enabled"]


def test_generated_sync_detailed_shares_headers_auth_and_retries(sleeps: list[float]) -> None:
    script = Script(error_response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=CREDITS))
    client = OpenRouter(API_KEY, app_url="https://app.example", http_client=script.sync_client())
    response = get_credits.sync_detailed(client=client.api)
    assert response.status_code == 200
    assert isinstance(response.parsed, GetCreditsResponse200)
    assert sleeps == [2.0]  # retried by the same transport as `call`
    request = script.requests[-1]
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["http-referer"] == "https://app.example"
    assert request.extensions["timeout"] == client.timeout.as_dict()


def test_client_api_is_per_client_and_follows_with_options(sleeps: list[float]) -> None:
    script = Script(error_response(503))
    client = OpenRouter(API_KEY, http_client=script.sync_client())
    assert client.api is client.api
    copy = client.with_options(max_retries=0, headers={"X-Copy": "1"})
    response = get_credits.sync_detailed(client=copy.api)
    assert response.status_code == 503
    assert len(script.requests) == 1
    assert script.requests[0].headers["x-copy"] == "1"


def test_client_api_repr_hides_the_key() -> None:
    client = OpenRouter(API_KEY)
    assert API_KEY not in repr(client.api)
    assert API_KEY not in repr(client.api.get_httpx_client())


async def test_async_generated_operation_and_api(sleeps: list[float]) -> None:
    script = Script(httpx.Response(200, json=CREDITS), error_response(502), httpx.Response(200, json=CREDITS))
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        credits = await client.call(get_credits)
        assert credits.data.total_credits == 150
        response = await get_credits.asyncio_detailed(client=client.api)
        assert response.status_code == 200
    assert len(script.requests) == 3
    assert all(request.headers["authorization"] == f"Bearer {API_KEY}" for request in script.requests)
