"""Cassette tests of presets.

The three POST /presets/{slug}/... twins take an inference body and, as the spec says, ignore `stream` (and the
other inference-only fields): sent with `stream: true`, they answer JSON, the preset they made.

Each test drives the generated endpoint module (`sync_detailed`, `asyncio_detailed`, or `build_request` +
`parse_success`) and checks the request sent and the typed result. Unless a test says otherwise, the body is the
spec's example.
"""

from __future__ import annotations

import pytest
from openrouter_api.api.presets import (
    create_presets_chat_completions,
    create_presets_messages,
    create_presets_responses,
    get_preset,
    get_preset_version,
    list_preset_versions,
    list_presets,
)
from openrouter_api.models import (
    ChatRequest,
    CreatePresetFromInferenceResponse,
    GetPresetResponse,
    GetPresetVersionResponse,
    ListPresetsResponse,
    ListPresetVersionsResponse,
    MessagesRequest,
    ResponsesRequest,
)

# `make record` must not rewrite these: a cassette holds a real body from tests/recorded/ or the spec's example
# (the documented answer, for requests that would change a real account), not what the recording account answers.
pytestmark = [pytest.mark.vcr, pytest.mark.replay_only(reason="cassette bodies are recorded or documented ones")]


def test_list_presets(api, cassette) -> None:
    response = list_presets.sync_detailed(client=api, limit=50)

    cassette.assert_exchanges(("GET", "/presets", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListPresetsResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.data[0].name == body["data"][0]["name"]
    assert parsed.data[0].slug == body["data"][0]["slug"]
    assert parsed.data[0].status == body["data"][0]["status"]
    assert parsed.total_count == body["total_count"]
    assert parsed.to_dict() == body


def test_get_preset(api, cassette) -> None:
    http_response = api.get_httpx_client().request(**get_preset.build_request(slug="my-preset"))

    cassette.assert_exchanges(("GET", "/presets/my-preset", None))
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = get_preset.parse_success(http_response)
    assert isinstance(parsed, GetPresetResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.designated_version.id == body["data"]["designated_version"]["id"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.status == body["data"]["status"]
    assert parsed.to_dict() == body


async def test_create_presets_chat_completions(async_api, cassette) -> None:
    request = {
        "messages": [
            {"content": "You are a helpful assistant.", "role": "system"},
            {"content": "Hello!", "role": "user"},
        ],
        "model": "openai/gpt-5.4",
        "temperature": 0.7,
        "stream": True,
    }
    response = await create_presets_chat_completions.asyncio_detailed(
        client=async_api, slug="my-preset", body=ChatRequest.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/presets/my-preset/chat/completions", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, CreatePresetFromInferenceResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.designated_version.id == body["data"]["designated_version"]["id"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.status == body["data"]["status"]
    assert parsed.to_dict() == body


def test_create_presets_messages(api, cassette) -> None:
    request = {
        "max_tokens": 1024,
        "messages": [{"content": "Hello!", "role": "user"}],
        "model": "anthropic/claude-4.6-sonnet",
        "system": "You are a helpful assistant.",
        "stream": True,
    }
    response = create_presets_messages.sync_detailed(
        client=api, slug="my-preset", body=MessagesRequest.from_dict(request)
    )

    cassette.assert_exchanges(("POST", "/presets/my-preset/messages", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, CreatePresetFromInferenceResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.designated_version.id == body["data"]["designated_version"]["id"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.status == body["data"]["status"]
    assert parsed.to_dict() == body


def test_create_presets_responses(api, cassette) -> None:
    request = {
        "input": "Hello!",
        "instructions": "You are a helpful assistant.",
        "model": "openai/gpt-5.4",
        "stream": True,
    }
    http_response = api.get_httpx_client().request(
        **create_presets_responses.build_request(slug="my-preset", body=ResponsesRequest.from_dict(request))
    )

    cassette.assert_exchanges(("POST", "/presets/my-preset/responses", None))
    assert cassette.request_json(0) == request
    body = cassette.response_json(0)
    assert http_response.status_code == 200
    parsed = create_presets_responses.parse_success(http_response)
    assert isinstance(parsed, CreatePresetFromInferenceResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.designated_version.id == body["data"]["designated_version"]["id"]
    assert parsed.data.name == body["data"]["name"]
    assert parsed.data.slug == body["data"]["slug"]
    assert parsed.data.status == body["data"]["status"]
    assert parsed.to_dict() == body


async def test_list_preset_versions(async_api, cassette) -> None:
    response = await list_preset_versions.asyncio_detailed(client=async_api, slug="my-preset", limit=50)

    cassette.assert_exchanges(("GET", "/presets/my-preset/versions", {"limit": "50"}))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, ListPresetVersionsResponse)
    assert parsed.data[0].id == body["data"][0]["id"]
    assert parsed.total_count == body["total_count"]
    assert parsed.data[0].created_at == body["data"][0]["created_at"]
    assert parsed.data[0].version == body["data"][0]["version"]
    assert parsed.data[0].creator_id == body["data"][0]["creator_id"]
    assert parsed.to_dict() == body


def test_get_preset_version(api, cassette) -> None:
    response = get_preset_version.sync_detailed(client=api, slug="my-preset", version="1")

    cassette.assert_exchanges(("GET", "/presets/my-preset/versions/1", None))
    body = cassette.response_json(0)
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetPresetVersionResponse)
    assert parsed.data.id == body["data"]["id"]
    assert parsed.data.created_at == body["data"]["created_at"]
    assert parsed.data.version == body["data"]["version"]
    assert parsed.data.creator_id == body["data"]["creator_id"]
    assert parsed.data.preset_id == body["data"]["preset_id"]
    assert parsed.to_dict() == body
