from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_response import ActivityResponse
from ...models.error_response import ErrorResponse
from ...models.get_user_activity_group_by import GetUserActivityGroupBy
from ...models.get_user_activity_x_open_router_metadata import GetUserActivityXOpenRouterMetadata
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetUserActivityXOpenRouterMetadata | Unset = UNSET,
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

    params["date"] = date

    params["api_key_hash"] = api_key_hash

    params["user_id"] = user_id

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetUserActivityXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> ActivityResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ActivityResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActivityResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetUserActivityXOpenRouterMetadata | Unset = UNSET,
) -> Response[ActivityResponse | ErrorResponse]:
    """Get usage activity

     Usage of the last 30 completed UTC days, one row per day, model and endpoint. Needs a management
    key.

    Args:
        date (str | Unset):  Example: 2025-08-24.
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (UUID | Unset):
        group_by (GetUserActivityGroupBy | Unset):
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetUserActivityXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
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
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetUserActivityXOpenRouterMetadata | Unset = UNSET,
) -> ActivityResponse | ErrorResponse | None:
    """Get usage activity

     Usage of the last 30 completed UTC days, one row per day, model and endpoint. Needs a management
    key.

    Args:
        date (str | Unset):  Example: 2025-08-24.
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (UUID | Unset):
        group_by (GetUserActivityGroupBy | Unset):
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetUserActivityXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetUserActivityXOpenRouterMetadata | Unset = UNSET,
) -> Response[ActivityResponse | ErrorResponse]:
    """Get usage activity

     Usage of the last 30 completed UTC days, one row per day, model and endpoint. Needs a management
    key.

    Args:
        date (str | Unset):  Example: 2025-08-24.
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (UUID | Unset):
        group_by (GetUserActivityGroupBy | Unset):
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetUserActivityXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        workspace_id=workspace_id,
        group_by=group_by,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetUserActivityXOpenRouterMetadata | Unset = UNSET,
) -> ActivityResponse | ErrorResponse | None:
    """Get usage activity

     Usage of the last 30 completed UTC days, one row per day, model and endpoint. Needs a management
    key.

    Args:
        date (str | Unset):  Example: 2025-08-24.
        api_key_hash (str | Unset):
        user_id (str | Unset):
        workspace_id (UUID | Unset):
        group_by (GetUserActivityGroupBy | Unset):
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetUserActivityXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            api_key_hash=api_key_hash,
            user_id=user_id,
            workspace_id=workspace_id,
            group_by=group_by,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
