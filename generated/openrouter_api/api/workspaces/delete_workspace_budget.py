from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.workspace_budget_interval import WorkspaceBudgetInterval
from ...types import Response, http_status, json_body


def _get_kwargs(
    id: str,
    interval: WorkspaceBudgetInterval,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/workspaces/{id}/budgets/{interval}".format(
            id=quote(str(id), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    return _kwargs


def build_request(
    id: str,
    interval: WorkspaceBudgetInterval,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
        interval=interval,
    )


def parse_success(response: httpx.Response) -> DeleteWorkspaceBudgetResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = DeleteWorkspaceBudgetResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | DeleteWorkspaceBudgetResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeleteWorkspaceBudgetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

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
) -> Response[
    BadRequestResponse
    | DeleteWorkspaceBudgetResponse
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
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequestResponse
    | DeleteWorkspaceBudgetResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a workspace budget

     Remove the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteWorkspaceBudgetResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequestResponse
    | DeleteWorkspaceBudgetResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a workspace budget

     Remove the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteWorkspaceBudgetResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        interval=interval,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequestResponse
    | DeleteWorkspaceBudgetResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a workspace budget

     Remove the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteWorkspaceBudgetResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequestResponse
    | DeleteWorkspaceBudgetResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a workspace budget

     Remove the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteWorkspaceBudgetResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            interval=interval,
            client=client,
        )
    ).parsed
