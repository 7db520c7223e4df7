from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.bulk_add_workspace_members_request import BulkAddWorkspaceMembersRequest
from ...models.bulk_add_workspace_members_response import BulkAddWorkspaceMembersResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    id: str,
    *,
    body: BulkAddWorkspaceMembersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces/{id}/members/add".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    id: str,
    *,
    body: BulkAddWorkspaceMembersRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
        body=body,
    )


def parse_success(response: httpx.Response) -> BulkAddWorkspaceMembersResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = BulkAddWorkspaceMembersResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = BulkAddWorkspaceMembersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
) -> Response[
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest,
) -> Response[
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest,
) -> (
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest,
) -> Response[
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest,
) -> (
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
