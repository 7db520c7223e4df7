"""The builders' JSON reaches the wire unchanged through the client (plain and streaming paths).

A stand-in operation checks the client's own serialization of `to_dict()` values; the generated chat, responses,
messages and embeddings operations check that the request models carry `provider`, `models` and `fallbacks`.
tests/routing/test_routing_cassette.py replays the same through a recorded chat exchange.
"""

from __future__ import annotations

import json
import types
from typing import Any

import httpx
import pytest
from openrouter_api.api.anthropic_messages import create_messages
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.api.embeddings import create_embeddings
from openrouter_api.api.responses import create_responses
from openrouter_api.models.chat_request import ChatRequest
from openrouter_api.models.create_embeddings_body import CreateEmbeddingsBody
from openrouter_api.models.messages_request import MessagesRequest
from openrouter_api.models.responses_request import ResponsesRequest

from openrouter_ext._client import AsyncOpenRouter, OpenRouter
from openrouter_ext._exceptions import RequestTypeError
from openrouter_ext.routing import ModelSelection, ProviderRouting

ROUTING = (
    ProviderRouting.no_data_retention()
    .order("anthropic", "google-vertex/us-east5")
    .quantizations("fp8")
    .sort("throughput", partition="none")
    .max_price(prompt="1.5", completion=4)
    .preferred_max_latency(p50=1, p99=6)
)
EXPECTED_PROVIDER = {
    "data_collection": "deny",
    "zdr": True,
    "order": ["anthropic", "google-vertex/us-east5"],
    "quantizations": ["fp8"],
    "sort": {"by": "throughput", "partition": "none"},
    # completion=4 was given as a number: the published spec types prices as strings.
    "max_price": {"prompt": "1.5", "completion": "4"},
    "preferred_max_latency": {"p50": 1, "p99": 6},
}
SELECTION = ModelSelection("anthropic/claude-sonnet-4").fallbacks("openai/gpt-4o").variant("nitro")
MESSAGES = [{"role": "user", "content": "hi"}]


def _chat_operation() -> Any:
    def build_request(**body: Any) -> dict[str, Any]:
        return {"method": "POST", "url": "/chat/completions", "json": body}

    def parse_success(response: httpx.Response) -> Any:
        return response.json()

    return types.SimpleNamespace(build_request=build_request, parse_success=parse_success)


def _recorder(bodies: list[dict[str, Any]], answer: httpx.Response) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.read()))
        return answer

    return handle


def test_a_chat_call_sends_exactly_the_builders_json() -> None:
    bodies: list[dict[str, Any]] = []
    answer = httpx.Response(200, json={"id": "gen-1", "choices": []})
    http = httpx.Client(transport=httpx.MockTransport(_recorder(bodies, answer)))
    with OpenRouter("sk-or-test", http_client=http, max_retries=0) as client:
        client.call(_chat_operation(), **SELECTION.to_params(), provider=ROUTING, messages=MESSAGES)
    assert bodies == [
        {
            "model": "anthropic/claude-sonnet-4:nitro",
            "models": ["openai/gpt-4o"],
            "provider": EXPECTED_PROVIDER,
            "messages": MESSAGES,
        }
    ]


def test_a_streamed_request_sends_exactly_the_builders_json() -> None:
    bodies: list[dict[str, Any]] = []
    answer = httpx.Response(200, text="data: [DONE]\n\n", headers={"content-type": "text/event-stream"})
    http = httpx.Client(transport=httpx.MockTransport(_recorder(bodies, answer)))
    body = {**SELECTION.to_messages_params(), "provider": ROUTING, "messages": MESSAGES, "stream": True}
    with (
        OpenRouter("sk-or-test", http_client=http, max_retries=0) as client,
        client._open_stream("POST", "/messages", json=body),
    ):
        pass
    assert bodies == [
        {
            "model": "anthropic/claude-sonnet-4:nitro",
            "fallbacks": [{"model": "openai/gpt-4o"}],
            "provider": EXPECTED_PROVIDER,
            "messages": MESSAGES,
            "stream": True,
        }
    ]


async def test_the_async_client_sends_the_same_json() -> None:
    bodies: list[dict[str, Any]] = []
    answer = httpx.Response(200, json={"id": "gen-1", "choices": []})

    async def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(await request.aread()))
        return answer

    http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
    async with AsyncOpenRouter("sk-or-test", http_client=http, max_retries=0) as client:
        await client.call(_chat_operation(), model="openai/gpt-4o", provider=ROUTING, messages=MESSAGES)
    assert bodies[0]["provider"] == EXPECTED_PROVIDER


# --- through the generated operations (chat, messages, embeddings) --------------------------------------------------


def _send(operation: Any, body: Any, answer: dict[str, Any]) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    http = httpx.Client(transport=httpx.MockTransport(_recorder(bodies, httpx.Response(200, json=answer))))
    with OpenRouter("sk-or-test", http_client=http, max_retries=0) as client:
        client.call(operation, body=body)
    assert len(bodies) == 1
    return bodies[0]


def test_a_generated_chat_request_carries_the_built_provider_and_models() -> None:
    params = {**SELECTION.to_params(), "messages": MESSAGES, "provider": ROUTING.to_dict()}
    from_dict_body = ChatRequest.from_dict(params)
    built_body = ChatRequest.from_dict({**SELECTION.to_params(), "messages": MESSAGES})
    built_body.provider = ROUTING.build()
    answer = {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [],
        "system_fingerprint": None,
    }
    for body in (from_dict_body, built_body):
        sent = _send(send_chat_completion_request, body, answer)
        assert sent["provider"] == EXPECTED_PROVIDER
        assert sent["model"] == "anthropic/claude-sonnet-4:nitro"
        assert sent["models"] == ["openai/gpt-4o"]


def test_a_generated_messages_request_carries_provider_and_fallbacks() -> None:
    body = MessagesRequest.from_dict(
        {**SELECTION.to_messages_params(), "max_tokens": 16, "messages": MESSAGES, "provider": ROUTING.to_dict()}
    )
    answer = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": []}
    sent = _send(create_messages, body, answer)
    assert sent["provider"] == EXPECTED_PROVIDER
    assert sent["fallbacks"] == [{"model": "openai/gpt-4o"}]


def test_a_generated_embeddings_request_carries_the_provider() -> None:
    body = CreateEmbeddingsBody.from_dict(
        {"model": "openai/text-embedding-3-small", "input": "hi", "provider": ROUTING.to_dict()}
    )
    sent = _send(create_embeddings, body, {"object": "list", "data": [], "model": "m"})
    assert sent["provider"] == EXPECTED_PROVIDER


def test_a_generated_responses_request_carries_provider_and_models() -> None:
    body = ResponsesRequest.from_dict({**SELECTION.to_params(), "input": "hi", "provider": ROUTING.to_dict()})
    sent = _send(create_responses, body, {"id": "resp_1", "object": "response", "output": []})
    assert sent["provider"] == EXPECTED_PROVIDER
    assert sent["models"] == ["openai/gpt-4o"]


# --- through the streaming helpers ------------------------------------------------------------------------------


def test_chat_stream_sends_the_selection_and_the_provider() -> None:
    bodies: list[dict[str, Any]] = []
    answer = httpx.Response(200, text="data: [DONE]\n\n", headers={"content-type": "text/event-stream"})
    http = httpx.Client(transport=httpx.MockTransport(_recorder(bodies, answer)))
    with (
        OpenRouter("sk-or-test", http_client=http, max_retries=0) as client,
        client.chat.stream(**SELECTION.to_params(), provider=ROUTING, messages=MESSAGES) as stream,
    ):
        assert list(stream) == []
    assert bodies[0]["provider"] == EXPECTED_PROVIDER
    assert bodies[0]["model"] == "anthropic/claude-sonnet-4:nitro"
    assert bodies[0]["models"] == ["openai/gpt-4o"]


def test_messages_stream_sends_the_fallbacks_and_the_provider() -> None:
    bodies: list[dict[str, Any]] = []
    events = 'event: message_stop\ndata: {"type": "message_stop"}\n\n'
    answer = httpx.Response(200, text=events, headers={"content-type": "text/event-stream"})
    http = httpx.Client(transport=httpx.MockTransport(_recorder(bodies, answer)))
    with OpenRouter("sk-or-test", http_client=http, max_retries=0) as client:
        params = SELECTION.to_messages_params()
        with client.messages.stream(**params, max_tokens=16, provider=ROUTING, messages=MESSAGES) as stream:
            list(stream)
    assert bodies[0]["provider"] == EXPECTED_PROVIDER
    assert bodies[0]["fallbacks"] == [{"model": "openai/gpt-4o"}]


# --- through the typed methods, which check every body against the pinned spec before sending -------------------

NUMERIC_PRICES = ProviderRouting().max_price(prompt=1, completion=0.5, request=0, image=2e-7, audio=12.25)
STRING_PRICES = {"prompt": "1", "completion": "0.5", "request": "0", "image": "0.0000002", "audio": "12.25"}
ANSWERS: dict[str, dict[str, Any]] = {
    "chat": {"id": "gen-1", "object": "chat.completion", "created": 1, "model": "m", "choices": []},
    "responses": {"id": "resp_1", "object": "response", "output": []},
    "messages": {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": []},
    "embeddings": {"object": "list", "data": [], "model": "m"},
}


def _typed_call(client: OpenRouter, family: str, provider: Any) -> None:
    if family == "chat":
        client.chat.send(model="openai/gpt-4o", messages=MESSAGES, provider=provider)
    elif family == "responses":
        client.responses.send(model="openai/gpt-4o", input="hi", provider=provider)
    elif family == "messages":
        client.messages.create(model="anthropic/claude-sonnet-4", max_tokens=16, messages=MESSAGES, provider=provider)
    else:
        client.embeddings.generate(model="openai/text-embedding-3-small", input="hi", provider=provider)


@pytest.mark.parametrize("family", sorted(ANSWERS))
def test_prices_given_as_numbers_pass_the_spec_check_and_go_out_as_strings(family: str) -> None:
    bodies: list[dict[str, Any]] = []
    http = httpx.Client(transport=httpx.MockTransport(_recorder(bodies, httpx.Response(200, json=ANSWERS[family]))))
    with OpenRouter("sk-or-test", http_client=http, max_retries=0) as client:
        _typed_call(client, family, NUMERIC_PRICES)
        # The same prices as JSON numbers in a hand-written provider object are what the check refuses.
        with pytest.raises(RequestTypeError, match=r"provider\.max_price\.prompt: expected a string"):
            _typed_call(client, family, {"max_price": {"prompt": 1}})
    assert [body["provider"] for body in bodies] == [{"max_price": STRING_PRICES}]
