"""The spec-driven operations keep state where they form a family, refuse what the spec refuses, and route like it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openrouter_ext.testing import Emulator

SOME_UUID = "6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b"
FAMILIES = [
    ("/byok", {"key": "sk-proj-abcd1234", "provider": "openai", "name": "Mine"}, {"name": "Renamed"}),
    (
        "/observability/destinations",
        {
            "name": "Langfuse",
            "type": "langfuse",
            "config": {"baseUrl": "https://l.example", "publicKey": "pk-lf-public-1234", "secretKey": "sk-lf-9876"},
        },
        {"name": "Renamed"},
    ),
    ("/workspaces", {"name": "Team", "slug": "team"}, {"name": "Renamed"}),
]


@pytest.mark.parametrize(("collection", "create", "update"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_a_created_item_is_listed_fetched_updated_and_deleted(
    client: httpx.Client, collection: str, create: dict[str, Any], update: dict[str, Any]
) -> None:
    created = client.post(collection, json=create)
    assert created.status_code == 201, created.text
    item = created.json()["data"]
    assert item["name"] == create["name"]
    url = f"{collection}/{item['id']}"
    assert [entry["id"] for entry in client.get(collection).json()["data"]] == [item["id"]]
    assert client.get(url).json()["data"]["name"] == create["name"]
    assert client.patch(url, json=update).json()["data"]["name"] == "Renamed"
    assert client.get(url).json()["data"]["name"] == "Renamed"
    assert client.delete(url).json()["deleted"] is True
    assert client.get(url).status_code == 404
    assert client.get(collection).json()["data"] == []


def test_byok_keys_show_a_masked_label_not_the_secret(client: httpx.Client) -> None:
    item = client.post("/byok", json={"key": "sk-proj-secret-9876", "provider": "openai"}).json()["data"]
    assert "secret" not in str(item)
    assert item["label"].endswith("9876")


def test_an_observability_destination_has_its_own_types_shape_and_config_rules(client: httpx.Client) -> None:
    webhook = client.post(
        "/observability/destinations",
        json={"name": "Hook", "type": "webhook", "config": {"url": "https://hooks.example/or", "method": "PUT"}},
    )
    assert webhook.status_code == 201, webhook.text
    item = webhook.json()["data"]
    # The webhook's own config, not the Langfuse sample's keys merged in.
    assert item["type"] == "webhook"
    assert item["config"] == {"url": "https://hooks.example/or", "method": "PUT"}
    assert client.get(f"/observability/destinations/{item['id']}").json()["data"]["config"] == item["config"]

    wrong = client.post(
        "/observability/destinations", json={"name": "Hook", "type": "webhook", "config": {"method": "GET"}}
    )
    assert wrong.status_code == 400
    assert wrong.json()["error"]["metadata"]["field"] == "body.config"
    bad_update = client.patch(f"/observability/destinations/{item['id']}", json={"config": {"method": "DELETE"}})
    assert bad_update.status_code == 400, bad_update.text
    assert "DELETE" in bad_update.json()["error"]["message"]


def test_an_observability_secret_is_shown_back_masked(client: httpx.Client) -> None:
    config = {"baseUrl": "https://l.example", "publicKey": "pk-lf-public-1234", "secretKey": "sk-lf-secret-9876"}
    item = client.post(
        "/observability/destinations", json={"name": "Langfuse", "type": "langfuse", "config": config}
    ).json()["data"]
    assert "lf-secret" not in str(item)
    assert item["config"] == {"baseUrl": "https://l.example", "publicKey": "pk-l...1234", "secretKey": "sk-l...9876"}


def test_workspace_budgets_and_members(client: httpx.Client) -> None:
    workspace = client.post("/workspaces", json={"name": "Team", "slug": "team"}).json()["data"]["id"]
    budget = client.put(
        f"/workspaces/{workspace}/budgets/daily", json={"limit_usd": 7, "include_byok_in_budgets": True}
    )
    assert budget.status_code == 200, budget.text
    assert budget.json()["data"]["limit_usd"] == 7
    assert budget.json()["data"]["reset_interval"] == "daily"
    listed = client.get(f"/workspaces/{workspace}/budgets").json()
    assert [b["reset_interval"] for b in listed["data"]] == ["daily"]
    assert listed["include_byok_in_budgets"] is True
    assert client.delete(f"/workspaces/{workspace}/budgets/daily").status_code == 200
    assert client.get(f"/workspaces/{workspace}/budgets/daily").status_code == 404

    added = client.post(f"/workspaces/{workspace}/members/add", json={"user_ids": ["user_a", "user_b"]}).json()
    assert added["added_count"] == 2
    again = client.post(f"/workspaces/{workspace}/members/add", json={"user_ids": ["user_a"]}).json()
    assert again["added_count"] == 0
    removed = client.post(f"/workspaces/{workspace}/members/remove", json={"user_ids": ["user_a"]}).json()
    assert removed["removed_count"] == 1
    members = client.get(f"/workspaces/{workspace}/members").json()
    assert [m["user_id"] for m in members["data"]] == ["user_b"]
    assert members["total_count"] == 1
    assert client.get("/workspaces/00000000-0000-4000-8000-000000000000/members").status_code == 404


def test_presets_are_created_from_an_inference_body_and_versioned(client: httpx.Client) -> None:
    body = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.2}
    first = client.post("/presets/helper/chat/completions", json=body)
    assert first.status_code == 200, first.text
    assert first.json()["data"]["slug"] == "helper"
    client.post("/presets/helper/responses", json={"model": "openai/gpt-4o", "input": "x", "instructions": "Be brief."})
    preset = client.get("/presets/helper").json()["data"]
    assert preset["designated_version"]["version"] == 2
    assert preset["designated_version"]["system_prompt"] == "Be brief."
    versions = client.get("/presets/helper/versions").json()
    assert [v["version"] for v in versions["data"]] == [1, 2]
    assert client.get("/presets/helper/versions/1").json()["data"]["config"]["temperature"] == 0.2
    assert [p["slug"] for p in client.get("/presets").json()["data"]] == ["helper"]
    assert client.get("/presets/absent").status_code == 404


def test_files_upload_download_list_delete(client: httpx.Client) -> None:
    uploaded = client.post("/files", files={"file": ("report.csv", b"a,b\n1,2\n", "text/csv")})
    assert uploaded.status_code == 200, uploaded.text
    meta = uploaded.json()
    assert (meta["filename"], meta["size_bytes"]) == ("report.csv", 8)
    content = client.get(f"/files/{meta['id']}/content")
    assert content.content == b"a,b\n1,2\n"
    assert content.headers["content-type"] == "application/octet-stream"
    assert [f["id"] for f in client.get("/files").json()["data"]] == [meta["id"]]
    assert client.get(f"/files/{meta['id']}").json()["filename"] == "report.csv"
    assert client.delete(f"/files/{meta['id']}").json()["id"] == meta["id"]
    assert client.get(f"/files/{meta['id']}/content").status_code == 404


def test_a_file_upload_without_the_file_is_400(client: httpx.Client) -> None:
    response = client.post("/files", files={"other": ("x.txt", b"x", "text/plain")})
    assert response.status_code == 400
    assert "file" in response.json()["error"]["message"]


def test_a_video_job_is_created_polled_and_downloaded(client: httpx.Client) -> None:
    job = client.post("/videos", json={"model": "google/veo-3.1", "prompt": "waves"})
    assert job.status_code == 202
    job_id = job.json()["id"]
    assert job.json()["status"] == "pending"
    polled = client.get(f"/videos/{job_id}").json()
    assert polled["status"] == "completed"
    content = client.get(f"/videos/{job_id}/content")
    assert content.headers["content-type"] == "video/mp4"
    assert b"waves" in content.content
    assert client.get("/videos/job-missing").status_code == 404


def test_speech_is_audio_bytes_and_transcription_takes_a_multipart_file(client: httpx.Client) -> None:
    speech = client.post("/audio/speech", json={"model": "openai/tts", "input": "hello", "response_format": "mp3"})
    assert speech.status_code == 200
    assert speech.headers["content-type"] == "audio/mpeg"
    assert speech.content.endswith(b"hello")
    transcript = client.post(
        "/audio/transcriptions",
        data={"model": "openai/whisper-1"},
        files={"file": ("talk.wav", b"RIFF1234", "audio/wav")},
    )
    assert transcript.status_code == 200, transcript.text
    assert "talk.wav" in transcript.json()["text"]


def test_unknown_paths_are_json_404_and_other_methods_json_405(client: httpx.Client) -> None:
    missing = client.get("/no/such/thing")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == 404
    for method in ("PUT", "OPTIONS", "HEAD"):
        refused = client.request(method, "/keys")
        assert refused.status_code == 405, method
        assert refused.headers["allow"] == "GET, POST"
        if method != "HEAD":
            assert refused.headers["content-type"] == "application/json"
            assert refused.json()["error"]["code"] == 405


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("PATCH", "/keys/HASH", {"name": False}, "body.name"),
        ("PATCH", "/keys/HASH", {"disabled": "wb<b6"}, "body.disabled"),
        ("POST", "/chat/completions", {"messages": [{"role": "wizard", "content": "hi"}]}, "body.messages[0]"),
        ("POST", "/workspaces", {"slug": "no-name"}, "body"),
        ("GET", "/keys?offset=-3", None, "offset"),
        ("GET", "/guardrails?limit=many", None, "limit"),
        # Formats are constraints: a workspace id is a UUID, a date-time is RFC 3339, a callback an absolute URI.
        ("POST", "/keys", {"name": "k", "workspace_id": ""}, "body.workspace_id"),
        ("POST", "/keys", {"name": "k", "expires_at": "next tuesday"}, "body.expires_at"),
        ("POST", "/byok", {"key": "sk-1", "provider": "openai", "workspace_id": "ws-1"}, "body.workspace_id"),
        (
            "POST",
            "/scim/group-mappings",
            {"scim_group_id": "g66738eb-5eee-39a4-811c-96159b5af7f6", "workspace_id": SOME_UUID, "role": "member"},
            "body.scim_group_id",
        ),
        (
            "POST",
            "/auth/keys/code",
            {"callback_url": "not a url", "code_challenge": "abc", "code_challenge_method": "S256"},
            "body.callback_url",
        ),
        ("GET", "/guardrails/not-a-uuid", None, "path parameter id"),
        # A scalar query parameter given twice is not one value.
        ("GET", f"/keys?workspace_id={SOME_UUID}&workspace_id={SOME_UUID}", None, "workspace_id"),
    ],
)
def test_requests_the_spec_rejects_are_400_naming_the_field(
    emu: Emulator, client: httpx.Client, method: str, path: str, body: Any, field: str
) -> None:
    path = path.replace("HASH", emu.seed_keys(1)[0])
    response = client.request(method, path, json=body)
    # GET /guardrails/{id} documents no 400: the emulator answers the nearest documented status, its 404.
    assert response.status_code == (404 if path.startswith("/guardrails/") else 400), response.text
    assert field in response.json()["error"]["message"]


def test_well_formed_values_of_those_formats_are_accepted(client: httpx.Client) -> None:
    created = client.post("/keys", json={"name": "k", "workspace_id": SOME_UUID, "expires_at": "2030-01-01T00:00:00Z"})
    assert created.status_code == 201, created.text
    code = client.post(
        "/auth/keys/code",
        json={"callback_url": "https://app.example/cb", "code_challenge": "abc", "code_challenge_method": "S256"},
    )
    assert code.status_code == 200, code.text
    assert client.get(f"/keys?workspace_id={SOME_UUID}").status_code == 200


@pytest.mark.parametrize(
    "path", ["/models/count", "/endpoints/zdr", "/embeddings/models", "/images/models", "/videos/models"]
)
def test_operations_that_document_no_401_answer_without_a_key(emu: Emulator, path: str) -> None:
    response = httpx.get(emu.base_url + path)
    assert response.status_code == 200, response.text


def test_operations_that_document_401_still_need_a_key(emu: Emulator) -> None:
    response = httpx.get(emu.base_url + "/workspaces")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == 401


def test_a_lifetime_budget_never_resets(client: httpx.Client) -> None:
    workspace = client.post("/workspaces", json={"name": "Team", "slug": "team"}).json()["data"]["id"]
    budget = client.put(f"/workspaces/{workspace}/budgets/lifetime", json={"limit_usd": 5})
    assert budget.status_code == 200, budget.text
    # The spec's WorkspaceBudget has no "lifetime" reset interval: a budget that never resets says null.
    assert budget.json()["data"]["reset_interval"] is None
    assert client.get(f"/workspaces/{workspace}/budgets/lifetime").json()["data"]["limit_usd"] == 5


def test_validation_can_be_turned_off() -> None:
    with Emulator(validate_requests=False) as emu:
        (key_hash,) = emu.seed_keys(1)
        response = httpx.patch(
            f"{emu.base_url}/keys/{key_hash}", json={"name": False}, headers={"Authorization": "Bearer x"}
        )
    assert response.status_code == 200


def test_a_listed_file_validates_against_the_spec(client: httpx.Client) -> None:
    from emulator_catalog import Checker, load_spec

    spec = load_spec()
    client.post("/files", files={"file": ("a.txt", b"a", "text/plain")})
    schema = spec["paths"]["/files"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert Checker(spec).errors(schema, client.get("/files").json()) == []
