"""An in-memory list served page by page, standing in for an API endpoint in the mechanism tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from openrouter_ext._exceptions import APIStatusError, make_status_error
from openrouter_ext.pagination import ListEndpoint, PageSizeRules

# Described like the real lists, but over a fake operation: the fetcher is injected, so it is never imported.
WITH_TOTAL: ListEndpoint[dict[str, Any]] = ListEndpoint(route="GET /things", operation="unused.things")
NO_TOTAL: ListEndpoint[dict[str, Any]] = ListEndpoint(
    route="GET /things-no-total", operation="unused.things", total_field=None
)
SERVER_SIZED: ListEndpoint[dict[str, Any]] = ListEndpoint(
    route="GET /keys-like",
    operation="unused.keys",
    total_field=None,
    identity_field="hash",
    page_size=PageSizeRules(limit_param=None, maximum=None, default=None),
)


def things(count: int, *, start: int = 0, field: str = "id") -> list[dict[str, Any]]:
    return [{field: f"t{number:04d}", "n": number} for number in range(start, start + count)]


def status_error(status: int) -> APIStatusError:
    request = httpx.Request("GET", "http://127.0.0.1/things")
    return make_status_error(
        httpx.Response(status, json={"error": {"code": status, "message": "boom"}}, request=request)
    )


class FakeList:
    """Serves `items` like the API: `offset` (+ `limit`) in, `{"data": [...], "total_count": n}` out.

    `server_page_size` is the page size when the request carries no limit. `before_fetch` runs before each
    request is answered (with the request number, from 1), which is where tests change the list or fail.
    """

    def __init__(
        self,
        items: list[dict[str, Any]],
        *,
        with_total: bool = True,
        server_page_size: int = 100,
        before_fetch: Callable[[int, FakeList], None] | None = None,
    ) -> None:
        self.items = items
        self.with_total = with_total
        self.server_page_size = server_page_size
        self.before_fetch = before_fetch
        self.requests: list[dict[str, Any]] = []

    def __call__(self, params: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(dict(params))
        if self.before_fetch is not None:
            self.before_fetch(len(self.requests), self)
        offset = params["offset"]
        size = params.get("limit", self.server_page_size)
        body: dict[str, Any] = {"data": self.items[offset : offset + size]}
        if self.with_total:
            body["total_count"] = len(self.items)
        return body

    async def fetch_async(self, params: dict[str, Any]) -> dict[str, Any]:
        return self(params)

    @property
    def offsets(self) -> list[int]:
        return [request["offset"] for request in self.requests]


def fail_on_request(number: int, error: Exception, *, times: int = 1) -> Callable[[int, FakeList], None]:
    """A before_fetch hook that raises `error` on request `number` and the `times - 1` requests after it."""

    def hook(request_number: int, _: FakeList) -> None:
        if number <= request_number < number + times:
            raise error

    return hook
