"""`call` / `call_with_response`: typed results, typed errors, and checks made before any request."""

from __future__ import annotations

import json
import types
from typing import Any

import httpx
import pytest
from client_helpers import API_KEY, Script, error_response

from openrouter_ext import (
    APIResponse,
    APIStatusError,
    AsyncOpenRouter,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EdgeTimeoutError,
    GatewayTimeoutError,
    GenerationError,
    GuardrailError,
    InsufficientCreditsError,
    InternalServerError,
    ModerationError,
    NoProviderAvailableError,
    NotFoundError,
    OpenRouter,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProviderError,
    ProviderOverloadedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseParseError,
    ServerError,
    UnprocessableEntityError,
)


def _client(script: Script, **options: Any) -> OpenRouter:
    # No retries here: these tests are about what a single answer maps to.
    return OpenRouter(API_KEY, max_retries=0, http_client=script.sync_client(), **options)


def test_call_returns_the_parsed_model(get_credits: types.ModuleType) -> None:
    script = Script(httpx.Response(200, json={"data": {"total_credits": 12.5, "total_usage": 3}}))
    assert _client(script).call(get_credits) == {"total_credits": 12.5, "total_usage": 3}  # type: ignore[arg-type]
    assert script.requests[0].method == "GET"


def test_call_with_response_exposes_headers_and_generation_id(create_chat: types.ModuleType) -> None:
    script = Script(
        httpx.Response(
            200,
            json={"id": "gen-abc", "choices": [{"finish_reason": "stop", "message": {"content": "hi"}}]},
            headers={"X-Generation-Id": "gen-abc", "X-RateLimit-Remaining": "41"},
        )
    )
    result = _client(script).call_with_response(create_chat, body={"model": "m", "messages": []})  # type: ignore[arg-type]
    assert isinstance(result, APIResponse)
    assert result.status_code == 200
    assert result.generation_id == "gen-abc"
    assert result.rate_limit_remaining == 41
    assert result.headers["x-ratelimit-remaining"] == "41"
    assert result.parsed["choices"][0]["message"]["content"] == "hi"
    assert result.http_response.json()["id"] == "gen-abc"


def test_parameters_reach_build_request(create_chat: types.ModuleType) -> None:
    script = Script(httpx.Response(200, json={"ok": True}))
    _client(script).call(create_chat, body={"model": "openai/gpt-4o"}, limit=3)  # type: ignore[arg-type]
    request = script.requests[0]
    assert request.method == "POST"
    assert request.url.path == "/api/v1/chat/completions"
    assert request.url.params["limit"] == "3"
    assert json.loads(request.content) == {"model": "openai/gpt-4o"}


class _Builder:
    """Something with to_dict(), like a generated model or a routing builder."""

    def to_dict(self) -> dict[str, Any]:
        return {"order": ["anthropic"], "allow_fallbacks": False}


def test_values_with_to_dict_are_serialized_with_it(create_chat: types.ModuleType) -> None:
    script = Script(httpx.Response(200, json={}))
    _client(script).call(create_chat, body={"model": "m", "provider": _Builder()})  # type: ignore[arg-type]
    assert json.loads(script.requests[0].content) == {
        "model": "m",
        "provider": {"order": ["anthropic"], "allow_fallbacks": False},
    }


def test_unknown_parameter_fails_before_any_request(get_credits: types.ModuleType) -> None:
    script = Script()
    with pytest.raises(TypeError, match="get_credits") as info:
        _client(script).call(get_credits, limt=3)  # type: ignore[arg-type]
    assert "limt" in str(info.value)
    assert script.requests == []


def test_path_parameters_may_be_positional_or_keyword() -> None:
    get_key = types.ModuleType("get_key")

    def build_request(hash_: str, *, verbose: bool = False) -> dict[str, Any]:
        return {"method": "GET", "url": f"/keys/{hash_}"}

    get_key.build_request = build_request  # type: ignore[attr-defined]
    get_key.parse_success = lambda response: response.json()  # type: ignore[attr-defined]
    script = Script(httpx.Response(200, json={"data": 1}), httpx.Response(200, json={"data": 2}))
    client = _client(script)
    assert client.call(get_key, "abc") == {"data": 1}  # type: ignore[arg-type]
    assert client.call(get_key, hash_="def") == {"data": 2}  # type: ignore[arg-type]
    assert [request.url.path for request in script.requests] == ["/api/v1/keys/abc", "/api/v1/keys/def"]
    with pytest.raises(TypeError, match="get_key"):
        client.call(get_key, "abc", "extra")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="hash_"):
        client.call(get_key)  # type: ignore[arg-type]
    assert len(script.requests) == 2


def test_something_that_is_not_an_operation_is_refused() -> None:
    script = Script()
    with pytest.raises(TypeError, match="not an operation"):
        _client(script).call(json)  # type: ignore[arg-type]
    assert script.requests == []


# status, body extras, expected class, and the attribute checks a user relies on
ERROR_CASES: list[tuple[int, dict[str, Any], type[APIStatusError]]] = [
    (400, {}, BadRequestError),
    (401, {}, AuthenticationError),
    (402, {}, InsufficientCreditsError),
    (403, {}, PermissionDeniedError),
    (404, {}, NotFoundError),
    (408, {}, RequestTimeoutError),
    (409, {}, ConflictError),
    (413, {}, PayloadTooLargeError),
    (422, {}, UnprocessableEntityError),
    (429, {}, RateLimitError),
    (500, {}, InternalServerError),
    (502, {"metadata": {"provider_name": "Together", "raw": {"detail": "upstream"}}}, ProviderError),
    (503, {}, NoProviderAvailableError),
    (504, {}, GatewayTimeoutError),
    (524, {}, EdgeTimeoutError),
    (529, {}, ProviderOverloadedError),
    (418, {}, APIStatusError),
    (507, {}, ServerError),
]


@pytest.mark.parametrize(("status", "extra", "expected"), ERROR_CASES, ids=[str(case[0]) for case in ERROR_CASES])
def test_every_status_maps_to_its_error_with_fields(
    status: int, extra: dict[str, Any], expected: type[APIStatusError], get_credits: types.ModuleType
) -> None:
    script = Script(error_response(status, f"failure {status}", headers={"X-Generation-Id": "gen-9"}, **extra))
    with pytest.raises(APIStatusError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    error = info.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.code == status
    assert error.message == f"failure {status}"
    assert error.metadata == extra.get("metadata", {})
    assert error.body == {"error": {"code": status, "message": f"failure {status}", **extra}}
    assert error.generation_id == "gen-9"
    assert error.response.status_code == status


def test_provider_error_exposes_provider_details(get_credits: types.ModuleType) -> None:
    metadata = {"provider_name": "Together", "raw": "upstream said no"}
    script = Script(error_response(502, "Provider returned error", metadata=metadata))
    with pytest.raises(ProviderError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert info.value.provider_name == "Together"
    assert info.value.raw == "upstream said no"


def test_moderation_and_guardrail_403s_get_their_own_classes(get_credits: types.ModuleType) -> None:
    moderation = {"reasons": ["violence"], "flagged_input": "bad words", "provider_name": "OpenAI", "model_slug": "m"}
    script = Script(
        error_response(403, "Input was flagged", metadata=moderation),
        error_response(403, "Request blocked by guardrail"),
    )
    client = _client(script)
    with pytest.raises(ModerationError) as flagged:
        client.call(get_credits)  # type: ignore[arg-type]
    assert flagged.value.reasons == ["violence"]
    assert flagged.value.flagged_input == "bad words"
    with pytest.raises(GuardrailError):
        client.call(get_credits)  # type: ignore[arg-type]


def test_rate_limit_error_carries_retry_and_limit_headers(get_credits: types.ModuleType) -> None:
    headers = {"Retry-After": "17", "X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "99"}
    script = Script(error_response(429, "Rate limit exceeded", headers=headers))
    with pytest.raises(RateLimitError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert info.value.retry_after == 17
    assert (info.value.rate_limit_limit, info.value.rate_limit_remaining, info.value.rate_limit_reset) == (20, 0, 99)


def test_non_json_error_body_gives_status_error_with_the_text(get_credits: types.ModuleType) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"
    script = Script(httpx.Response(502, text=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(ProviderError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert "502 Bad Gateway" in info.value.message
    assert info.value.body == page
    assert info.value.code is None


def test_anthropic_style_error_envelope(get_credits: types.ModuleType) -> None:
    body = {"type": "error", "error": {"type": "invalid_request_error", "message": "bad"}, "request_id": "req_1"}
    script = Script(httpx.Response(400, json=body))
    with pytest.raises(BadRequestError) as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert (info.value.code, info.value.message, info.value.request_id) == ("invalid_request_error", "bad", "req_1")


FAILED_CHOICE = {
    "id": "gen-x",
    "choices": [
        {
            "index": 0,
            "finish_reason": "error",
            "message": {"content": "partial"},
            "error": {"code": 502, "message": "provider dropped the stream", "metadata": {"provider_name": "P"}},
        }
    ],
}


def test_finish_reason_error_raises_generation_error_with_result(create_chat: types.ModuleType) -> None:
    script = Script(httpx.Response(200, json=FAILED_CHOICE, headers={"X-Generation-Id": "gen-x"}))
    with pytest.raises(GenerationError) as info:
        _client(script).call(create_chat)  # type: ignore[arg-type]
    error = info.value
    assert error.message == "provider dropped the stream"
    assert error.code == 502
    assert error.metadata == {"provider_name": "P"}
    assert error.result == FAILED_CHOICE
    assert error.generation_id == "gen-x"


def test_generation_error_opt_out_per_client_and_per_call(create_chat: types.ModuleType) -> None:
    script = Script(*(httpx.Response(200, json=FAILED_CHOICE) for _ in range(3)))
    relaxed = _client(script, raise_on_generation_error=False)
    assert relaxed.call(create_chat)["choices"][0]["finish_reason"] == "error"  # type: ignore[arg-type]
    strict = _client(script)
    assert strict.with_options(raise_on_generation_error=False).call(create_chat) == FAILED_CHOICE  # type: ignore[arg-type]
    with pytest.raises(GenerationError):
        strict.call(create_chat)  # type: ignore[arg-type]


def test_successful_choices_mentioning_error_are_not_failures(create_chat: types.ModuleType) -> None:
    body = {"choices": [{"finish_reason": "stop", "message": {"content": 'the word "error" is fine'}}]}
    script = Script(httpx.Response(200, json=body))
    assert _client(script).call(create_chat) == body  # type: ignore[arg-type]


def test_unreadable_success_body_is_a_typed_error(get_credits: types.ModuleType) -> None:
    script = Script(httpx.Response(200, text="<html>captive portal</html>"))
    with pytest.raises(ResponseParseError, match="get_credits") as info:
        _client(script).call(get_credits)  # type: ignore[arg-type]
    assert info.value.response.text == "<html>captive portal</html>"
    assert info.value.__cause__ is not None


async def test_async_call_and_errors(get_credits: types.ModuleType) -> None:
    script = Script(httpx.Response(200, json={"data": {"total_credits": 2}}), error_response(401, "No auth"))
    async with AsyncOpenRouter(API_KEY, max_retries=0, http_client=script.async_client()) as client:
        assert await client.call(get_credits) == {"total_credits": 2}  # type: ignore[arg-type]
        with pytest.raises(AuthenticationError, match="No auth"):
            await client.call(get_credits)  # type: ignore[arg-type]


async def test_async_call_with_response_and_generation_error(create_chat: types.ModuleType) -> None:
    script = Script(
        httpx.Response(200, json={"choices": []}, headers={"X-Generation-Id": "gen-a"}),
        httpx.Response(200, json=FAILED_CHOICE),
    )
    async with AsyncOpenRouter(API_KEY, max_retries=0, http_client=script.async_client()) as client:
        result = await client.call_with_response(create_chat)  # type: ignore[arg-type]
        assert result.generation_id == "gen-a"
        with pytest.raises(GenerationError) as info:
            await client.call(create_chat)  # type: ignore[arg-type]
        assert info.value.result == FAILED_CHOICE


async def test_async_unknown_parameter_fails_before_any_request(get_credits: types.ModuleType) -> None:
    script = Script()
    async with AsyncOpenRouter(API_KEY, http_client=script.async_client()) as client:
        with pytest.raises(TypeError, match="nope"):
            await client.call(get_credits, nope=1)  # type: ignore[arg-type]
    assert script.requests == []
