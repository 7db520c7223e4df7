from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.list_endpoints_response_200 import ListEndpointsResponse200
from ...models.not_found_response import NotFoundResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    author: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{author}/{slug}/endpoints".format(
            author=quote(str(author), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def build_request(
    author: str,
    slug: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        author=author,
        slug=slug,
    )


def parse_success(response: httpx.Response) -> ListEndpointsResponse200:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ListEndpointsResponse200.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse | None:
    if response.status_code == 200:
        response_200 = ListEndpointsResponse200.from_dict(response.json())

        return response_200

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
) -> Response[ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse]:
    """List all endpoints for a model

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse]
    """

    kwargs = _get_kwargs(
        author=author,
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse | None:
    """List all endpoints for a model

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse
    """

    return sync_detailed(
        author=author,
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse]:
    """List all endpoints for a model

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse]
    """

    kwargs = _get_kwargs(
        author=author,
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse | None:
    """List all endpoints for a model

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse
    """

    return (
        await asyncio_detailed(
            author=author,
            slug=slug,
            client=client,
        )
    ).parsed
