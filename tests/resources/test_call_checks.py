"""`client.call` checks a request against the pinned spec like the facade does, before anything is sent."""

from __future__ import annotations

import pytest
from openrouter_api.api.api_keys import get_key
from openrouter_api.api.benchmarks import get_benchmarks
from openrouter_api.api.chat import send_chat_completion_request
from openrouter_api.models.chat_request import ChatRequest
from openrouter_api.models.get_benchmarks_source import GetBenchmarksSource

from openrouter_ext import AsyncOpenRouter, OpenRouter, RequestTypeError, RequestValidationError
from openrouter_ext.testing import Emulator

USER = {"role": "user", "content": "Say hi"}
TYPO = {"model": "m/x", "messages": [], "temprature": 0.2}


def test_an_unknown_top_level_field_of_a_dict_body_is_refused_first(client: OpenRouter, emu: Emulator) -> None:
    # The facade's signature refuses `temprature=`; a dict body gets the same check, before the spec's own (which
    # would name the empty `messages` first, and leaves the chat body open to unknown fields).
    with pytest.raises(RequestValidationError) as caught:
        client.call(send_chat_completion_request, body=TYPO)  # type: ignore[arg-type]
    error = caught.value
    assert (error.operation, error.path) == ("sendChatCompletionRequest", "temprature")
    assert str(error).startswith("sendChatCompletionRequest: temprature: unknown field (the body has the fields ")
    assert "temperature" in error.expected
    with pytest.raises(RequestValidationError, match="temprature"):
        client.call_with_response(send_chat_completion_request, body=TYPO)  # type: ignore[arg-type]
    assert emu.requests == []


async def test_the_async_client_refuses_the_same(aclient: AsyncOpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestValidationError, match=r"^sendChatCompletionRequest: temprature: unknown field"):
        await aclient.call(send_chat_completion_request, body=TYPO)  # type: ignore[arg-type]
    bad = {"model": "m/x", "messages": [{"role": "user", "content": 5}]}
    with pytest.raises(RequestTypeError, match=r"messages\[0\]\.content: expected a string or an array"):
        await aclient.call_with_response(send_chat_completion_request, body=bad)  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match=r"^getBenchmarks: source: expected one of"):
        await aclient.call(get_benchmarks, source="elsewhere")  # type: ignore[arg-type]
    assert emu.requests == []


def test_a_dict_body_gets_the_facades_error_for_a_value_deep_inside(client: OpenRouter, emu: Emulator) -> None:
    messages = [USER, {"role": "user", "content": [{"type": "text", "text": 3}]}]
    with pytest.raises(RequestTypeError) as through_call:
        client.call(send_chat_completion_request, body={"model": "m/x", "messages": messages})  # type: ignore[arg-type]
    with pytest.raises(RequestTypeError) as through_facade:
        client.chat.send(model="m/x", messages=messages)  # type: ignore[list-item]
    assert str(through_call.value) == str(through_facade.value)
    assert through_call.value.path == "messages[1].content[0].text"
    with pytest.raises(RequestValidationError, match=r"provider\.sortt: unknown field"):
        client.call(send_chat_completion_request, body={"model": "m/x", "messages": [USER], "provider": {"sortt": 1}})  # type: ignore[arg-type]
    assert emu.requests == []


def test_a_model_body_is_checked_as_its_to_dict(client: OpenRouter, emu: Emulator) -> None:
    # from_dict is lenient: the wrong type reaches to_dict(), and the check, as it would reach the server.
    body = ChatRequest.from_dict({"model": "m/x", "messages": [USER], "temperature": "hot"})
    with pytest.raises(RequestTypeError, match=r"^sendChatCompletionRequest: temperature: expected a number or null"):
        client.call(send_chat_completion_request, body=body)
    assert emu.requests == []
    # A model's additional properties were put there on purpose: sent, as the spec leaves the chat body open.
    body = ChatRequest.from_dict({"model": "m/x", "messages": [USER], "new_knob": 1})
    client.call(send_chat_completion_request, body=body)
    assert emu.requests[-1].json == {"model": "m/x", "messages": [USER], "new_knob": 1}


def test_parameters_are_checked_positional_or_not(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestTypeError, match=r"^getBenchmarks: max_results: expected an integer \(got string\)"):
        client.call(get_benchmarks, max_results="3")  # type: ignore[arg-type]
    with pytest.raises(RequestTypeError, match=r"^getKey: hash_: expected a string \(got integer\)"):
        client.call(get_key, 5)  # type: ignore[arg-type]
    assert emu.requests == []
    client.call(get_benchmarks, source=GetBenchmarksSource("design-arena"), max_results=3)
    assert emu.requests[-1].query == {"source": "design-arena", "max_results": "3"}


def test_a_listed_plain_string_for_an_enum_parameter_is_sent(client: OpenRouter, emu: Emulator) -> None:
    # build_request reads an enum's `.value`: a plain string used to fail there with an AttributeError.
    client.call(get_benchmarks, source="design-arena", max_results=3)  # type: ignore[arg-type]
    assert emu.requests[-1].query == {"source": "design-arena", "max_results": "3"}
    with pytest.raises(RequestValidationError, match=r"^getBenchmarks: source: "):
        client.call(get_benchmarks, source="no-such-source")  # type: ignore[arg-type]


async def test_the_async_client_sends_a_listed_plain_string_too(aclient: AsyncOpenRouter, emu: Emulator) -> None:
    await aclient.call(get_benchmarks, source="design-arena")  # type: ignore[arg-type]
    assert emu.requests[-1].query == {"source": "design-arena"}


def test_a_valid_dict_body_is_sent_as_given(client: OpenRouter, emu: Emulator) -> None:
    client.call(send_chat_completion_request, body={"model": "m/x", "messages": [USER], "temperature": 0.2})  # type: ignore[arg-type]
    assert emu.requests[-1].json == {"model": "m/x", "messages": [USER], "temperature": 0.2}
