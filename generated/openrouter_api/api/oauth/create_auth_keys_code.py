from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_auth_keys_code_x_open_router_metadata import CreateAuthKeysCodeXOpenRouterMetadata
from ...models.error_response import ErrorResponse
from ...models.key_code_request import KeyCodeRequest
from ...models.key_code_response import KeyCodeResponse
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: KeyCodeRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateAuthKeysCodeXOpenRouterMetadata | Unset = UNSET,
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
        "url": "/auth/keys/code",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: KeyCodeRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateAuthKeysCodeXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> KeyCodeResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = KeyCodeResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KeyCodeResponse | None:
    if response.status_code == 200:
        response_200 = KeyCodeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | KeyCodeResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: KeyCodeRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateAuthKeysCodeXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | KeyCodeResponse]:
    """Create an OAuth authorization code

     Server-side start of the PKCE flow: registers a callback and the limits of the key to be made, and
    returns a code to exchange at /auth/keys.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateAuthKeysCodeXOpenRouterMetadata | Unset):
        body (KeyCodeRequest): Where to send the user back, and the limits of the key to be
            created. Example: {'callback_url': 'https://app.example.com/openrouter/callback',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'limit': 10, 'usage_limit_type': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeyCodeResponse]
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
    body: KeyCodeRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateAuthKeysCodeXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | KeyCodeResponse | None:
    """Create an OAuth authorization code

     Server-side start of the PKCE flow: registers a callback and the limits of the key to be made, and
    returns a code to exchange at /auth/keys.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateAuthKeysCodeXOpenRouterMetadata | Unset):
        body (KeyCodeRequest): Where to send the user back, and the limits of the key to be
            created. Example: {'callback_url': 'https://app.example.com/openrouter/callback',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'limit': 10, 'usage_limit_type': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeyCodeResponse
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
    body: KeyCodeRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateAuthKeysCodeXOpenRouterMetadata | Unset = UNSET,
) -> Response[ErrorResponse | KeyCodeResponse]:
    """Create an OAuth authorization code

     Server-side start of the PKCE flow: registers a callback and the limits of the key to be made, and
    returns a code to exchange at /auth/keys.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateAuthKeysCodeXOpenRouterMetadata | Unset):
        body (KeyCodeRequest): Where to send the user back, and the limits of the key to be
            created. Example: {'callback_url': 'https://app.example.com/openrouter/callback',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'limit': 10, 'usage_limit_type': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeyCodeResponse]
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
    body: KeyCodeRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: CreateAuthKeysCodeXOpenRouterMetadata | Unset = UNSET,
) -> ErrorResponse | KeyCodeResponse | None:
    """Create an OAuth authorization code

     Server-side start of the PKCE flow: registers a callback and the limits of the key to be made, and
    returns a code to exchange at /auth/keys.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (CreateAuthKeysCodeXOpenRouterMetadata | Unset):
        body (KeyCodeRequest): Where to send the user back, and the limits of the key to be
            created. Example: {'callback_url': 'https://app.example.com/openrouter/callback',
            'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method':
            'S256', 'limit': 10, 'usage_limit_type': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeyCodeResponse
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
