"""Contains endpoint functions for accessing the API, and the `client.rerank` resource over them."""

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

    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.create_rerank_body import CreateRerankBody
    from ...models.create_rerank_body_documents_item_option_2 import CreateRerankBodyDocumentsItemOption2
    from ...models.create_rerank_response_200 import CreateRerankResponse200
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.provider_preferences import ProviderPreferences
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import CreateRerankBodyDocumentsItemOption2Param, CreateRerankBodyParam, ProviderPreferencesParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncRerank", "AsyncRerankWithRawResponse", "Rerank", "RerankWithRawResponse"]


class Rerank(_SyncResource):
    """`client.rerank`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> RerankWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return RerankWithRawResponse(self)

    @_operation("createRerank")
    def rerank(
        self,
        *,
        documents: Sequence[
            str | CreateRerankBodyDocumentsItemOption2 | CreateRerankBodyDocumentsItemOption2Param | SupportsToDict
        ],
        model: str,
        query: str,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        top_n: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateRerankResponse200:
        """Submit a rerank request

        `POST /rerank` (operationId `createRerank`).
        """
        return self._request(
            "rerank.create_rerank",
            {},
            json={
                "documents": documents,
                "model": model,
                "query": query,
                "provider": provider,
                "top_n": top_n,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncRerank(_AsyncResource):
    """`client.rerank` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncRerankWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncRerankWithRawResponse(self)

    @_operation("createRerank")
    async def rerank(
        self,
        *,
        documents: Sequence[
            str | CreateRerankBodyDocumentsItemOption2 | CreateRerankBodyDocumentsItemOption2Param | SupportsToDict
        ],
        model: str,
        query: str,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        top_n: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateRerankResponse200:
        """Submit a rerank request

        `POST /rerank` (operationId `createRerank`).
        """
        return await self._request(
            "rerank.create_rerank",
            {},
            json={
                "documents": documents,
                "model": model,
                "query": query,
                "provider": provider,
                "top_n": top_n,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RerankWithRawResponse:
    """`client.rerank.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Rerank) -> None:
        raw = resource._raw_twin()
        self.rerank = _raw(raw.rerank)


class AsyncRerankWithRawResponse:
    """`client.rerank.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncRerank) -> None:
        raw = resource._raw_twin()
        self.rerank = _araw(raw.rerank)
