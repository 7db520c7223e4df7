"""The emulator's bodies and stream events validate against the project's pinned OpenAPI spec.

GET /models is left out on purpose: like the real API, it omits `links`, `supported_voices` and (without paging
parameters) `total_count`, which the spec marks required.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sse_helpers import data_frames

from openrouter_ext.testing import Behaviour, Emulator, ErrorEvent

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "openrouter.yaml"
SPEC_URI = "urn:openrouter-spec"
USER = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


_registries: dict[int, Registry[Any]] = {}


def _errors(spec: dict[str, Any], schema: dict[str, Any], instance: Any) -> list[str]:
    registry = _registries.get(id(spec))
    if registry is None:
        registry = _registries[id(spec)] = Registry().with_resource(SPEC_URI, Resource.from_contents(spec, DRAFT202012))
    rooted = json.loads(json.dumps(schema).replace('"#/components', f'"{SPEC_URI}#/components'))
    validator = OAS31Validator(rooted, registry=registry)
    return [f"{list(error.absolute_path)}: {error.message[:200]}" for error in validator.iter_errors(instance)]


def _response_schema(spec: dict[str, Any], path: str, method: str, status: str, content_type: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path][method]["responses"][status]["content"][content_type]["schema"]
    return schema


def test_json_bodies_match_the_spec(spec: dict[str, Any], emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(reasoning=True, tool_calls=1)
    (guardrail_id,) = emu.seed_guardrails(1)
    emu.seed_key_assignments(guardrail_id, 2)
    emu.seed_member_assignments(guardrail_id, 2)
    generation_id = client.post("/chat/completions", json={"messages": USER}).headers["x-generation-id"]
    calls = [
        ("/providers", "get", "200", client.get("/providers")),
        ("/credits", "get", "200", client.get("/credits")),
        ("/key", "get", "200", client.get("/key")),
        ("/keys", "get", "200", client.get("/keys")),
        ("/keys", "post", "201", client.post("/keys", json={"name": "a"})),
        ("/guardrails", "get", "200", client.get("/guardrails")),
        ("/guardrails", "post", "201", client.post("/guardrails", json={"name": "g"})),
        ("/guardrails/assignments/keys", "get", "200", client.get("/guardrails/assignments/keys")),
        ("/guardrails/assignments/members", "get", "200", client.get("/guardrails/assignments/members")),
        ("/generation", "get", "200", client.get("/generation", params={"id": generation_id})),
        ("/chat/completions", "post", "200", client.post("/chat/completions", json={"messages": USER})),
        ("/responses", "post", "200", client.post("/responses", json={"input": "hi"})),
        ("/messages", "post", "200", client.post("/messages", json={"model": "m", "messages": USER})),
    ]
    problems = {}
    for path, method, status, response in calls:
        assert response.status_code == int(status), (path, response.text)
        errors = _errors(spec, _response_schema(spec, path, method, status, "application/json"), response.json())
        if errors:
            problems[f"{method.upper()} {path}"] = errors[:3]
    assert problems == {}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/chat/completions", {"messages": USER}),
        ("/responses", {"input": "hi"}),
        ("/messages", {"model": "m", "messages": USER}),
    ],
)
@pytest.mark.parametrize("with_error", [False, True])
def test_stream_events_match_the_spec(
    spec: dict[str, Any], emu: Emulator, client: httpx.Client, path: str, body: dict[str, Any], with_error: bool
) -> None:
    emu.behaviour = Behaviour(reasoning=True, tool_calls=1)
    if with_error:
        emu.faults.add(ErrorEvent(after_events=3))
    with client.stream("POST", path, json={**body, "stream": True}) as response:
        raw = response.read()
    schema = _response_schema(spec, path, "post", "200", "text/event-stream")
    events = [frame.json() for frame in data_frames(raw) if frame.data != "[DONE]"]
    assert events
    problems = {index: _errors(spec, schema, event)[:2] for index, event in enumerate(events)}
    assert {index: errors for index, errors in problems.items() if errors} == {}
