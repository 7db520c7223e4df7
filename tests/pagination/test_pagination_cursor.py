"""GET /files pages by cursor: `client.files.list()` iterates every file of every page, lazily; `.pages()`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.pagination._cursor import PaginationLoopError, SyncCursorPager

FILES = [{"id": f"or_file_{n}", "filename": f"f{n}.txt", "bytes": n} for n in range(7)]


class FileServer:
    """GET /files over three pages of the OpenRouter shape (cursor), or of the OpenAI shape (after=last_id)."""

    def __init__(self, shape: str = "openrouter", per_page: int = 3, loop: bool = False) -> None:
        self.shape = shape
        self.per_page = per_page
        self.loop = loop
        self.queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.queries.append(query)
        start = 0
        if "cursor" in query:
            start = 0 if self.loop else int(query["cursor"].removeprefix("c"))
        if "after" in query:
            start = next(i for i, f in enumerate(FILES) if f["id"] == query["after"]) + 1
        page = FILES[start : start + self.per_page]
        more = start + self.per_page < len(FILES)
        if self.shape == "openrouter":
            body: dict[str, Any] = {
                "_shape": "openrouter",
                "data": page,
                "cursor": f"c{start + self.per_page}" if more else None,
            }
            if self.loop:
                body["cursor"] = "c3"
        else:
            body = {"_shape": "openai", "object": "list", "data": page, "has_more": more, "last_id": page[-1]["id"]}
        return httpx.Response(200, json=body)


def _client(server: FileServer) -> Iterator[OpenRouter]:
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http_client,
        OpenRouter(api_key="sk-or-test", http_client=http_client, max_retries=0) as client,
    ):
        yield client


def test_iterating_yields_every_file_across_pages_lazily() -> None:
    server = FileServer()
    for client in _client(server):
        pager = client.files.list(limit=3)
        assert isinstance(pager, SyncCursorPager)
        assert server.queries == []
        first = next(pager)
        assert len(server.queries) == 1
        rest = list(pager)
    ids = [first.id] + [item.id for item in rest]
    assert ids == [f["id"] for f in FILES]
    assert server.queries == [{"limit": "3"}, {"limit": "3", "cursor": "c3"}, {"limit": "3", "cursor": "c6"}]


def test_pages_walks_page_by_page_and_max_items_stops_early() -> None:
    server = FileServer()
    for client in _client(server):
        pages = list(client.files.list().pages())
        assert [len(page.data) for page in pages] == [3, 3, 1]
        server.queries.clear()
        assert [item.id for item in client.files.list(max_items=4)] == [f["id"] for f in FILES[:4]]
        assert len(server.queries) == 2


def test_the_openai_shape_continues_after_its_last_id() -> None:
    server = FileServer(shape="openai")
    for client in _client(server):
        assert [item.id for item in client.files.list()] == [f["id"] for f in FILES]
    assert server.queries[1] == {"after": "or_file_2"}


def test_a_cursor_given_twice_raises_instead_of_looping() -> None:
    server = FileServer(loop=True)
    for client in _client(server):
        with pytest.raises(PaginationLoopError, match="second time"):
            list(client.files.list())
    assert len(server.queries) == 2


def test_with_raw_response_gives_the_first_page() -> None:
    server = FileServer()
    for client in _client(server):
        raw = client.files.with_raw_response.list(limit=3)
        assert raw.status_code == 200
        assert len(raw.parsed.data) == 3


async def test_the_async_pager() -> None:
    server = FileServer()
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(server)) as http_client,
        AsyncOpenRouter(api_key="sk-or-test", http_client=http_client, max_retries=0) as client,
    ):
        ids = [item.id async for item in client.files.list()]
        pages = [page async for page in client.files.list().pages()]
    assert ids == [f["id"] for f in FILES]
    assert len(pages) == 3
