"""Contains endpoint functions for accessing the API, and the `client.images` resource over them."""

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
    from ...models.content_part_image import ContentPartImage
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.image_generation_provider_preferences import ImageGenerationProviderPreferences
    from ...models.image_generation_request import ImageGenerationRequest
    from ...models.image_generation_request_aspect_ratio import ImageGenerationRequestAspectRatio
    from ...models.image_generation_request_background import ImageGenerationRequestBackground
    from ...models.image_generation_request_output_format import ImageGenerationRequestOutputFormat
    from ...models.image_generation_request_quality import ImageGenerationRequestQuality
    from ...models.image_generation_request_resolution import ImageGenerationRequestResolution
    from ...models.image_generation_response import ImageGenerationResponse
    from ...models.image_generation_response_data_item import ImageGenerationResponseDataItem
    from ...models.image_model_endpoints_response import ImageModelEndpointsResponse
    from ...models.image_model_list_item import ImageModelListItem
    from ...models.image_models_list_response import ImageModelsListResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payload_too_large_response import PayloadTooLargeResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import ContentPartImageParam, ImageGenerationProviderPreferencesParam, ImageGenerationRequestParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncImages", "AsyncImagesWithRawResponse", "Images", "ImagesWithRawResponse"]


class Images(_SyncResource):
    """`client.images`: 3 operations."""

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ImagesWithRawResponse(self)

    @_operation("createImages")
    def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET,
        background: ImageGenerationRequestBackground | str | Unset = UNSET,
        input_references: Sequence[ContentPartImage | ContentPartImageParam | SupportsToDict] | Unset = UNSET,
        n: int | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET,
        provider: ImageGenerationProviderPreferences
        | ImageGenerationProviderPreferencesParam
        | SupportsToDict
        | Unset = UNSET,
        quality: ImageGenerationRequestQuality | str | Unset = UNSET,
        resolution: ImageGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ImageGenerationResponse:
        """Generate an image

        `POST /images` (operationId `createImages`).
        """
        return self._request(
            "images.create_images",
            {},
            json={
                "model": model,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "background": background,
                "input_references": input_references,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "provider": provider,
                "quality": quality,
                "resolution": resolution,
                "seed": seed,
                "size": size,
                "stream": stream,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listImageModels")
    def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ImageModelsListResponse:
        """List image generation models

        `GET /images/models` (operationId `listImageModels`).
        """
        return self._request(
            "images.list_image_models",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listImageModelEndpoints")
    def list_model_endpoints(
        self,
        author: str,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ImageModelEndpointsResponse:
        """List endpoints for an image model

        `GET /images/models/{author}/{slug}/endpoints` (operationId `listImageModelEndpoints`).
        """
        return self._request(
            "images.list_image_model_endpoints",
            {
                "author": author,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncImages(_AsyncResource):
    """`client.images` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncImagesWithRawResponse(self)

    @_operation("createImages")
    async def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET,
        background: ImageGenerationRequestBackground | str | Unset = UNSET,
        input_references: Sequence[ContentPartImage | ContentPartImageParam | SupportsToDict] | Unset = UNSET,
        n: int | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET,
        provider: ImageGenerationProviderPreferences
        | ImageGenerationProviderPreferencesParam
        | SupportsToDict
        | Unset = UNSET,
        quality: ImageGenerationRequestQuality | str | Unset = UNSET,
        resolution: ImageGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        stream: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ImageGenerationResponse:
        """Generate an image

        `POST /images` (operationId `createImages`).
        """
        return await self._request(
            "images.create_images",
            {},
            json={
                "model": model,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "background": background,
                "input_references": input_references,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "provider": provider,
                "quality": quality,
                "resolution": resolution,
                "seed": seed,
                "size": size,
                "stream": stream,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listImageModels")
    async def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ImageModelsListResponse:
        """List image generation models

        `GET /images/models` (operationId `listImageModels`).
        """
        return await self._request(
            "images.list_image_models",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listImageModelEndpoints")
    async def list_model_endpoints(
        self,
        author: str,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ImageModelEndpointsResponse:
        """List endpoints for an image model

        `GET /images/models/{author}/{slug}/endpoints` (operationId `listImageModelEndpoints`).
        """
        return await self._request(
            "images.list_image_model_endpoints",
            {
                "author": author,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class ImagesWithRawResponse:
    """`client.images.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Images) -> None:
        raw = resource._raw_twin()
        self.generate = _raw(raw.generate)
        self.list_models = _raw(raw.list_models)
        self.list_model_endpoints = _raw(raw.list_model_endpoints)


class AsyncImagesWithRawResponse:
    """`client.images.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncImages) -> None:
        raw = resource._raw_twin()
        self.generate = _araw(raw.generate)
        self.list_models = _araw(raw.list_models)
        self.list_model_endpoints = _araw(raw.list_model_endpoints)
