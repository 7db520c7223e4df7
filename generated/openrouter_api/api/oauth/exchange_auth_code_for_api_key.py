from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_key_request import AuthKeyRequest
from ...models.auth_key_response import AuthKeyResponse
from ...models.error_response import ErrorResponse
from ...models.exchange_auth_code_for_api_key_x_open_router_metadata import ExchangeAuthCodeForApiKeyXOpenRouterMetadata
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: AuthKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset = UNSET,
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
        "url": "/auth/keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: AuthKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> AuthKeyResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = AuthKeyResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthKeyResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthKeyResponse.from_dict(response.json())

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
) -> Response[AuthKeyResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset = UNSET,
) -> Response[AuthKeyResponse | ErrorResponse]:
    """Exchange an OAuth code for an API key

     Last step of the PKCE sign-in flow: trades the code from the redirect for a user-controlled API key.
    The response carries the new secret key in `key`; store it safely, it is not shown again.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset):
        body (AuthKeyRequest): The code from the OAuth redirect, with the PKCE verifier if a
            challenge was used. Example: {'code': '0b7f2c1e-example-auth-code', 'code_verifier':
            'Vq3nZ8sLw1XkR5tYp0mB2cD7fH9jK4gA6eU', 'code_challenge_method': 'S256'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthKeyResponse | ErrorResponse]
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
    body: AuthKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset = UNSET,
) -> AuthKeyResponse | ErrorResponse | None:
    """Exchange an OAuth code for an API key

     Last step of the PKCE sign-in flow: trades the code from the redirect for a user-controlled API key.
    The response carries the new secret key in `key`; store it safely, it is not shown again.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset):
        body (AuthKeyRequest): The code from the OAuth redirect, with the PKCE verifier if a
            challenge was used. Example: {'code': '0b7f2c1e-example-auth-code', 'code_verifier':
            'Vq3nZ8sLw1XkR5tYp0mB2cD7fH9jK4gA6eU', 'code_challenge_method': 'S256'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthKeyResponse | ErrorResponse
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
    body: AuthKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset = UNSET,
) -> Response[AuthKeyResponse | ErrorResponse]:
    """Exchange an OAuth code for an API key

     Last step of the PKCE sign-in flow: trades the code from the redirect for a user-controlled API key.
    The response carries the new secret key in `key`; store it safely, it is not shown again.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset):
        body (AuthKeyRequest): The code from the OAuth redirect, with the PKCE verifier if a
            challenge was used. Example: {'code': '0b7f2c1e-example-auth-code', 'code_verifier':
            'Vq3nZ8sLw1XkR5tYp0mB2cD7fH9jK4gA6eU', 'code_challenge_method': 'S256'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthKeyResponse | ErrorResponse]
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
    body: AuthKeyRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset = UNSET,
) -> AuthKeyResponse | ErrorResponse | None:
    """Exchange an OAuth code for an API key

     Last step of the PKCE sign-in flow: trades the code from the redirect for a user-controlled API key.
    The response carries the new secret key in `key`; store it safely, it is not shown again.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (ExchangeAuthCodeForApiKeyXOpenRouterMetadata | Unset):
        body (AuthKeyRequest): The code from the OAuth redirect, with the PKCE verifier if a
            challenge was used. Example: {'code': '0b7f2c1e-example-auth-code', 'code_verifier':
            'Vq3nZ8sLw1XkR5tYp0mB2cD7fH9jK4gA6eU', 'code_challenge_method': 'S256'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthKeyResponse | ErrorResponse
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
