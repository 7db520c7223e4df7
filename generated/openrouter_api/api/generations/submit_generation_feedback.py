from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.submit_generation_feedback_request import SubmitGenerationFeedbackRequest
from ...models.submit_generation_feedback_response import SubmitGenerationFeedbackResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: SubmitGenerationFeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generation/feedback",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: SubmitGenerationFeedbackRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> SubmitGenerationFeedbackResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = SubmitGenerationFeedbackResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = SubmitGenerationFeedbackResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitGenerationFeedbackRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitGenerationFeedbackRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitGenerationFeedbackRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitGenerationFeedbackRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
