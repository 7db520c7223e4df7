"""Scripted structured answers, refusals and tool-call rounds: what they say, and that every body fits the spec."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema
import pytest
from emulator_catalog import Checker, load_spec
from sse_helpers import data_frames

from openrouter_ext.testing import Behaviour, Emulator
from openrouter_ext.testing._sample import sample_value

USER = [{"role": "user", "content": "hi"}]
SPEC = load_spec()
CHECKER = Checker(SPEC)
WEATHER = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "temperature": {"type": "number"},
        "unit": {"type": "string", "enum": ["c", "f"]},
        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "days": {"type": "integer", "minimum": 1},
        "sunny": {"type": "boolean"},
        "kind": {"const": "forecast"},
        "place": {"$ref": "#/$defs/Place"},
        "maybe": {"type": ["null", "integer"]},
    },
    "required": ["city", "temperature", "unit", "note", "tags", "days", "sunny", "kind", "place", "maybe"],
    "additionalProperties": False,
    "$defs": {
        "Place": {
            "type": "object",
            "properties": {"lat": {"type": "number"}},
            "required": ["lat"],
            "additionalProperties": False,
        }
    },
}
CHAT_FORMAT = {"type": "json_schema", "json_schema": {"name": "Weather", "strict": True, "schema": WEATHER}}
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "add",
            "parameters": {
                "type": "object",
                "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                "required": ["a", "b"],
                "additionalProperties": False,
            },
        },
    }
]


def _response_schema(path: str, media: str) -> Any:
    return CHECKER.resolve(SPEC["paths"][path]["post"]["responses"]["200"]["content"][media]["schema"])


def _fits_spec(path: str, body: Any) -> None:
    assert CHECKER.errors(_response_schema(path, "application/json"), body)[:3] == []


def _stream(client: httpx.Client, path: str, body: dict[str, Any]) -> list[Any]:
    with client.stream("POST", path, json={**body, "stream": True}) as response:
        assert response.status_code == 200
        raw = response.read()
    frames = [frame for frame in data_frames(raw) if frame.data != "[DONE]"]
    schema = _response_schema(path, "text/event-stream")
    for frame in frames:
        assert CHECKER.errors(schema, {"data": frame.json()})[:3] == [], frame.data
    return [frame.json() for frame in frames]


@pytest.mark.parametrize(
    "schema",
    [
        WEATHER,
        {"type": "array", "items": {"anyOf": [{"type": "null"}, {"type": "number", "maximum": -2}]}, "minItems": 2},
        {"type": "string", "minLength": 12, "maxLength": 14},
        {"oneOf": [{"type": "object", "properties": {"x": {"type": "boolean"}}}]},
        {"allOf": [{"$ref": "#/$defs/P"}], "$defs": {"P": {"type": "integer", "exclusiveMaximum": -1}}},
    ],
)
def test_the_sample_fits_its_schema_and_is_the_same_every_time(schema: dict[str, Any]) -> None:
    value = sample_value(schema)
    jsonschema.validate(value, schema)
    assert sample_value(schema) == value
    jsonschema.validate(sample_value(schema, index=1), schema)


def test_parallel_calls_get_different_samples() -> None:
    assert sample_value(WEATHER, index=1) != sample_value(WEATHER)


def test_a_json_schema_format_is_answered_with_json_that_fits_it(emu: Emulator, client: httpx.Client) -> None:
    body = client.post("/chat/completions", json={"messages": USER, "response_format": CHAT_FORMAT}).json()
    _fits_spec("/chat/completions", body)
    answer = json.loads(body["choices"][0]["message"]["content"])
    jsonschema.validate(answer, WEATHER)
    chunks = _stream(client, "/chat/completions", {"messages": USER, "response_format": CHAT_FORMAT})
    streamed = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert json.loads(streamed) == answer
    text = {"format": {"type": "json_schema", "name": "Weather", "schema": WEATHER}}
    result = client.post("/responses", json={"input": "hi", "text": text}).json()
    _fits_spec("/responses", result)
    assert json.loads(result["output"][0]["content"][0]["text"]) == answer
    events = _stream(client, "/responses", {"input": "hi", "text": text})
    assert json.loads(events[-1]["response"]["output"][0]["content"][0]["text"]) == answer


def test_a_refusal_replaces_the_content(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(refusal="I can't help with that.")
    body = client.post("/chat/completions", json={"messages": USER, "response_format": CHAT_FORMAT}).json()
    _fits_spec("/chat/completions", body)
    message = body["choices"][0]["message"]
    assert (message["content"], message["refusal"]) == (None, "I can't help with that.")
    chunks = _stream(client, "/chat/completions", {"messages": USER})
    assert "".join(c["choices"][0]["delta"].get("refusal") or "" for c in chunks if c["choices"]) == (
        "I can't help with that."
    )
    assert not any(c["choices"][0]["delta"].get("content") for c in chunks if c["choices"])
    result = client.post("/responses", json={"input": "hi"}).json()
    _fits_spec("/responses", result)
    assert result["output"][0]["content"] == [{"type": "refusal", "refusal": "I can't help with that."}]
    events = _stream(client, "/responses", {"input": "hi"})
    kinds = [event["type"] for event in events]
    assert "response.refusal.done" in kinds
    assert "response.output_text.delta" not in kinds


def test_tool_rounds_follow_the_rounds_already_in_the_messages(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(tool_rounds=[2, 0], bad_tool_arguments=True)
    first = client.post("/chat/completions", json={"messages": USER, "tools": TOOLS}).json()
    _fits_spec("/chat/completions", first)
    assert first["choices"][0]["finish_reason"] == "tool_calls"
    bad, good = first["choices"][0]["message"]["tool_calls"]
    with pytest.raises(json.JSONDecodeError):
        json.loads(bad["function"]["arguments"])
    assert json.loads(good["function"]["arguments"]) == {"a": 1, "b": 1}
    results = [{"role": "tool", "tool_call_id": call["id"], "content": "2"} for call in (bad, good)]
    messages = [*USER, first["choices"][0]["message"], *results]
    second = client.post("/chat/completions", json={"messages": messages, "tools": TOOLS}).json()
    assert second["choices"][0]["finish_reason"] == "stop"
    assert "tool_calls" not in second["choices"][0]["message"]
    # Without tools in the request there is nothing to call, whatever the round.
    plain = client.post("/chat/completions", json={"messages": USER}).json()
    assert plain["choices"][0]["finish_reason"] == "stop"
    chunks = _stream(client, "/chat/completions", {"messages": USER, "tools": TOOLS})
    assert [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]][-1] == "tool_calls"


def test_responses_tool_rounds_count_runs_of_function_calls(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(tool_rounds=[2, 1, 0])
    tools = [{"type": "function", **TOOLS[0]["function"]}]
    first = client.post("/responses", json={"input": "hi", "tools": tools}).json()
    _fits_spec("/responses", first)
    calls = [item for item in first["output"] if item["type"] == "function_call"]
    assert [json.loads(call["arguments"]) for call in calls] == [{"a": 0, "b": 0}, {"a": 1, "b": 1}]
    outputs = [{"type": "function_call_output", "call_id": call["call_id"], "output": "2"} for call in calls]
    given: list[Any] = [{"role": "user", "content": "hi"}, *calls, *outputs]
    second = client.post("/responses", json={"input": given, "tools": tools}).json()
    again = [item for item in second["output"] if item["type"] == "function_call"]
    assert len(again) == 1
    assert again[0]["call_id"] not in {call["call_id"] for call in calls}
    given += [*again, {"type": "function_call_output", "call_id": again[0]["call_id"], "output": "2"}]
    third = client.post("/responses", json={"input": given, "tools": tools}).json()
    assert [item["type"] for item in third["output"]] == ["message"]


def test_the_header_sets_the_new_fields(emu: Emulator, client: httpx.Client) -> None:
    headers = {"X-Emulator-Behaviour": "refusal=no, tool_rounds=1/0, bad_tool_arguments=true"}
    body = client.post("/chat/completions", json={"messages": USER}, headers=headers).json()
    assert body["choices"][0]["message"]["refusal"] == "no"
    body = client.post(
        "/chat/completions",
        json={"messages": USER, "tools": TOOLS},
        headers={"X-Emulator-Behaviour": "tool_rounds=1/0, bad_tool_arguments=true"},
    ).json()
    (call,) = body["choices"][0]["message"]["tool_calls"]
    assert call["function"]["arguments"] == '{"a": 0, "b": 0'
    wrong = client.post("/chat/completions", json={"messages": USER}, headers={"X-Emulator-Behaviour": "tool_rounds=x"})
    assert wrong.status_code == 400
