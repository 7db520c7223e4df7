from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.models_list_response import ModelsListResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, Unset, http_status, json_body


def _get_kwargs(
    *,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

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
        "url": "/models/user",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        offset=offset,
        limit=limit,
    )


def parse_success(response: httpx.Response) -> ModelsListResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ModelsListResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse | None:
    if response.status_code == 200:
        response_200 = ModelsListResponse.from_dict(response.json())

        return response_200

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
    ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[
    ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse
]:
    """List models filtered by user provider preferences, privacy settings, and guardrails

     List models filtered by user provider preferences, [privacy
    settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and
    [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through a
    regional hostname, the results will be filtered to models that satisfy in-region routing for that
    region.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. When both offset
            and limit are omitted, the full list is returned. Server default: 0. Example: 0.
        limit (int | Unset): Maximum number of records to return (max 1000). When both offset and
            limit are omitted, the full list is returned. Server default: 500. Example: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse | None:
    """List models filtered by user provider preferences, privacy settings, and guardrails

     List models filtered by user provider preferences, [privacy
    settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and
    [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through a
    regional hostname, the results will be filtered to models that satisfy in-region routing for that
    region.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. When both offset
            and limit are omitted, the full list is returned. Server default: 0. Example: 0.
        limit (int | Unset): Maximum number of records to return (max 1000). When both offset and
            limit are omitted, the full list is returned. Server default: 500. Example: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[
    ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse
]:
    """List models filtered by user provider preferences, privacy settings, and guardrails

     List models filtered by user provider preferences, [privacy
    settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and
    [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through a
    regional hostname, the results will be filtered to models that satisfy in-region routing for that
    region.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. When both offset
            and limit are omitted, the full list is returned. Server default: 0. Example: 0.
        limit (int | Unset): Maximum number of records to return (max 1000). When both offset and
            limit are omitted, the full list is returned. Server default: 500. Example: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse | None:
    """List models filtered by user provider preferences, privacy settings, and guardrails

     List models filtered by user provider preferences, [privacy
    settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and
    [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through a
    regional hostname, the results will be filtered to models that satisfy in-region routing for that
    region.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination. When both offset
            and limit are omitted, the full list is returned. Server default: 0. Example: 0.
        limit (int | Unset): Maximum number of records to return (max 1000). When both offset and
            limit are omitted, the full list is returned. Server default: 500. Example: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | InternalServerResponse | ModelsListResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
