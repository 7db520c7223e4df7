"""Contains endpoint functions for accessing the API, and the `client.endpoints` resource over them."""

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

    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_endpoints_response import ListEndpointsResponse
    from ...models.list_endpoints_response_200 import ListEndpointsResponse200
    from ...models.list_endpoints_zdr_response_200 import ListEndpointsZdrResponse200
    from ...models.not_found_response import NotFoundResponse
    from ...models.public_endpoint import PublicEndpoint
    from ...types import File

__all__ = ["AsyncEndpoints", "AsyncEndpointsWithRawResponse", "Endpoints", "EndpointsWithRawResponse"]


class Endpoints(_SyncResource):
    """`client.endpoints`: 2 operations."""

    @cached_property
    def with_raw_response(self) -> EndpointsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return EndpointsWithRawResponse(self)

    @_operation("listEndpointsZdr")
    def list_zdr_endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListEndpointsZdrResponse200:
        """Preview the impact of ZDR on the available endpoints

        `GET /endpoints/zdr` (operationId `listEndpointsZdr`).
        """
        return self._request(
            "endpoints.list_endpoints_zdr",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listEndpoints")
    def list(
        self,
        author: str,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListEndpointsResponse200:
        """List all endpoints for a model

        `GET /models/{author}/{slug}/endpoints` (operationId `listEndpoints`).
        """
        return self._request(
            "endpoints.list_endpoints",
            {
                "author": author,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncEndpoints(_AsyncResource):
    """`client.endpoints` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncEndpointsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncEndpointsWithRawResponse(self)

    @_operation("listEndpointsZdr")
    async def list_zdr_endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListEndpointsZdrResponse200:
        """Preview the impact of ZDR on the available endpoints

        `GET /endpoints/zdr` (operationId `listEndpointsZdr`).
        """
        return await self._request(
            "endpoints.list_endpoints_zdr",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listEndpoints")
    async def list(
        self,
        author: str,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListEndpointsResponse200:
        """List all endpoints for a model

        `GET /models/{author}/{slug}/endpoints` (operationId `listEndpoints`).
        """
        return await self._request(
            "endpoints.list_endpoints",
            {
                "author": author,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class EndpointsWithRawResponse:
    """`client.endpoints.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Endpoints) -> None:
        raw = resource._raw_twin()
        self.list_zdr_endpoints = _raw(raw.list_zdr_endpoints)
        self.list = _raw(raw.list)


class AsyncEndpointsWithRawResponse:
    """`client.endpoints.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncEndpoints) -> None:
        raw = resource._raw_twin()
        self.list_zdr_endpoints = _araw(raw.list_zdr_endpoints)
        self.list = _araw(raw.list)
