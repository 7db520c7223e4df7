from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.list_response_200 import ListResponse200
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, Unset, http_status, json_body


def _get_kwargs(
    *,
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_disabled"] = include_disabled

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/keys",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        include_disabled=include_disabled,
        offset=offset,
        workspace_id=workspace_id,
    )


def parse_success(response: httpx.Response) -> ListResponse200:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ListResponse200.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListResponse200
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

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
    BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse
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
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> Response[
    BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse
]:
    """List API keys

     List all API keys for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        include_disabled (str | Unset): Whether to include disabled API keys in the response
            Example: false.
        offset (int | None | Unset): Number of API keys to skip for pagination Example: 0.
        workspace_id (UUID | Unset): Filter API keys by workspace ID. By default, keys in the
            default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        include_disabled=include_disabled,
        offset=offset,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListResponse200
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """List API keys

     List all API keys for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        include_disabled (str | Unset): Whether to include disabled API keys in the response
            Example: false.
        offset (int | None | Unset): Number of API keys to skip for pagination Example: 0.
        workspace_id (UUID | Unset): Filter API keys by workspace ID. By default, keys in the
            default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        include_disabled=include_disabled,
        offset=offset,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> Response[
    BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse
]:
    """List API keys

     List all API keys for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        include_disabled (str | Unset): Whether to include disabled API keys in the response
            Example: false.
        offset (int | None | Unset): Number of API keys to skip for pagination Example: 0.
        workspace_id (UUID | Unset): Filter API keys by workspace ID. By default, keys in the
            default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        include_disabled=include_disabled,
        offset=offset,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListResponse200
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """List API keys

     List all API keys for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        include_disabled (str | Unset): Whether to include disabled API keys in the response
            Example: false.
        offset (int | None | Unset): Number of API keys to skip for pagination Example: 0.
        workspace_id (UUID | Unset): Filter API keys by workspace ID. By default, keys in the
            default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListResponse200 | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include_disabled=include_disabled,
            offset=offset,
            workspace_id=workspace_id,
        )
    ).parsed
