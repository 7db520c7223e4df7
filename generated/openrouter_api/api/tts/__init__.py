"""Contains endpoint functions for accessing the API, and the `client.tts` resource over them."""

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
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.speech_input_reference_audio import SpeechInputReferenceAudio
    from ...models.speech_input_reference_text import SpeechInputReferenceText
    from ...models.speech_request import SpeechRequest
    from ...models.speech_request_provider import SpeechRequestProvider
    from ...models.speech_request_response_format import SpeechRequestResponseFormat
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import (
        SpeechInputReferenceAudioParam,
        SpeechInputReferenceTextParam,
        SpeechRequestParam,
        SpeechRequestProviderParam,
    )
    from ...types import UNSET, File, FileTypes, Unset

__all__ = ["AsyncTts", "AsyncTtsWithRawResponse", "Tts", "TtsWithRawResponse"]


class Tts(_SyncResource):
    """`client.tts`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> TtsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return TtsWithRawResponse(self)

    @_operation("createAudioSpeech")
    def create_speech(
        self,
        *,
        input: str,
        model: str,
        input_references: Sequence[
            SpeechInputReferenceAudio
            | SpeechInputReferenceText
            | SpeechInputReferenceAudioParam
            | SpeechInputReferenceTextParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        provider: SpeechRequestProvider | SpeechRequestProviderParam | SupportsToDict | Unset = UNSET,
        response_format: SpeechRequestResponseFormat | str | Unset = UNSET,
        speed: float | Unset = UNSET,
        voice: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bytes:
        """Create speech

        `POST /audio/speech` (operationId `createAudioSpeech`).
        """
        return self._request(
            "tts.create_audio_speech",
            {},
            json={
                "input": input,
                "model": model,
                "input_references": input_references,
                "provider": provider,
                "response_format": response_format,
                "speed": speed,
                "voice": voice,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTts(_AsyncResource):
    """`client.tts` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncTtsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncTtsWithRawResponse(self)

    @_operation("createAudioSpeech")
    async def create_speech(
        self,
        *,
        input: str,
        model: str,
        input_references: Sequence[
            SpeechInputReferenceAudio
            | SpeechInputReferenceText
            | SpeechInputReferenceAudioParam
            | SpeechInputReferenceTextParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        provider: SpeechRequestProvider | SpeechRequestProviderParam | SupportsToDict | Unset = UNSET,
        response_format: SpeechRequestResponseFormat | str | Unset = UNSET,
        speed: float | Unset = UNSET,
        voice: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bytes:
        """Create speech

        `POST /audio/speech` (operationId `createAudioSpeech`).
        """
        return await self._request(
            "tts.create_audio_speech",
            {},
            json={
                "input": input,
                "model": model,
                "input_references": input_references,
                "provider": provider,
                "response_format": response_format,
                "speed": speed,
                "voice": voice,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class TtsWithRawResponse:
    """`client.tts.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Tts) -> None:
        raw = resource._raw_twin()
        self.create_speech = _raw(raw.create_speech)


class AsyncTtsWithRawResponse:
    """`client.tts.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncTts) -> None:
        raw = resource._raw_twin()
        self.create_speech = _araw(raw.create_speech)
