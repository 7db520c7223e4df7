"""Lists paged by an opaque cursor (GET /files): a lazy pager over every item of every page.

The spec marks such an operation with `x-speakeasy-pagination` of type `cursor`: the request parameter that
carries the cursor, the response field with the next one, and the field with the items. The facade method
(`client.files.list_files(...)`) returns a SyncCursorPager / AsyncCursorPager: iterating it yields every item,
fetching the next page only when the current one is used up; `.pages()` yields the parsed pages themselves. The
walk ends when a page brings no next cursor (absent, null or empty) and does not say `has_more: true`; a page in
the OpenAI or Anthropic shape (GET /files negotiates one) that says `has_more` continues after its `last_id`
(`after=` / `after_id=`), and one that says `has_more` with no way to go on raises PaginationLoopError rather than
ending the walk with items left behind. A next cursor the walk has already sent raises PaginationLoopError too,
instead of fetching the same pages forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar, cast

from openrouter_ext._exceptions import PaginationLoopError
from openrouter_ext.pagination._endpoint import _read_field

__all__ = ["AsyncCursorPager", "PaginationLoopError", "SyncCursorPager"]

ItemT = TypeVar("ItemT")


# The forward parameter of the other list shapes, by their `_shape`.
_AFTER = {"openai": "after", "anthropic": "after_id"}


def _json_form(page: object) -> dict[str, Any]:
    # The page's JSON form: the field names are the wire's (`_shape` is `field_shape` on the model) and enums are
    # their values. Built once per page: to_dict() writes every item of it.
    to_dict = getattr(page, "to_dict", None)
    data = to_dict() if callable(to_dict) else page
    return data if isinstance(data, dict) else {}


class _CursorWalk:
    """Which cursor to send next, and when the walk is over."""

    def __init__(self, route: str, cursor_param: str, items_field: str, next_field: str, max_items: int | None) -> None:
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise ValueError(f"max_items must be an integer >= 0, got {max_items!r}")
        self.route = route
        self.cursor_param = cursor_param
        self.items_field = items_field
        self.next_field = next_field
        self.max_items = max_items
        self.next_params: dict[str, str] = {}
        self.sent: set[str] = set()
        self.done = max_items == 0
        self.yielded = 0
        self.pages_fetched = 0

    def accept(self, page: object) -> list[Any]:
        self.pages_fetched += 1
        items: list[Any] = list(cast("Iterable[Any]", _read_field(page, self.items_field) or []))
        data = _json_form(page)
        following = data.get(self.next_field)
        if isinstance(following, str) and following:
            if following in self.sent:
                raise PaginationLoopError(
                    f"{self.route}: the API gave the cursor {following[:40]!r} a second time; stopping",
                    cursor=following,
                )
            self.sent.add(following)
            self.next_params = {self.cursor_param: following}
        elif data.get("has_more") is True:
            last = data.get("last_id")
            param = _AFTER.get(str(data.get("_shape")))
            if not isinstance(last, str) or not last or param is None:
                raise PaginationLoopError(
                    f"{self.route}: the page says has_more but gives no cursor to go on with", cursor=""
                )
            if last in self.sent:
                raise PaginationLoopError(f"{self.route}: the API gave last_id {last!r} a second time", cursor=last)
            self.sent.add(last)
            self.next_params = {param: last}
        else:
            self.done = True
        return items

    def take(self, items: list[Any]) -> list[Any]:
        if self.max_items is not None:
            items = items[: self.max_items - self.yielded]
            if self.yielded + len(items) >= self.max_items:
                self.done = True
        self.yielded += len(items)
        return items


class SyncCursorPager(Generic[ItemT]):
    """Every item of a cursor-paged list, fetched page by page as it is iterated."""

    def __init__(
        self,
        fetch: Callable[[dict[str, str]], object],
        *,
        route: str,
        cursor_param: str = "cursor",
        items_field: str = "data",
        next_field: str = "cursor",
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._walk = _CursorWalk(route, cursor_param, items_field, next_field, max_items)
        self._items = self._iter_items()

    @property
    def pages_fetched(self) -> int:
        return self._walk.pages_fetched

    @property
    def next_params(self) -> dict[str, str] | None:
        """What the next page would be fetched with (`{"cursor": ...}`; None once the walk is over)."""
        return None if self._walk.done else dict(self._walk.next_params)

    def pages(self) -> Iterator[Any]:
        """The parsed pages, each fetched when asked for."""
        walk = self._walk
        while not walk.done:
            page = self._fetch(walk.next_params)
            walk.take(walk.accept(page))
            yield page

    def _iter_items(self) -> Iterator[ItemT]:
        walk = self._walk
        while not walk.done:
            items = walk.take(walk.accept(self._fetch(walk.next_params)))
            yield from items

    def __iter__(self) -> Iterator[ItemT]:
        return self

    def __next__(self) -> ItemT:
        return next(self._items)

    def to_list(self) -> list[ItemT]:
        return list(self)


class AsyncCursorPager(Generic[ItemT]):
    """The async twin of SyncCursorPager: `async for item in pager`, `async for page in pager.pages()`."""

    def __init__(
        self,
        fetch: Callable[[dict[str, str]], Awaitable[object]],
        *,
        route: str,
        cursor_param: str = "cursor",
        items_field: str = "data",
        next_field: str = "cursor",
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._walk = _CursorWalk(route, cursor_param, items_field, next_field, max_items)
        self._items = self._iter_items()

    @property
    def pages_fetched(self) -> int:
        return self._walk.pages_fetched

    @property
    def next_params(self) -> dict[str, str] | None:
        return None if self._walk.done else dict(self._walk.next_params)

    async def pages(self) -> AsyncIterator[Any]:
        walk = self._walk
        while not walk.done:
            page = await self._fetch(walk.next_params)
            walk.take(walk.accept(page))
            yield page

    async def _iter_items(self) -> AsyncIterator[ItemT]:
        walk = self._walk
        while not walk.done:
            items = walk.take(walk.accept(await self._fetch(walk.next_params)))
            for item in items:
                yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        return await self._items.__anext__()

    async def to_list(self) -> list[ItemT]:
        return [item async for item in self]
