"""Recorded-style SSE bodies of the three endpoints, replayed by vcrpy through the real client and streams.

vcrpy hands the whole body to httpx in a single read; how the bytes are split is covered by the property tests of
test_streaming_wire.py and by the loopback tests.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from openrouter_api.models.messages_ping_event import MessagesPingEvent
from openrouter_api.models.messages_start_event import MessagesStartEvent
from streaming_helpers import afinal_snapshot, final_snapshot

from openrouter_ext import AsyncOpenRouter, OpenRouter, StreamError

CASSETTES = os.path.join(os.path.dirname(__file__), "cassettes")
pytestmark = pytest.mark.replay_only(
    reason="asserts exact streamed texts, tool calls and mid-stream errors that a real model does not repeat"
)
# The requests recorded in the cassettes, sent alike by each sync test and its async twin (the cassettes match on
# the body, so a test that sends anything else finds no recorded answer).
CHAT_REQUEST: dict[str, Any] = {
    "model": "anthropic/claude-sonnet-4",
    "messages": [{"role": "user", "content": "What is the weather in Paris and in Lyon?"}],
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Current weather for a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            },
        }
    ],
    "reasoning": {"max_tokens": 1024},
}
RESPONSES_REQUEST: dict[str, Any] = {
    "model": "openai/o4-mini",
    "input": "What is 17 * 23? Then look up the weather in Oslo.",
    "tools": [
        {
            "type": "function",
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        }
    ],
    "reasoning": {"effort": "low", "summary": "auto"},
}
MESSAGES_REQUEST: dict[str, Any] = {
    "model": "anthropic/claude-sonnet-4",
    "max_tokens": 2048,
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "tools": [{"name": "get_weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
    "messages": [{"role": "user", "content": "Is it raining in Bergen?"}],
}


@pytest.fixture
def vcr_cassette_dir() -> str:
    return CASSETTES


# The suite's cassette harness (tests/conftest.py) supplies vcr_config (body matching, scrubbing when recording)
# and the clients; only the folder of these cassettes is this module's own.
@pytest.fixture
def client(openrouter: OpenRouter) -> OpenRouter:
    return openrouter


@pytest.fixture
def aclient(async_openrouter: AsyncOpenRouter) -> AsyncOpenRouter:
    return async_openrouter


@pytest.mark.vcr
def test_cassette_chat_tools_and_reasoning(client: OpenRouter) -> None:
    with client.chat.stream(**CHAT_REQUEST) as stream:
        assert list(stream.text()) == ["Let me check both cities."]
        result = final_snapshot(stream)

    assert stream.generation_id == "gen-1754412345-Qp8vXcN2mT4rLs"
    assert (result.model, result.provider) == ("anthropic/claude-sonnet-4", "Anthropic")
    choice = result.choices[0]
    assert choice.reasoning == "The user wants two cities; I will call the tool twice."
    assert choice.reasoning_details == [
        {
            "type": "reasoning.text",
            "text": "The user wants two cities; I will call the tool twice.",
            "format": "anthropic-claude-v1",
            "index": 0,
            "signature": "EqQBCkYIBRgCKkBx9s1ZmJ2c3Q=",
        }
    ]
    assert [(call.id, call.name, call.parsed_arguments()) for call in choice.tool_calls] == [
        ("toolu_01A9xK2mPq", "get_weather", {"city": "Paris"}),
        ("toolu_01B7rT5nWz", "get_weather", {"city": "Lyon"}),
    ]
    assert (choice.finish_reason, choice.native_finish_reason) == ("tool_calls", "tool_use")
    assert result.usage is not None
    assert result.usage["completion_tokens_details"] == {"reasoning_tokens": 24}
    assert result.usage["cost"] == 0.003006


@pytest.mark.vcr
def test_cassette_chat_error_mid_stream(client: OpenRouter) -> None:
    received: list[str] = []
    with (
        client.chat.stream(
            model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Write a haiku about rivers."}]
        ) as stream,
        pytest.raises(StreamError) as info,
    ):
        received.extend(stream.text())
    assert received == ["Silver water bends", "\nthrough"]
    err = info.value
    assert (err.code, err.message) == (502, "Provider returned error")
    assert err.metadata == {"provider_name": "OpenAI", "raw": "upstream connection reset"}
    assert err.generation_id == "gen-1754412400-Hh3kLm9QwErTy"
    assert err.partial is stream.snapshot
    assert stream.snapshot.text == "Silver water bends\nthrough"
    assert stream.snapshot.extra == {"system_fingerprint": "fp_560af6e559"}


@pytest.mark.vcr
def test_cassette_responses_reasoning_text_and_call(client: OpenRouter) -> None:
    with client.responses.stream(**RESPONSES_REQUEST) as stream:
        assert list(stream.text()) == ["17 * 23", " = 391."]
        stream.get_final_response()
        result = final_snapshot(stream)
    assert result.status == "completed"
    assert result.output_text == "17 * 23 = 391."
    assert result.reasoning_summaries == ["Multiply, then call the weather tool."]
    assert [(c["call_id"], c["name"], c["arguments"]) for c in result.function_calls] == [
        ("call_oslo_1", "get_weather", '{"city":"Oslo"}')
    ]
    assert result.usage is not None
    assert result.usage["output_tokens_details"] == {"reasoning_tokens": 64}
    # What the deltas built matches what response.completed reported.
    assert [result.items[i] for i in sorted(result.items)] == result.to_dict()["output"]


@pytest.mark.vcr
def test_cassette_responses_failed(client: OpenRouter) -> None:
    with (
        client.responses.stream(model="openai/gpt-4o-mini", input="Summarize the French revolution.") as stream,
        pytest.raises(StreamError) as info,
    ):
        final_snapshot(stream)
    assert (info.value.code, info.value.message) == ("server_error", "The provider stopped responding")
    assert info.value.partial is stream.snapshot
    assert stream.snapshot.output_text == "The French Revolution began in 1789"
    assert stream.snapshot.status == "failed"


@pytest.mark.vcr
def test_cassette_messages_thinking_text_and_tool_use(client: OpenRouter) -> None:
    with client.messages.stream(**MESSAGES_REQUEST) as stream:
        events = list(stream)
        stream.get_final_message()
        message = final_snapshot(stream)
    assert isinstance(events[0], MessagesStartEvent)
    assert any(isinstance(event, MessagesPingEvent) for event in events)
    assert events[0].to_dict()["message"]["usage"] == {"input_tokens": 389, "output_tokens": 1}
    assert message.content == [
        {
            "type": "thinking",
            "thinking": "Bergen is rainy; I should check live data.",
            "signature": "ErUBCkYIBhgCIkAq9Zr",
        },
        {"type": "text", "text": "Let me look that up."},
        {"type": "tool_use", "id": "toolu_01Bergen", "name": "get_weather", "input": {"city": "Bergen"}},
    ]
    assert message.tool_input_json == {2: '{"city": "Bergen"}'}
    assert message.stop_reason == "tool_use"
    assert message.usage == {"input_tokens": 389, "output_tokens": 87}
    assert message.text == "Let me look that up."


@pytest.mark.vcr
def test_cassette_messages_error(client: OpenRouter) -> None:
    with (
        client.messages.stream(
            model="anthropic/claude-sonnet-4",
            max_tokens=512,
            messages=[{"role": "user", "content": "Tell me a long story."}],
        ) as stream,
        pytest.raises(StreamError) as info,
    ):
        final_snapshot(stream)
    assert (info.value.code, info.value.message) == ("overloaded_error", "Overloaded")
    assert stream.snapshot.text == "Once upon a time"


@pytest.mark.vcr("test_cassette_chat_tools_and_reasoning.yaml")
async def test_cassette_async_chat(aclient: AsyncOpenRouter) -> None:
    async with aclient.chat.stream(**CHAT_REQUEST) as stream:
        chunks = [chunk async for chunk in stream]
        result = await afinal_snapshot(stream)
    assert len(chunks) == 12
    assert [call.arguments for call in result.tool_calls] == ['{"city": "Paris"}', '{"city": "Lyon"}']


@pytest.mark.vcr("test_cassette_messages_thinking_text_and_tool_use.yaml")
async def test_cassette_async_messages(aclient: AsyncOpenRouter) -> None:
    async with aclient.messages.stream(**MESSAGES_REQUEST) as stream:
        text = [piece async for piece in stream.text()]
        message = await afinal_snapshot(stream)
    assert text == ["Let me look", " that up."]
    assert message.tool_uses[0]["input"] == {"city": "Bergen"}


@pytest.mark.vcr("test_cassette_responses_reasoning_text_and_call.yaml")
async def test_cassette_async_responses(aclient: AsyncOpenRouter) -> None:
    async with aclient.responses.stream(**RESPONSES_REQUEST) as stream:
        typed = await stream.get_final_response()
        result = await afinal_snapshot(stream)
    assert typed.status == "completed"
    assert result.output_text == "17 * 23 = 391."
