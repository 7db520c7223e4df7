"""The emulator answers every operation of the pinned spec, and what it answers validates against the spec.

The spec is loaded from openapi/ with the overlay applied (scripts/overlay.py), and bodies are checked with
jsonschema 2020-12, `$ref`s resolved inside that document: the emulator's own copy of the spec (the package's
catalog) is not what it is judged by.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from emulator_catalog import CATALOG_PATH, Checker, Sampler, build_catalog, load_spec, render
from sse_helpers import data_frames

from openrouter_ext.testing import Behaviour, Emulator, ErrorEvent

USER = [{"role": "user", "content": "hi"}]
SPEC = load_spec()
CHECKER = Checker(SPEC)
OPERATIONS = [
    (method, path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]


def _media(response_spec: dict[str, Any], content_type: str) -> tuple[str, dict[str, Any]] | None:
    """The documented media type `content_type` falls under (exact or a range like audio/*), with its entry."""
    for media_type, media in response_spec.get("content", {}).items():
        if media_type == content_type or (media_type.endswith("/*") and content_type.startswith(media_type[:-1])):
            return media_type, media
    return None


def _errors(schema: dict[str, Any], instance: Any) -> list[str]:
    return CHECKER.errors(schema, instance)[:3]


def _success(operation: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    code = min(code for code in operation["responses"] if code.startswith("2"))
    return int(code), operation["responses"][code]


def _request_example(operation: dict[str, Any], media_type: str) -> Any:
    media = operation["requestBody"]["content"][media_type]
    example = media.get("example", media.get("schema", {}).get("example"))
    return Sampler(CHECKER).sample(media["schema"], example)


# -- what each operation needs to exist first (an id to address, a key to assign); returns path params ------------


def _created(client: httpx.Client, path: str, body: dict[str, Any], key: str = "id") -> str:
    response = client.post(path, json=body)
    assert response.status_code in (200, 201), response.text
    value: str = response.json()["data"][key]
    return value


def _workspace(client: httpx.Client) -> str:
    return _created(client, "/workspaces", {"name": "Emulated", "slug": f"ws-{len(client.get('/workspaces').text)}"})


def _preset(client: httpx.Client) -> str:
    client.post("/presets/my-preset/chat/completions", json={"model": "openai/gpt-4o", "messages": USER})
    return "my-preset"


def _file(client: httpx.Client) -> str:
    response = client.post("/files", files={"file": ("notes.txt", b"hello file", "text/plain")})
    assert response.status_code == 200, response.text
    file_id: str = response.json()["id"]
    return file_id


def _video(client: httpx.Client) -> str:
    response = client.post("/videos", json={"model": "google/veo-3.1", "prompt": "a mountain"})
    assert response.status_code == 202, response.text
    job_id: str = response.json()["id"]
    return job_id


def _generation(client: httpx.Client) -> str:
    generation_id: str = client.post("/chat/completions", json={"messages": USER}).headers["x-generation-id"]
    return generation_id


Setup = Callable[[Emulator, httpx.Client], dict[str, str]]


def _guardrail(emu: Emulator, client: httpx.Client) -> dict[str, str]:
    return {"id": emu.seed_guardrails(1)[0]}


SCIM_MAPPING = {
    "scim_group_id": "550e8400-e29b-41d4-a716-446655440000",
    "workspace_id": "660e8400-e29b-41d4-a716-446655440000",
    "role": "member",
}
OBSERVABILITY = {
    "name": "Langfuse",
    "type": "langfuse",
    "config": {"baseUrl": "https://l.example", "publicKey": "pk-lf-1234", "secretKey": "sk-lf-5678"},
}

SETUPS: dict[str, Setup] = {
    "getKey": lambda emu, client: {"hash": emu.seed_keys(1)[0]},
    "updateKeys": lambda emu, client: {"hash": emu.seed_keys(1)[0]},
    "deleteKeys": lambda emu, client: {"hash": emu.seed_keys(1)[0]},
    "getGuardrail": _guardrail,
    "updateGuardrail": _guardrail,
    "deleteGuardrail": _guardrail,
    "listGuardrailKeyAssignments": _guardrail,
    "bulkAssignKeysToGuardrail": _guardrail,
    "bulkUnassignKeysFromGuardrail": _guardrail,
    "listGuardrailMemberAssignments": _guardrail,
    "bulkAssignMembersToGuardrail": _guardrail,
    "bulkUnassignMembersFromGuardrail": _guardrail,
    "getBYOKKey": lambda emu, client: {"id": _created(client, "/byok", {"key": "sk-x1234", "provider": "openai"})},
    "updateBYOKKey": lambda emu, client: {"id": _created(client, "/byok", {"key": "sk-x1234", "provider": "openai"})},
    "deleteBYOKKey": lambda emu, client: {"id": _created(client, "/byok", {"key": "sk-x1234", "provider": "openai"})},
    "getObservabilityDestination": lambda emu, client: {
        "id": _created(client, "/observability/destinations", OBSERVABILITY)
    },
    "updateObservabilityDestination": lambda emu, client: {
        "id": _created(client, "/observability/destinations", OBSERVABILITY)
    },
    "deleteObservabilityDestination": lambda emu, client: {
        "id": _created(client, "/observability/destinations", OBSERVABILITY)
    },
    "getScimGroupMapping": lambda emu, client: {"id": _created(client, "/scim/group-mappings", SCIM_MAPPING)},
    "updateScimGroupMapping": lambda emu, client: {"id": _created(client, "/scim/group-mappings", SCIM_MAPPING)},
    "deleteScimGroupMapping": lambda emu, client: {"id": _created(client, "/scim/group-mappings", SCIM_MAPPING)},
    "getWorkspace": lambda emu, client: {"id": _workspace(client)},
    "updateWorkspace": lambda emu, client: {"id": _workspace(client)},
    "deleteWorkspace": lambda emu, client: {"id": _workspace(client)},
    "listWorkspaceBudgets": lambda emu, client: _with_budget(client),
    "upsertWorkspaceBudget": lambda emu, client: {"id": _workspace(client), "interval": "monthly"},
    "getWorkspaceBudget": lambda emu, client: _with_budget(client),
    "deleteWorkspaceBudget": lambda emu, client: _with_budget(client),
    "listWorkspaceMembers": lambda emu, client: _with_member(client),
    "bulkAddWorkspaceMembers": lambda emu, client: {"id": _workspace(client)},
    "bulkRemoveWorkspaceMembers": lambda emu, client: {"id": _workspace(client)},
    "getPreset": lambda emu, client: {"slug": _preset(client)},
    "listPresetVersions": lambda emu, client: {"slug": _preset(client)},
    "getPresetVersion": lambda emu, client: {"slug": _preset(client), "version": "1"},
    "getFileMetadata": lambda emu, client: {"file_id": _file(client)},
    "deleteFile": lambda emu, client: {"file_id": _file(client)},
    "downloadFileContent": lambda emu, client: {"file_id": _file(client)},
    "getVideos": lambda emu, client: {"jobId": _video(client)},
    "listVideosContent": lambda emu, client: {"jobId": _video(client)},
    "getModel": lambda emu, client: {"author": "openai", "slug": "gpt-4o-mini"},
    # Lists are walked with an item in them, so the item's shape is checked too.
    "list": lambda emu, client: {"_": emu.seed_keys(1)[0]},
    "listGuardrails": _guardrail,
    "listBYOKKeys": lambda emu, client: {"_": _created(client, "/byok", {"key": "sk-x1234", "provider": "openai"})},
    "listObservabilityDestinations": lambda emu, client: {
        "_": _created(client, "/observability/destinations", OBSERVABILITY)
    },
    "listScimGroupMappings": lambda emu, client: {"_": _created(client, "/scim/group-mappings", SCIM_MAPPING)},
    "listWorkspaces": lambda emu, client: {"_": _workspace(client)},
    "listPresets": lambda emu, client: {"_": _preset(client)},
    "listFiles": lambda emu, client: {"_": _file(client)},
}


def _with_budget(client: httpx.Client) -> dict[str, str]:
    workspace = _workspace(client)
    assert client.put(f"/workspaces/{workspace}/budgets/weekly", json={"limit_usd": 5}).status_code == 200
    return {"id": workspace, "interval": "weekly"}


def _with_member(client: httpx.Client) -> dict[str, str]:
    workspace = _workspace(client)
    assert client.post(f"/workspaces/{workspace}/members/add", json={"user_ids": ["user_1"]}).status_code == 200
    return {"id": workspace}


def _bodies(emu: Emulator, operation_id: str, params: dict[str, str]) -> dict[str, Any]:
    """Request bodies that refer to what the setup made (the spec's examples name keys that do not exist here)."""
    if operation_id in ("bulkAssignKeysToGuardrail", "bulkUnassignKeysFromGuardrail"):
        return {"key_hashes": emu.seed_keys(1)}
    if operation_id in ("bulkAssignMembersToGuardrail", "bulkUnassignMembersFromGuardrail"):
        return {"member_user_ids": ["user_emulated_1"]}
    if operation_id == "getGeneration":
        return {}
    return {}


def _query(operation: dict[str, Any], emu: Emulator, client: httpx.Client, operation_id: str) -> dict[str, str]:
    query: dict[str, str] = {}
    for parameter in operation.get("parameters", []):
        if parameter["in"] != "query" or not parameter.get("required"):
            continue
        value = Sampler(CHECKER).sample(parameter["schema"], parameter.get("example"))
        query[parameter["name"]] = str(value).lower() if isinstance(value, bool) else str(value)
    if operation_id == "getGeneration":
        query["id"] = _generation(client)
    return query


def _call(emu: Emulator, client: httpx.Client, method: str, path: str, operation: dict[str, Any]) -> httpx.Response:
    operation_id = operation["operationId"]
    params = SETUPS.get(operation_id, lambda emu, client: {})(emu, client)
    for name in re.findall(r"\{(\w+)\}", path):
        params.setdefault(name, "example-" + name)
    params.pop("_", None)
    url = path.format(**params)
    query = _query(operation, emu, client, operation_id)
    content = operation.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        fields = {"model": "openai/whisper-1"} if operation_id == "createAudioTranscriptions" else {}
        files = {"file": ("sample.wav", b"RIFF-emulated-audio", "audio/wav")}
        return client.request(method.upper(), url, params=query, data=fields, files=files)
    if "application/json" in content:
        body = _bodies(emu, operation_id, params) or _request_example(operation, "application/json")
        return client.request(method.upper(), url, params=query, json=body)
    return client.request(method.upper(), url, params=query)


def test_the_walk_covers_every_operation_of_the_spec() -> None:
    assert len(OPERATIONS) == 97
    assert {operation["operationId"] for _, _, operation in OPERATIONS} >= set(SETUPS)


def test_the_stored_catalog_is_current() -> None:
    """The package's copy of the spec is what scripts/emulator_catalog.py makes of the pinned spec today."""
    assert CATALOG_PATH.read_text(encoding="utf-8") == render(build_catalog(SPEC)), (
        "openrouter_ext/testing/spec_catalog.json is stale: run make emulator-catalog"
    )


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    OPERATIONS,
    ids=[f"{method.upper()} {path}" for method, path, _ in OPERATIONS],
)
def test_every_operation_answers_as_the_spec_says(
    emu: Emulator, client: httpx.Client, method: str, path: str, operation: dict[str, Any]
) -> None:
    response = _call(emu, client, method, path, operation)
    status, response_spec = _success(operation)
    assert response.status_code == status, response.text[:500]
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    found = _media(response_spec, content_type)
    if not response_spec.get("content"):
        assert response.content in (b"", b"{}", b"null"), response.content[:200]
        return
    assert found is not None, f"{content_type!r} is not documented: {sorted(response_spec['content'])}"
    media_type, media = found
    if "json" in media_type:
        assert _errors(media["schema"], response.json()) == []
    else:
        assert response.content, "a binary body is never empty"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/chat/completions", {"messages": USER}),
        ("/responses", {"input": "hi"}),
        ("/messages", {"model": "m", "messages": USER}),
        ("/images", {"model": "openai/gpt-image-1", "prompt": "a cat"}),
    ],
)
@pytest.mark.parametrize("with_error", [False, True])
def test_stream_events_match_the_spec(
    emu: Emulator, client: httpx.Client, path: str, body: dict[str, Any], with_error: bool
) -> None:
    emu.behaviour = Behaviour(reasoning=True, tool_calls=1)
    if with_error:
        emu.faults.add(ErrorEvent(after_events=3))
    with client.stream("POST", path, json={**body, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = response.read()
    event_schema = CHECKER.resolve(
        SPEC["paths"][path]["post"]["responses"]["200"]["content"]["text/event-stream"]["schema"]
    )
    frames = [frame for frame in data_frames(raw) if frame.data != "[DONE]"]
    assert frames
    problems = {}
    for index, frame in enumerate(frames):
        event = {"data": frame.json()} if frame.event is None else {"event": frame.event, "data": frame.json()}
        errors = _errors(event_schema, event)
        if errors:
            problems[index] = errors
    assert problems == {}


def test_the_models_listing_matches_the_spec_with_and_without_paging(client: httpx.Client) -> None:
    schema = SPEC["paths"]["/models"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    for params in ({}, {"offset": "2", "limit": "3"}):
        response = client.get("/models", params=params)
        assert response.status_code == 200
        assert _errors(schema, response.json()) == []


def test_error_envelopes_match_the_spec(emu: Emulator, client: httpx.Client) -> None:
    cases = [
        ("GET", "/keys/unknown", None, "/keys/{hash}", "get", "404"),
        ("GET", "/guardrails/unknown", None, "/guardrails/{id}", "get", "404"),
        ("GET", "/workspaces/unknown", None, "/workspaces/{id}", "get", "404"),
        ("POST", "/chat/completions", {"messages": "not a list"}, "/chat/completions", "post", "400"),
        ("POST", "/messages", {"messages": USER}, "/messages", "post", "400"),
        ("PATCH", "/byok/00000000-0000-4000-8000-000000000000", {"name": "x"}, "/byok/{id}", "patch", "404"),
        ("PATCH", "/byok/not-a-uuid", {"name": "x"}, "/byok/{id}", "patch", "400"),
    ]
    for method, url, body, path, verb, status in cases:
        response = client.request(method, url, json=body)
        assert response.status_code == int(status), (url, response.text)
        schema = SPEC["paths"][path][verb]["responses"][status]["content"]["application/json"]["schema"]
        assert _errors(schema, response.json()) == [], url
