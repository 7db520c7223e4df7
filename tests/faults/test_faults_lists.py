"""Lists that change between pages, and pages that fail, walked through `client.keys` and `client.guardrails`.

What a user needs: every item at most once, a walk that ends (checked with a hard cap on the items read, so a
runaway walk fails instead of hanging), `list_changed` set when the list moved, and a failed page that says where
to resume.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable
from typing import Any

import pytest
from fault_helpers import assert_all_closed, assert_key_nowhere, async_client, attempts, sync_client

from openrouter_ext import InternalServerError, PageFetchError
from openrouter_ext.testing import Emulator, HttpError, ListChange, rate_limited

KEYS = "GET /keys"
GUARDRAILS = "GET /guardrails"
CAP = 5_000  # far more items than any list below holds


def take(pager: Iterable[Any]) -> list[str]:
    items = list(itertools.islice(pager, CAP))
    assert len(items) < CAP, "the walk did not end"
    return [str(getattr(item, "hash_", None) or item.id) for item in items]


def test_keys_added_at_the_head_between_pages_come_once(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    hashes = emu.seed_keys(250)
    emu.faults.add(ListChange(add=30, at="start"), route=KEYS, skip=1)
    with sync_client(emu) as client:
        pager = client.keys.iter()
        walked = take(pager)
    assert walked == hashes  # the 30 shifted keys were recognised and skipped; the new ones sit behind
    assert pager.duplicates_skipped == 30
    assert pager.list_changed
    assert attempts(emu, KEYS) <= 4
    assert_key_nowhere(None, logs)
    assert_all_closed(emu)


def test_a_list_that_shrinks_below_the_position_ends_cleanly(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    ids = emu.seed_guardrails(120)
    emu.faults.add(ListChange(remove=90, at="start"), route=GUARDRAILS, skip=1)
    with sync_client(emu) as client:
        pager = client.guardrails.iter(page_size=50)
        walked = take(pager)
    assert walked == ids[:50]  # the second page is past the end of what is left: the walk ends there
    assert len(set(walked)) == len(walked)
    assert pager.list_changed
    assert attempts(emu, GUARDRAILS) == 2
    assert_all_closed(emu)


def test_a_list_that_keeps_growing_at_its_end_is_walked_to_its_end(emu: Emulator) -> None:
    ids = emu.seed_guardrails(40)
    emu.faults.add(ListChange(add=3, at="end"), route=GUARDRAILS, skip=1, times=None)  # every later page
    with sync_client(emu) as client:
        pager = client.guardrails.iter(page_size=10)
        walked = take(pager)
    assert walked[:40] == ids
    assert len(set(walked)) == len(walked)
    assert len(walked) > 40  # what was added while walking came too
    assert pager.list_changed
    assert_all_closed(emu)


def test_growth_and_shrinking_mixed_never_repeat_an_item(emu: Emulator) -> None:
    emu.seed_guardrails(100)
    emu.faults.add(ListChange(add=12, at="start"), route=GUARDRAILS, skip=1)
    emu.faults.add(ListChange(remove=7, at="start"), route=GUARDRAILS, skip=2)
    emu.faults.add(ListChange(add=5, at="start", remove=5), route=GUARDRAILS, skip=3)
    with sync_client(emu) as client:
        pager = client.guardrails.iter(page_size=20)
        walked = take(pager)
    assert len(set(walked)) == len(walked)
    assert pager.list_changed
    assert attempts(emu, GUARDRAILS) <= 8
    assert_all_closed(emu)


def test_a_rate_limited_page_is_retried_and_the_walk_completes(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    hashes = emu.seed_keys(250)
    emu.faults.add(rate_limited(retry_after=0), route=KEYS, skip=1)
    with sync_client(emu) as client:
        walked = take(client.keys.iter())
    assert walked == hashes
    assert [request.status for request in emu.requests] == [200, 429, 200, 200]
    assert_key_nowhere(None, logs)
    assert_all_closed(emu)


def test_a_page_that_keeps_failing_says_where_to_resume(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    ids = emu.seed_guardrails(30)
    rule = emu.faults.add(HttpError(500, retry_after=0), route=GUARDRAILS, skip=1, times=3)
    walked: list[str] = []
    with sync_client(emu) as client:
        pager = client.guardrails.iter(page_size=10)
        with pytest.raises(PageFetchError) as info:
            walked.extend(str(guardrail.id) for guardrail in pager)
        assert rule.fired == 3  # the first try and both retries
        assert info.value.offset == 10
        assert isinstance(info.value.error, InternalServerError)
        walked.extend(take(client.guardrails.iter(page_size=10, start_offset=info.value.offset)))
    assert walked == ids
    assert_key_nowhere(info.value, logs)
    assert_all_closed(emu)


def test_async_walk_over_a_changing_list(emu: Emulator) -> None:
    hashes = emu.seed_keys(220)
    emu.faults.add(ListChange(add=15, at="start"), route=KEYS, skip=1)

    async def walk() -> tuple[list[str], bool]:
        async with async_client(emu) as client:
            pager = client.keys.iter()
            items = [key.hash_ async for key in pager]
            return [str(item) for item in items], pager.list_changed

    walked, changed = asyncio.run(walk())
    assert walked == hashes
    assert changed
    assert_all_closed(emu)
