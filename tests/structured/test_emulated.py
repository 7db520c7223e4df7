"""Structured outputs and the tool loop end to end against the emulator's scripted answers, sync and async.

In count mode the emulator answers a json_schema format with a document built from the schema (strings are
"<property> 0", numbers 0.5, integers 0, the first enum value, one array item, a nullable's non-null branch);
`Behaviour(refusal=...)` refuses, `tool_rounds` scripts tool-call rounds and `bad_tool_arguments` breaks the
first call's JSON.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import AsyncComposedChat, AsyncComposedResponses, ComposedChat, ComposedResponses
from openrouter_api.models.chat_result import ChatResult
from structured_models import Unit, Weather, WeatherDict

from openrouter_ext.structured import JsonSchema, RefusalError, ToolArgumentsError
from openrouter_ext.testing import Behaviour, Emulator

MODEL = "emulator/count"
ASK = [{"role": "user", "content": "What is the weather in Oslo?"}]
SAMPLE = Weather(city="city 0", temperature=0.5, unit=Unit.CELSIUS, note="note 0", tags=["tags 0"])


def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


async def async_add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


def test_parse_fills_a_dataclass_from_the_emulated_answer(chat: ComposedChat, emu: Emulator) -> None:
    result = chat.parse(model=MODEL, messages=ASK, response_format=Weather)
    assert result.parsed == SAMPLE
    assert isinstance(result.result, ChatResult)
    assert json.loads(result.content or "") == {
        "city": "city 0",
        "temperature": 0.5,
        "unit": "c",
        "note": "note 0",
        "tags": ["tags 0"],
    }


def test_parse_a_typed_dict_and_a_schema_dict(chat: ComposedChat) -> None:
    assert chat.parse(model=MODEL, messages=ASK, response_format=WeatherDict).parsed == {
        "city": "city 0",
        "temperature": 0.5,
        "note": "note 0",
    }
    schema = JsonSchema(
        {"type": "object", "properties": {"days": {"type": "integer"}, "sunny": {"type": "boolean"}}}, name="plan"
    )
    assert chat.parse(model=MODEL, messages=ASK, response_format=schema).parsed == {"days": 0, "sunny": True}


def test_responses_parse_and_a_structured_stream(
    chat: ComposedChat, responses: ComposedResponses, emu: Emulator
) -> None:
    assert responses.parse(model=MODEL, input="Oslo?", response_format=Weather).parsed == SAMPLE
    emu.behaviour = Behaviour(chunks=10)
    with chat.stream(model=MODEL, messages=ASK, response_format=Weather) as stream:
        partials = list(stream.partials())
        final = stream.final()
    assert len(partials) > 3
    assert partials[-1] == json.loads(final.content or "")
    assert final.parsed == SAMPLE


def test_a_refusal_raises_with_its_text_on_chat_and_responses(
    chat: ComposedChat, responses: ComposedResponses, emu: Emulator
) -> None:
    emu.behaviour = Behaviour(refusal="I can't help with that.")
    with pytest.raises(RefusalError, match="can't help") as caught:
        chat.parse(model=MODEL, messages=ASK, response_format=Weather)
    assert caught.value.refusal == "I can't help with that."
    assert caught.value.content is None
    assert caught.value.generation_id is not None
    assert caught.value.generation_id.startswith("gen-")
    with pytest.raises(RefusalError, match="can't help"):
        responses.parse(model=MODEL, input="Oslo?", response_format=Weather)


def test_the_loop_runs_parallel_calls_then_returns_the_answer(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_rounds=[2, 0])
    run = chat.run_tools(model=MODEL, messages=ASK, tools=[add])
    assert [(r.status, r.content) for r in run.tool_results] == [("ok", "0"), ("ok", "2")]
    assert run.stopped_by is None
    assert run.content == "1 2 3 4 5"
    assert len(emu.requests) == 2
    sent = emu.requests[1].json["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant", "tool", "tool"]
    assert [m["tool_call_id"] for m in sent[2:]] == [c["id"] for c in sent[1]["tool_calls"]]


def test_a_bad_json_call_is_reported_back_to_the_model(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_rounds=[2, 0], bad_tool_arguments=True)
    run = chat.run_tools(model=MODEL, messages=ASK, tools=[add])
    bad, good = run.steps[0].tool_results
    assert bad.status == "invalid_arguments"
    assert isinstance(bad.error, ToolArgumentsError)
    assert bad.content.startswith("Error: the arguments for add are not valid JSON")
    assert good.content == "2"
    sent = emu.requests[1].json["messages"]
    assert [(m["tool_call_id"], m["content"]) for m in sent[2:]] == [
        ("call_emu_0", bad.content),
        ("call_emu_1", "2"),
    ]
    assert run.content == "1 2 3 4 5"


async def test_async_parse_and_refusal(
    achat: AsyncComposedChat, aresponses: AsyncComposedResponses, emu: Emulator
) -> None:
    assert (await achat.parse(model=MODEL, messages=ASK, response_format=Weather)).parsed == SAMPLE
    assert (await aresponses.parse(model=MODEL, input="Oslo?", response_format=WeatherDict)).parsed["city"] == "city 0"
    emu.behaviour = Behaviour(refusal="no")
    with pytest.raises(RefusalError):
        await achat.parse(model=MODEL, messages=ASK, response_format=Weather)
    with pytest.raises(RefusalError):
        await aresponses.parse(model=MODEL, input="Oslo?", response_format=Weather)


async def test_async_loop_with_parallel_calls_and_a_bad_json_call(achat: AsyncComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_rounds=[2, 0], bad_tool_arguments=True)
    run = await achat.run_tools(model=MODEL, messages=ASK, tools=[async_add])
    statuses: list[Any] = [r.status for r in run.tool_results]
    assert statuses == ["invalid_arguments", "ok"]
    assert run.tool_results[1].content == "2"
    assert run.content == "1 2 3 4 5"
    assert len(emu.requests) == 2
