"""`paginate` / `apaginate` over anything with `call(operation, **params)`: parameter checks and page requests."""

from __future__ import annotations

import types
from typing import Any

import pytest
from _fake_list import FakeList, things

from openrouter_ext.pagination import ListEndpoint, apaginate, paginate


def _fake_operation() -> types.ModuleType:
    """A stand-in for a generated endpoint module: only its build_request signature matters here."""
    module = types.ModuleType("fake_list_operation")

    def build_request(*, id: str, offset: int = 0, limit: int = 50, workspace_id: str | None = None) -> dict[str, Any]:
        raise AssertionError("the pager goes through client.call, never build_request directly")

    module.build_request = build_request  # type: ignore[attr-defined]
    return module


OPERATION = _fake_operation()
ENDPOINT: ListEndpoint[dict[str, Any]] = ListEndpoint(route="GET /things/{id}", operation=OPERATION)


class RecordingClient:
    def __init__(self, source: FakeList) -> None:
        self.source = source
        self.operations: list[object] = []

    def call(self, operation: object, /, **params: Any) -> Any:
        self.operations.append(operation)
        return self.source(params)


class AsyncRecordingClient(RecordingClient):
    async def call(self, operation: object, /, **params: Any) -> Any:  # type: ignore[override]
        return super().call(operation, **params)


def test_paginate_calls_the_operation_with_filters_offset_and_limit() -> None:
    client = RecordingClient(FakeList(things(30)))
    items = paginate(client, ENDPOINT, page_size=20, id="g1", workspace_id="ws").to_list()
    assert len(items) == 30
    assert client.operations == [OPERATION, OPERATION]
    assert client.source.requests == [
        {"id": "g1", "workspace_id": "ws", "offset": 0, "limit": 20},
        {"id": "g1", "workspace_id": "ws", "offset": 20, "limit": 20},
    ]


def test_filters_given_as_none_are_left_out() -> None:
    client = RecordingClient(FakeList(things(3)))
    paginate(client, ENDPOINT, id="g1", workspace_id=None).to_list()
    assert client.source.requests == [{"id": "g1", "offset": 0, "limit": 100}]


def test_a_parameter_the_operation_does_not_take_is_refused_before_any_request() -> None:
    client = RecordingClient(FakeList(things(3)))
    with pytest.raises(
        TypeError, match=r"GET /things/\{id\} takes no parameter 'workspace' \(it takes: id, workspace_id\)"
    ):
        paginate(client, ENDPOINT, id="g1", workspace="ws")
    assert client.source.requests == []


def test_a_bad_page_size_is_refused_before_any_request() -> None:
    client = RecordingClient(FakeList(things(3)))
    with pytest.raises(ValueError, match="page_size must be between 1 and 100, got 1000"):
        paginate(client, ENDPOINT, page_size=1000, id="g1")
    assert client.source.requests == []


async def test_apaginate_awaits_the_async_client() -> None:
    client = AsyncRecordingClient(FakeList(things(15)))
    items = await apaginate(client, ENDPOINT, page_size=10, id="g1").to_list()
    assert len(items) == 15
    assert [request["offset"] for request in client.source.requests] == [0, 10]
