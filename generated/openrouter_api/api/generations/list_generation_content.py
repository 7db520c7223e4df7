from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.generation_content_response import GenerationContentResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.provider_overloaded_response import ProviderOverloadedResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, http_status, json_body


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/generation/content",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
    )


def parse_success(response: httpx.Response) -> GenerationContentResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = GenerationContentResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | GenerationContentResponse
    | InternalServerResponse
    | NotFoundResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = GenerationContentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 524:
        response_524 = EdgeNetworkTimeoutResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        response_529 = ProviderOverloadedResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | GenerationContentResponse
    | InternalServerResponse
    | NotFoundResponse
    | ProviderOverloadedResponse
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
    id: str,
) -> Response[
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | GenerationContentResponse
    | InternalServerResponse
    | NotFoundResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Get stored prompt, completion, and error content for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | EdgeNetworkTimeoutResponse | ForbiddenResponse | GenerationContentResponse | InternalServerResponse | NotFoundResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> (
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | GenerationContentResponse
    | InternalServerResponse
    | NotFoundResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Get stored prompt, completion, and error content for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | EdgeNetworkTimeoutResponse | ForbiddenResponse | GenerationContentResponse | InternalServerResponse | NotFoundResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | GenerationContentResponse
    | InternalServerResponse
    | NotFoundResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Get stored prompt, completion, and error content for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | EdgeNetworkTimeoutResponse | ForbiddenResponse | GenerationContentResponse | InternalServerResponse | NotFoundResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> (
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | GenerationContentResponse
    | InternalServerResponse
    | NotFoundResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Get stored prompt, completion, and error content for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | EdgeNetworkTimeoutResponse | ForbiddenResponse | GenerationContentResponse | InternalServerResponse | NotFoundResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
