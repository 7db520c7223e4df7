"""Helpers shared by the client tests: a scripted MockTransport handler and fake operation modules."""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from typing import Any

import httpx

API_KEY = "sk-or-v1-test-0123456789abcdef-SECRET"


class Script:
    """A MockTransport handler that answers with the given responses (or raises the given errors) in turn."""

    def __init__(self, *steps: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.steps:
            raise AssertionError(f"unexpected extra request: {request.method} {request.url}")
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        return step

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self(request)

    def sync_client(self, **options: Any) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self), **options)

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle_async), **options)


def error_response(status: int, message: str = "boom", **extra: Any) -> httpx.Response:
    headers = extra.pop("headers", None)
    error: dict[str, Any] = {"code": status, "message": message}
    error.update(extra)
    return httpx.Response(status, json={"error": error}, headers=headers)


def make_operation(
    name: str,
    method: str = "GET",
    url: str = "/credits",
    parse: Callable[[httpx.Response], Any] | None = None,
) -> types.ModuleType:
    """A stand-in for a generated endpoint module with keyword-only parameters, like the generator's."""
    module = types.ModuleType(f"openrouter_api.api.fake.{name}")

    def build_request(*, body: Any = None, limit: int | None = None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"method": method, "url": url}
        if limit is not None:
            kwargs["params"] = {"limit": limit}
        if body is not None:
            kwargs["json"] = body
        return kwargs

    def parse_success(response: httpx.Response) -> Any:
        if parse is not None:
            return parse(response)
        return json.loads(response.content)

    module.build_request = build_request  # type: ignore[attr-defined]
    module.parse_success = parse_success  # type: ignore[attr-defined]
    return module
