from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_observability_destination_response import GetObservabilityDestinationResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/destinations/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def build_request(
    id: UUID,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
    )


def parse_success(response: httpx.Response) -> GetObservabilityDestinationResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = GetObservabilityDestinationResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | None:
    if response.status_code == 200:
        response_200 = GetObservabilityDestinationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]:
    """Get an observability destination

     Fetch a single observability destination by its UUID. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The destination ID (UUID). Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | None:
    """Get an observability destination

     Fetch a single observability destination by its UUID. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The destination ID (UUID). Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]:
    """Get an observability destination

     Fetch a single observability destination by its UUID. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The destination ID (UUID). Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | None:
    """Get an observability destination

     Fetch a single observability destination by its UUID. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The destination ID (UUID). Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObservabilityDestinationResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
