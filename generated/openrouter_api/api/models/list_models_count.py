from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_models_count_x_open_router_metadata import ListModelsCountXOpenRouterMetadata
from ...models.models_count_response import ModelsCountResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    output_modalities: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListModelsCountXOpenRouterMetadata | Unset = UNSET,
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

    params["output_modalities"] = output_modalities

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/count",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    output_modalities: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListModelsCountXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        output_modalities=output_modalities,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> ModelsCountResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ModelsCountResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelsCountResponse | None:
    if response.status_code == 200:
        response_200 = ModelsCountResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | ModelsCountResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    output_modalities: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListModelsCountXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | ModelsCountResponse]:
    """Count models

     How many models the catalogue holds for the given output modalities.

    Args:
        output_modalities (str | Unset):  Example: text,image.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListModelsCountXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsCountResponse]
    """

    kwargs = _get_kwargs(
        output_modalities=output_modalities,
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
    output_modalities: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListModelsCountXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | ModelsCountResponse | None:
    """Count models

     How many models the catalogue holds for the given output modalities.

    Args:
        output_modalities (str | Unset):  Example: text,image.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListModelsCountXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelsCountResponse
    """

    return sync_detailed(
        client=client,
        output_modalities=output_modalities,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    output_modalities: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListModelsCountXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | ModelsCountResponse]:
    """Count models

     How many models the catalogue holds for the given output modalities.

    Args:
        output_modalities (str | Unset):  Example: text,image.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListModelsCountXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelsCountResponse]
    """

    kwargs = _get_kwargs(
        output_modalities=output_modalities,
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
    output_modalities: str | Unset = UNSET,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ListModelsCountXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | ModelsCountResponse | None:
    """Count models

     How many models the catalogue holds for the given output modalities.

    Args:
        output_modalities (str | Unset):  Example: text,image.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ListModelsCountXOpenRouterMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelsCountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            output_modalities=output_modalities,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
