from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.update_keys_body import UpdateKeysBody
from ...models.update_keys_response_200 import UpdateKeysResponse200
from ...types import Response, http_status, json_body


def _get_kwargs(
    hash_: str,
    *,
    body: UpdateKeysBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/keys/{hash_}".format(
            hash_=quote(str(hash_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    hash_: str,
    *,
    body: UpdateKeysBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        hash_=hash_,
        body=body,
    )


def parse_success(response: httpx.Response) -> UpdateKeysResponse200:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = UpdateKeysResponse200.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UpdateKeysResponse200
    | None
):
    if response.status_code == 200:
        response_200 = UpdateKeysResponse200.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

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
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UpdateKeysResponse200
]:
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
    body: UpdateKeysBody,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UpdateKeysResponse200
]:
    """Update an API key

     Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        hash_ (str): The hash identifier of the API key to update Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        body (UpdateKeysBody):  Example: {'disabled': False, 'include_byok_in_limit': True,
            'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key Name'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedResponse | UpdateKeysResponse200]
    """

    kwargs = _get_kwargs(
        hash_=hash_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeysBody,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UpdateKeysResponse200
    | None
):
    """Update an API key

     Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        hash_ (str): The hash identifier of the API key to update Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        body (UpdateKeysBody):  Example: {'disabled': False, 'include_byok_in_limit': True,
            'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key Name'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedResponse | UpdateKeysResponse200
    """

    return sync_detailed(
        hash_=hash_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeysBody,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UpdateKeysResponse200
]:
    """Update an API key

     Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        hash_ (str): The hash identifier of the API key to update Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        body (UpdateKeysBody):  Example: {'disabled': False, 'include_byok_in_limit': True,
            'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key Name'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedResponse | UpdateKeysResponse200]
    """

    kwargs = _get_kwargs(
        hash_=hash_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateKeysBody,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UpdateKeysResponse200
    | None
):
    """Update an API key

     Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        hash_ (str): The hash identifier of the API key to update Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        body (UpdateKeysBody):  Example: {'disabled': False, 'include_byok_in_limit': True,
            'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key Name'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | TooManyRequestsResponse | UnauthorizedResponse | UpdateKeysResponse200
    """

    return (
        await asyncio_detailed(
            hash_=hash_,
            client=client,
            body=body,
        )
    ).parsed
