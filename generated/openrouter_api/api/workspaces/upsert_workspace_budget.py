from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
from ...models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
from ...models.workspace_budget_interval import WorkspaceBudgetInterval
from ...types import Response, http_status, json_body


def _get_kwargs(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    body: UpsertWorkspaceBudgetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workspaces/{id}/budgets/{interval}".format(
            id=quote(str(id), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    body: UpsertWorkspaceBudgetRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
        interval=interval,
        body=body,
    )


def parse_success(response: httpx.Response) -> UpsertWorkspaceBudgetResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = UpsertWorkspaceBudgetResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
    | None
):
    if response.status_code == 200:
        response_200 = UpsertWorkspaceBudgetResponse.from_dict(response.json())

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
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
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
    body: UpsertWorkspaceBudgetRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
]:
    """Create or update a workspace budget

     Create or update the budget for a given interval. Budget limits must strictly decrease as the
    interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets` flag
    is a workspace-wide setting: when provided it applies to every budget interval for the workspace,
    not just the interval in this request. Note that a change made here is applied to budget enforcement
    immediately, but an already-open workspace settings page in the web dashboard may keep showing the
    previous value until it is reloaded. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.
        body (UpsertWorkspaceBudgetRequest):  Example: {'include_byok_in_budgets': True,
            'limit_usd': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        interval=interval,
        body=body,
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
    body: UpsertWorkspaceBudgetRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
    | None
):
    """Create or update a workspace budget

     Create or update the budget for a given interval. Budget limits must strictly decrease as the
    interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets` flag
    is a workspace-wide setting: when provided it applies to every budget interval for the workspace,
    not just the interval in this request. Note that a change made here is applied to budget enforcement
    immediately, but an already-open workspace settings page in the web dashboard may keep showing the
    previous value until it is reloaded. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.
        body (UpsertWorkspaceBudgetRequest):  Example: {'include_byok_in_budgets': True,
            'limit_usd': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse
    """

    return sync_detailed(
        id=id,
        interval=interval,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertWorkspaceBudgetRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
]:
    """Create or update a workspace budget

     Create or update the budget for a given interval. Budget limits must strictly decrease as the
    interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets` flag
    is a workspace-wide setting: when provided it applies to every budget interval for the workspace,
    not just the interval in this request. Note that a change made here is applied to budget enforcement
    immediately, but an already-open workspace settings page in the web dashboard may keep showing the
    previous value until it is reloaded. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.
        body (UpsertWorkspaceBudgetRequest):  Example: {'include_byok_in_budgets': True,
            'limit_usd': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        interval=interval,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    client: AuthenticatedClient | Client,
    body: UpsertWorkspaceBudgetRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpsertWorkspaceBudgetResponse
    | None
):
    """Create or update a workspace budget

     Create or update the budget for a given interval. Budget limits must strictly decrease as the
    interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets` flag
    is a workspace-wide setting: when provided it applies to every budget interval for the workspace,
    not just the interval in this request. Note that a change made here is applied to budget enforcement
    immediately, but an already-open workspace settings page in the web dashboard may keep showing the
    previous value until it is reloaded. [Management key](/docs/guides/overview/auth/management-api-
    keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        interval (WorkspaceBudgetInterval): Budget reset interval. Use "lifetime" for a one-time
            budget that never resets. Example: monthly.
        body (UpsertWorkspaceBudgetRequest):  Example: {'include_byok_in_budgets': True,
            'limit_usd': 100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpsertWorkspaceBudgetResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            interval=interval,
            client=client,
            body=body,
        )
    ).parsed
