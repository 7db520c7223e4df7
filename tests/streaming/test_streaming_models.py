"""The typed stream events are the published document's: one class per event type its discriminators list."""

from __future__ import annotations

import importlib
import os
from typing import Any

import pytest
import yaml
from openrouter_api.models.chat_stream_chunk import ChatStreamChunk

from openrouter_ext.streaming._models import (
    CHAT_CHUNK_MODEL,
    MESSAGE_EVENT_MODELS,
    RESPONSE_EVENT_MODELS,
    parse_chat_chunk,
    parse_message_event,
    parse_response_event,
)

SPEC = os.path.join(os.path.dirname(__file__), "..", "..", "openapi", "openrouter.yaml")


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    with open(SPEC, encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document["components"]["schemas"]


def discriminated(schemas: dict[str, Any], streaming_response: str) -> dict[str, str]:
    """Event type -> schema name, from the union that `streaming_response`'s `data` refers to."""
    union_ref: str = schemas[streaming_response]["properties"]["data"]["$ref"]
    union = schemas[union_ref.rsplit("/", 1)[-1]]
    mapping: dict[str, str] = union["discriminator"]["mapping"]
    members = {member["$ref"] for member in union["oneOf"]}
    assert set(mapping.values()) == members  # every member is reachable by its type, and nothing else is
    return {kind: ref.rsplit("/", 1)[-1] for kind, ref in mapping.items()}


def test_responses_events_are_every_type_the_document_lists(schemas: dict[str, Any]) -> None:
    expected = discriminated(schemas, "ResponsesStreamingResponse")
    assert {kind: name for kind, (_, name) in RESPONSE_EVENT_MODELS.items()} == expected
    # The families issue 11 names are all there.
    families = (
        "output_text",
        "reasoning_text",
        "reasoning_summary",
        "refusal",
        "function_call_arguments",
        "web_search_call",
        "image_generation_call",
        "code_interpreter_call",
        "fusion_call",
        "custom_tool_call_input",
        "apply_patch_call",
        "debug",
    )
    for family in families:
        assert any(kind.startswith(f"response.{family}") for kind in expected), family


def test_messages_events_are_every_type_the_document_lists(schemas: dict[str, Any]) -> None:
    expected = discriminated(schemas, "MessagesStreamingResponse")
    assert {kind: name for kind, (_, name) in MESSAGE_EVENT_MODELS.items()} == expected
    assert set(expected) == {
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "ping",
        "error",
    }


def test_the_chat_chunk_is_the_data_of_chat_streaming_response(schemas: dict[str, Any]) -> None:
    ref = schemas["ChatStreamingResponse"]["properties"]["data"]["$ref"]
    assert ref.rsplit("/", 1)[-1] == CHAT_CHUNK_MODEL[1] == "ChatStreamChunk"


@pytest.mark.parametrize(
    ("table", "parse"),
    [(RESPONSE_EVENT_MODELS, parse_response_event), (MESSAGE_EVENT_MODELS, parse_message_event)],
    ids=["responses", "messages"],
)
def test_every_listed_type_parses_into_its_generated_class(table: dict[str, tuple[str, str]], parse: Any) -> None:
    for kind, (module, name) in table.items():
        cls = getattr(importlib.import_module(f"openrouter_api.models.{module}"), name)
        event = {"type": kind, "sequence_number": 3, "brand_new_field": [1]}
        typed = parse(event)
        assert type(typed) is cls, kind
        assert typed.to_dict() == event, kind  # lenient: nothing of the event is lost


@pytest.mark.parametrize("parse", [parse_response_event, parse_message_event], ids=["responses", "messages"])
@pytest.mark.parametrize("event", [{"type": "response.brand_new"}, {"type": 5}, {"no_type": True}])
def test_a_type_the_document_does_not_list_reaches_the_user_as_its_dict(parse: Any, event: dict[str, Any]) -> None:
    assert parse(event) is event


def test_the_chat_chunk_parses_into_chat_stream_chunk() -> None:
    data = {"id": "gen-1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    chunk = parse_chat_chunk(data)
    assert isinstance(chunk, ChatStreamChunk)
    assert chunk.to_dict() == data
