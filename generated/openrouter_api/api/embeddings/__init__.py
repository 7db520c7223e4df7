"""Contains endpoint functions for accessing the API, and the `client.embeddings` resource over them."""

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
    from ...models.create_embeddings_body import CreateEmbeddingsBody
    from ...models.create_embeddings_body_encoding_format import CreateEmbeddingsBodyEncodingFormat
    from ...models.create_embeddings_body_input_type_4_item import CreateEmbeddingsBodyInputType4Item
    from ...models.create_embeddings_response_200 import CreateEmbeddingsResponse200
    from ...models.create_embeddings_response_200_data_item import CreateEmbeddingsResponse200DataItem
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.model import Model
    from ...models.models_list_response import ModelsListResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payload_too_large_response import PayloadTooLargeResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.provider_preferences import ProviderPreferences
    from ...models.request_timeout_response import RequestTimeoutResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import CreateEmbeddingsBodyInputType4ItemParam, CreateEmbeddingsBodyParam, ProviderPreferencesParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncEmbeddings", "AsyncEmbeddingsWithRawResponse", "Embeddings", "EmbeddingsWithRawResponse"]


class Embeddings(_SyncResource):
    """`client.embeddings`: 2 operations."""

    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return EmbeddingsWithRawResponse(self)

    @_operation("createEmbeddings")
    def generate(
        self,
        *,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[CreateEmbeddingsBodyInputType4Item | CreateEmbeddingsBodyInputType4ItemParam | SupportsToDict],
        model: str,
        dimensions: int | Unset = UNSET,
        encoding_format: CreateEmbeddingsBodyEncodingFormat | str | Unset = UNSET,
        input_type: str | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateEmbeddingsResponse200:
        """Submit an embedding request

        `POST /embeddings` (operationId `createEmbeddings`).
        """
        return self._request(
            "embeddings.create_embeddings",
            {},
            json={
                "input": input,
                "model": model,
                "dimensions": dimensions,
                "encoding_format": encoding_format,
                "input_type": input_type,
                "provider": provider,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listEmbeddingsModels")
    def list_models(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Model]:
        """List all embeddings models

        `GET /embeddings/models` (operationId `listEmbeddingsModels`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "embeddings.list_embeddings_models",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listEmbeddingsModels")
    def _list_models_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsListResponse:
        """List all embeddings models

        `GET /embeddings/models` (operationId `listEmbeddingsModels`).
        """
        return self._request(
            "embeddings.list_embeddings_models",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncEmbeddings(_AsyncResource):
    """`client.embeddings` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncEmbeddingsWithRawResponse(self)

    @_operation("createEmbeddings")
    async def generate(
        self,
        *,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[CreateEmbeddingsBodyInputType4Item | CreateEmbeddingsBodyInputType4ItemParam | SupportsToDict],
        model: str,
        dimensions: int | Unset = UNSET,
        encoding_format: CreateEmbeddingsBodyEncodingFormat | str | Unset = UNSET,
        input_type: str | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateEmbeddingsResponse200:
        """Submit an embedding request

        `POST /embeddings` (operationId `createEmbeddings`).
        """
        return await self._request(
            "embeddings.create_embeddings",
            {},
            json={
                "input": input,
                "model": model,
                "dimensions": dimensions,
                "encoding_format": encoding_format,
                "input_type": input_type,
                "provider": provider,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listEmbeddingsModels")
    def list_models(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Model]:
        """List all embeddings models

        `GET /embeddings/models` (operationId `listEmbeddingsModels`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "embeddings.list_embeddings_models",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listEmbeddingsModels")
    async def _list_models_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsListResponse:
        """List all embeddings models

        `GET /embeddings/models` (operationId `listEmbeddingsModels`).
        """
        return await self._request(
            "embeddings.list_embeddings_models",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class EmbeddingsWithRawResponse:
    """`client.embeddings.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Embeddings) -> None:
        raw = resource._raw_twin()
        self.generate = _raw(raw.generate)
        self.list_models = _raw(raw._list_models_page)


class AsyncEmbeddingsWithRawResponse:
    """`client.embeddings.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncEmbeddings) -> None:
        raw = resource._raw_twin()
        self.generate = _araw(raw.generate)
        self.list_models = _araw(raw._list_models_page)
