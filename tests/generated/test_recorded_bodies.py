"""The real response bodies in tests/recorded parse losslessly, and every key of them lands in a typed attribute.

Each body (each `data:` event of a stream) is parsed with the generated model of its operation's response for the
recorded status, as the corrected spec (openapi/overlay.yaml applied) declares it. Then:
- `to_dict()` gives back exactly the input (nothing a caller received is lost);
- walking the parsed tree, a key is untyped when it sits in a model's `additional_properties` (it and every key
  nested in its value), or inside a plain dict the parser kept because no model took it; every other key is typed.
  The share of typed keys is printed per body (`pytest -s`), and anything below 100% fails, naming the keys;
- an enum value the spec does not list (kept as a pseudo-member by the lenient enums) fails as well.
A failure here means the published document lacks what real traffic carries: add an overlay action with its
evidence (openapi/README.md, "The overlay").
"""

from __future__ import annotations

import enum
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pipeline"))

import openrouter_api.models
import recorded_bodies
from pipeline_helpers import REAL_SPEC, normalize_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from overlay import DEFAULT_OVERLAY, apply_overlay, load_overlay

# What each recorded body is an instance of, by the spec's response for its request and status (a stream: one
# event). Derived from the spec by the tests; written out so that a response moving in the spec is seen here.
EXPECTED_SCHEMAS = {
    "chat_completions.nonstream.json": "ChatResult",
    "chat_completions.nonstream_parallel_tool_calls.json": "ChatResult",
    "chat_completions.nonstream_reasoning_details.json": "ChatResult",
    "chat_completions.nonstream_web_search_annotations.json": "ChatResult",
    "chat_completions.stream_usage.sse": "ChatStreamChunk",
    "chat_completions.stream_reasoning_tool_calls.sse": "ChatStreamChunk",
    "chat_completions.stream_tool_calls.sse": "ChatStreamChunk",
    "chat_completions.stream_reasoning.sse": "ChatStreamChunk",
    "chat_completions.stream_midstream_error.sse": "ChatStreamChunk",
    "chat_completions.error_400_context_length.json": "BadRequestResponse",
    "chat_completions.error_429_provider.json": "TooManyRequestsResponse",
    "chat_completions.error_401.json": "UnauthorizedResponse",
    "models.list_full_2025-12.json": "ModelsListResponse",
    "models.list_trimmed_2026.json": "ModelsListResponse",
    "generation.get.json": "GenerationResponse",
    "generation.error_404.json": "NotFoundResponse",
    "responses.stream.sse": "StreamEvents",
    "responses.stream_openrouter_processing.sse": "StreamEvents",
    "responses.nonstream.json": "OpenResponsesResult",
    "embeddings.json": "CreateEmbeddingsResponse200",
    "rerank.json": "CreateRerankResponse200",
}
FILES = [row.file for row in recorded_bodies.recorded()]


@cache
def corrected_spec() -> dict[str, Any]:
    spec, _ = apply_overlay(normalize_spec.load_spec(REAL_SPEC), load_overlay(DEFAULT_OVERLAY))
    return spec


def schema_name(pointer: str) -> str:
    """The generated class name of a response schema: the component's, or `<OperationId>Response<status>` inline."""
    if pointer.startswith("#/components/schemas/"):
        return normalize_spec.pascal(pointer.rsplit("/", 1)[1])
    parts = pointer.removeprefix("#/paths/").split("/")
    path, method, status = parts[0].replace("~1", "/").replace("~0", "~"), parts[1], parts[3]
    operation_id = corrected_spec()["paths"][path][method]["operationId"]
    return f"{normalize_spec.pascal(operation_id)}Response{status}"


def parse(name: str, value: Any) -> tuple[Any, Any]:
    """(the parsed model, what its to_dict() gives back) for one body or one stream event."""
    row = recorded_bodies.by_file(name)
    pointer = recorded_bodies.response_schema_pointer(corrected_spec(), row)
    model = getattr(openrouter_api.models, schema_name(pointer), None)
    if model is not None:
        parsed = model.from_dict(value)
        return parsed, parsed.to_dict()
    # A union of events has no class of its own: the stream's envelope model parses it as its `data`.
    envelope = schema_name(recorded_stream_schema(row))
    wrapped = getattr(openrouter_api.models, envelope).from_dict({"data": value})
    return wrapped.data, wrapped.to_dict()["data"]


def recorded_stream_schema(row: recorded_bodies.Recorded) -> str:
    response = corrected_spec()["paths"][row.path][row.method]["responses"][row.status]
    return str(response["content"][recorded_bodies.SSE_TYPE]["schema"]["$ref"])


def count_keys(value: Any) -> int:
    if isinstance(value, dict):
        return sum(1 + count_keys(item) for item in value.values())
    if isinstance(value, list):
        return sum(count_keys(item) for item in value)
    return 0


def untyped(node: Any, where: str, found: dict[str, int], unknown_enums: list[str]) -> None:
    """Adds to `found` (path -> number of keys) every key of the parsed tree that no typed attribute holds."""
    if attrs.has(type(node)):
        for field in attrs.fields(type(node)):
            if field.name == "additional_properties":
                for key, value in node.additional_properties.items():
                    found[f"{where}.{key} ({type(node).__name__})"] = 1 + count_keys(value)
            else:
                # Required fields are stored as `_<name>` and read through a property; report the public name.
                untyped(getattr(node, field.name), f"{where}.{field.alias}", found, unknown_enums)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            untyped(item, f"{where}[{index}]", found, unknown_enums)
    elif isinstance(node, dict):
        for key, value in node.items():
            found[f"{where}.{key} (plain dict)"] = 1 + count_keys(value)
    elif isinstance(node, enum.Enum) and not type(node).is_known(node.value):
        unknown_enums.append(f"{where} = {node.value!r} ({type(node).__name__})")


def test_every_recorded_body_is_listed_with_the_schema_it_is_parsed_as() -> None:
    on_disk = sorted(path.name for path in recorded_bodies.RECORDED.iterdir() if path.suffix in (".json", ".sse"))
    assert sorted(FILES) == on_disk
    derived = {
        row.file: schema_name(recorded_bodies.response_schema_pointer(corrected_spec(), row))
        for row in recorded_bodies.recorded()
    }
    assert derived == EXPECTED_SCHEMAS


@pytest.mark.parametrize("name", FILES)
def test_a_recorded_body_parses_losslessly_into_typed_attributes(name: str) -> None:
    found: dict[str, int] = {}
    unknown_enums: list[str] = []
    total = 0
    stream = recorded_bodies.by_file(name).is_stream
    for index, value in enumerate(recorded_bodies.values(name)):
        parsed, back = parse(name, value)
        where = f"event {index}: $" if stream else "$"
        assert back == value, f"{name} ({where}): to_dict() does not give back the body"
        total += count_keys(value)
        untyped(parsed, where, found, unknown_enums)
    typed = total - sum(found.values())
    print(f"{name}: {typed}/{total} keys typed ({100 * typed / total:.1f}%)")
    # One line per distinct place (event and list indexes folded), so a stream does not repeat one gap per event.
    places = sorted({re.sub(r"\[\d+\]", "[]", re.sub(r"^event \d+: ", "", path)) for path in found})
    assert typed == total, f"{name}: {typed}/{total} keys typed; untyped: {places}"
    assert unknown_enums == [], f"{name}: enum values the spec does not list: {unknown_enums}"


def test_the_responses_stream_events_parse_as_the_member_their_type_names() -> None:
    union = corrected_spec()["components"]["schemas"]["StreamEvents"]
    mapping = union["discriminator"]["mapping"]
    seen = set()
    for name in ("responses.stream.sse", "responses.stream_openrouter_processing.sse"):
        for event in recorded_bodies.values(name):
            parsed, _ = parse(name, event)
            expected = normalize_spec.pascal(mapping[event["type"]].rsplit("/", 1)[1])
            assert type(parsed).__name__ == expected, f"{name}: {event['type']} event parsed as {type(parsed)}"
            seen.add(event["type"])
    assert {"response.created", "response.output_text.delta", "response.completed"} <= seen


def test_the_walk_finds_every_key_no_typed_attribute_holds() -> None:
    body = recorded_bodies.values("chat_completions.nonstream.json")[0]
    body["choices"][0]["message"]["surprise"] = {"nested": 1}
    body["choices"][0]["finish_reason"] = "new_reason"
    parsed, back = parse("chat_completions.nonstream.json", body)
    found: dict[str, int] = {}
    unknown_enums: list[str] = []
    untyped(parsed, "$", found, unknown_enums)
    assert back == body
    assert found == {"$.choices[0].message.surprise (ChatAssistantMessage)": 2}
    assert unknown_enums == ["$.choices[0].finish_reason = 'new_reason' (ChatFinishReasonEnum)"]
