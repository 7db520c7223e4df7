"""Contains endpoint functions for accessing the API, and the `client.generations` resource over them."""

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
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.generation_content_data import GenerationContentData
    from ...models.generation_content_response import GenerationContentResponse
    from ...models.generation_response import GenerationResponse
    from ...models.generation_response_data import GenerationResponseData
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.submit_generation_feedback_request import SubmitGenerationFeedbackRequest
    from ...models.submit_generation_feedback_request_category import SubmitGenerationFeedbackRequestCategory
    from ...models.submit_generation_feedback_response import SubmitGenerationFeedbackResponse
    from ...models.submit_generation_feedback_response_data import SubmitGenerationFeedbackResponseData
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import SubmitGenerationFeedbackRequestParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncGenerations", "AsyncGenerationsWithRawResponse", "Generations", "GenerationsWithRawResponse"]


class Generations(_SyncResource):
    """`client.generations`: 3 operations."""

    @cached_property
    def with_raw_response(self) -> GenerationsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return GenerationsWithRawResponse(self)

    @_operation("getGeneration")
    def get_generation(
        self,
        *,
        id: str,
        wait: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GenerationResponse:
        """Get request & usage metadata for a generation

        `wait` (seconds): while the API answers 404 (it does for a while after the resource is made), poll with
        bounded exponential backoff until it answers or the wait runs out, then raise the NotFoundError.

        `GET /generation` (operationId `getGeneration`).
        """
        return self._request(
            "generations.get_generation",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            wait=wait,
            timeout=timeout,
        )

    @_operation("listGenerationContent")
    def list_generation_content(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GenerationContentResponse:
        """Get stored prompt, completion, and error content for a generation

        `GET /generation/content` (operationId `listGenerationContent`).
        """
        return self._request(
            "generations.list_generation_content",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("submitGenerationFeedback")
    def submit_feedback(
        self,
        *,
        category: SubmitGenerationFeedbackRequestCategory | str,
        generation_id: str,
        comment: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SubmitGenerationFeedbackResponse:
        """Submit feedback for a generation

        `POST /generation/feedback` (operationId `submitGenerationFeedback`).
        """
        return self._request(
            "generations.submit_generation_feedback",
            {},
            json={
                "category": category,
                "generation_id": generation_id,
                "comment": comment,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncGenerations(_AsyncResource):
    """`client.generations` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncGenerationsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncGenerationsWithRawResponse(self)

    @_operation("getGeneration")
    async def get_generation(
        self,
        *,
        id: str,
        wait: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GenerationResponse:
        """Get request & usage metadata for a generation

        `wait` (seconds): while the API answers 404 (it does for a while after the resource is made), poll with
        bounded exponential backoff until it answers or the wait runs out, then raise the NotFoundError.

        `GET /generation` (operationId `getGeneration`).
        """
        return await self._request(
            "generations.get_generation",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            wait=wait,
            timeout=timeout,
        )

    @_operation("listGenerationContent")
    async def list_generation_content(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GenerationContentResponse:
        """Get stored prompt, completion, and error content for a generation

        `GET /generation/content` (operationId `listGenerationContent`).
        """
        return await self._request(
            "generations.list_generation_content",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("submitGenerationFeedback")
    async def submit_feedback(
        self,
        *,
        category: SubmitGenerationFeedbackRequestCategory | str,
        generation_id: str,
        comment: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SubmitGenerationFeedbackResponse:
        """Submit feedback for a generation

        `POST /generation/feedback` (operationId `submitGenerationFeedback`).
        """
        return await self._request(
            "generations.submit_generation_feedback",
            {},
            json={
                "category": category,
                "generation_id": generation_id,
                "comment": comment,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class GenerationsWithRawResponse:
    """`client.generations.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Generations) -> None:
        raw = resource._raw_twin()
        self.get_generation = _raw(raw.get_generation)
        self.list_generation_content = _raw(raw.list_generation_content)
        self.submit_feedback = _raw(raw.submit_feedback)


class AsyncGenerationsWithRawResponse:
    """`client.generations.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncGenerations) -> None:
        raw = resource._raw_twin()
        self.get_generation = _araw(raw.get_generation)
        self.list_generation_content = _araw(raw.list_generation_content)
        self.submit_feedback = _araw(raw.submit_feedback)
