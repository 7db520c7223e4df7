from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.conflict_response import ConflictResponse
from ...models.create_scim_group_mapping_request import CreateScimGroupMappingRequest
from ...models.create_scim_group_mapping_response import CreateScimGroupMappingResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: CreateScimGroupMappingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scim/group-mappings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: CreateScimGroupMappingRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> CreateScimGroupMappingResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_201 = CreateScimGroupMappingResponse.from_dict(json_body(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateScimGroupMappingResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ConflictResponse.from_dict(response.json())

        return response_409

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
    | ConflictResponse
    | CreateScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
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
    body: CreateScimGroupMappingRequest,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Create a SCIM group mapping

     Create a SCIM group-to-workspace role mapping. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateScimGroupMappingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
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
    body: CreateScimGroupMappingRequest,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Create a SCIM group mapping

     Create a SCIM group-to-workspace role mapping. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateScimGroupMappingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateScimGroupMappingRequest,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Create a SCIM group mapping

     Create a SCIM group-to-workspace role mapping. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateScimGroupMappingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateScimGroupMappingRequest,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Create a SCIM group mapping

     Create a SCIM group-to-workspace role mapping. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateScimGroupMappingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
