from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_key_request import CreateKeyRequest
from ...models.create_key_response import CreateKeyResponse
from ...models.create_keys_x_open_router_metadata import CreateKeysXOpenRouterMetadata
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: CreateKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateKeysXOpenRouterMetadata | Unset = UNSET,
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
        "url": "/keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: CreateKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateKeysXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> CreateKeyResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_201 = CreateKeyResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateKeyResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateKeyResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateKeyResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateKeysXOpenRouterMetadata | Unset = UNSET,
) -> Response[CreateKeyResponse | ErrorResponse]:
    """Create an API key

     Creates a key and returns its secret value in `key`. The secret is shown only in this response and
    cannot be fetched again. Needs a management key.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateKeysXOpenRouterMetadata | Unset):
        body (CreateKeyRequest): Settings of a new API key. Example: {'name': 'nightly-evals',
            'limit': 25, 'limit_reset': 'monthly', 'include_byok_in_limit': False, 'expires_at':
            '2026-12-31T23:59:59Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKeyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateKeysXOpenRouterMetadata | Unset = UNSET,
) -> CreateKeyResponse | ErrorResponse | None:
    """Create an API key

     Creates a key and returns its secret value in `key`. The secret is shown only in this response and
    cannot be fetched again. Needs a management key.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateKeysXOpenRouterMetadata | Unset):
        body (CreateKeyRequest): Settings of a new API key. Example: {'name': 'nightly-evals',
            'limit': 25, 'limit_reset': 'monthly', 'include_byok_in_limit': False, 'expires_at':
            '2026-12-31T23:59:59Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKeyResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateKeysXOpenRouterMetadata | Unset = UNSET,
) -> Response[CreateKeyResponse | ErrorResponse]:
    """Create an API key

     Creates a key and returns its secret value in `key`. The secret is shown only in this response and
    cannot be fetched again. Needs a management key.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateKeysXOpenRouterMetadata | Unset):
        body (CreateKeyRequest): Settings of a new API key. Example: {'name': 'nightly-evals',
            'limit': 25, 'limit_reset': 'monthly', 'include_byok_in_limit': False, 'expires_at':
            '2026-12-31T23:59:59Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateKeyResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CreateKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateKeysXOpenRouterMetadata | Unset = UNSET,
) -> CreateKeyResponse | ErrorResponse | None:
    """Create an API key

     Creates a key and returns its secret value in `key`. The secret is shown only in this response and
    cannot be fetched again. Needs a management key.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateKeysXOpenRouterMetadata | Unset):
        body (CreateKeyRequest): Settings of a new API key. Example: {'name': 'nightly-evals',
            'limit': 25, 'limit_reset': 'monthly', 'include_byok_in_limit': False, 'expires_at':
            '2026-12-31T23:59:59Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateKeyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
