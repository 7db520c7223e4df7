"""Contains endpoint functions for accessing the API, and the `client.analytics` resource over them."""

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

    from ...models.activity_item import ActivityItem
    from ...models.activity_response import ActivityResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_analytics_meta_response_200 import GetAnalyticsMetaResponse200
    from ...models.get_analytics_meta_response_200_data import GetAnalyticsMetaResponse200Data
    from ...models.get_user_activity_group_by import GetUserActivityGroupBy
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.query_analytics_body import QueryAnalyticsBody
    from ...models.query_analytics_body_classifier_dimensions import QueryAnalyticsBodyClassifierDimensions
    from ...models.query_analytics_body_classifier_filters import QueryAnalyticsBodyClassifierFilters
    from ...models.query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem
    from ...models.query_analytics_body_order_by import QueryAnalyticsBodyOrderBy
    from ...models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange
    from ...models.query_analytics_response_200 import QueryAnalyticsResponse200
    from ...models.query_analytics_response_200_data import QueryAnalyticsResponse200Data
    from ...models.request_timeout_response import RequestTimeoutResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import (
        QueryAnalyticsBodyClassifierDimensionsParam,
        QueryAnalyticsBodyClassifierFiltersParam,
        QueryAnalyticsBodyFiltersItemParam,
        QueryAnalyticsBodyOrderByParam,
        QueryAnalyticsBodyParam,
        QueryAnalyticsBodyTimeRangeParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncAnalytics", "AsyncAnalyticsWithRawResponse", "Analytics", "AnalyticsWithRawResponse"]


class Analytics(_SyncResource):
    """`client.analytics`: 3 operations."""

    @cached_property
    def with_raw_response(self) -> AnalyticsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AnalyticsWithRawResponse(self)

    @_operation("getUserActivity")
    def get_user_activity(
        self,
        *,
        date: str | Unset = UNSET,
        api_key_hash: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        group_by: GetUserActivityGroupBy | str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ActivityResponse:
        """Get user activity grouped by endpoint

        `GET /activity` (operationId `getUserActivity`).
        """
        return self._request(
            "analytics.get_user_activity",
            {
                "date": date,
                "api_key_hash": api_key_hash,
                "user_id": user_id,
                "group_by": group_by,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getAnalyticsMeta")
    def get_analytics_meta(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetAnalyticsMetaResponse200:
        """Get available analytics metrics and dimensions

        `GET /analytics/meta` (operationId `getAnalyticsMeta`).
        """
        return self._request(
            "analytics.get_analytics_meta",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("queryAnalytics")
    def query_analytics(
        self,
        *,
        metrics: Sequence[str],
        classifier_dimensions: QueryAnalyticsBodyClassifierDimensions
        | QueryAnalyticsBodyClassifierDimensionsParam
        | SupportsToDict
        | Unset = UNSET,
        classifier_filters: QueryAnalyticsBodyClassifierFilters
        | QueryAnalyticsBodyClassifierFiltersParam
        | SupportsToDict
        | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        filters: Sequence[QueryAnalyticsBodyFiltersItem | QueryAnalyticsBodyFiltersItemParam | SupportsToDict]
        | Unset = UNSET,
        granularity: str | Unset = UNSET,
        group_limit: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: QueryAnalyticsBodyOrderBy | QueryAnalyticsBodyOrderByParam | SupportsToDict | Unset = UNSET,
        time_range: QueryAnalyticsBodyTimeRange | QueryAnalyticsBodyTimeRangeParam | SupportsToDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> QueryAnalyticsResponse200:
        """Query analytics data

        `POST /analytics/query` (operationId `queryAnalytics`).
        """
        return self._request(
            "analytics.query_analytics",
            {},
            json={
                "metrics": metrics,
                "classifier_dimensions": classifier_dimensions,
                "classifier_filters": classifier_filters,
                "dimensions": dimensions,
                "filters": filters,
                "granularity": granularity,
                "group_limit": group_limit,
                "limit": limit,
                "order_by": order_by,
                "time_range": time_range,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncAnalytics(_AsyncResource):
    """`client.analytics` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncAnalyticsWithRawResponse(self)

    @_operation("getUserActivity")
    async def get_user_activity(
        self,
        *,
        date: str | Unset = UNSET,
        api_key_hash: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        group_by: GetUserActivityGroupBy | str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ActivityResponse:
        """Get user activity grouped by endpoint

        `GET /activity` (operationId `getUserActivity`).
        """
        return await self._request(
            "analytics.get_user_activity",
            {
                "date": date,
                "api_key_hash": api_key_hash,
                "user_id": user_id,
                "group_by": group_by,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getAnalyticsMeta")
    async def get_analytics_meta(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetAnalyticsMetaResponse200:
        """Get available analytics metrics and dimensions

        `GET /analytics/meta` (operationId `getAnalyticsMeta`).
        """
        return await self._request(
            "analytics.get_analytics_meta",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("queryAnalytics")
    async def query_analytics(
        self,
        *,
        metrics: Sequence[str],
        classifier_dimensions: QueryAnalyticsBodyClassifierDimensions
        | QueryAnalyticsBodyClassifierDimensionsParam
        | SupportsToDict
        | Unset = UNSET,
        classifier_filters: QueryAnalyticsBodyClassifierFilters
        | QueryAnalyticsBodyClassifierFiltersParam
        | SupportsToDict
        | Unset = UNSET,
        dimensions: Sequence[str] | Unset = UNSET,
        filters: Sequence[QueryAnalyticsBodyFiltersItem | QueryAnalyticsBodyFiltersItemParam | SupportsToDict]
        | Unset = UNSET,
        granularity: str | Unset = UNSET,
        group_limit: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: QueryAnalyticsBodyOrderBy | QueryAnalyticsBodyOrderByParam | SupportsToDict | Unset = UNSET,
        time_range: QueryAnalyticsBodyTimeRange | QueryAnalyticsBodyTimeRangeParam | SupportsToDict | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> QueryAnalyticsResponse200:
        """Query analytics data

        `POST /analytics/query` (operationId `queryAnalytics`).
        """
        return await self._request(
            "analytics.query_analytics",
            {},
            json={
                "metrics": metrics,
                "classifier_dimensions": classifier_dimensions,
                "classifier_filters": classifier_filters,
                "dimensions": dimensions,
                "filters": filters,
                "granularity": granularity,
                "group_limit": group_limit,
                "limit": limit,
                "order_by": order_by,
                "time_range": time_range,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AnalyticsWithRawResponse:
    """`client.analytics.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Analytics) -> None:
        raw = resource._raw_twin()
        self.get_user_activity = _raw(raw.get_user_activity)
        self.get_analytics_meta = _raw(raw.get_analytics_meta)
        self.query_analytics = _raw(raw.query_analytics)


class AsyncAnalyticsWithRawResponse:
    """`client.analytics.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncAnalytics) -> None:
        raw = resource._raw_twin()
        self.get_user_activity = _araw(raw.get_user_activity)
        self.get_analytics_meta = _araw(raw.get_analytics_meta)
        self.query_analytics = _araw(raw.query_analytics)
