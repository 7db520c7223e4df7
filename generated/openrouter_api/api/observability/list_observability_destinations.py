from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.list_observability_destinations_response import ListObservabilityDestinationsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, Unset, http_status, json_body


def _get_kwargs(
    *,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["limit"] = limit

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/destinations",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    )


def parse_success(response: httpx.Response) -> ListObservabilityDestinationsResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ListObservabilityDestinationsResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse | None:
    if response.status_code == 200:
        response_200 = ListObservabilityDestinationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

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
    BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse
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
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> Response[
    BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse
]:
    """List observability destinations

     List the observability destinations configured for the authenticated entity's default workspace. Use
    the `workspace_id` query parameter to scope the result to a different workspace. Only destinations
    with stable release status are surfaced — destinations of other types are excluded. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. Server default: 0.
            Example: 0.
        limit (int | Unset): Maximum number of records to return (max 100). Server default: 50.
            Example: 50.
        workspace_id (UUID | Unset): Optional workspace ID to filter by. Defaults to the
            authenticated entity's default workspace. Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse | None:
    """List observability destinations

     List the observability destinations configured for the authenticated entity's default workspace. Use
    the `workspace_id` query parameter to scope the result to a different workspace. Only destinations
    with stable release status are surfaced — destinations of other types are excluded. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. Server default: 0.
            Example: 0.
        limit (int | Unset): Maximum number of records to return (max 100). Server default: 50.
            Example: 50.
        workspace_id (UUID | Unset): Optional workspace ID to filter by. Defaults to the
            authenticated entity's default workspace. Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> Response[
    BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse
]:
    """List observability destinations

     List the observability destinations configured for the authenticated entity's default workspace. Use
    the `workspace_id` query parameter to scope the result to a different workspace. Only destinations
    with stable release status are surfaced — destinations of other types are excluded. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. Server default: 0.
            Example: 0.
        limit (int | Unset): Maximum number of records to return (max 100). Server default: 50.
            Example: 50.
        workspace_id (UUID | Unset): Optional workspace ID to filter by. Defaults to the
            authenticated entity's default workspace. Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse | None:
    """List observability destinations

     List the observability destinations configured for the authenticated entity's default workspace. Use
    the `workspace_id` query parameter to scope the result to a different workspace. Only destinations
    with stable release status are surfaced — destinations of other types are excluded. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. Server default: 0.
            Example: 0.
        limit (int | Unset): Maximum number of records to return (max 100). Server default: 50.
            Example: 50.
        workspace_id (UUID | Unset): Optional workspace ID to filter by. Defaults to the
            authenticated entity's default workspace. Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListObservabilityDestinationsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
        )
    ).parsed
