"""Contains endpoint functions for accessing the API, and the `client.stt` resource over them."""

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
    from ...models.create_audio_transcriptions_files_body import CreateAudioTranscriptionsFilesBody
    from ...models.create_audio_transcriptions_files_body_response_format import (
        CreateAudioTranscriptionsFilesBodyResponseFormat,
    )
    from ...models.create_audio_transcriptions_files_body_timestamp_granularities_item import (
        CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
    )
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.stt_input_audio import STTInputAudio
    from ...models.stt_request import STTRequest
    from ...models.stt_request_provider import STTRequestProvider
    from ...models.stt_request_response_format import STTRequestResponseFormat
    from ...models.stt_response import STTResponse
    from ...models.stt_timestamp_granularity import STTTimestampGranularity
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import (
        CreateAudioTranscriptionsFilesBodyParam,
        STTInputAudioParam,
        STTRequestParam,
        STTRequestProviderParam,
    )
    from ...types import UNSET, File, FileTypes, Unset

__all__ = ["AsyncStt", "AsyncSttWithRawResponse", "Stt", "SttWithRawResponse"]


class Stt(_SyncResource):
    """`client.stt`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> SttWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return SttWithRawResponse(self)

    @_operation("createAudioTranscriptions")
    def create_transcription(
        self,
        *,
        input_audio: STTInputAudio | STTInputAudioParam | SupportsToDict,
        model: str,
        language: str | Unset = UNSET,
        provider: STTRequestProvider | STTRequestProviderParam | SupportsToDict | Unset = UNSET,
        response_format: STTRequestResponseFormat | str | Unset = UNSET,
        temperature: float | Unset = UNSET,
        timestamp_granularities: Sequence[STTTimestampGranularity | str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> STTResponse:
        """Create transcription

        `POST /audio/transcriptions` (operationId `createAudioTranscriptions`).
        """
        return self._request(
            "stt.create_audio_transcriptions",
            {},
            json={
                "input_audio": input_audio,
                "model": model,
                "language": language,
                "provider": provider,
                "response_format": response_format,
                "temperature": temperature,
                "timestamp_granularities": timestamp_granularities,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncStt(_AsyncResource):
    """`client.stt` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncSttWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncSttWithRawResponse(self)

    @_operation("createAudioTranscriptions")
    async def create_transcription(
        self,
        *,
        input_audio: STTInputAudio | STTInputAudioParam | SupportsToDict,
        model: str,
        language: str | Unset = UNSET,
        provider: STTRequestProvider | STTRequestProviderParam | SupportsToDict | Unset = UNSET,
        response_format: STTRequestResponseFormat | str | Unset = UNSET,
        temperature: float | Unset = UNSET,
        timestamp_granularities: Sequence[STTTimestampGranularity | str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> STTResponse:
        """Create transcription

        `POST /audio/transcriptions` (operationId `createAudioTranscriptions`).
        """
        return await self._request(
            "stt.create_audio_transcriptions",
            {},
            json={
                "input_audio": input_audio,
                "model": model,
                "language": language,
                "provider": provider,
                "response_format": response_format,
                "temperature": temperature,
                "timestamp_granularities": timestamp_granularities,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class SttWithRawResponse:
    """`client.stt.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Stt) -> None:
        raw = resource._raw_twin()
        self.create_transcription = _raw(raw.create_transcription)


class AsyncSttWithRawResponse:
    """`client.stt.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncStt) -> None:
        raw = resource._raw_twin()
        self.create_transcription = _araw(raw.create_transcription)
