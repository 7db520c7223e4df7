"""Starting and stopping, the chat route streamed and not, keys listing, auth."""

from __future__ import annotations

import httpx
import pytest
from sse_helpers import parse_frames

from openrouter_ext.testing import Behaviour, Emulator

CHAT = {"model": "emulator/count", "messages": [{"role": "user", "content": "Hello there"}]}


def test_context_manager_serves_on_loopback_and_releases_the_port() -> None:
    with Emulator() as emu:
        assert emu.base_url.startswith("http://127.0.0.1:")
        assert emu.base_url.endswith("/api/v1")
        port = emu.port
        assert httpx.get(f"{emu.base_url}/models", timeout=5).status_code == 200
    assert not emu.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/api/v1/models", timeout=1)


def test_chat_completion_counts_and_carries_generation_id(client: httpx.Client) -> None:
    response = client.post("/chat/completions", json=CHAT)
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["id"].startswith("gen-")
    assert response.headers["X-Generation-Id"] == body["id"]
    choice = body["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": "1 2 3 4 5", "refusal": None}
    assert choice["finish_reason"] == "stop"
    assert body["usage"]["completion_tokens"] == 5
    assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"] + 5


def test_echo_model_repeats_the_last_user_message(client: httpx.Client) -> None:
    request = {"model": "emulator/echo", "messages": [{"role": "user", "content": "say this back"}]}
    body = client.post("/chat/completions", json=request).json()
    assert body["choices"][0]["message"]["content"] == "say this back"


def test_chat_stream_frames_keepalive_chunks_usage_and_done(client: httpx.Client) -> None:
    with client.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream"
        generation_id = response.headers["x-generation-id"]
        raw = response.read()
    frames = parse_frames(raw)
    assert frames[0].comments == ("OPENROUTER PROCESSING",)
    assert frames[-1].data == "[DONE]"
    chunks = [frame.json() for frame in frames if frame.data not in (None, "[DONE]")]
    assert all(chunk["id"] == generation_id and chunk["object"] == "chat.completion.chunk" for chunk in chunks)
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == "1 2 3 4 5"
    finishing = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert [c["choices"][0]["finish_reason"] for c in finishing] == ["stop"]
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["completion_tokens"] == 5


def test_chunk_count_and_keepalives_follow_behaviour(emu: Emulator, client: httpx.Client) -> None:
    emu.behaviour = Behaviour(chunks=50, keepalive_comments=3)
    with client.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as response:
        frames = parse_frames(response.read())
    assert sum(1 for frame in frames if frame.comments) == 3
    contents = [
        frame.json()["choices"][0]["delta"].get("content")
        for frame in frames
        if frame.data not in (None, "[DONE]") and frame.json()["choices"]
    ]
    assert [c for c in contents if c] == ["1"] + [f" {n}" for n in range(2, 51)]


def test_behaviour_header_overrides_per_request(client: httpx.Client) -> None:
    response = client.post("/chat/completions", json=CHAT, headers={"X-Emulator-Behaviour": "chunks=3"})
    assert response.json()["choices"][0]["message"]["content"] == "1 2 3"
    bad = client.post("/chat/completions", json=CHAT, headers={"X-Emulator-Behaviour": "chunks=many"})
    assert bad.status_code == 400


def test_max_tokens_cuts_the_answer_with_finish_reason_length(client: httpx.Client) -> None:
    body = client.post("/chat/completions", json={**CHAT, "max_tokens": 2}).json()
    assert body["choices"][0]["message"]["content"] == "1 2"
    assert body["choices"][0]["finish_reason"] == "length"


def test_missing_bearer_is_401_with_error_envelope(emu: Emulator) -> None:
    response = httpx.post(f"{emu.base_url}/chat/completions", json=CHAT, timeout=5)
    assert response.status_code == 401
    assert response.json() == {"error": {"code": 401, "message": "No auth credentials found"}}


def test_configured_api_key_rejects_other_tokens() -> None:
    with Emulator(api_key="sk-right") as emu:
        wrong = httpx.post(
            f"{emu.base_url}/chat/completions", json=CHAT, headers={"Authorization": "Bearer sk-wrong"}, timeout=5
        )
        right = httpx.post(
            f"{emu.base_url}/chat/completions", json=CHAT, headers={"Authorization": "Bearer sk-right"}, timeout=5
        )
    assert wrong.status_code == 401
    assert wrong.json()["error"]["code"] == 401
    assert right.status_code == 200


def test_keys_listing_hides_disabled_unless_asked(emu: Emulator, client: httpx.Client) -> None:
    emu.seed_keys(10, disabled_every=5)
    enabled = client.get("/keys").json()["data"]
    everything = client.get("/keys", params={"include_disabled": "true"}).json()["data"]
    assert len(enabled) == 8
    assert len(everything) == 10
    assert {"hash", "name", "label", "disabled", "limit", "usage", "created_at"} <= set(everything[0])
    assert client.get("/keys", params={"include_disabled": "yes"}).status_code == 400


def test_requests_are_recorded_with_authorization_redacted(emu: Emulator, client: httpx.Client) -> None:
    client.post("/chat/completions", json=CHAT)
    (recorded,) = emu.requests
    assert recorded.method == "POST"
    assert recorded.route == "POST /chat/completions"
    assert recorded.json == CHAT
    assert recorded.status == 200
    assert "sk-or-v1-emulator-tests" not in str(recorded.headers)
    assert recorded.headers["Authorization"] == "<redacted>"


def test_unknown_path_is_404_envelope(client: httpx.Client) -> None:
    response = client.get("/no/such/route")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == 404
