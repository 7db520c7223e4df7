"""`client.chat.run_tools(...)`: the loop over the emulator's tool-call rounds, its stop conditions and its hooks.

The emulator validates every request against the spec, so each transcript sent back (assistant tool calls,
tool messages) is one the API accepts. Its model calls the request's tools every round while `tool_calls` is
set; the tools below switch that off to let the model answer.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any

import httpx
import pytest
from conftest import AsyncComposedChat, ComposedChat
from mock_api import Script, chat_body

from openrouter_ext import ConfigurationError, OpenRouter
from openrouter_ext.structured import (
    Edit,
    Reject,
    RunFinished,
    StepFinished,
    TextDelta,
    ToolCall,
    ToolCallFinished,
    ToolCallStarted,
    ToolLoopLimitError,
    tool,
)
from openrouter_ext.testing import Behaviour, Emulator

HELLO = [{"role": "user", "content": "hello"}]


def lookup_tool(emu: Emulator, log: list[tuple[int, str]], *, rounds: int = 1) -> Any:
    def emulator_lookup(index: int, query: str) -> dict[str, Any]:
        """Look a query up.

        Args:
            index: the position of the call
            query: what to look for
        """
        log.append((index, query))
        if len(log) >= 2 * rounds:
            emu.behaviour = Behaviour(tool_calls=0)
        return {"index": index, "found": query.upper()}

    return emulator_lookup


def test_the_loop_runs_parallel_calls_sends_results_and_returns_the_answer(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=2)
    log: list[tuple[int, str]] = []
    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[lookup_tool(emu, log)], temperature=0)
    assert log == [(0, "lookup 0"), (1, "lookup 1")]
    assert run.stopped_by is None
    assert run.content == "hello"
    assert len(run.steps) == 2
    assert [r.status for r in run.tool_results] == ["ok", "ok"]
    first, second = (request.json for request in emu.requests)
    assert first["temperature"] == 0
    assert first["tools"][0]["function"]["name"] == "emulator_lookup"
    assert first["tools"][0]["function"]["description"] == "Look a query up."
    assert first["tools"][0]["function"]["parameters"]["properties"]["query"]["description"] == "what to look for"
    # The second request is the transcript: the assistant message as received, then one tool message per call id.
    assistant = second["messages"][1]
    assert assistant == run.steps[0].body["choices"][0]["message"]
    assert [m["tool_call_id"] for m in second["messages"][2:]] == ["call_emu_0", "call_emu_1"]
    assert json.loads(second["messages"][2]["content"]) == {"index": 0, "found": "LOOKUP 0"}
    assert run.messages == [*second["messages"], run.steps[1].body["choices"][0]["message"]]
    assert run.total_tokens == sum(step.body["usage"]["total_tokens"] for step in run.steps)
    assert run.total_cost == pytest.approx(sum(step.body["usage"]["cost"] for step in run.steps))
    assert run.final.choices[0].finish_reason == "stop"


def test_reasoning_details_go_back_unchanged_on_every_round(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=1, reasoning=True)
    log: list[tuple[int, str]] = []
    tool_fn = lookup_tool(emu, log, rounds=2)
    chat.run_tools(model="emulator/echo", messages=HELLO, tools=[tool_fn], max_steps=5)
    assert len(emu.requests) >= 2
    for index, request in enumerate(emu.requests[1:]):
        sent_assistants = [m for m in request.json["messages"] if m["role"] == "assistant"]
        assert sent_assistants, index
        for message in sent_assistants:
            assert message["reasoning_details"][0]["type"] == "reasoning.text"
            assert (
                message["reasoning_details"][0]["text"] == "Reading the request. Planning the answer. Writing it out."
            )


def test_max_steps_makes_one_last_call_without_tool_use(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=1)
    calls: list[dict[str, Any]] = []

    def emulator_lookup(index: int, query: str) -> str:
        calls.append({"index": index})
        return "nothing"

    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], max_steps=2)
    assert run.stopped_by == "max_steps"
    assert len(calls) == 2
    assert len(emu.requests) == 3
    last = emu.requests[-1].json
    assert last["tool_choice"] == "none"
    assert last["messages"][-1]["role"] == "user"
    assert "no more tools" in last["messages"][-1]["content"]
    assert run.steps[-1].final_answer_call is True
    assert run.steps[-1].tool_calls == []
    assert run.messages[-2] == last["messages"][-1]


def test_on_limit_return_and_raise(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=1)

    def emulator_lookup(index: int, query: str) -> str:
        return "nothing"

    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], max_steps=1, on_limit="return")
    assert run.stopped_by == "max_steps"
    assert len(emu.requests) == 1
    assert run.messages[-1]["role"] == "tool"
    with pytest.raises(ToolLoopLimitError, match="max_steps") as caught:
        chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], max_steps=1, on_limit="raise")
    assert caught.value.run.steps[0].tool_results[0].content == "nothing"


def test_max_cost_and_max_total_tokens_fire_from_usage(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=1)

    def emulator_lookup(index: int, query: str) -> str:
        return "nothing"

    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], max_cost=1e-9)
    assert run.stopped_by == "max_cost"
    assert run.total_cost > 1e-9
    emu.requests.clear()
    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], max_total_tokens=30)
    assert run.stopped_by == "max_total_tokens"
    assert run.total_tokens >= 30
    assert emu.requests[-1].json["tool_choice"] == "none"


def test_a_failing_tool_and_arguments_that_do_not_fit_are_reported_back(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=2)

    def emulator_lookup(index: int, query: str) -> str:
        emu.behaviour = Behaviour(tool_calls=0)
        raise RuntimeError("the index is offline")

    def other_tool(index: str) -> str:  # the emulator sends an integer index and a query it does not take
        return "unreachable"

    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup, other_tool])
    first, second = run.steps[0].tool_results
    assert first.status == "error"
    assert first.content == "Error: emulator_lookup raised RuntimeError: the index is offline"
    assert isinstance(first.error, RuntimeError)
    assert second.status == "invalid_arguments"
    assert "$.index: expected a string, got 1" in second.content
    assert "$.query: not a field" in second.content
    assert run.content == "hello"
    sent = emu.requests[1].json["messages"]
    assert [m["content"] for m in sent if m["role"] == "tool"] == [first.content, second.content]


def test_tool_errors_raise_or_a_callable_decides(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=1)

    def emulator_lookup(index: int, query: str) -> str:
        raise KeyError(query)

    with pytest.raises(KeyError, match="lookup 0"):
        chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], tool_errors="raise")

    def policy(call: ToolCall, exc: BaseException) -> str:
        emu.behaviour = Behaviour(tool_calls=0)
        return f"{call.name} failed quietly"

    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], tool_errors=policy)
    assert run.tool_results[0].content == "emulator_lookup failed quietly"


def test_a_tool_the_model_made_up_is_reported_and_server_tool_dicts_are_sent_as_given(
    chat: ComposedChat, emu: Emulator
) -> None:
    emu.behaviour = Behaviour(tool_calls=2)
    log: list[tuple[int, str]] = []
    ghost = {"type": "function", "function": {"name": "ghost", "parameters": {"type": "object", "properties": {}}}}
    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[lookup_tool(emu, log, rounds=0), ghost])
    assert emu.requests[0].json["tools"][1] == ghost
    results = run.steps[0].tool_results
    assert results[1].status == "unknown_tool"
    assert "no tool named 'ghost'" in results[1].content


def test_the_approval_hook_rejects_or_edits_before_a_call_runs(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=2)
    ran: list[tuple[int, str]] = []

    def emulator_lookup(index: int, query: str) -> str:
        ran.append((index, query))
        emu.behaviour = Behaviour(tool_calls=0)
        return f"looked up {query}"

    def approve(call: ToolCall) -> Reject | Edit:
        if call.id == "call_emu_0":
            return Reject("not that one")
        return Edit({"index": 9, "query": "edited"})

    run = chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], approve=approve)
    assert ran == [(9, "edited")]
    assert [(r.status, r.content) for r in run.steps[0].tool_results] == [
        ("rejected", "not that one"),
        ("ok", "looked up edited"),
    ]
    # The model's own call stays in the transcript; only the result reflects the edit.
    assert json.loads(run.messages[1]["tool_calls"][1]["function"]["arguments"])["query"] == "lookup 1"


def test_an_async_tool_on_the_sync_client_is_refused_before_any_request(chat: ComposedChat, emu: Emulator) -> None:
    async def emulator_lookup(index: int, query: str) -> str:
        return "x"

    with pytest.raises(ConfigurationError, match="async function"):
        chat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup])
    assert emu.requests == []


def test_the_streaming_loop_yields_text_tool_and_step_events(chat: ComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=2)
    log: list[tuple[int, str]] = []
    events = list(chat.stream_tools(model="emulator/echo", messages=HELLO, tools=[lookup_tool(emu, log)]))
    kinds = [type(event).__name__ for event in events]
    assert kinds.count("ToolCallStarted") == 2
    assert kinds.count("ToolCallFinished") == 2
    assert kinds.count("StepFinished") == 2
    assert kinds[-1] == "RunFinished"
    started = [e for e in events if isinstance(e, ToolCallStarted)]
    assert [(e.id, e.name) for e in started] == [("call_emu_0", "emulator_lookup"), ("call_emu_1", "emulator_lookup")]
    text = "".join(e.text for e in events if isinstance(e, TextDelta) and e.step == 1)
    assert text == "hello"
    run = events[-1]
    assert isinstance(run, RunFinished)
    assert run.run.content == "hello"
    assert [r.content for r in run.run.tool_results] == [
        e.result.content for e in events if isinstance(e, ToolCallFinished)
    ]
    assert emu.requests[1].json["messages"][2]["tool_call_id"] == "call_emu_0"
    assert all(isinstance(e.step.body, dict) for e in events if isinstance(e, StepFinished))


async def test_async_tools_of_one_step_run_concurrently(achat: AsyncComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=2)
    started = 0
    both_running = asyncio.Event()

    async def emulator_lookup(index: int, query: str) -> str:
        nonlocal started
        started += 1
        if started == 2:
            both_running.set()
            emu.behaviour = Behaviour(tool_calls=0)
        # Each call waits for the other to have started: only a concurrent run gets past this.
        await asyncio.wait_for(both_running.wait(), timeout=5)
        return f"done {index}"

    async def approve(call: ToolCall) -> bool:
        await asyncio.sleep(0)
        return True

    run = await achat.run_tools(model="emulator/echo", messages=HELLO, tools=[emulator_lookup], approve=approve)
    assert [r.content for r in run.tool_results] == ["done 0", "done 1"]
    assert run.content == "hello"


async def test_async_streaming_loop(achat: AsyncComposedChat, emu: Emulator) -> None:
    emu.behaviour = Behaviour(tool_calls=1)

    @tool(name="emulator_lookup", description="Looks things up.")
    async def lookup(index: int, query: str) -> dict[str, int]:
        emu.behaviour = Behaviour(tool_calls=0)
        return {"index": index}

    events = [event async for event in achat.stream_tools(model="emulator/echo", messages=HELLO, tools=[lookup])]
    assert emu.requests[0].json["tools"][0]["function"]["description"] == "Looks things up."
    finished = [e for e in events if isinstance(e, ToolCallFinished)]
    assert [e.result.content for e in finished] == ['{"index": 0}']
    assert isinstance(events[-1], RunFinished)
    assert events[-1].run.stopped_by is None


@dataclasses.dataclass
class Order:
    item: str
    quantity: int = 1


def test_a_dataclass_parameter_arrives_built(chat: ComposedChat) -> None:
    calls = [
        {
            "id": "call_o",
            "type": "function",
            "function": {"name": "place", "arguments": '{"order": {"item": "tea", "quantity": null}}'},
        }
    ]
    script = Script([chat_body(None, finish_reason="tool_calls", tool_calls=calls), chat_body("ok")])
    seen: list[Order] = []

    def place(order: Order) -> str:
        seen.append(order)
        return "placed"

    with (
        httpx.Client(transport=script.transport()) as http,
        OpenRouter(api_key="sk-or-test", base_url="https://openrouter.test/api/v1", http_client=http) as client,
    ):
        ComposedChat(client).run_tools(model="m/x", messages=HELLO, tools=[tool(place, strict=True)])
    assert seen == [Order(item="tea", quantity=1)]
    parameters = script.sent[0]["tools"][0]["function"]["parameters"]
    assert parameters["$defs"]["Order"]["required"] == ["item", "quantity"]
    assert script.sent[0]["tools"][0]["function"]["strict"] is True
