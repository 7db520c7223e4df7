"""Real walks through the client and the generated operations, against the loopback emulator."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import pytest
from openrouter_api.api.models import get_models as list_models_catalog

from openrouter_ext import AsyncOpenRouter, OpenRouter, _retries
from openrouter_ext._exceptions import InternalServerError, PageFetchError, RateLimitError
from openrouter_ext.pagination import MODELS, paginate
from openrouter_ext.testing import Emulator, ListChange, faults

MAX_RETRIES = 2


@pytest.fixture(autouse=True)
def no_backoff_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries still happen (the emulator counts them); only the waits between them are skipped."""

    async def skip_async(seconds: float) -> None:
        return None

    monkeypatch.setattr(_retries, "_sleep", lambda seconds: None)
    monkeypatch.setattr(_retries, "_async_sleep", skip_async)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(keys_page_size=100) as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[OpenRouter]:
    with OpenRouter(api_key="sk-or-test", base_url=emu.base_url, max_retries=MAX_RETRIES) as opened:
        yield opened


@pytest.fixture
async def aclient(emu: Emulator) -> AsyncIterator[AsyncOpenRouter]:
    async with AsyncOpenRouter(api_key="sk-or-test", base_url=emu.base_url, max_retries=MAX_RETRIES) as opened:
        yield opened


def collect_ids(pager: Iterable[Any], into: list[str]) -> None:
    """Gather item ids one by one, so that those received before a failure are kept."""
    for item in pager:
        into.append(str(item.id))


async def acollect_ids(pager: AsyncIterable[Any], into: list[str]) -> None:
    async for item in pager:
        into.append(str(item.id))


def queries(emu: Emulator, route: str) -> list[dict[str, str]]:
    return [request.query for request in emu.requests if request.route == route]


def offsets(emu: Emulator, route: str) -> list[int]:
    return [int(query["offset"]) for query in queries(emu, route)]


# --- GET /keys: offset only, server-sized pages, no total ----------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected_offsets"),
    [(0, [0]), (250, [0, 100, 200]), (200, [0, 100, 200]), (40, [0, 40])],
)
def test_keys_walk_every_key_in_order(
    emu: Emulator, client: OpenRouter, count: int, expected_offsets: list[int]
) -> None:
    hashes = emu.seed_keys(count)
    keys = client.keys.iter().to_list()
    assert [key.hash_ for key in keys] == hashes
    assert offsets(emu, "GET /keys") == expected_offsets
    assert all("limit" not in query for query in queries(emu, "GET /keys"))


def test_keys_include_disabled_is_sent_as_the_string_the_api_reads(emu: Emulator, client: OpenRouter) -> None:
    emu.seed_keys(30, disabled_every=3)
    enabled = client.keys.iter().to_list()
    everything = client.keys.iter(include_disabled=True).to_list()
    assert len(enabled) == 20
    assert not any(key.disabled for key in enabled)
    assert len(everything) == 30
    assert [query.get("include_disabled") for query in queries(emu, "GET /keys")][-2:] == ["true", "true"]


def test_keys_refuse_bad_filters_before_any_request(emu: Emulator, client: OpenRouter) -> None:
    with pytest.raises(TypeError, match="include_disabled must be a bool, got str"):
        client.keys.iter(include_disabled="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="page_size"):
        client.keys.iter(page_size=10)  # type: ignore[call-arg]
    assert emu.requests == []


def test_keys_inserted_at_the_head_mid_walk_come_once(emu: Emulator, client: OpenRouter) -> None:
    hashes = emu.seed_keys(250)
    emu.faults.add(ListChange(add=7, at="start"), route="GET /keys", skip=1)
    pager = client.keys.iter()
    walked = [key.hash_ for key in pager]
    assert walked == hashes  # the new keys sit behind the position; the shifted ones are skipped
    assert pager.duplicates_skipped == 7
    assert pager.list_changed


# --- offset/limit lists with total_count --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "page_size", "expected_offsets"),
    [(0, 50, [0]), (100, 50, [0, 50]), (120, 50, [0, 50, 100]), (7, None, [0])],
)
def test_guardrails_walk_never_asks_past_the_total(
    emu: Emulator, client: OpenRouter, count: int, page_size: int | None, expected_offsets: list[int]
) -> None:
    ids = emu.seed_guardrails(count)
    pages = list(client.guardrails.iter(page_size=page_size).pages())
    assert [str(guardrail.id) for page in pages for guardrail in page.items] == ids
    assert {page.total_count for page in pages} == {count}
    assert offsets(emu, "GET /guardrails") == expected_offsets
    assert {query["limit"] for query in queries(emu, "GET /guardrails")} == {str(page_size or 100)}


def test_key_and_member_assignments_of_one_guardrail_and_of_all(emu: Emulator, client: OpenRouter) -> None:
    first, second = emu.seed_guardrails(2)
    first_keys = emu.seed_key_assignments(first, 130)
    second_keys = emu.seed_key_assignments(second, 5)
    members = emu.seed_member_assignments(first, 60)

    assigned = client.guardrails.key_assignments(first, page_size=50).to_list()
    assert [assignment.key_hash for assignment in assigned] == first_keys
    assert offsets(emu, "GET /guardrails/{id}/assignments/keys") == [0, 50, 100]

    everywhere = client.guardrails.key_assignments(max_items=200).to_list()
    assert sorted(assignment.key_hash for assignment in everywhere) == sorted(first_keys + second_keys)

    assert [a.user_id for a in client.guardrails.member_assignments(first).to_list()] == members
    assert len(client.guardrails.member_assignments().to_list()) == 60


def test_assignments_take_the_guardrail_id_as_the_generated_models_give_it(emu: Emulator, client: OpenRouter) -> None:
    first, _second = emu.seed_guardrails(2)
    keys = emu.seed_key_assignments(first, 3)
    members = emu.seed_member_assignments(first, 2)
    guardrail = next(g for g in client.guardrails.iter() if str(g.id) == first)
    assert isinstance(guardrail.id, uuid.UUID)

    assigned = client.guardrails.key_assignments(guardrail.id).to_list()
    assert [assignment.key_hash for assignment in assigned] == keys
    assert {assignment.guardrail_id for assignment in assigned} == {guardrail.id}
    # An assignment's guardrail_id (a UUID too) leads back to the same list.
    again = client.guardrails.key_assignments(assigned[0].guardrail_id).to_list()
    assert [assignment.key_hash for assignment in again] == keys
    assert [a.user_id for a in client.guardrails.member_assignments(guardrail.id).to_list()] == members
    with pytest.raises(TypeError, match="guardrail_id must be a str or UUID, got int"):
        client.guardrails.key_assignments(42)  # type: ignore[arg-type]


async def test_async_assignments_take_a_uuid_guardrail_id(emu: Emulator, aclient: AsyncOpenRouter) -> None:
    (guardrail,) = emu.seed_guardrails(1)
    assigned = emu.seed_key_assignments(guardrail, 4)
    walked = [a.key_hash async for a in aclient.guardrails.key_assignments(uuid.UUID(guardrail))]
    assert walked == assigned


def test_an_unknown_filter_or_bad_page_size_fails_before_any_request(emu: Emulator, client: OpenRouter) -> None:
    with pytest.raises(TypeError, match="takes no parameter 'include_disabled'"):
        client.guardrails.iter(include_disabled="true")
    with pytest.raises(ValueError, match="page_size must be between 1 and 100, got 101"):
        client.guardrails.key_assignments("3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13", page_size=101)
    with pytest.raises(ValueError, match="guardrail_id must not be empty"):
        client.guardrails.member_assignments("")
    assert emu.requests == []


def test_a_list_that_grows_and_shrinks_during_the_walk_ends_without_repeats(emu: Emulator, client: OpenRouter) -> None:
    ids = emu.seed_guardrails(100)
    emu.faults.add(ListChange(add=10, at="start"), route="GET /guardrails", skip=1)
    emu.faults.add(ListChange(remove=4, at="start"), route="GET /guardrails", skip=3)
    pager = client.guardrails.iter(page_size=25)
    walked = [str(guardrail.id) for guardrail in pager]
    assert len(walked) == len(set(walked))
    # After the growth, 10 repeats are skipped; after the shrink, the 4 items that slid back past the position
    # are missed, as documented. Everything else comes exactly once.
    assert pager.duplicates_skipped == 10
    assert set(ids) - set(walked) == set(ids[65:69])
    assert pager.list_changed


def test_the_same_mechanism_walks_the_model_catalog(emu: Emulator, client: OpenRouter) -> None:
    everything = client.call(list_models_catalog).data
    walked = paginate(client, MODELS, page_size=10).to_list()
    assert [model.id for model in walked] == [model.id for model in everything]
    assert len(walked) == 24
    assert queries(emu, "GET /models")[1:] == [
        {"offset": "0", "limit": "10"},
        {"offset": "10", "limit": "10"},
        {"offset": "20", "limit": "10"},
    ]


# --- failures -----------------------------------------------------------------------------------------------------


def test_a_failing_page_is_retried_by_the_client_policy(emu: Emulator, client: OpenRouter) -> None:
    ids = emu.seed_guardrails(50)
    emu.faults.add(faults.rate_limited(retry_after=0), route="GET /guardrails", skip=2, times=MAX_RETRIES)
    walked = [str(guardrail.id) for guardrail in client.guardrails.iter(page_size=10)]
    assert walked == ids
    assert offsets(emu, "GET /guardrails") == [0, 10, 20, 20, 20, 30, 40]


def test_failure_on_page_three_names_the_offset_and_the_walk_resumes_there(emu: Emulator, client: OpenRouter) -> None:
    ids = emu.seed_guardrails(50)
    emu.faults.add(faults.server_error(), route="GET /guardrails", skip=2, times=MAX_RETRIES + 1)
    walked: list[str] = []
    pager = client.guardrails.iter(page_size=10)
    with pytest.raises(PageFetchError) as caught:
        collect_ids(pager, walked)
    failure = caught.value
    assert failure.offset == 20
    assert isinstance(failure.error, InternalServerError)
    assert failure.__cause__ is failure.error
    assert "GET /guardrails" in str(failure)
    assert walked == ids[:20]
    assert pager.resume_offset == 20
    assert offsets(emu, "GET /guardrails") == [0, 10, 20, 20, 20]

    walked.extend(str(guardrail.id) for guardrail in client.guardrails.iter(page_size=10, start_offset=failure.offset))
    assert walked == ids


def test_a_rate_limited_page_keeps_its_typed_error(emu: Emulator, client: OpenRouter) -> None:
    emu.seed_guardrails(30)
    emu.faults.add(faults.rate_limited(retry_after=0), route="GET /guardrails", skip=1, times=MAX_RETRIES + 1)
    with pytest.raises(PageFetchError) as caught:
        client.guardrails.iter(page_size=10).to_list()
    assert caught.value.offset == 10
    assert isinstance(caught.value.error, RateLimitError)
    assert caught.value.error.status_code == 429


# --- async --------------------------------------------------------------------------------------------------------


async def test_async_keys_and_assignments_walk(emu: Emulator, aclient: AsyncOpenRouter) -> None:
    hashes = emu.seed_keys(150)
    assert [key.hash_ async for key in aclient.keys.iter()] == hashes
    (guardrail,) = emu.seed_guardrails(1)
    assigned = emu.seed_key_assignments(guardrail, 45)
    walked = [a.key_hash async for a in aclient.guardrails.key_assignments(guardrail, page_size=20)]
    assert walked == assigned
    assert offsets(emu, "GET /guardrails/{id}/assignments/keys") == [0, 20, 40]


async def test_async_failure_on_page_three(emu: Emulator, aclient: AsyncOpenRouter) -> None:
    ids = emu.seed_guardrails(50)
    emu.faults.add(faults.server_error(), route="GET /guardrails", skip=2, times=MAX_RETRIES + 1)
    pager = aclient.guardrails.iter(page_size=10)
    walked: list[str] = []
    with pytest.raises(PageFetchError) as caught:
        await acollect_ids(pager, walked)
    assert caught.value.offset == 20
    assert isinstance(caught.value.error, InternalServerError)
    await acollect_ids(pager, walked)  # the same pager asks for that page again and carries on
    assert walked == ids
