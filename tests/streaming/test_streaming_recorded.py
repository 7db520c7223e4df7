"""Streams recorded from the real API (tests/recorded/*.sse), replayed through the client as cassettes.

Each cassette's body is the recorded body byte for byte (tests/recorded/README.md says where each comes from); the
request is the one these tests send. The recordings carry no X-Generation-Id header, so the generation id comes
from the events themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pytest
import yaml
from openrouter_api.models.chat_stream_chunk import ChatStreamChunk
from openrouter_api.models.open_responses_created_event import OpenResponsesCreatedEvent
from openrouter_api.models.reasoning_delta_event import ReasoningDeltaEvent
from openrouter_api.models.stream_events_response_completed import StreamEventsResponseCompleted
from openrouter_api.models.text_delta_event import TextDeltaEvent
from streaming_helpers import afinal_snapshot, final_snapshot

from openrouter_ext import AsyncOpenRouter, OpenRouter, StreamError

HERE = os.path.dirname(__file__)
CASSETTES = os.path.join(HERE, "cassettes")
RECORDED = os.path.join(os.path.dirname(HERE), "recorded")
pytestmark = pytest.mark.replay_only(reason="asserts the exact texts of recorded streams, which no model repeats")

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a location",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
    },
}


@dataclass(frozen=True)
class Case:
    recorded: str
    path: str
    request: dict[str, Any]

    @property
    def cassette(self) -> str:
        return "recorded_" + self.recorded.replace(".sse", ".yaml")


RECORDED_CASES: dict[str, Case] = {
    "chat_usage": Case(
        "chat_completions.stream_usage.sse",
        "/chat/completions",
        {
            "model": "anthropic/claude-haiku-4.5",
            "messages": [{"role": "user", "content": "Count from 1 to 3, one number per line, nothing else."}],
        },
    ),
    "chat_reasoning": Case(
        "chat_completions.stream_reasoning.sse",
        "/chat/completions",
        {
            "model": "anthropic/claude-sonnet-4.5",
            "messages": [{"role": "user", "content": "What is 2 + 2?"}],
            "reasoning": {"max_tokens": 1024},
        },
    ),
    "chat_reasoning_tool_calls": Case(
        "chat_completions.stream_reasoning_tool_calls.sse",
        "/chat/completions",
        {
            "model": "anthropic/claude-haiku-4.5",
            "messages": [{"role": "user", "content": "Use reasoning_weather to get the weather in Berlin."}],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "reasoning_weather",
                        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                    },
                }
            ],
            "reasoning": {"max_tokens": 1024},
        },
    ),
    "chat_tool_calls": Case(
        "chat_completions.stream_tool_calls.sse",
        "/chat/completions",
        {
            "model": "openai/gpt-4o-mini",
            "messages": [{"role": "user", "content": "What is the weather in Tokyo?"}],
            "tools": [WEATHER_TOOL],
        },
    ),
    "chat_midstream_error": Case(
        "chat_completions.stream_midstream_error.sse",
        "/chat/completions",
        {"model": "minimax/minimax-m2:free", "messages": [{"role": "user", "content": "Hello"}], "max_tokens": 10},
    ),
    "responses": Case(
        "responses.stream.sse",
        "/responses",
        {
            "model": "openai/gpt-5-nano",
            "input": "What is 2+2? Answer with the number only.",
            "max_output_tokens": 128,
            "reasoning": {"effort": "minimal"},
        },
    ),
    "responses_processing": Case(
        "responses.stream_openrouter_processing.sse",
        "/responses",
        {"model": "openai/gpt-oss-20b", "input": "What is 2+2?"},
    ),
}


@pytest.fixture
def vcr_cassette_dir() -> str:
    return CASSETTES


@pytest.fixture
def client(openrouter: OpenRouter) -> OpenRouter:
    return openrouter


@pytest.fixture
def aclient(async_openrouter: AsyncOpenRouter) -> AsyncOpenRouter:
    return async_openrouter


def test_each_cassette_holds_its_recorded_body_byte_for_byte() -> None:
    for case in RECORDED_CASES.values():
        with open(os.path.join(CASSETTES, case.cassette), encoding="utf-8") as handle:
            cassette = yaml.safe_load(handle)
        with open(os.path.join(RECORDED, case.recorded), encoding="utf-8") as handle:
            recorded = handle.read()
        assert cassette["interactions"][0]["response"]["body"]["string"] == recorded, case.cassette


@pytest.mark.vcr("recorded_chat_completions.stream_usage.yaml")
def test_recorded_chat_usage(client: OpenRouter) -> None:
    with client.chat.stream(**RECORDED_CASES["chat_usage"].request) as stream:
        assert list(stream.text()) == ["1\n2\n3"]
        result = final_snapshot(stream)
    assert stream.generation_id == "gen-1780944361-X5HAtL0Z2NQp8nHAiT6F"
    assert (result.model, result.provider) == ("anthropic/claude-4.5-haiku-20251001", "Amazon Bedrock")
    assert (result.finish_reason, result.choices[0].native_finish_reason) == ("stop", "end_turn")
    assert result.usage is not None
    assert (result.usage["prompt_tokens"], result.usage["completion_tokens"], result.usage["cost"]) == (15, 9, 0.00006)
    assert result.usage["cost_details"]["upstream_inference_completions_cost"] == 0.000045
    assert result.extra == {}


@pytest.mark.vcr("recorded_chat_completions.stream_reasoning.yaml")
def test_recorded_chat_reasoning(client: OpenRouter) -> None:
    with client.chat.stream(**RECORDED_CASES["chat_reasoning"].request) as stream:
        chunks = list(stream)
        result = final_snapshot(stream)
    assert all(isinstance(chunk, ChatStreamChunk) for chunk in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "2 + 2 = 4"
    choice = result.choices[0]
    assert choice.content == "2 + 2 = 4"
    assert choice.reasoning == "This is a simple arithmetic question. 2+2 equals 4."
    assert [detail["text"] for detail in choice.reasoning_details] == [choice.reasoning]
    assert choice.reasoning_details[0]["format"] == "anthropic-claude-v1"
    assert choice.reasoning_details[0]["signature"]
    assert result.usage is not None
    assert result.usage["completion_tokens_details"]["reasoning_tokens"] == 13


@pytest.mark.vcr("recorded_chat_completions.stream_reasoning_tool_calls.yaml")
def test_recorded_chat_reasoning_then_tool_call(client: OpenRouter) -> None:
    with client.chat.stream(**RECORDED_CASES["chat_reasoning_tool_calls"].request) as stream:
        result = final_snapshot(stream)
    choice = result.choices[0]
    assert choice.reasoning is not None
    assert choice.reasoning.startswith("The user is asking for the weather in Berlin")
    assert [(c.id, c.name, c.parsed_arguments()) for c in choice.tool_calls] == [
        ("toolu_bdrk_01L9pX1Wp4FAEq9TT2Z6UAe7", "reasoning_weather", {"city": "Berlin"})
    ]
    assert (choice.finish_reason, choice.native_finish_reason) == ("tool_calls", "tool_use")
    assert result.usage is not None
    assert result.usage["total_tokens"] == 732


@pytest.mark.vcr("recorded_chat_completions.stream_tool_calls.yaml")
def test_recorded_chat_tool_call_arguments(client: OpenRouter) -> None:
    with client.chat.stream(**RECORDED_CASES["chat_tool_calls"].request) as stream:
        result = final_snapshot(stream)
    assert [(c.index, c.id, c.type, c.name, c.arguments) for c in result.tool_calls] == [
        (0, "call_1faaZF0IpSLU3BaX5RiBAVwk", "function", "get_weather", '{"location":"Tokyo"}')
    ]
    assert result.extra["system_fingerprint"] == "fp_29330a9688"
    assert result.to_dict()["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "get_weather"


@pytest.mark.vcr("recorded_chat_completions.stream_midstream_error.yaml")
def test_recorded_chat_error_after_200(client: OpenRouter) -> None:
    with client.chat.stream(**RECORDED_CASES["chat_midstream_error"].request) as stream:
        with pytest.raises(StreamError) as info:
            final_snapshot(stream)
        with pytest.raises(StreamError) as again:
            list(stream.text())
    err = info.value
    assert again.value is err
    assert (err.code, err.message) == (400, "Token limit reached")
    assert err.generation_id == "gen-1762179802-UN8pkJI4AGZvryk0kFnb"
    assert err.partial is stream.snapshot
    assert stream.snapshot.choices[0].reasoning is not None
    assert stream.snapshot.choices[0].reasoning.startswith("We need to respond to a greeting.")
    assert stream.snapshot.usage is not None
    assert stream.snapshot.usage["completion_tokens"] == 10


@pytest.mark.vcr("recorded_responses.stream.yaml")
def test_recorded_responses(client: OpenRouter) -> None:
    with client.responses.stream(**RECORDED_CASES["responses"].request) as stream:
        events = list(stream)
        result = final_snapshot(stream)
    assert isinstance(events[0], OpenResponsesCreatedEvent)
    assert isinstance(events[-1], StreamEventsResponseCompleted)
    assert [event.delta for event in events if isinstance(event, TextDeltaEvent)] == ["4"]
    assert stream.generation_id == "gen-1785882693-G0Ba9AGVEVeNhHohmw0g"
    assert (result.status, result.output_text) == ("completed", "4")
    assert [item["type"] for item in result.output] == ["reasoning", "message"]
    assert result.usage is not None
    assert result.usage["total_tokens"] == 39


@pytest.mark.vcr("recorded_responses.stream_openrouter_processing.yaml")
def test_recorded_responses_reasoning_text(client: OpenRouter) -> None:
    with client.responses.stream(**RECORDED_CASES["responses_processing"].request) as stream:
        events = list(stream)
        result = final_snapshot(stream)
    reasoning = "".join(event.delta for event in events if isinstance(event, ReasoningDeltaEvent))
    assert reasoning == 'The user asks: "What is 2+2?" They expect a straightforward answer: 4. Just answer 4.'
    assert result.reasoning_text == reasoning
    assert result.output_text == "4"
    assert result.usage is not None
    assert result.usage["output_tokens_details"] == {"reasoning_tokens": 22}


@pytest.mark.vcr("recorded_chat_completions.stream_tool_calls.yaml")
async def test_recorded_chat_async(aclient: AsyncOpenRouter) -> None:
    async with aclient.chat.stream(**RECORDED_CASES["chat_tool_calls"].request) as stream:
        chunks = [chunk async for chunk in stream]
        result = await afinal_snapshot(stream)
    assert len(chunks) == 8  # every data event but [DONE]
    assert result.tool_calls[0].parsed_arguments() == {"location": "Tokyo"}


@pytest.mark.vcr("recorded_chat_completions.stream_midstream_error.yaml")
async def test_recorded_chat_error_async(aclient: AsyncOpenRouter) -> None:
    async with aclient.chat.stream(**RECORDED_CASES["chat_midstream_error"].request) as stream:
        with pytest.raises(StreamError) as info:
            await afinal_snapshot(stream)
        with pytest.raises(StreamError) as again:
            _ = [chunk async for chunk in stream]
    assert again.value is info.value
    assert info.value.generation_id == "gen-1762179802-UN8pkJI4AGZvryk0kFnb"


@pytest.mark.vcr("recorded_responses.stream_openrouter_processing.yaml")
async def test_recorded_responses_async(aclient: AsyncOpenRouter) -> None:
    async with aclient.responses.stream(**RECORDED_CASES["responses_processing"].request) as stream:
        text = [piece async for piece in stream.text()]
        result = await afinal_snapshot(stream)
    assert text == ["4"]
    assert result.status == "completed"
