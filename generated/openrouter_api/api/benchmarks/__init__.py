"""Contains endpoint functions for accessing the API, and the `client.benchmarks` resource over them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import _araw, _AsyncResource, _operation, _raw, _SyncResource

if TYPE_CHECKING:
    import datetime
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from typing import Literal, cast
    from uuid import UUID

    from openrouter_ext._resource import FileInput, SupportsToDict
    from openrouter_ext._timeouts import TimeoutTypes
    from openrouter_ext.pagination import AsyncPager, SyncPager
    from openrouter_ext.pagination._cursor import AsyncCursorPager, SyncCursorPager

    from ...models.bad_request_response import BadRequestResponse
    from ...models.get_benchmarks_arena import GetBenchmarksArena
    from ...models.get_benchmarks_benchmark_type import GetBenchmarksBenchmarkType
    from ...models.get_benchmarks_search_surface import GetBenchmarksSearchSurface
    from ...models.get_benchmarks_source import GetBenchmarksSource
    from ...models.get_benchmarks_task_type import GetBenchmarksTaskType
    from ...models.internal_server_response import InternalServerResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from ...models.unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from ...models.unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from ...models.unified_benchmarks_response import UnifiedBenchmarksResponse
    from ...models.unified_benchmarks_search_item import UnifiedBenchmarksSearchItem
    from ...types import UNSET, File, Unset

__all__ = ["AsyncBenchmarks", "AsyncBenchmarksWithRawResponse", "Benchmarks", "BenchmarksWithRawResponse"]


class Benchmarks(_SyncResource):
    """`client.benchmarks`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> BenchmarksWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return BenchmarksWithRawResponse(self)

    @_operation("getBenchmarks")
    def get_benchmarks(
        self,
        *,
        source: GetBenchmarksSource | str | Unset = UNSET,
        task_type: GetBenchmarksTaskType | str | Unset = UNSET,
        benchmark_type: GetBenchmarksBenchmarkType | str | Unset = UNSET,
        include_run_config: bool | Unset = UNSET,
        search_engine: str | Unset = UNSET,
        search_surface: GetBenchmarksSearchSurface | str | Unset = UNSET,
        arena: GetBenchmarksArena | str | Unset = UNSET,
        category: str | Unset = UNSET,
        max_results: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UnifiedBenchmarksResponse:
        """List Benchmarks

        `GET /benchmarks` (operationId `getBenchmarks`).
        """
        return self._request(
            "benchmarks.get_benchmarks",
            {
                "source": source,
                "task_type": task_type,
                "benchmark_type": benchmark_type,
                "include_run_config": include_run_config,
                "search_engine": search_engine,
                "search_surface": search_surface,
                "arena": arena,
                "category": category,
                "max_results": max_results,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncBenchmarks(_AsyncResource):
    """`client.benchmarks` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncBenchmarksWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncBenchmarksWithRawResponse(self)

    @_operation("getBenchmarks")
    async def get_benchmarks(
        self,
        *,
        source: GetBenchmarksSource | str | Unset = UNSET,
        task_type: GetBenchmarksTaskType | str | Unset = UNSET,
        benchmark_type: GetBenchmarksBenchmarkType | str | Unset = UNSET,
        include_run_config: bool | Unset = UNSET,
        search_engine: str | Unset = UNSET,
        search_surface: GetBenchmarksSearchSurface | str | Unset = UNSET,
        arena: GetBenchmarksArena | str | Unset = UNSET,
        category: str | Unset = UNSET,
        max_results: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UnifiedBenchmarksResponse:
        """List Benchmarks

        `GET /benchmarks` (operationId `getBenchmarks`).
        """
        return await self._request(
            "benchmarks.get_benchmarks",
            {
                "source": source,
                "task_type": task_type,
                "benchmark_type": benchmark_type,
                "include_run_config": include_run_config,
                "search_engine": search_engine,
                "search_surface": search_surface,
                "arena": arena,
                "category": category,
                "max_results": max_results,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class BenchmarksWithRawResponse:
    """`client.benchmarks.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Benchmarks) -> None:
        raw = resource._raw_twin()
        self.get_benchmarks = _raw(raw.get_benchmarks)


class AsyncBenchmarksWithRawResponse:
    """`client.benchmarks.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncBenchmarks) -> None:
        raw = resource._raw_twin()
        self.get_benchmarks = _araw(raw.get_benchmarks)
