"""Contains endpoint functions for accessing the API, and the `client.providers` resource over them."""

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

    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_providers_response_200 import ListProvidersResponse200
    from ...models.list_providers_response_200_data_item import ListProvidersResponse200DataItem
    from ...types import File

__all__ = ["AsyncProviders", "AsyncProvidersWithRawResponse", "Providers", "ProvidersWithRawResponse"]


class Providers(_SyncResource):
    """`client.providers`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> ProvidersWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ProvidersWithRawResponse(self)

    @_operation("listProviders")
    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListProvidersResponse200:
        """List all providers

        `GET /providers` (operationId `listProviders`).
        """
        return self._request(
            "providers.list_providers",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncProviders(_AsyncResource):
    """`client.providers` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncProvidersWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncProvidersWithRawResponse(self)

    @_operation("listProviders")
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListProvidersResponse200:
        """List all providers

        `GET /providers` (operationId `listProviders`).
        """
        return await self._request(
            "providers.list_providers",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class ProvidersWithRawResponse:
    """`client.providers.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Providers) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw.list)


class AsyncProvidersWithRawResponse:
    """`client.providers.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncProviders) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw.list)
