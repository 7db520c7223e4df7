"""The walk over an injected page fetcher: ending rules, caps, resuming, changing lists, failures (sync)."""

from __future__ import annotations

from typing import Any

import pytest
from _fake_list import NO_TOTAL, SERVER_SIZED, WITH_TOTAL, FakeList, fail_on_request, status_error, things

from openrouter_ext._exceptions import InternalServerError, PageFetchError, RateLimitError
from openrouter_ext.pagination import DEFAULT_DEDUP_WINDOW, ListEndpoint, SyncPager


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item.get("id") or item["hash"] for item in items]


def drain(pager: SyncPager[dict[str, Any]], into: list[dict[str, Any]]) -> None:
    """Collect items into `into` one by one, so that what arrived before a failure is kept."""
    for item in pager:
        into.append(item)


# --- ending rules -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected_offsets"),
    [
        (0, [0]),  # empty list: one request
        (250, [0, 100, 200]),  # short last page
        (200, [0, 100]),  # exact multiple: the total says it is over, so no request at 200
    ],
)
def test_walk_with_total_reads_every_item_and_never_asks_past_the_total(
    count: int, expected_offsets: list[int]
) -> None:
    source = FakeList(things(count))
    items = SyncPager(WITH_TOTAL, source).to_list()
    assert ids(items) == ids(things(count))
    assert source.offsets == expected_offsets
    assert all(request["limit"] == 100 for request in source.requests)


@pytest.mark.parametrize(
    ("count", "expected_offsets"),
    [(0, [0]), (25, [0, 10, 20]), (30, [0, 10, 20, 30])],  # an exact multiple needs the empty page to end
)
def test_walk_without_total_ends_on_a_short_or_empty_page(count: int, expected_offsets: list[int]) -> None:
    source = FakeList(things(count), with_total=False)
    items = SyncPager(NO_TOTAL, source, page_size=10).to_list()
    assert ids(items) == ids(things(count))
    assert source.offsets == expected_offsets


@pytest.mark.parametrize(
    ("count", "expected_offsets"),
    [(0, [0]), (37, [0, 37]), (250, [0, 100, 200]), (200, [0, 100, 200])],
)
def test_server_sized_pages_end_on_a_page_shorter_than_the_largest_or_empty(
    count: int, expected_offsets: list[int]
) -> None:
    source = FakeList(things(count, field="hash"), with_total=False, server_page_size=100)
    items = SyncPager(SERVER_SIZED, source).to_list()
    assert ids(items) == ids(things(count, field="hash"))
    assert source.offsets == expected_offsets
    assert all("limit" not in request for request in source.requests)


def test_total_given_as_a_float_or_outside_the_model_fields_is_still_honoured() -> None:
    class Model:
        def __init__(self, data: list[dict[str, Any]], total: float) -> None:
            self.data = data
            self.total_count = None
            self.additional_properties = {"total_count": total}

    source = FakeList(things(150))

    def fetch(params: dict[str, Any]) -> Model:
        body = source(params)
        return Model(body["data"], float(body["total_count"]))

    pager = SyncPager(WITH_TOTAL, fetch)
    assert len(pager.to_list()) == 150
    assert source.offsets == [0, 100]
    assert pager.total_count == 150


def test_pages_carry_their_items_offsets_and_total() -> None:
    source = FakeList(things(25))
    pages = list(SyncPager(WITH_TOTAL, source, page_size=10).pages())
    assert [(page.offset, page.next_offset, page.total_count, len(page)) for page in pages] == [
        (0, 10, 25, 10),
        (10, 20, 25, 10),
        (20, 25, 25, 5),
    ]
    assert ids(list(pages[2].items)) == ids(things(25))[20:]
    assert pages[0].response == {"data": things(25)[:10], "total_count": 25}


def test_an_empty_list_gives_one_empty_page_with_its_total() -> None:
    pages = list(SyncPager(WITH_TOTAL, FakeList([])).pages())
    assert len(pages) == 1
    assert pages[0].items == ()
    assert pages[0].total_count == 0


# --- laziness, caps, resuming -------------------------------------------------------------------------------------


def test_pages_are_fetched_only_as_items_are_consumed() -> None:
    source = FakeList(things(30))
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    assert source.requests == []
    first = [next(pager) for _ in range(10)]
    assert ids(first) == ids(things(10))
    assert source.offsets == [0]
    next(pager)
    assert source.offsets == [0, 10]


def test_max_items_caps_the_items_and_shrinks_the_last_request() -> None:
    source = FakeList(things(300))
    pager = SyncPager(WITH_TOTAL, source, max_items=130)
    items = pager.to_list()
    assert ids(items) == ids(things(130))
    assert [(request["offset"], request["limit"]) for request in source.requests] == [(0, 100), (100, 30)]
    assert pager.resume_offset == 130


def test_max_items_zero_sends_no_request() -> None:
    source = FakeList(things(5))
    assert SyncPager(WITH_TOTAL, source, max_items=0).to_list() == []
    assert source.requests == []


def test_a_capped_page_of_a_server_sized_list_resumes_at_the_first_item_held_back() -> None:
    source = FakeList(things(250, field="hash"), with_total=False)
    first = SyncPager(SERVER_SIZED, source, max_items=150)
    head = first.to_list()
    assert first.resume_offset == 150
    rest = SyncPager(SERVER_SIZED, source, start_offset=first.resume_offset).to_list()
    assert ids(head + rest) == ids(things(250, field="hash"))


def test_stopping_early_leaves_a_resume_offset_that_continues_exactly_where_it_stopped() -> None:
    source = FakeList(things(57))
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    taken = [next(pager) for _ in range(23)]
    assert pager.resume_offset == 23
    rest = SyncPager(WITH_TOTAL, source, page_size=10, start_offset=pager.resume_offset).to_list()
    assert ids(taken + rest) == ids(things(57))


def test_start_offset_is_where_the_first_request_starts() -> None:
    source = FakeList(things(120))
    items = SyncPager(WITH_TOTAL, source, start_offset=90, page_size=20).to_list()
    assert ids(items) == ids(things(120))[90:]
    assert source.offsets == [90, 110]


def test_filters_are_passed_with_every_page_request() -> None:
    source = FakeList(things(15))
    SyncPager(WITH_TOTAL, source, params={"workspace_id": "ws1"}, page_size=10).to_list()
    assert [request["workspace_id"] for request in source.requests] == ["ws1", "ws1"]


# --- bad input fails before any request ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "error", "mentions"),
    [
        ({"page_size": 0}, ValueError, "page_size must be between 1 and 100, got 0"),
        ({"page_size": 101}, ValueError, "page_size must be between 1 and 100, got 101"),
        ({"page_size": True}, TypeError, "page_size must be an int, got bool"),
        ({"page_size": "50"}, TypeError, "page_size must be an int, got str"),
        ({"max_items": -1}, ValueError, "max_items must be at least 0"),
        ({"start_offset": -5}, ValueError, "start_offset must be at least 0"),
        ({"start_offset": 1.5}, TypeError, "start_offset must be an int"),
        ({"dedup_window": -1}, ValueError, "dedup_window must be at least 0"),
        ({"params": {"offset": 10}}, ValueError, "use start_offset="),
        ({"params": {"limit": 10}}, ValueError, "use page_size="),
    ],
)
def test_bad_options_raise_a_clear_error_before_any_request(
    options: dict[str, Any], error: type[Exception], mentions: str
) -> None:
    source = FakeList(things(5))
    with pytest.raises(error, match=mentions.replace("(", r"\(").replace(")", r"\)")):
        SyncPager(WITH_TOTAL, source, **options)
    assert source.requests == []


def test_a_page_size_for_a_list_whose_server_picks_it_is_refused() -> None:
    source = FakeList(things(5, field="hash"), with_total=False)
    with pytest.raises(ValueError, match="GET /keys-like does not let the caller choose a page size"):
        SyncPager(SERVER_SIZED, source, page_size=50)
    assert source.requests == []


# --- lists that change during the walk ----------------------------------------------------------------------------


def test_items_inserted_ahead_of_the_position_are_not_handed_out_twice() -> None:
    original = things(30)

    def insert_at_head(request_number: int, source: FakeList) -> None:
        if request_number in (2, 3):
            source.items[0:0] = things(4, start=100 + 10 * request_number)

    source = FakeList(list(original), before_fetch=insert_at_head)
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    items = pager.to_list()
    assert ids(items) == ids(original)  # each exactly once, in order; the new ones sit behind the position
    assert pager.duplicates_skipped == 8
    assert pager.list_changed


def test_pages_show_the_repeats_they_skipped() -> None:
    def insert_at_head(request_number: int, source: FakeList) -> None:
        if request_number == 2:
            source.items[0:0] = things(3, start=500)

    source = FakeList(things(20), before_fetch=insert_at_head)
    pages = list(SyncPager(WITH_TOTAL, source, page_size=10).pages())
    assert ids(list(pages[1].duplicates)) == ["t0007", "t0008", "t0009"]
    assert ids(list(pages[1].items)) == ids(things(20))[10:17]


def test_a_shift_bigger_than_a_page_is_still_caught_within_the_dedup_window() -> None:
    def insert_many(request_number: int, source: FakeList) -> None:
        if request_number == 3:
            source.items[0:0] = things(25, start=900)

    source = FakeList(things(50), before_fetch=insert_many)
    seen = ids(SyncPager(WITH_TOTAL, source, page_size=10).to_list())
    assert len(seen) == len(set(seen))
    assert set(ids(things(50))) <= set(seen)
    # The new items that slid under the position are handed out too: they are in the list.
    assert [identity for identity in seen if identity >= "t0900"] == ["t0920", "t0921", "t0922", "t0923", "t0924"]


def test_dedup_window_zero_turns_de_duplication_off() -> None:
    def insert_at_head(request_number: int, source: FakeList) -> None:
        if request_number == 2:
            source.items[0:0] = things(2, start=500)

    source = FakeList(things(20), before_fetch=insert_at_head)
    items = SyncPager(WITH_TOTAL, source, page_size=10, dedup_window=0).to_list()
    assert ids(items).count("t0008") == 2


def test_items_without_an_identity_are_never_dropped() -> None:
    source = FakeList([{"n": 1}, {"n": 1}, {"n": 1}])
    assert len(SyncPager(WITH_TOTAL, source).to_list()) == 3


def test_remembered_identities_stay_within_the_window_however_long_the_walk() -> None:
    source = FakeList(things(5000))
    pager = SyncPager(WITH_TOTAL, source, dedup_window=150)
    assert sum(1 for _ in pager) == 5000
    assert len(pager._walk._recent) == 150  # the memory bound itself: only identities, only the window


def test_the_default_window_is_a_thousand_identities_and_bounds_the_walk() -> None:
    assert DEFAULT_DEDUP_WINDOW == 1_000
    pager = SyncPager(WITH_TOTAL, FakeList(things(2500)))
    assert sum(1 for _ in pager) == 2500
    assert len(pager._walk._recent) == DEFAULT_DEDUP_WINDOW


def test_the_default_window_catches_a_shift_of_nine_full_pages() -> None:
    def insert_many(request_number: int, source: FakeList) -> None:
        if request_number == 12:
            source.items[0:0] = things(900, start=5000)

    source = FakeList(things(2000), before_fetch=insert_many)
    pager = SyncPager(WITH_TOTAL, source, page_size=100)
    seen = ids(pager.to_list())
    assert len(seen) == len(set(seen))
    assert set(ids(things(2000))) <= set(seen)
    assert pager.duplicates_skipped == 900


def test_dedup_window_none_remembers_every_identity_of_the_walk() -> None:
    pager = SyncPager(WITH_TOTAL, FakeList(things(2500)), dedup_window=None)
    assert sum(1 for _ in pager) == 2500
    assert len(pager._walk._recent) == 2500


def test_deletions_behind_the_position_end_the_walk_cleanly_and_flag_the_change() -> None:
    def delete_from_head(request_number: int, source: FakeList) -> None:
        if request_number == 2:
            del source.items[0:5]

    source = FakeList(things(30), before_fetch=delete_from_head)
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    items = pager.to_list()
    # The documented miss: the five items that slid back over the position (t0010..t0014) are not seen.
    assert ids(items) == ids(things(10)) + ids(things(15, start=15))
    assert pager.list_changed
    assert source.offsets == [0, 10, 20]


def test_a_list_that_shrinks_below_the_position_ends_on_the_empty_page() -> None:
    def drop_most(request_number: int, source: FakeList) -> None:
        if request_number == 2:
            del source.items[3:]

    source = FakeList(things(40), before_fetch=drop_most)
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    assert ids(pager.to_list()) == ids(things(10))
    assert source.offsets == [0, 10]
    assert pager.list_changed


def test_a_list_that_keeps_growing_for_a_while_ends_and_hands_out_each_item_once() -> None:
    def grow(request_number: int, source: FakeList) -> None:
        if request_number <= 6:
            source.items.extend(things(7, start=1000 + 10 * request_number))

    source = FakeList(things(10), with_total=False, before_fetch=grow)
    items = SyncPager(NO_TOTAL, source, page_size=10).to_list()
    assert ids(items) == ids(source.items)
    assert len(set(ids(items))) == len(items)


# --- failures -----------------------------------------------------------------------------------------------------


def test_a_failed_page_names_its_offset_and_keeps_the_typed_error() -> None:
    cause = status_error(500)
    source = FakeList(things(50), before_fetch=fail_on_request(3, cause))
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    received: list[dict[str, Any]] = []
    with pytest.raises(PageFetchError) as caught:
        drain(pager, received)
    error = caught.value
    assert error.offset == 20
    assert error.route == "GET /things"
    assert error.error is cause
    assert error.__cause__ is cause
    assert isinstance(error.error, InternalServerError)
    assert "offset 20" in str(error)
    assert "start_offset=20" in str(error)
    assert ids(received) == ids(things(20))
    assert pager.resume_offset == 20


def test_iterating_again_after_a_failure_retries_that_page_and_finishes_the_walk() -> None:
    source = FakeList(things(50), before_fetch=fail_on_request(3, status_error(429)))
    pager = SyncPager(WITH_TOTAL, source, page_size=10)
    received: list[dict[str, Any]] = []
    with pytest.raises(PageFetchError) as caught:
        drain(pager, received)
    assert isinstance(caught.value.error, RateLimitError)
    drain(pager, received)
    assert ids(received) == ids(things(50))
    assert source.offsets == [0, 10, 20, 20, 30, 40]


def test_a_new_pager_resumes_at_the_failed_offset() -> None:
    source = FakeList(things(50), before_fetch=fail_on_request(3, status_error(503)))
    first = SyncPager(WITH_TOTAL, source, page_size=10)
    received: list[dict[str, Any]] = []
    with pytest.raises(PageFetchError) as caught:
        drain(first, received)
    drain(SyncPager(WITH_TOTAL, source, page_size=10, start_offset=caught.value.offset), received)
    assert ids(received) == ids(things(50))


def test_page_iteration_fails_the_same_way_and_can_go_on() -> None:
    source = FakeList(things(50), before_fetch=fail_on_request(3, status_error(502)))
    pages = SyncPager(WITH_TOTAL, source, page_size=10).pages()
    assert [page.offset for page in (next(pages), next(pages))] == [0, 10]
    with pytest.raises(PageFetchError, match="offset 20"):
        next(pages)
    assert [page.offset for page in pages] == [20, 30, 40]


def test_a_page_without_its_item_list_is_an_error_not_an_empty_page() -> None:
    def fetch(params: dict[str, Any]) -> dict[str, Any]:
        return {"total_count": 3} if params["offset"] else {"data": things(2), "total_count": 3}

    pager = SyncPager(WITH_TOTAL, fetch, page_size=2)
    with pytest.raises(PageFetchError, match="offset 2 has no 'data' list") as caught:
        pager.to_list()
    assert caught.value.offset == 2
    assert caught.value.error is None


def test_errors_that_are_not_api_errors_pass_through_unchanged() -> None:
    def fetch(params: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("a bug, not an API failure")

    with pytest.raises(KeyError):
        SyncPager(WITH_TOTAL, fetch).to_list()


# --- usage --------------------------------------------------------------------------------------------------------


def test_item_and_page_iteration_cannot_be_mixed_on_one_pager() -> None:
    pager = SyncPager(WITH_TOTAL, FakeList(things(5)))
    next(pager)
    with pytest.raises(RuntimeError, match="already iterating items"):
        pager.pages()


def test_an_endpoint_description_is_enough_for_a_new_list() -> None:
    presets: ListEndpoint[dict[str, Any]] = ListEndpoint(
        route="GET /presets", operation="unused.presets", identity_field="slug"
    )
    source = FakeList(things(3, field="slug"))
    assert [item["slug"] for item in SyncPager(presets, source).to_list()] == ["t0000", "t0001", "t0002"]


def test_a_number_id_and_the_same_digits_as_a_string_are_different_items() -> None:
    endpoint: ListEndpoint[dict[str, Any]] = ListEndpoint(route="GET /x", operation="unused.x", identity_field="id")
    assert endpoint.identity_of({"id": 1}) != endpoint.identity_of({"id": "1"})
    assert endpoint.identity_of({"id": 1}) == endpoint.identity_of({"id": 1})
    assert endpoint.identity_of({"id": True}) is None  # a boolean is no id
