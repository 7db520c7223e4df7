"""Contains endpoint functions for accessing the API, and the `client.datasets` resource over them."""

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

    from ...models.app_rankings_item import AppRankingsItem
    from ...models.app_rankings_response import AppRankingsResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.get_app_rankings_category import GetAppRankingsCategory
    from ...models.get_app_rankings_sort import GetAppRankingsSort
    from ...models.get_app_rankings_subcategory import GetAppRankingsSubcategory
    from ...models.get_rankings_daily_category import GetRankingsDailyCategory
    from ...models.get_rankings_daily_context_bucket import GetRankingsDailyContextBucket
    from ...models.get_rankings_daily_language_type import GetRankingsDailyLanguageType
    from ...models.get_rankings_daily_modality import GetRankingsDailyModality
    from ...models.get_rankings_daily_period import GetRankingsDailyPeriod
    from ...models.get_session_cost_turn_range import GetSessionCostTurnRange
    from ...models.internal_server_response import InternalServerResponse
    from ...models.rankings_daily_item import RankingsDailyItem
    from ...models.rankings_daily_response import RankingsDailyResponse
    from ...models.session_cost_item import SessionCostItem
    from ...models.session_cost_response import SessionCostResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...types import UNSET, File, Unset

__all__ = ["AsyncDatasets", "AsyncDatasetsWithRawResponse", "Datasets", "DatasetsWithRawResponse"]


class Datasets(_SyncResource):
    """`client.datasets`: 3 operations."""

    @cached_property
    def with_raw_response(self) -> DatasetsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return DatasetsWithRawResponse(self)

    @_operation("getAppRankings")
    def get_app_rankings(
        self,
        *,
        category: GetAppRankingsCategory | str | Unset = UNSET,
        subcategory: GetAppRankingsSubcategory | str | Unset = UNSET,
        sort: GetAppRankingsSort | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[AppRankingsItem]:
        """Top apps by token usage

        `GET /datasets/app-rankings` (operationId `getAppRankings`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "datasets.get_app_rankings",
            {
                "category": category,
                "subcategory": subcategory,
                "sort": sort,
                "start_date": start_date,
                "end_date": end_date,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getAppRankings")
    def _get_app_rankings_page(
        self,
        *,
        category: GetAppRankingsCategory | str | Unset = UNSET,
        subcategory: GetAppRankingsSubcategory | str | Unset = UNSET,
        sort: GetAppRankingsSort | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AppRankingsResponse:
        """Top apps by token usage

        `GET /datasets/app-rankings` (operationId `getAppRankings`).
        """
        return self._request(
            "datasets.get_app_rankings",
            {
                "category": category,
                "subcategory": subcategory,
                "sort": sort,
                "start_date": start_date,
                "end_date": end_date,
                "limit": limit,
                "offset": offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getRankingsDaily")
    def get_rankings_daily(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        period: GetRankingsDailyPeriod | str | Unset = UNSET,
        modality: GetRankingsDailyModality | str | Unset = UNSET,
        context_bucket: GetRankingsDailyContextBucket | str | Unset = UNSET,
        category: GetRankingsDailyCategory | str | Unset = UNSET,
        language_type: GetRankingsDailyLanguageType | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> RankingsDailyResponse:
        """Daily token totals for top 50 models

        `GET /datasets/rankings-daily` (operationId `getRankingsDaily`).
        """
        return self._request(
            "datasets.get_rankings_daily",
            {
                "start_date": start_date,
                "end_date": end_date,
                "period": period,
                "modality": modality,
                "context_bucket": context_bucket,
                "category": category,
                "language_type": language_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getSessionCost")
    def get_session_cost(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: GetSessionCostTurnRange | str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[SessionCostItem]:
        """Cost per session by harness and model

        `GET /datasets/session-cost` (operationId `getSessionCost`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "datasets.get_session_cost",
            {
                "app_slug": app_slug,
                "model": model,
                "turn_range": turn_range,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getSessionCost")
    def _get_session_cost_page(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: GetSessionCostTurnRange | str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SessionCostResponse:
        """Cost per session by harness and model

        `GET /datasets/session-cost` (operationId `getSessionCost`).
        """
        return self._request(
            "datasets.get_session_cost",
            {
                "app_slug": app_slug,
                "model": model,
                "turn_range": turn_range,
                "limit": limit,
                "offset": offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncDatasets(_AsyncResource):
    """`client.datasets` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncDatasetsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncDatasetsWithRawResponse(self)

    @_operation("getAppRankings")
    def get_app_rankings(
        self,
        *,
        category: GetAppRankingsCategory | str | Unset = UNSET,
        subcategory: GetAppRankingsSubcategory | str | Unset = UNSET,
        sort: GetAppRankingsSort | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[AppRankingsItem]:
        """Top apps by token usage

        `GET /datasets/app-rankings` (operationId `getAppRankings`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "datasets.get_app_rankings",
            {
                "category": category,
                "subcategory": subcategory,
                "sort": sort,
                "start_date": start_date,
                "end_date": end_date,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getAppRankings")
    async def _get_app_rankings_page(
        self,
        *,
        category: GetAppRankingsCategory | str | Unset = UNSET,
        subcategory: GetAppRankingsSubcategory | str | Unset = UNSET,
        sort: GetAppRankingsSort | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AppRankingsResponse:
        """Top apps by token usage

        `GET /datasets/app-rankings` (operationId `getAppRankings`).
        """
        return await self._request(
            "datasets.get_app_rankings",
            {
                "category": category,
                "subcategory": subcategory,
                "sort": sort,
                "start_date": start_date,
                "end_date": end_date,
                "limit": limit,
                "offset": offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getRankingsDaily")
    async def get_rankings_daily(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        period: GetRankingsDailyPeriod | str | Unset = UNSET,
        modality: GetRankingsDailyModality | str | Unset = UNSET,
        context_bucket: GetRankingsDailyContextBucket | str | Unset = UNSET,
        category: GetRankingsDailyCategory | str | Unset = UNSET,
        language_type: GetRankingsDailyLanguageType | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> RankingsDailyResponse:
        """Daily token totals for top 50 models

        `GET /datasets/rankings-daily` (operationId `getRankingsDaily`).
        """
        return await self._request(
            "datasets.get_rankings_daily",
            {
                "start_date": start_date,
                "end_date": end_date,
                "period": period,
                "modality": modality,
                "context_bucket": context_bucket,
                "category": category,
                "language_type": language_type,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getSessionCost")
    def get_session_cost(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: GetSessionCostTurnRange | str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[SessionCostItem]:
        """Cost per session by harness and model

        `GET /datasets/session-cost` (operationId `getSessionCost`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "datasets.get_session_cost",
            {
                "app_slug": app_slug,
                "model": model,
                "turn_range": turn_range,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getSessionCost")
    async def _get_session_cost_page(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: GetSessionCostTurnRange | str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SessionCostResponse:
        """Cost per session by harness and model

        `GET /datasets/session-cost` (operationId `getSessionCost`).
        """
        return await self._request(
            "datasets.get_session_cost",
            {
                "app_slug": app_slug,
                "model": model,
                "turn_range": turn_range,
                "limit": limit,
                "offset": offset,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class DatasetsWithRawResponse:
    """`client.datasets.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Datasets) -> None:
        raw = resource._raw_twin()
        self.get_app_rankings = _raw(raw._get_app_rankings_page)
        self.get_rankings_daily = _raw(raw.get_rankings_daily)
        self.get_session_cost = _raw(raw._get_session_cost_page)


class AsyncDatasetsWithRawResponse:
    """`client.datasets.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncDatasets) -> None:
        raw = resource._raw_twin()
        self.get_app_rankings = _araw(raw._get_app_rankings_page)
        self.get_rankings_daily = _araw(raw.get_rankings_daily)
        self.get_session_cost = _araw(raw._get_session_cost_page)
