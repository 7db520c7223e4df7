"""`client.chat.parse(...)` and `client.responses.parse(...)`: what reaches the wire, and typed failures.

The emulator's echo model answers with the last user message, so a JSON user message is a JSON answer (refusals
and schema-built answers are in test_emulated.py); a filtered answer and one without content, which the
emulator does not produce, come from an httpx MockTransport serving real-shaped bodies.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import AsyncComposedChat, AsyncComposedResponses, ComposedChat, ComposedResponses
from mock_api import Script, chat_body
from openrouter_api.models.chat_result import ChatResult
from openrouter_api.models.open_responses_result import OpenResponsesResult
from structured_models import Point, Route, Unit, Weather, WeatherAttrs, WeatherDict

from openrouter_ext import OpenRouter
from openrouter_ext.structured import (
    JsonSchema,
    OutputTruncatedError,
    OutputValidationError,
    RefusalError,
    StructuredOutputError,
)
from openrouter_ext.testing import Emulator

ECHO = "emulator/echo"
WEATHER = {"city": "Oslo", "temperature": -3.5, "unit": "c", "note": None, "tags": ["cold"]}


def user(content: object) -> list[dict[str, Any]]:
    return [{"role": "user", "content": content if isinstance(content, str) else json.dumps(content)}]


def test_chat_parse_returns_the_typed_object_beside_the_typed_result(chat: ComposedChat, emu: Emulator) -> None:
    result = chat.parse(model=ECHO, messages=user(WEATHER), response_format=Weather, temperature=0)
    assert result.parsed == Weather(city="Oslo", temperature=-3.5, unit=Unit.CELSIUS, note=None, tags=["cold"])
    assert isinstance(result.result, ChatResult)
    assert result.content == json.dumps(WEATHER)
    assert result.generation_id == result.result.id
    assert result.generation_id.startswith("gen-")
    sent = emu.requests[-1].json
    assert sent["temperature"] == 0
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["name"] == "Weather"
    assert sent["response_format"]["json_schema"]["strict"] is True
    assert sent["response_format"]["json_schema"]["schema"]["required"] == list(WEATHER)
    assert "plugins" not in sent


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (WeatherDict, {"city": "Oslo", "temperature": -3.5}),
        (WeatherAttrs, WeatherAttrs(city="Oslo", temperature=-3.5, readings=[])),
        (JsonSchema({"type": "object", "properties": {"city": {"type": "string"}}}, strict=False), {"city": "Oslo"}),
    ],
)
def test_each_kind_of_format_parses(chat: ComposedChat, kind: object, expected: object) -> None:
    answer = {"city": "Oslo"} if isinstance(kind, JsonSchema) else {"city": "Oslo", "temperature": -3.5}
    result = chat.parse(model=ECHO, messages=user(answer), response_format=kind)
    assert result.parsed == expected


def test_a_pydantic_model_parses_with_nulls_meaning_defaults(chat: ComposedChat) -> None:
    answer = {"name": "r", "points": [{"x": 1, "y": 2}], "kind": None, "limit": None, "comment": None}
    result = chat.parse(model=ECHO, messages=user(answer), response_format=Route)
    assert result.parsed == Route(name="r", points=[Point(x=1, y=2)])


def test_response_healing_adds_the_plugin_once_beside_the_callers_plugins(chat: ComposedChat, emu: Emulator) -> None:
    chat.parse(
        model=ECHO,
        messages=user(WEATHER),
        response_format=Weather,
        response_healing=True,
        plugins=[{"id": "web", "max_results": 2}],
    )
    assert emu.requests[-1].json["plugins"] == [{"id": "web", "max_results": 2}, {"id": "response-healing"}]
    chat.parse(
        model=ECHO,
        messages=user(WEATHER),
        response_format=Weather,
        response_healing=True,
        plugins=[{"id": "response-healing"}],
    )
    assert emu.requests[-1].json["plugins"] == [{"id": "response-healing"}]


def test_content_that_does_not_fit_raises_with_the_content_the_result_and_every_problem(chat: ComposedChat) -> None:
    bad = {"city": 7, "temperature": "warm", "unit": "k", "note": None, "tags": []}
    with pytest.raises(OutputValidationError) as caught:
        chat.parse(model=ECHO, messages=user(bad), response_format=Weather)
    error = caught.value
    assert error.content == json.dumps(bad)
    assert isinstance(error.result, ChatResult)
    assert isinstance(error.response, httpx.Response)
    assert [path for path, _ in error.errors] == ["$.city", "$.temperature", "$.unit"]
    assert "does not fit Weather" in str(error)


def test_an_answer_that_is_not_json_raises_a_validation_error(chat: ComposedChat) -> None:
    with pytest.raises(OutputValidationError, match="not valid JSON") as caught:
        chat.parse(model=ECHO, messages=user("sorry, here is prose"), response_format=Weather)
    assert caught.value.content == "sorry, here is prose"


def test_a_cut_off_answer_raises_truncated_even_before_trying_to_parse(chat: ComposedChat) -> None:
    with pytest.raises(OutputTruncatedError, match="max_tokens") as caught:
        chat.parse(model=ECHO, messages=user(WEATHER), response_format=Weather, max_tokens=2)
    assert caught.value.content is not None
    assert json.dumps(WEATHER).startswith(caught.value.content)
    assert isinstance(caught.value, StructuredOutputError)


@pytest.fixture
def scripted() -> Iterator[tuple[Script, ComposedChat, ComposedResponses]]:
    script = Script([])
    http = httpx.Client(transport=script.transport())
    with OpenRouter(api_key="sk-or-test", base_url="https://openrouter.test/api/v1", http_client=http) as client:
        yield script, ComposedChat(client), ComposedResponses(client)
    http.close()


def test_a_filtered_answer_is_a_refusal_without_text(scripted: tuple[Script, ComposedChat, ComposedResponses]) -> None:
    script, chat, _ = scripted
    script.bodies.append(chat_body('{"city": "Os', finish_reason="content_filter"))
    with pytest.raises(RefusalError, match="content filter") as caught:
        chat.parse(model="openai/gpt-4o-mini", messages=user("x"), response_format=Weather)
    assert caught.value.refusal is None
    assert caught.value.content == '{"city": "Os'


def test_an_answer_without_content_is_not_a_silent_none(
    scripted: tuple[Script, ComposedChat, ComposedResponses],
) -> None:
    script, chat, _ = scripted
    script.bodies.append(chat_body(None))
    with pytest.raises(OutputValidationError, match="no content"):
        chat.parse(model="openai/gpt-4o-mini", messages=user("x"), response_format=Weather)


def test_responses_parse_sends_text_format_and_keeps_other_text_settings(
    responses: ComposedResponses, emu: Emulator
) -> None:
    result = responses.parse(
        model=ECHO, input=json.dumps(WEATHER), response_format=Weather, text={"verbosity": "low"}, response_healing=True
    )
    assert result.parsed.city == "Oslo"
    assert isinstance(result.result, OpenResponsesResult)
    sent = emu.requests[-1].json
    assert sent["text"]["verbosity"] == "low"
    assert sent["text"]["format"] == {
        "type": "json_schema",
        "name": "Weather",
        "strict": True,
        "schema": sent["text"]["format"]["schema"],
        "description": "The weather in one city.",
    }
    assert sent["text"]["format"]["schema"]["additionalProperties"] is False
    assert sent["plugins"] == [{"id": "response-healing"}]


def test_responses_parse_raises_truncated_for_max_output_tokens(responses: ComposedResponses) -> None:
    with pytest.raises(OutputTruncatedError, match="max_output_tokens"):
        responses.parse(model=ECHO, input=json.dumps(WEATHER), response_format=Weather, max_output_tokens=2)


async def test_async_chat_parse(achat: AsyncComposedChat, emu: Emulator) -> None:
    result = await achat.parse(model=ECHO, messages=user(WEATHER), response_format=Weather)
    assert result.parsed.tags == ["cold"]
    with pytest.raises(OutputTruncatedError):
        await achat.parse(model=ECHO, messages=user(WEATHER), response_format=Weather, max_tokens=1)


async def test_async_responses_parse(aresponses: AsyncComposedResponses) -> None:
    answer = {"city": "Oslo", "temperature": -3.5, "note": None}
    result = await aresponses.parse(model=ECHO, input=json.dumps(answer), response_format=WeatherDict)
    assert result.parsed == {"city": "Oslo", "temperature": -3.5}
