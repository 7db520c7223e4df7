"""Contains endpoint functions for accessing the API, and the `client.video_generation` resource over them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import _araw, _AsyncResource, _operation, _raw, _SyncResource

if TYPE_CHECKING:
    import datetime
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from io import BytesIO
    from typing import Literal, cast
    from uuid import UUID

    from openrouter_ext._resource import FileInput, SupportsToDict
    from openrouter_ext._timeouts import TimeoutTypes
    from openrouter_ext.pagination import AsyncPager, SyncPager
    from openrouter_ext.pagination._cursor import AsyncCursorPager, SyncCursorPager

    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.content_part_audio import ContentPartAudio
    from ...models.content_part_image import ContentPartImage
    from ...models.content_part_video import ContentPartVideo
    from ...models.frame_image import FrameImage
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.video_generation_request import VideoGenerationRequest
    from ...models.video_generation_request_aspect_ratio import VideoGenerationRequestAspectRatio
    from ...models.video_generation_request_provider import VideoGenerationRequestProvider
    from ...models.video_generation_request_resolution import VideoGenerationRequestResolution
    from ...models.video_generation_response import VideoGenerationResponse
    from ...models.video_model import VideoModel
    from ...models.video_models_list_response import VideoModelsListResponse
    from ...params import (
        ContentPartAudioParam,
        ContentPartImageParam,
        ContentPartVideoParam,
        FrameImageParam,
        VideoGenerationRequestParam,
        VideoGenerationRequestProviderParam,
    )
    from ...types import UNSET, File, FileTypes, Unset

__all__ = [
    "AsyncVideoGeneration",
    "AsyncVideoGenerationWithRawResponse",
    "VideoGeneration",
    "VideoGenerationWithRawResponse",
]


class VideoGeneration(_SyncResource):
    """`client.video_generation`: 4 operations."""

    @cached_property
    def with_raw_response(self) -> VideoGenerationWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return VideoGenerationWithRawResponse(self)

    @_operation("createVideos")
    def generate(
        self,
        *,
        model: str,
        aspect_ratio: VideoGenerationRequestAspectRatio | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        creativity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        frame_images: Sequence[FrameImage | FrameImageParam | SupportsToDict] | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        input_references: Sequence[
            ContentPartImage
            | ContentPartAudio
            | ContentPartVideo
            | ContentPartImageParam
            | ContentPartAudioParam
            | ContentPartVideoParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        prompt: str | Unset = UNSET,
        provider: VideoGenerationRequestProvider | VideoGenerationRequestProviderParam | SupportsToDict | Unset = UNSET,
        resolution: VideoGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        upscale_factor: float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> VideoGenerationResponse:
        """Submit a video generation request

        `POST /videos` (operationId `createVideos`).
        """
        return self._request(
            "video_generation.create_videos",
            {},
            json={
                "model": model,
                "aspect_ratio": aspect_ratio,
                "callback_url": callback_url,
                "creativity": creativity,
                "duration": duration,
                "frame_images": frame_images,
                "generate_audio": generate_audio,
                "input_references": input_references,
                "prompt": prompt,
                "provider": provider,
                "resolution": resolution,
                "seed": seed,
                "size": size,
                "upscale_factor": upscale_factor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getVideos")
    def get_generation(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> VideoGenerationResponse:
        """Poll video generation status

        `GET /videos/{jobId}` (operationId `getVideos`).
        """
        return self._request(
            "video_generation.get_videos",
            {
                "job_id": job_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listVideosContent")
    def get_video_content(
        self,
        job_id: str,
        *,
        index: int | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bytes:
        """Download generated video content

        `GET /videos/{jobId}/content` (operationId `listVideosContent`).
        """
        return self._request(
            "video_generation.list_videos_content",
            {
                "job_id": job_id,
                "index": index,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listVideosModels")
    def list_videos_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> VideoModelsListResponse:
        """List all video generation models

        `GET /videos/models` (operationId `listVideosModels`).
        """
        return self._request(
            "video_generation.list_videos_models",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncVideoGeneration(_AsyncResource):
    """`client.video_generation` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncVideoGenerationWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncVideoGenerationWithRawResponse(self)

    @_operation("createVideos")
    async def generate(
        self,
        *,
        model: str,
        aspect_ratio: VideoGenerationRequestAspectRatio | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        creativity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        frame_images: Sequence[FrameImage | FrameImageParam | SupportsToDict] | Unset = UNSET,
        generate_audio: bool | Unset = UNSET,
        input_references: Sequence[
            ContentPartImage
            | ContentPartAudio
            | ContentPartVideo
            | ContentPartImageParam
            | ContentPartAudioParam
            | ContentPartVideoParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        prompt: str | Unset = UNSET,
        provider: VideoGenerationRequestProvider | VideoGenerationRequestProviderParam | SupportsToDict | Unset = UNSET,
        resolution: VideoGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        upscale_factor: float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> VideoGenerationResponse:
        """Submit a video generation request

        `POST /videos` (operationId `createVideos`).
        """
        return await self._request(
            "video_generation.create_videos",
            {},
            json={
                "model": model,
                "aspect_ratio": aspect_ratio,
                "callback_url": callback_url,
                "creativity": creativity,
                "duration": duration,
                "frame_images": frame_images,
                "generate_audio": generate_audio,
                "input_references": input_references,
                "prompt": prompt,
                "provider": provider,
                "resolution": resolution,
                "seed": seed,
                "size": size,
                "upscale_factor": upscale_factor,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getVideos")
    async def get_generation(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> VideoGenerationResponse:
        """Poll video generation status

        `GET /videos/{jobId}` (operationId `getVideos`).
        """
        return await self._request(
            "video_generation.get_videos",
            {
                "job_id": job_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listVideosContent")
    async def get_video_content(
        self,
        job_id: str,
        *,
        index: int | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bytes:
        """Download generated video content

        `GET /videos/{jobId}/content` (operationId `listVideosContent`).
        """
        return await self._request(
            "video_generation.list_videos_content",
            {
                "job_id": job_id,
                "index": index,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listVideosModels")
    async def list_videos_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> VideoModelsListResponse:
        """List all video generation models

        `GET /videos/models` (operationId `listVideosModels`).
        """
        return await self._request(
            "video_generation.list_videos_models",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class VideoGenerationWithRawResponse:
    """`client.video_generation.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: VideoGeneration) -> None:
        raw = resource._raw_twin()
        self.generate = _raw(raw.generate)
        self.get_generation = _raw(raw.get_generation)
        self.get_video_content = _raw(raw.get_video_content)
        self.list_videos_models = _raw(raw.list_videos_models)


class AsyncVideoGenerationWithRawResponse:
    """`client.video_generation.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncVideoGeneration) -> None:
        raw = resource._raw_twin()
        self.generate = _araw(raw.generate)
        self.get_generation = _araw(raw.get_generation)
        self.get_video_content = _araw(raw.get_video_content)
        self.list_videos_models = _araw(raw.list_videos_models)
