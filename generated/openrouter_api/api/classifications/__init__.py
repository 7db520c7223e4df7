"""Contains endpoint functions for accessing the API, and the `client.classifications` resource over them."""

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
    from ...models.get_task_classifications_window import GetTaskClassificationsWindow
    from ...models.internal_server_response import InternalServerResponse
    from ...models.task_classification_response import TaskClassificationResponse
    from ...models.task_classification_response_data import TaskClassificationResponseData
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...types import UNSET, File, Unset

__all__ = [
    "AsyncClassifications",
    "AsyncClassificationsWithRawResponse",
    "Classifications",
    "ClassificationsWithRawResponse",
]


class Classifications(_SyncResource):
    """`client.classifications`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> ClassificationsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ClassificationsWithRawResponse(self)

    @_operation("getTaskClassifications")
    def get_task_classifications(
        self,
        *,
        window: GetTaskClassificationsWindow | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> TaskClassificationResponse:
        """Task classification market share

        `GET /classifications/task` (operationId `getTaskClassifications`).
        """
        return self._request(
            "classifications.get_task_classifications",
            {
                "window": window,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncClassifications(_AsyncResource):
    """`client.classifications` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncClassificationsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncClassificationsWithRawResponse(self)

    @_operation("getTaskClassifications")
    async def get_task_classifications(
        self,
        *,
        window: GetTaskClassificationsWindow | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> TaskClassificationResponse:
        """Task classification market share

        `GET /classifications/task` (operationId `getTaskClassifications`).
        """
        return await self._request(
            "classifications.get_task_classifications",
            {
                "window": window,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class ClassificationsWithRawResponse:
    """`client.classifications.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Classifications) -> None:
        raw = resource._raw_twin()
        self.get_task_classifications = _raw(raw.get_task_classifications)


class AsyncClassificationsWithRawResponse:
    """`client.classifications.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncClassifications) -> None:
        raw = resource._raw_twin()
        self.get_task_classifications = _araw(raw.get_task_classifications)
