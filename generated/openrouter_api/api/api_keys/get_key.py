from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_key_x_open_router_metadata import GetKeyXOpenRouterMetadata
from ...models.key_details_response import KeyDetailsResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    hash_: str,
    *,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetKeyXOpenRouterMetadata | Unset = UNSET,
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
        "method": "get",
        "url": "/keys/{hash_}".format(
            hash_=quote(str(hash_), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    hash_: str,
    *,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetKeyXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        hash_=hash_,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> KeyDetailsResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = KeyDetailsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KeyDetailsResponse | None:
    if response.status_code == 200:
        response_200 = KeyDetailsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | KeyDetailsResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetKeyXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | KeyDetailsResponse]:
    """Get an API key

     One key, looked up by its hash. Needs a management key.

    Args:
        hash_ (str):  Example: 9c1b3f0d6a2e4b8c7d5f1e3a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetKeyXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeyDetailsResponse]
    """

    kwargs = _get_kwargs(
        hash_=hash_,
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
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetKeyXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | KeyDetailsResponse | None:
    """Get an API key

     One key, looked up by its hash. Needs a management key.

    Args:
        hash_ (str):  Example: 9c1b3f0d6a2e4b8c7d5f1e3a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetKeyXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeyDetailsResponse
    """

    return sync_detailed(
        hash_=hash_,
        client=client,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetKeyXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | KeyDetailsResponse]:
    """Get an API key

     One key, looked up by its hash. Needs a management key.

    Args:
        hash_ (str):  Example: 9c1b3f0d6a2e4b8c7d5f1e3a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetKeyXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeyDetailsResponse]
    """

    kwargs = _get_kwargs(
        hash_=hash_,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: GetKeyXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | KeyDetailsResponse | None:
    """Get an API key

     One key, looked up by its hash. Needs a management key.

    Args:
        hash_ (str):  Example: 9c1b3f0d6a2e4b8c7d5f1e3a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (GetKeyXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeyDetailsResponse
    """

    return (
        await asyncio_detailed(
            hash_=hash_,
            client=client,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
