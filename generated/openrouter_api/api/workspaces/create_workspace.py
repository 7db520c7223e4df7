from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.create_workspace_request import CreateWorkspaceRequest
from ...models.create_workspace_response import CreateWorkspaceResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: CreateWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: CreateWorkspaceRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> CreateWorkspaceResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_201 = CreateWorkspaceResponse.from_dict(json_body(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | CreateWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateWorkspaceResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
    BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
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
    body: CreateWorkspaceRequest,
) -> Response[
    BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
]:
    """Create a workspace

     Create a new workspace for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateWorkspaceRequest):  Example: {'default_image_model': 'openai/dall-e-3',
            'default_provider_sort': 'price', 'default_text_model': 'openai/gpt-4o', 'description':
            'Production environment workspace', 'name': 'Production', 'slug': 'production'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
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
    body: CreateWorkspaceRequest,
) -> (
    BadRequestResponse
    | CreateWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create a workspace

     Create a new workspace for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateWorkspaceRequest):  Example: {'default_image_model': 'openai/dall-e-3',
            'default_provider_sort': 'price', 'default_text_model': 'openai/gpt-4o', 'description':
            'Production environment workspace', 'name': 'Production', 'slug': 'production'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> Response[
    BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
]:
    """Create a workspace

     Create a new workspace for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateWorkspaceRequest):  Example: {'default_image_model': 'openai/dall-e-3',
            'default_provider_sort': 'price', 'default_text_model': 'openai/gpt-4o', 'description':
            'Production environment workspace', 'name': 'Production', 'slug': 'production'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> (
    BadRequestResponse
    | CreateWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create a workspace

     Create a new workspace for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateWorkspaceRequest):  Example: {'default_image_model': 'openai/dall-e-3',
            'default_provider_sort': 'price', 'default_text_model': 'openai/gpt-4o', 'description':
            'Production environment workspace', 'name': 'Production', 'slug': 'production'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateWorkspaceResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
