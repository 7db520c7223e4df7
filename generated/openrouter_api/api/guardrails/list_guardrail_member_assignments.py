from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.guardrail_member_assignments_response import GuardrailMemberAssignmentsResponse
from ...models.list_guardrail_member_assignments_x_open_router_metadata import (
    ListGuardrailMemberAssignmentsXOpenRouterMetadata,
)
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    id: UUID,
    *,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset = UNSET,
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

    params: dict[str, Any] = {}

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/{id}/assignments/members".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    id: UUID,
    *,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
        offset=offset,
        limit=limit,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> GuardrailMemberAssignmentsResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = GuardrailMemberAssignmentsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GuardrailMemberAssignmentsResponse | None:
    if response.status_code == 200:
        response_200 = GuardrailMemberAssignmentsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | GuardrailMemberAssignmentsResponse]:
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
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | GuardrailMemberAssignmentsResponse]:
    """List the members of a guardrail

     The organization members assigned to one guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        offset (int | None | Unset): Records to skip. Server default: 0. Example: 0.
        limit (int | Unset): Page size, at most 100. Server default: 50. Example: 50.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GuardrailMemberAssignmentsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        offset=offset,
        limit=limit,
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
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | GuardrailMemberAssignmentsResponse | None:
    """List the members of a guardrail

     The organization members assigned to one guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        offset (int | None | Unset): Records to skip. Server default: 0. Example: 0.
        limit (int | Unset): Page size, at most 100. Server default: 50. Example: 50.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GuardrailMemberAssignmentsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        offset=offset,
        limit=limit,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | GuardrailMemberAssignmentsResponse]:
    """List the members of a guardrail

     The organization members assigned to one guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        offset (int | None | Unset): Records to skip. Server default: 0. Example: 0.
        limit (int | Unset): Page size, at most 100. Server default: 50. Example: 50.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GuardrailMemberAssignmentsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        offset=offset,
        limit=limit,
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
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | GuardrailMemberAssignmentsResponse | None:
    """List the members of a guardrail

     The organization members assigned to one guardrail. Needs a management key.

    Args:
        id (UUID):  Example: 3f2c8a61-5b7d-4e9a-8c10-2d4f6b8a0e13.
        offset (int | None | Unset): Records to skip. Server default: 0. Example: 0.
        limit (int | Unset): Page size, at most 100. Server default: 50. Example: 50.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListGuardrailMemberAssignmentsXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GuardrailMemberAssignmentsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            offset=offset,
            limit=limit,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
