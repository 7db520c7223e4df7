"""The builders' JSON reaches the wire unchanged through the client (plain and streaming paths).

A stand-in operation plays the generated chat module (it is not generated yet); the client's own serialization of
`to_dict()` values is what is under test. The cassette version of this test belongs with the chat operation.
"""

from __future__ import annotations

import json
import types
from typing import Any

import httpx

from openrouter_ext._client import AsyncOpenRouter, OpenRouter
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
    "max_price": {"prompt": "1.5", "completion": 4},
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
