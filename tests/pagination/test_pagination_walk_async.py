"""The async pager walks the same way as the sync one: ending rules, caps, changing lists, failures."""

from __future__ import annotations

from typing import Any

import pytest
from _fake_list import SERVER_SIZED, WITH_TOTAL, FakeList, fail_on_request, status_error, things

from openrouter_ext._exceptions import PageFetchError, ServerError
from openrouter_ext.pagination import AsyncPager


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item.get("id") or item["hash"] for item in items]


async def drain(pager: AsyncPager[dict[str, Any]], into: list[dict[str, Any]]) -> None:
    async for item in pager:
        into.append(item)


@pytest.mark.parametrize(("count", "expected_offsets"), [(0, [0]), (250, [0, 100, 200]), (200, [0, 100])])
async def test_async_walk_reads_every_item_and_never_asks_past_the_total(
    count: int, expected_offsets: list[int]
) -> None:
    source = FakeList(things(count))
    items = await AsyncPager(WITH_TOTAL, source.fetch_async).to_list()
    assert ids(items) == ids(things(count))
    assert source.offsets == expected_offsets


async def test_async_server_sized_list_ends_on_the_empty_page_after_an_exact_multiple() -> None:
    source = FakeList(things(200, field="hash"), with_total=False)
    items = await AsyncPager(SERVER_SIZED, source.fetch_async).to_list()
    assert len(items) == 200
    assert source.offsets == [0, 100, 200]


async def test_async_pages_are_fetched_lazily_and_carry_offsets() -> None:
    source = FakeList(things(25))
    pager = AsyncPager(WITH_TOTAL, source.fetch_async, page_size=10)
    assert source.requests == []
    pages = pager.pages()
    first = await pages.__anext__()
    assert (first.offset, first.next_offset, first.total_count) == (0, 10, 25)
    assert source.offsets == [0]
    assert [page.offset async for page in pages] == [10, 20]


async def test_async_cap_and_resume() -> None:
    source = FakeList(things(90))
    pager = AsyncPager(WITH_TOTAL, source.fetch_async, page_size=20, max_items=45)
    head = await pager.to_list()
    assert len(head) == 45
    assert source.requests[-1]["limit"] == 5
    rest = await AsyncPager(WITH_TOTAL, source.fetch_async, start_offset=pager.resume_offset).to_list()
    assert ids(head + rest) == ids(things(90))


async def test_async_bad_page_size_fails_before_any_request() -> None:
    source = FakeList(things(5))
    with pytest.raises(ValueError, match="page_size must be between 1 and 100, got 500"):
        AsyncPager(WITH_TOTAL, source.fetch_async, page_size=500)
    assert source.requests == []


async def test_async_walk_skips_repeats_when_items_are_inserted_ahead() -> None:
    def insert_at_head(request_number: int, source: FakeList) -> None:
        if request_number == 2:
            source.items[0:0] = things(6, start=700)

    source = FakeList(things(30), before_fetch=insert_at_head)
    pager = AsyncPager(WITH_TOTAL, source.fetch_async, page_size=10)
    assert ids(await pager.to_list()) == ids(things(30))
    assert pager.duplicates_skipped == 6


async def test_async_failure_on_page_three_names_the_offset_and_can_be_resumed() -> None:
    cause = status_error(500)
    source = FakeList(things(50), before_fetch=fail_on_request(3, cause))
    pager = AsyncPager(WITH_TOTAL, source.fetch_async, page_size=10)
    received: list[dict[str, Any]] = []
    with pytest.raises(PageFetchError) as caught:
        await drain(pager, received)
    assert caught.value.offset == 20
    assert caught.value.__cause__ is cause
    assert isinstance(caught.value.error, ServerError)
    assert len(received) == 20
    await drain(pager, received)
    assert ids(received) == ids(things(50))


async def test_async_item_and_page_iteration_cannot_be_mixed() -> None:
    pager = AsyncPager(WITH_TOTAL, FakeList(things(5)).fetch_async)
    pager.pages()
    with pytest.raises(RuntimeError, match="already iterating pages"):
        await pager.__anext__()
