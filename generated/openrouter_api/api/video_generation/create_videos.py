from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.payment_required_response import PaymentRequiredResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.video_generation_request import VideoGenerationRequest
from ...models.video_generation_response import VideoGenerationResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: VideoGenerationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: VideoGenerationRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> VideoGenerationResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_202 = VideoGenerationResponse.from_dict(json_body(response))

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    if response.status_code == 202:
        response_202 = VideoGenerationResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PaymentRequiredResponse.from_dict(response.json())

        return response_402

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
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
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
    body: VideoGenerationRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse]
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
    body: VideoGenerationRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoGenerationRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoGenerationRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
