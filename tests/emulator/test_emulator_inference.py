"""/responses and /messages shapes, reasoning, tool calls, request checks."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from emulator_catalog import load_spec
from sse_helpers import data_frames

from openrouter_ext.testing import PROVIDER_PREFERENCE_KEYS, Behaviour, Emulator

USER = [{"role": "user", "content": "Hello"}]


def _stream_json(client: httpx.Client, path: str, body: dict[str, Any]) -> tuple[httpx.Response, list[Any]]:
    with client.stream("POST", path, json={**body, "stream": True}) as response:
        raw = response.read()
    return response, [frame.json() for frame in data_frames(raw) if frame.data != "[DONE]"]


def test_chat_tool_call_deltas_name_first_then_argument_fragments(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=2, tool_calls=2)
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    _, chunks = _stream_json(client, "/chat/completions", {"messages": USER, "tools": tools})
    calls: dict[int, dict[str, Any]] = {}
    for chunk in chunks:
        for delta in (chunk["choices"][0]["delta"].get("tool_calls") or []) if chunk["choices"] else []:
            index = delta["index"]
            if index not in calls:
                # The first delta of an index carries id, type and name; later ones only argument text.
                assert delta["id"]
                assert delta["type"] == "function"
                assert delta["function"]["name"] == "get_weather"
                calls[index] = {"id": delta["id"], "arguments": delta["function"]["arguments"]}
            else:
                assert set(delta) == {"index", "function"}
                assert set(delta["function"]) == {"arguments"}
                calls[index]["arguments"] += delta["function"]["arguments"]
    assert sorted(calls) == [0, 1]
    assert json.loads(calls[1]["arguments"]) == {"index": 1, "query": "lookup 1"}
    finishes = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert finishes == ["tool_calls"]
    full = client.post("/chat/completions", json={"messages": USER, "tools": tools}).json()
    assert [call["function"]["arguments"] for call in full["choices"][0]["message"]["tool_calls"]] == [
        calls[0]["arguments"],
        calls[1]["arguments"],
    ]


def test_chat_reasoning_deltas_and_usage_reasoning_tokens(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=2, reasoning=True)
    _, chunks = _stream_json(client, "/chat/completions", {"messages": USER})
    reasoning = "".join(c["choices"][0]["delta"].get("reasoning") or "" for c in chunks if c["choices"])
    assert reasoning == "Reading the request. Planning the answer. Writing it out."
    details = [
        c["choices"][0]["delta"]["reasoning_details"][0]
        for c in chunks
        if c["choices"] and "reasoning_details" in c["choices"][0]["delta"]
    ]
    assert all(detail["type"] == "reasoning.text" for detail in details)
    assert chunks[-1]["usage"]["completion_tokens_details"]["reasoning_tokens"] == 3


def test_responses_non_streamed_object(client: httpx.Client) -> None:
    response = client.post("/responses", json={"model": "emulator/echo", "input": "echo me"})
    body = response.json()
    assert body["object"] == "response"
    assert body["status"] == "completed"
    assert response.headers["x-generation-id"] == body["id"]
    message = body["output"][0]
    assert message["type"] == "message"
    assert message["content"][0] == {"type": "output_text", "text": "echo me", "annotations": [], "logprobs": []}
    assert body["usage"]["output_tokens"] >= 1


def test_responses_stream_lifecycle_and_sequence_numbers(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=3, reasoning=True, tool_calls=1)
    response, events = _stream_json(client, "/responses", {"input": "hi"})
    kinds = [event["type"] for event in events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] == "response.completed"
    assert [event["sequence_number"] for event in events] == list(range(len(events)))
    text = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert text == "1 2 3"
    assert any(e["type"] == "response.reasoning_text.delta" for e in events)
    arguments = "".join(e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta")
    done = next(e for e in events if e["type"] == "response.function_call_arguments.done")
    assert arguments == done["arguments"]
    final = events[-1]["response"]
    assert [item["type"] for item in final["output"]] == ["reasoning", "message", "function_call"]
    assert final["id"] == response.headers["x-generation-id"]


def test_messages_non_streamed_anthropic_shape(client: httpx.Client) -> None:
    body = client.post("/messages", json={"model": "emulator/count", "max_tokens": 64, "messages": USER}).json()
    assert body["type"] == "message"
    assert body["role"] == "assistant"
    assert body["content"] == [{"type": "text", "text": "1 2 3 4 5", "citations": None}]
    assert body["stop_reason"] == "end_turn"
    assert {"input_tokens", "output_tokens"} <= set(body["usage"])


def test_messages_stream_named_events_without_done(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=2, reasoning=True, tool_calls=1)
    with client.stream("POST", "/messages", json={"model": "m", "messages": USER, "stream": True}) as response:
        raw = response.read()
    frames = data_frames(raw)
    assert all(frame.event == frame.json()["type"] for frame in frames)
    names = [frame.event for frame in frames]
    assert names[0] == "message_start"
    assert names[-1] == "message_stop"
    assert "[DONE]" not in raw.decode()
    deltas = [frame.json()["delta"] for frame in frames if frame.event == "content_block_delta"]
    assert {delta["type"] for delta in deltas} == {
        "thinking_delta",
        "signature_delta",
        "text_delta",
        "input_json_delta",
    }
    assert "".join(d["text"] for d in deltas if d["type"] == "text_delta") == "1 2"
    stop = next(frame.json() for frame in frames if frame.event == "message_delta")
    assert stop["delta"]["stop_reason"] == "tool_use"


@pytest.mark.parametrize("path", ["/chat/completions", "/responses", "/messages"])
def test_unknown_provider_key_is_400(client: httpx.Client, path: str) -> None:
    body = {
        "model": "emulator/count",
        "messages": USER,
        "input": "x",
        "provider": {"order": ["openai"], "sortt": "price"},
    }
    response = client.post(path, json=body)
    assert response.status_code == 400
    text = response.text
    assert "sortt" in text


def test_every_spec_provider_key_is_accepted(client: httpx.Client) -> None:
    provider = {
        "allow_fallbacks": True,
        "require_parameters": False,
        "data_collection": "allow",
        "zdr": False,
        "enforce_distillable_text": False,
        "order": ["openai"],
        "only": ["openai"],
        "ignore": ["azure"],
        "quantizations": ["fp8"],
        "sort": "price",
        "max_price": {"prompt": "1"},
        "preferred_min_throughput": 10,
        "preferred_max_latency": 5,
    }
    assert set(provider) == PROVIDER_PREFERENCE_KEYS
    response = client.post("/chat/completions", json={"messages": USER, "provider": provider})
    assert response.status_code == 200, response.text
    spec_keys = set(load_spec()["components"]["schemas"]["ProviderPreferences"]["properties"])
    assert spec_keys == PROVIDER_PREFERENCE_KEYS


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/chat/completions", {"model": "emulator/count"}),
        ("/chat/completions", {"messages": []}),
        ("/messages", {"messages": USER}),
        ("/messages", {"model": "emulator/count"}),
        ("/responses", {"input": 42}),
        ("/chat/completions", {"messages": USER, "stream": "yes"}),
    ],
)
def test_missing_or_wrong_required_fields_are_400(client: httpx.Client, path: str, body: dict[str, Any]) -> None:
    assert client.post(path, json=body).status_code == 400


def test_messages_errors_use_the_anthropic_envelope(client: httpx.Client) -> None:
    response = client.post("/messages", json={"messages": USER})
    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "error"
    assert body["error"]["type"] == "invalid_request_error"
    assert "model" in body["error"]["message"]


def test_invalid_json_body_is_400(client: httpx.Client) -> None:
    response = client.post("/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == 400
