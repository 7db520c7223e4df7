from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_unassign_members_from_guardrail_x_open_router_metadata import (
    BulkUnassignMembersFromGuardrailXOpenRouterMetadata,
)
from ...models.error_response import ErrorResponse
from ...models.remove_members_request import RemoveMembersRequest
from ...models.remove_members_response import RemoveMembersResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    id: UUID,
    *,
    body: RemoveMembersRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(http_referer, Unset):
        headers["HTTP-Referer"] = http_referer

    if not isinstance(x_open_router_title, Unset):
        headers["X-OpenRouter-Title"] = x_open_router_title

    if not isinstance(x_open_router_categories, Unset):
        headers["X-OpenRouter-Categories"] = x_open_router_categories

    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/guardrails/{id}/assignments/members/remove".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    id: UUID,
    *,
    body: RemoveMembersRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> RemoveMembersResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = RemoveMembersResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RemoveMembersResponse | None:
    if response.status_code == 200:
        response_200 = RemoveMembersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RemoveMembersResponse]:
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
    body: RemoveMembersRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | RemoveMembersResponse]:
    """Unassign members from a guardrail

     Takes the listed organization members out of this guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset):
        body (RemoveMembersRequest): Organization members to take out of the guardrail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RemoveMembersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveMembersRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | RemoveMembersResponse | None:
    """Unassign members from a guardrail

     Takes the listed organization members out of this guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset):
        body (RemoveMembersRequest): Organization members to take out of the guardrail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RemoveMembersResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveMembersRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | RemoveMembersResponse]:
    """Unassign members from a guardrail

     Takes the listed organization members out of this guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset):
        body (RemoveMembersRequest): Organization members to take out of the guardrail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RemoveMembersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveMembersRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | RemoveMembersResponse | None:
    """Unassign members from a guardrail

     Takes the listed organization members out of this guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (BulkUnassignMembersFromGuardrailXOpenRouterMetadata | Unset):
        body (RemoveMembersRequest): Organization members to take out of the guardrail.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RemoveMembersResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
