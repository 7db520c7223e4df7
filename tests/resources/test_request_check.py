"""Requests are checked against the pinned spec before anything is sent: each kind of bad request, per test."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from openrouter_api.models.chat_user_message import ChatUserMessage
from openrouter_api.models.get_benchmarks_source import GetBenchmarksSource

from openrouter_ext import AsyncOpenRouter, BadRequestError, OpenRouter
from openrouter_ext._request_check import RequestTypeError, RequestValidationError, check_body
from openrouter_ext.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import request_catalog  # noqa: E402

USER = {"role": "user", "content": "Say hi"}
CHAT = "chat.send_chat_completion_request"


@pytest.mark.skipif(
    sys.version_info < (3, 11),
    reason="the script names operations with openapi-python-client, which needs Python >= 3.11",
)
def test_the_packaged_catalog_is_what_the_script_makes_of_the_pinned_spec() -> None:
    assert request_catalog.CATALOG_PATH.read_text(encoding="utf-8") == request_catalog.current(), (
        "run .venv/bin/python scripts/request_catalog.py"
    )


def test_a_wrong_type_deep_in_the_body_names_its_path(client: OpenRouter, emu: Emulator) -> None:
    messages: list[Any] = [{"role": "system", "content": "Be brief"}, USER, {"role": "user", "content": 5}]
    with pytest.raises(RequestTypeError) as caught:
        client.chat.send(model="m/x", messages=messages)
    error = caught.value
    assert isinstance(error, TypeError)
    assert isinstance(error, ValueError)
    assert (error.operation, error.path) == ("sendChatCompletionRequest", "messages[2].content")
    assert str(error) == ("sendChatCompletionRequest: messages[2].content: expected a string or an array (got integer)")
    assert emu.requests == []


def test_a_wrong_type_inside_a_content_part_and_a_tool(client: OpenRouter, emu: Emulator) -> None:
    part = {"role": "user", "content": [{"type": "text", "text": 3}]}
    with pytest.raises(RequestTypeError, match=r"messages\[0\]\.content\[0\]\.text: expected a string"):
        client.chat.send(model="m/x", messages=[part])
    tool = {"type": "function", "function": {"name": 3}}
    with pytest.raises(RequestTypeError, match=r"tools\[0\]\.function\.name: expected a string"):
        client.chat.send(model="m/x", messages=[USER], tools=[tool])
    with pytest.raises(RequestTypeError, match=r"^sendChatCompletionRequest: temperature: expected a number or null"):
        client.chat.send(model="m/x", messages=[USER], temperature="hot")  # type: ignore[arg-type]
    assert emu.requests == []


def test_a_missing_required_field_names_it(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.chat.send(model="m/x", messages=[{"role": "user"}])
    assert caught.value.path == "messages[0].content"
    assert "required field is missing" in str(caught.value)
    assert not isinstance(caught.value, TypeError)
    assert emu.requests == []


def test_a_value_outside_a_closed_enum_lists_the_allowed_ones(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.chat.send(model="m/x", messages=[USER], provider={"sort": "cheapest"})
    assert caught.value.path == "provider.sort"
    assert '"price"' in caught.value.expected
    assert caught.value.got == '"cheapest"'
    with pytest.raises(RequestValidationError, match=r"messages\[0\]\.role: expected one of \"system\", \"user\""):
        client.chat.send(model="m/x", messages=[{"role": "users", "content": "x"}])
    with pytest.raises(RequestValidationError, match=r"reasoning\.effort: expected one of"):
        client.chat.send(model="m/x", messages=[USER], reasoning={"effort": "extreme"})
    assert emu.requests == []


def test_listed_plain_strings_are_accepted_where_the_spec_has_an_enum(client: OpenRouter, emu: Emulator) -> None:
    client.chat.send(
        model="m/x", messages=[USER], provider={"sort": "price", "data_collection": "deny"}, reasoning={"effort": "low"}
    )
    assert emu.requests[-1].json["provider"] == {"sort": "price", "data_collection": "deny"}


def test_an_unknown_field_inside_provider_is_refused(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.chat.send(model="m/x", messages=[USER], provider={"order": ["openai"], "sortt": "price"})
    assert caught.value.path == "provider.sortt"
    assert "unknown field" in str(caught.value)
    assert "allow_fallbacks" in str(caught.value)
    assert emu.requests == []


def test_an_unknown_top_level_argument_is_a_type_error_from_the_signature(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(TypeError, match="temprature"):
        client.chat.send(model="m/x", messages=[USER], temprature=0.2)  # type: ignore[call-arg]
    assert emu.requests == []


def test_generated_models_in_the_body_are_checked_as_their_json(client: OpenRouter, emu: Emulator) -> None:
    client.chat.send(model="m/x", messages=[ChatUserMessage.from_dict(USER)])
    assert emu.requests[-1].json["messages"] == [USER]


def test_extra_body_is_sent_unchecked(client: OpenRouter, emu: Emulator) -> None:
    # The emulator holds the spec too, so it answers 400; what matters is that the request left the client.
    with pytest.raises(BadRequestError):
        client.chat.send(model="m/x", messages=[USER], extra_body={"provider": {"new_knob": True}})
    assert emu.requests[-1].json["provider"] == {"new_knob": True}


def test_query_parameters_are_checked_and_take_listed_strings(client: OpenRouter, emu: Emulator) -> None:
    client.benchmarks.get_benchmarks(source="openrouter", max_results=3)
    assert emu.requests[-1].query == {"source": "openrouter", "max_results": "3"}
    client.benchmarks.get_benchmarks(source=GetBenchmarksSource("design-arena"))
    assert emu.requests[-1].query == {"source": "design-arena"}
    sent = len(emu.requests)
    with pytest.raises(RequestValidationError, match=r"^getBenchmarks: source: expected one of") as caught:
        client.benchmarks.get_benchmarks(source="elsewhere")
    assert caught.value.path == "source"
    with pytest.raises(RequestTypeError, match="max_results: expected an integer"):
        client.benchmarks.get_benchmarks(max_results="3")  # type: ignore[arg-type]
    assert len(emu.requests) == sent


def test_a_bound_the_spec_states_is_checked(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestValidationError, match=r"messages: expected at least 1 items \(got 0\)"):
        client.chat.send(model="m/x", messages=[])
    assert emu.requests == []


async def test_the_async_client_checks_the_same(aclient: AsyncOpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestTypeError, match=r"messages\[0\]\.content"):
        await aclient.chat.send(model="m/x", messages=[{"role": "user", "content": {"text": "x"}}])
    with pytest.raises(RequestValidationError, match=r"provider\.sortt"):
        await aclient.chat.send(model="m/x", messages=[USER], provider={"sortt": 1})
    assert emu.requests == []


def test_other_operations_bodies_are_checked(client: OpenRouter, emu: Emulator) -> None:
    with pytest.raises(RequestValidationError, match=r"^createMessages: max_tokens"):
        client.messages.create(model="m/x", max_tokens="many", messages=[USER])  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match=r"^createEmbeddings: "):
        client.embeddings.generate(model="m/x", input={"not": "text"})  # type: ignore[arg-type]
    assert emu.requests == []


# The draft-07 conversion of the spec's 2020-12 schemas (scripts/request_catalog.py), keyword by keyword.


def _convert(schema: dict[str, Any]) -> tuple[Any, set[str]]:
    reached: set[str] = set()
    return request_catalog.to_draft7(schema, "test", reached), reached


def test_a_ref_with_siblings_keeps_them_through_all_of() -> None:
    converted, reached = _convert({"$ref": "#/components/schemas/A", "description": "x", "maxLength": 3})
    assert converted == {"allOf": [{"$ref": "#/definitions/A"}, {"maxLength": 3}]}
    assert reached == {"A"}
    assert _convert({"$ref": "#/components/schemas/A", "description": "only an annotation"})[0] == {
        "$ref": "#/definitions/A"
    }


def test_one_of_becomes_any_of_so_overlapping_members_accept_a_value() -> None:
    import fastjsonschema

    schema = {"oneOf": [{"enum": ["openai", "anthropic"]}, {"type": "string"}]}
    converted, _ = _convert(schema)
    assert converted == {"anyOf": [{"enum": ["openai", "anthropic"]}, {"type": "string"}]}
    # Under oneOf, "openai" matches both members and would be refused.
    assert fastjsonschema.compile(converted)("openai") == "openai"


def test_prefix_items_become_draft7_items_and_formats_are_dropped() -> None:
    converted, _ = _convert(
        {"type": "array", "prefixItems": [{"type": "string", "format": "uri"}], "items": {"type": "integer"}}
    )
    assert converted == {"type": "array", "items": [{"type": "string"}], "additionalItems": {"type": "integer"}}


def test_a_keyword_without_a_rule_stops_the_build() -> None:
    with pytest.raises(request_catalog.CatalogError, match="unevaluatedProperties"):
        _convert({"type": "object", "unevaluatedProperties": False})


def test_an_operation_the_catalog_does_not_know_is_not_checked() -> None:
    check_body("nowhere.unknown_operation", {"anything": object()})
    with pytest.raises(RequestTypeError):
        check_body(CHAT, {"messages": "not a list"})
