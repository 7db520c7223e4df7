"""Catalog, account, keys and guardrails routes: shapes, CRUD and the paging rules."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openrouter_ext.testing import Emulator, ListChange

USER = [{"role": "user", "content": "Hello"}]


def test_models_are_shaped_like_the_real_catalog(client: httpx.Client) -> None:
    models = client.get("/models").json()["data"]
    assert len(models) == 24
    model = models[0]
    assert {
        "id",
        "canonical_slug",
        "name",
        "created",
        "description",
        "context_length",
        "architecture",
        "pricing",
        "top_provider",
        "per_request_limits",
        "supported_parameters",
        "default_parameters",
    } <= set(model)
    assert set(model["architecture"]) == {
        "modality",
        "input_modalities",
        "output_modalities",
        "tokenizer",
        "instruct_type",
    }
    assert all(isinstance(value, str) for value in model["pricing"].values())
    assert {"prompt", "completion", "request", "image"} <= set(model["pricing"])
    assert set(model["top_provider"]) == {"context_length", "max_completion_tokens", "is_moderated"}
    assert len({m["id"] for m in models}) == len(models)


def test_models_catalog_size_and_paging() -> None:
    with Emulator(model_count=1200) as emu, httpx.Client(base_url=emu.base_url, timeout=5) as client:
        assert len(client.get("/models").json()["data"]) == 1200
        page = client.get("/models", params={"offset": 1000}).json()
        assert len(page["data"]) == 200
        assert page["total_count"] == 1200
        assert page["links"]["next"] is None
        first = client.get("/models", params={"limit": 500}).json()
        assert first["links"]["next"].endswith("/models?offset=500&limit=500")
        assert client.get("/models", params={"limit": 1001}).status_code == 400


def test_providers_credits_and_current_key(client: httpx.Client) -> None:
    providers = client.get("/providers").json()["data"]
    assert {"name", "slug", "privacy_policy_url"} <= set(providers[0])
    client.post("/chat/completions", json={"messages": USER})
    credits = client.get("/credits").json()["data"]
    assert credits["total_credits"] == 100.0
    assert credits["total_usage"] > 0
    key = client.get("/key").json()["data"]
    assert key["usage"] == credits["total_usage"]
    assert "sk-or-v1-emulator-tests" not in key["label"]
    assert key["is_free_tier"] is False


def test_generation_lookup_of_produced_generations(client: httpx.Client) -> None:
    response = client.post("/chat/completions", json={"messages": USER})
    generation_id = response.headers["x-generation-id"]
    data = client.get("/generation", params={"id": generation_id}).json()["data"]
    assert data["id"] == generation_id
    assert data["tokens_completion"] == 5
    assert data["streamed"] is False
    assert data["cancelled"] is False
    assert client.get("/generation", params={"id": "gen-unknown"}).status_code == 404
    # The spec documents no 400 for this operation: a missing id is answered with its documented 404.
    missing = client.get("/generation")
    assert missing.status_code == 404
    assert "id" in missing.json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/chat/completions", {"messages": USER}),
        ("/responses", {"input": "hi"}),
        ("/messages", {"model": "anthropic/claude-sonnet-4", "max_tokens": 16, "messages": USER}),
    ],
)
def test_a_generation_reports_an_api_type_the_spec_lists(client: httpx.Client, path: str, body: Any) -> None:
    from emulator_catalog import load_spec

    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    data = client.get("/generation", params={"id": response.headers["x-generation-id"]}).json()["data"]
    listed = load_spec()["components"]["schemas"]["GenerationResponse"]["properties"]["data"]["properties"]["api_type"]
    assert data["api_type"] == "completions"
    assert data["api_type"] in listed["enum"]


def test_management_key_guards_management_routes() -> None:
    with Emulator(api_key="sk-user", management_key="sk-mgmt") as emu:
        user = httpx.get(f"{emu.base_url}/keys", headers={"Authorization": "Bearer sk-user"}, timeout=5)
        management = httpx.get(f"{emu.base_url}/keys", headers={"Authorization": "Bearer sk-mgmt"}, timeout=5)
    # GET /keys documents 401, not 403, for a key that may not use it.
    assert user.status_code == 401
    assert "management" in user.json()["error"]["message"].lower()
    assert management.status_code == 200


def route_of(emu: Emulator, method: str, path: str) -> Any:
    matched = emu._api.match(method, path)
    assert matched is not None
    return matched[0]


def test_keys_crud(client: httpx.Client) -> None:
    created = client.post("/keys", json={"name": "ci", "limit": 5, "limit_reset": "daily"})
    assert created.status_code == 201
    body = created.json()
    assert body["key"].startswith("sk-or-v1-")
    key_hash = body["data"]["hash"]
    assert client.get(f"/keys/{key_hash}").json()["data"]["name"] == "ci"
    updated = client.patch(f"/keys/{key_hash}", json={"disabled": True, "name": "ci-2"}).json()["data"]
    assert updated["disabled"] is True
    assert updated["name"] == "ci-2"
    assert client.patch(f"/keys/{key_hash}", json={"colour": "red"}).status_code == 400
    assert client.post("/keys", json={}).status_code == 400
    assert client.delete(f"/keys/{key_hash}").json() == {"deleted": True}
    assert client.get(f"/keys/{key_hash}").status_code == 404


def test_keys_listing_uses_offset_pages_of_100(emu: Emulator, client: httpx.Client) -> None:
    emu.seed_keys(250)
    pages = [client.get("/keys", params={"offset": offset}).json() for offset in (0, 100, 200, 300)]
    assert [len(page["data"]) for page in pages] == [100, 100, 50, 0]
    assert all(set(page) == {"data"} for page in pages)
    hashes = [key["hash"] for page in pages for key in page["data"]]
    assert len(set(hashes)) == 250
    assert client.get("/keys", params={"offset": -1}).status_code == 400


def test_guardrails_crud_and_assignments(emu: Emulator, client: httpx.Client) -> None:
    created = client.post("/guardrails", json={"name": "budget", "limit_usd": 10, "reset_interval": "monthly"})
    assert created.status_code == 201
    guardrail_id = created.json()["data"]["id"]
    assert client.get(f"/guardrails/{guardrail_id}").json()["data"]["limit_usd"] == 10
    patched = client.patch(f"/guardrails/{guardrail_id}", json={"enforce_zdr": True}).json()["data"]
    assert patched["enforce_zdr"] is True
    assert client.post("/guardrails", json={"name": "x", "reset_interval": "hourly"}).status_code == 400

    hashes = emu.seed_keys(3)
    assigned = client.post(f"/guardrails/{guardrail_id}/assignments/keys", json={"key_hashes": hashes})
    assert assigned.json() == {"assigned_count": 3}
    listing = client.get(f"/guardrails/{guardrail_id}/assignments/keys").json()
    assert listing["total_count"] == 3
    assert {"id", "key_hash", "guardrail_id", "key_name", "key_label", "assigned_by", "created_at"} <= set(
        listing["data"][0]
    )
    removed = client.post(f"/guardrails/{guardrail_id}/assignments/keys/remove", json={"key_hashes": hashes[:1]})
    assert removed.json() == {"unassigned_count": 1}

    members = client.post(
        f"/guardrails/{guardrail_id}/assignments/members", json={"member_user_ids": ["user_a", "user_b"]}
    )
    assert members.json() == {"assigned_count": 2}
    everyone = client.get("/guardrails/assignments/members").json()
    assert everyone["total_count"] == 2
    assert {"user_id", "organization_id", "guardrail_id"} <= set(everyone["data"][0])
    gone = client.post(f"/guardrails/{guardrail_id}/assignments/members/remove", json={"member_user_ids": ["user_a"]})
    assert gone.json() == {"unassigned_count": 1}
    assert client.get("/guardrails/assignments/keys").json()["total_count"] == 2
    assert client.get(f"/guardrails/{guardrail_id}/assignments/members").json()["total_count"] == 1

    assert client.delete(f"/guardrails/{guardrail_id}").json() == {"deleted": True}
    assert client.get(f"/guardrails/{guardrail_id}").status_code == 404
    assert client.get("/guardrails/assignments/keys").json()["total_count"] == 0


@pytest.mark.parametrize(
    "path",
    [
        "/guardrails",
        "/guardrails/assignments/keys",
        "/guardrails/assignments/members",
        "GUARDRAIL/assignments/keys",
        "GUARDRAIL/assignments/members",
    ],
)
def test_offset_limit_lists_follow_the_paging_rules(emu: Emulator, client: httpx.Client, path: str) -> None:
    (guardrail_id,) = emu.seed_guardrails(1)
    if "assignments/keys" in path:
        emu.seed_key_assignments(guardrail_id, 120)
    elif "assignments/members" in path:
        emu.seed_member_assignments(guardrail_id, 120)
    else:
        emu.seed_guardrails(119)
    path = path.replace("GUARDRAIL", f"/guardrails/{guardrail_id}")
    default = client.get(path).json()
    assert len(default["data"]) == 50
    assert default["total_count"] == 120
    last = client.get(path, params={"offset": 100, "limit": 100}).json()
    assert len(last["data"]) == 20
    # A bad paging parameter is a client error naming the parameter, with a status the operation documents (400
    # where it documents none: GET /guardrails/assignments/* list no client error besides 401).
    documented = route_of(emu, "GET", path).operation.statuses
    client_errors = {status for status in documented if 400 <= status < 500 and status != 401} or {400}
    for params in ({"limit": 101}, {"limit": 0}, {"offset": "x"}):
        refused = client.get(path, params=params)
        assert refused.status_code in client_errors, params
        assert next(iter(params)) in refused.json()["error"]["message"]


def test_list_change_fault_grows_the_key_list_between_pages(emu: Emulator, client: httpx.Client) -> None:
    emu.seed_keys(150)
    emu.faults.add(ListChange(add=10, at="start"), route="GET /keys", skip=1)
    first = client.get("/keys").json()["data"]
    second = client.get("/keys", params={"offset": 100}).json()["data"]
    # Ten keys were put in front after page one, so the second page starts ten keys earlier than before.
    assert len(second) == 60
    assert [key["hash"] for key in second[:10]] == [key["hash"] for key in first[90:]]


def test_list_change_fault_shrinks_guardrails_between_pages(emu: Emulator, client: httpx.Client) -> None:
    emu.seed_guardrails(120)
    emu.faults.add(ListChange(remove=30, at="start"), route="GET /guardrails", skip=1)
    first = client.get("/guardrails", params={"limit": 100}).json()
    second = client.get("/guardrails", params={"offset": 100, "limit": 100}).json()
    assert first["total_count"] == 120
    assert second["total_count"] == 90
    assert second["data"] == []
