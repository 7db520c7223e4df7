"""Walking an offset-paginated list lazily: the shared walk logic, and the sync and async pagers over it."""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from openrouter_ext._exceptions import APIError, PageFetchError
from openrouter_ext.pagination._endpoint import ListEndpoint

__all__ = ["DEFAULT_DEDUP_WINDOW", "AsyncPager", "Page", "SyncPager"]

ItemT = TypeVar("ItemT")

# How many recent item identities a walk remembers to drop repeats: enough to cover insertions of 1,000 items (ten
# full pages of 100) between two consecutive page requests, far more than a list changes while it is walked. It
# was 10,000, which let the window itself grow with the walk up to 10,000 keys (~1.8 MiB; bench figure 5 peaked at
# 1.4 MiB for 2,500 keys and 3.2 MiB for 10,000); a 1,000-identity window is full after ten pages, so the memory
# of a walk stays flat (~0.2 MiB of identities) however long the list. dedup_window=None still remembers all.
DEFAULT_DEDUP_WINDOW = 1_000

_ITEMS = "items"
_PAGES = "pages"


@attrs.frozen
class Page(Generic[ItemT]):
    """One page of a list, as the API returned it at `offset`.

    `items` are the items not seen before in this walk, in the server's order; `duplicates` are the ones the walk
    had already handed out (the list shifted between two requests) and skipped. `next_offset` is where the walk
    continues after this page, `total_count` the list's size as the server reported it with this page (None for
    lists that report none), and `response` the whole parsed response.
    """

    items: tuple[ItemT, ...]
    offset: int
    next_offset: int
    total_count: int | None
    duplicates: tuple[ItemT, ...] = ()
    response: object = None

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@attrs.frozen
class _Accepted(Generic[ItemT]):
    page: Page[ItemT]
    # For each of page.items, the offset to resume from once it has been handed out.
    resume_points: tuple[int, ...]


@attrs.frozen
class _Request:
    params: dict[str, Any]
    offset: int
    limit: int | None


class _RecentIdentities:
    """The last `capacity` distinct identities seen (all of them when capacity is None; none when it is 0)."""

    def __init__(self, capacity: int | None) -> None:
        self._capacity = capacity
        self._identities: OrderedDict[str, None] = OrderedDict()

    def seen_before(self, identity: str) -> bool:
        """Record `identity` and say whether it was already remembered."""
        if self._capacity == 0:
            return False
        if identity in self._identities:
            self._identities.move_to_end(identity)
            return True
        self._identities[identity] = None
        if self._capacity is not None and len(self._identities) > self._capacity:
            self._identities.popitem(last=False)
        return False

    def __len__(self) -> int:
        return len(self._identities)


def _check_count(name: str, value: object, *, minimum: int, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ValueError(f"{name} must be {bounds}, got {value}")
    return value


class _Walk(Generic[ItemT]):
    """Where one walk over a list stands, and the rules for going on; it performs no I/O itself.

    The pager asks `next_request()` for the parameters of the next page, fetches it, and hands the response to
    `accept()`, which updates the position, drops repeats and decides whether the list has ended.
    """

    def __init__(
        self,
        endpoint: ListEndpoint[ItemT],
        params: Mapping[str, Any],
        *,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
        dedup_window: int | None,
    ) -> None:
        rules = endpoint.page_size
        reserved = {endpoint.offset_param, rules.limit_param} - {None}
        for name in params:
            if name in reserved:
                hint = "start_offset=" if name == endpoint.offset_param else "page_size="
                raise ValueError(f"{endpoint.route}: the pager sets {name!r} itself; use {hint} instead")
        if page_size is not None:
            if rules.limit_param is None:
                raise ValueError(
                    f"{endpoint.route} does not let the caller choose a page size (the server decides); "
                    "leave page_size unset"
                )
            page_size = _check_count("page_size", page_size, minimum=rules.minimum, maximum=rules.maximum)
        elif rules.limit_param is not None:
            page_size = rules.default
        if max_items is not None:
            max_items = _check_count("max_items", max_items, minimum=0)
        start_offset = _check_count("start_offset", start_offset, minimum=0, maximum=endpoint.max_offset)
        if dedup_window is not None:
            dedup_window = _check_count("dedup_window", dedup_window, minimum=0)

        self.endpoint = endpoint
        self._params = dict(params)
        self._page_size = page_size
        self._max_items = max_items
        self._next_offset = start_offset
        self._recent = _RecentIdentities(dedup_window)
        self._accepted = 0
        self._largest_page = 0
        self._finished = max_items == 0
        # Public read-outs, kept current as the walk goes on.
        self.resume_offset = start_offset
        self.total_count: int | None = None
        self.duplicates_skipped = 0
        self.list_changed = False
        self.pages_fetched = 0
        self.offset_limit_reached = False

    def next_request(self) -> _Request | None:
        """The next page to fetch, or None when the walk is over."""
        if self._finished:
            return None
        params = dict(self._params)
        params[self.endpoint.offset_param] = self._next_offset
        limit: int | None = None
        limit_param = self.endpoint.page_size.limit_param
        if limit_param is not None and self._page_size is not None:
            limit = self._page_size
            if self._max_items is not None:
                # No sense transferring more than the cap still allows.
                limit = min(limit, self._max_items - self._accepted)
            params[limit_param] = limit
        return _Request(params=params, offset=self._next_offset, limit=limit)

    def failed(self, request: _Request, error: APIError) -> PageFetchError:
        """The error to raise for a page request that failed; the walk stays at that page, so it can be retried."""
        return PageFetchError(
            f"{self.endpoint.route}: the page at offset {request.offset} could not be fetched ({error}); "
            f"resume with start_offset={request.offset}",
            route=self.endpoint.route,
            offset=request.offset,
            error=error,
        )

    def accept(self, request: _Request, response: object) -> _Accepted[ItemT]:
        """Take in the page fetched for `request` and say what it holds."""
        endpoint = self.endpoint
        received = endpoint.read_items(response)
        if received is None:
            raise PageFetchError(
                f"{endpoint.route}: the response for offset {request.offset} has no {endpoint.items_field!r} list; "
                f"resume with start_offset={request.offset}",
                route=endpoint.route,
                offset=request.offset,
            )
        total = endpoint.read_total(response)
        self.pages_fetched += 1
        if total is not None:
            if self.total_count is not None and total != self.total_count:
                self.list_changed = True
            self.total_count = total

        fresh: list[tuple[int, ItemT]] = []
        duplicates: list[ItemT] = []
        for index, item in enumerate(received):
            identity = endpoint.identity_of(item)
            if identity is not None and self._recent.seen_before(identity):
                duplicates.append(item)
            else:
                fresh.append((index, item))
        if duplicates:
            self.duplicates_skipped += len(duplicates)
            self.list_changed = True

        count = len(received)
        next_offset = request.offset + count
        if count == 0:
            # An empty page always ends the walk, whatever the total said: that is what rules out endless loops.
            self._finished = True
            if total is not None and request.offset < total:
                self.list_changed = True
        elif total is not None:
            # Never ask past the total the server just reported.
            self._finished = next_offset >= total
        elif request.limit is not None:
            self._finished = count < request.limit
        else:
            # The server picks the page size: a page shorter than the largest one seen is the last.
            self._finished = count < self._largest_page
        self._largest_page = max(self._largest_page, count)

        max_offset = endpoint.max_offset
        if not self._finished and max_offset is not None and next_offset > max_offset:
            # The API refuses offsets past its cap: the walk ends there, and says so, though more rows may exist.
            self._finished = True
            self.offset_limit_reached = True

        if self._max_items is not None:
            room = self._max_items - self._accepted
            if len(fresh) >= room:
                if len(fresh) > room:
                    # Resume right at the first item the cap held back.
                    next_offset = request.offset + fresh[room][0]
                    fresh = fresh[:room]
                self._finished = True
        self._accepted += len(fresh)
        self._next_offset = next_offset
        page = Page(
            items=tuple(item for _, item in fresh),
            offset=request.offset,
            next_offset=next_offset,
            total_count=total,
            duplicates=tuple(duplicates),
            response=response,
        )
        # Each item resumes just after itself; the last one at next_offset, past any trailing repeats.
        resume_points = [request.offset + index + 1 for index, _ in fresh]
        if resume_points:
            resume_points[-1] = next_offset
        return _Accepted(page=page, resume_points=tuple(resume_points))


class _PagerBase(Generic[ItemT]):
    """What the sync and async pagers share: the walk, its read-outs, and the buffer of one page's items."""

    def __init__(
        self,
        endpoint: ListEndpoint[ItemT],
        *,
        params: Mapping[str, Any] | None,
        page_size: int | None,
        max_items: int | None,
        start_offset: int,
        dedup_window: int | None,
    ) -> None:
        # Every argument is checked here, so bad input fails before any request.
        self._walk = _Walk(
            endpoint,
            params or {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
        )
        self._mode: str | None = None
        # (offset to resume from once this item is handed out, item); never more than one page.
        self._buffer: deque[tuple[int, ItemT]] = deque()

    @property
    def endpoint(self) -> ListEndpoint[ItemT]:
        return self._walk.endpoint

    @property
    def resume_offset(self) -> int:
        """The offset of the first item not handed out yet: pass it as `start_offset=` to continue later."""
        return self._walk.resume_offset

    @property
    def total_count(self) -> int | None:
        """The list's size as last reported by the server; None before the first page or for lists without one."""
        return self._walk.total_count

    @property
    def duplicates_skipped(self) -> int:
        """How many items were dropped because the walk had already handed them out."""
        return self._walk.duplicates_skipped

    @property
    def list_changed(self) -> bool:
        """True once the walk has seen the list change under it (total moved, repeats, early empty page).

        When it is True, items deleted during the walk may have shifted others past the walk's position unseen;
        walk again if you need every item.
        """
        return self._walk.list_changed

    @property
    def offset_limit_reached(self) -> bool:
        """True when the walk ended because the API accepts no larger offset (`ListEndpoint.max_offset`), not
        because the list ran out: rows past the cap exist, perhaps, but the API does not serve them this way."""
        return self._walk.offset_limit_reached

    @property
    def pages_fetched(self) -> int:
        """How many page requests have succeeded so far."""
        return self._walk.pages_fetched

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(route={self.endpoint.route!r}, resume_offset={self.resume_offset}, "
            f"total_count={self.total_count}, pages_fetched={self.pages_fetched})"
        )

    def _claim(self, mode: str) -> None:
        # Mixing item and page iteration on one pager would hand out some items twice or not at all.
        if self._mode is None:
            self._mode = mode
        elif self._mode != mode:
            raise RuntimeError(f"this pager is already iterating {self._mode}; create a new pager to iterate {mode}")

    def _deliver_page(self, accepted: _Accepted[ItemT]) -> Page[ItemT]:
        self._walk.resume_offset = accepted.page.next_offset
        return accepted.page

    def _load(self, accepted: _Accepted[ItemT]) -> None:
        self._buffer.extend(zip(accepted.resume_points, accepted.page.items, strict=True))

    def _take(self) -> ItemT:
        resume_point, item = self._buffer.popleft()
        self._walk.resume_offset = resume_point
        return item


class SyncPager(_PagerBase[ItemT], Iterator[ItemT]):
    """Iterates a list's items lazily, one page request at a time; `pages()` iterates whole pages instead.

    Nothing is fetched until iteration starts, and only the current page's items are held. When a page request
    fails (after the client's retries) a `PageFetchError` carrying the offset is raised; iterating again retries
    that page, and `start_offset=` on a new pager resumes there.
    """

    def __init__(
        self,
        endpoint: ListEndpoint[ItemT],
        fetch: Callable[[dict[str, Any]], object],
        *,
        params: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
    ) -> None:
        super().__init__(
            endpoint,
            params=params,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
        )
        self._fetch = fetch

    def _next_page(self) -> _Accepted[ItemT] | None:
        request = self._walk.next_request()
        if request is None:
            return None
        try:
            response = self._fetch(request.params)
        except APIError as error:
            raise self._walk.failed(request, error) from error
        return self._walk.accept(request, response)

    def __iter__(self) -> SyncPager[ItemT]:
        return self

    def __next__(self) -> ItemT:
        self._claim(_ITEMS)
        while not self._buffer:
            accepted = self._next_page()
            if accepted is None:
                raise StopIteration
            self._load(accepted)
        return self._take()

    def pages(self) -> Iterator[Page[ItemT]]:
        """Iterate whole pages (fetched lazily) instead of items."""
        self._claim(_PAGES)
        return _SyncPages(self)

    def to_list(self) -> list[ItemT]:
        """Every remaining item in one list (this keeps them all in memory; `max_items=` bounds it)."""
        return list(self)


class _SyncPages(Iterator[Page[ItemT]]):
    def __init__(self, pager: SyncPager[ItemT]) -> None:
        self._pager = pager

    def __iter__(self) -> _SyncPages[ItemT]:
        return self

    def __next__(self) -> Page[ItemT]:
        accepted = self._pager._next_page()
        if accepted is None:
            raise StopIteration
        return self._pager._deliver_page(accepted)


class AsyncPager(_PagerBase[ItemT], AsyncIterator[ItemT]):
    """The async twin of `SyncPager`: `async for item in pager`, `pager.pages()`, `await pager.to_list()`."""

    def __init__(
        self,
        endpoint: ListEndpoint[ItemT],
        fetch: Callable[[dict[str, Any]], Awaitable[object]],
        *,
        params: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = DEFAULT_DEDUP_WINDOW,
    ) -> None:
        super().__init__(
            endpoint,
            params=params,
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
        )
        self._fetch = fetch

    async def _next_page(self) -> _Accepted[ItemT] | None:
        request = self._walk.next_request()
        if request is None:
            return None
        try:
            response = await self._fetch(request.params)
        except APIError as error:
            raise self._walk.failed(request, error) from error
        return self._walk.accept(request, response)

    def __aiter__(self) -> AsyncPager[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        self._claim(_ITEMS)
        while not self._buffer:
            accepted = await self._next_page()
            if accepted is None:
                raise StopAsyncIteration
            self._load(accepted)
        return self._take()

    def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Iterate whole pages (fetched lazily) instead of items."""
        self._claim(_PAGES)
        return _AsyncPages(self)

    async def to_list(self) -> list[ItemT]:
        """Every remaining item in one list (this keeps them all in memory; `max_items=` bounds it)."""
        return [item async for item in self]


class _AsyncPages(AsyncIterator[Page[ItemT]]):
    def __init__(self, pager: AsyncPager[ItemT]) -> None:
        self._pager = pager

    def __aiter__(self) -> _AsyncPages[ItemT]:
        return self

    async def __anext__(self) -> Page[ItemT]:
        accepted = await self._pager._next_page()
        if accepted is None:
            raise StopAsyncIteration
        return self._pager._deliver_page(accepted)
