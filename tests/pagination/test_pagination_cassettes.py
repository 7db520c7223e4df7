"""Multi-page walks of each list endpoint, replayed by vcrpy through the real client and generated operations.

The cassettes have the shape of the API's responses (values made up). Replay matches method, path and query, and
no request outside a cassette can be answered, so each test also pins the exact sequence of page requests:
`all_played` says every recorded page was asked for, and nothing more was.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import pytest

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.pagination import APP_RANKINGS, BYOK_KEYS, WORKSPACE_MEMBERS, apaginate, paginate

CASSETTES = os.path.join(os.path.dirname(__file__), "cassettes")
pytestmark = pytest.mark.replay_only(
    reason="walks lists of chosen shapes (empty, exact multiples, short last pages) no real account holds on demand"
)
GUARDRAIL_ID = "1333b8ec-996f-59af-af05-8b18b3686608"
OTHER_GUARDRAIL_ID = "0ffe517e-e1a0-50ec-bde9-3ab40ea1877d"


@pytest.fixture
def vcr_cassette_dir() -> str:
    return CASSETTES


# The suite's cassette harness (tests/conftest.py) supplies vcr_config (body matching, scrubbing when recording)
# and the clients; only the folder of these cassettes is this module's own.
@pytest.fixture
def client(openrouter_mgmt: OpenRouter) -> OpenRouter:
    return openrouter_mgmt


@pytest.fixture
def aclient(async_openrouter_mgmt: AsyncOpenRouter) -> AsyncOpenRouter:
    return async_openrouter_mgmt


def played_everything(cassette: Any, pages: int) -> None:
    assert cassette.play_count == pages
    assert cassette.all_played


# --- GET /keys ----------------------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_cassette_keys_empty(client: OpenRouter, vcr: Any) -> None:
    pager = client.keys.iter()
    assert pager.to_list() == []
    assert pager.resume_offset == 0
    played_everything(vcr, 1)


@pytest.mark.vcr
def test_cassette_keys_short_last_page(client: OpenRouter, vcr: Any) -> None:
    pages = list(client.keys.iter(include_disabled=True).pages())
    assert [(page.offset, len(page.items), page.total_count) for page in pages] == [(0, 100, None), (100, 37, None)]
    keys = [key for page in pages for key in page.items]
    assert len({key.hash_ for key in keys}) == 137
    assert sum(key.disabled for key in keys) == 13
    assert keys[0].name == "service-000"
    assert keys[0].workspace_id == "7a0e4c52-91d3-4f6b-b8e2-5c1d3a9f0b74"
    played_everything(vcr, 2)


@pytest.mark.vcr
def test_cassette_keys_exact_multiple(client: OpenRouter, vcr: Any) -> None:
    pager = client.keys.iter()
    keys = pager.to_list()
    assert [key.name for key in keys] == [f"service-{n:03d}" for n in range(200, 300)]
    assert pager.resume_offset == 100
    played_everything(vcr, 2)  # the empty page at offset 100 is what ends it


# --- GET /guardrails ----------------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_cassette_guardrails_empty(client: OpenRouter, vcr: Any) -> None:
    pages = list(client.guardrails.iter().pages())
    assert [(page.items, page.total_count) for page in pages] == [((), 0)]
    played_everything(vcr, 1)


@pytest.mark.vcr
def test_cassette_guardrails_short_last_page(client: OpenRouter, vcr: Any) -> None:
    pager = client.guardrails.iter(page_size=25)
    names = [guardrail.name for guardrail in pager]
    assert names == [f"team-{n:02d} budget" for n in range(60)]
    assert pager.total_count == 60
    assert pager.duplicates_skipped == 0
    assert not pager.list_changed
    played_everything(vcr, 3)


@pytest.mark.vcr
def test_cassette_guardrails_exact_multiple(client: OpenRouter, vcr: Any) -> None:
    pages = list(client.guardrails.iter(page_size=25).pages())
    assert [(page.offset, page.next_offset, page.total_count) for page in pages] == [(0, 25, 50), (25, 50, 50)]
    assert pages[1].items[-1].name == "team-149 budget"
    played_everything(vcr, 2)  # the total says 50, so nothing is asked at offset 50


# --- assignments --------------------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_cassette_guardrail_key_assignments(client: OpenRouter, vcr: Any) -> None:
    assignments = client.guardrails.key_assignments(GUARDRAIL_ID, page_size=20).to_list()
    assert len(assignments) == 45
    # guardrail_id is a UUID, as Guardrail.id (the paths take the id as a string here).
    assert {assignment.guardrail_id for assignment in assignments} == {uuid.UUID(GUARDRAIL_ID)}
    assert assignments[0].key_name == "service-500"
    played_everything(vcr, 3)


@pytest.mark.vcr
def test_cassette_all_key_assignments(client: OpenRouter, vcr: Any) -> None:
    assignments = client.guardrails.key_assignments(page_size=30).to_list()
    assert len({assignment.id for assignment in assignments}) == 60
    assert {assignment.guardrail_id for assignment in assignments} == {
        uuid.UUID(GUARDRAIL_ID),
        uuid.UUID(OTHER_GUARDRAIL_ID),
    }
    played_everything(vcr, 2)


@pytest.mark.vcr
def test_cassette_guardrail_member_assignments_empty(client: OpenRouter, vcr: Any) -> None:
    assert client.guardrails.member_assignments(GUARDRAIL_ID).to_list() == []
    played_everything(vcr, 1)


@pytest.mark.vcr
async def test_cassette_all_member_assignments(aclient: AsyncOpenRouter, vcr: Any) -> None:
    pager = aclient.guardrails.member_assignments()
    pages = [page async for page in pager.pages()]
    assert [(page.offset, len(page.items), page.total_count) for page in pages] == [(0, 100, 130), (100, 30, 130)]
    assert pages[0].items[0].organization_id == "org_2jF7Qx1Zc4Vb8Nm0Lk3Hs6Dp9Wa"
    assert pager.resume_offset == 130
    played_everything(vcr, 2)


# --- lists walked with paginate() ---------------------------------------------------------------------------------

WORKSPACE_ID = "550e8400-e29b-41d4-a716-446655440000"


@pytest.mark.vcr
def test_cassette_byok_keys_two_pages(client: OpenRouter, vcr: Any) -> None:
    pager = paginate(client, BYOK_KEYS, page_size=40, workspace_id=WORKSPACE_ID)
    keys = pager.to_list()
    assert len({key.id for key in keys}) == 70
    assert pager.total_count == 70
    assert [key.sort_order for key in keys] == list(range(70))
    assert {key.workspace_id for key in keys} == {uuid.UUID(WORKSPACE_ID)}
    assert sum(key.disabled for key in keys) == 7
    assert keys[1].name == "Team key 01"
    assert keys[0].name is None
    played_everything(vcr, 2)


@pytest.mark.vcr
def test_cassette_workspace_members(client: OpenRouter, vcr: Any) -> None:
    members = paginate(client, WORKSPACE_MEMBERS, id=WORKSPACE_ID).to_list()
    assert [(member.user_id, str(member.role)) for member in members] == [
        ("user_000", "admin"),
        ("user_001", "member"),
        ("user_002", "member"),
    ]
    played_everything(vcr, 1)


@pytest.mark.vcr
async def test_cassette_app_rankings_stop_at_the_offset_cap(aclient: AsyncOpenRouter, vcr: Any) -> None:
    pager = apaginate(aclient, APP_RANKINGS)
    ranks = [app.rank async for app in pager]
    # The API takes offsets up to 100, so the walk reads two full pages and stops there, saying why.
    assert ranks == list(range(1, 201))
    assert pager.offset_limit_reached
    assert pager.total_count is None
    played_everything(vcr, 2)
