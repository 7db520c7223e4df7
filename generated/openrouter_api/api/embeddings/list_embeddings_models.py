from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.models_list_response import ModelsListResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(http_referer, Unset):
        headers["HTTP-Referer"] = http_referer

    if not isinstance(x_open_router_title, Unset):
        headers["X-OpenRouter-Title"] = x_open_router_title

    if not isinstance(x_open_router_categories, Unset):
        headers["X-OpenRouter-Categories"] = x_open_router_categories

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embeddings/models",
    }

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )


def parse_success(response: httpx.Response) -> ModelsListResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ModelsListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelsListResponse | None:
    if response.status_code == 200:
        response_200 = ModelsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ModelsListResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[ErrorResponse | ModelsListResponse]:
    """List embedding models

     Lists the models that can be used with POST /embeddings.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsListResponse]
    """

    kwargs = _get_kwargs(
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> ErrorResponse | ModelsListResponse | None:
    """List embedding models

     Lists the models that can be used with POST /embeddings.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelsListResponse
    """

    return sync_detailed(
        client=client,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[ErrorResponse | ModelsListResponse]:
    """List embedding models

     Lists the models that can be used with POST /embeddings.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsListResponse]
    """

    kwargs = _get_kwargs(
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> ErrorResponse | ModelsListResponse | None:
    """List embedding models

     Lists the models that can be used with POST /embeddings.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
        )
    ).parsed
