from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.exchange_auth_code_for_api_key_body import ExchangeAuthCodeForApiKeyBody
from ...models.exchange_auth_code_for_api_key_response_200 import ExchangeAuthCodeForApiKeyResponse200
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: ExchangeAuthCodeForApiKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
    body: ExchangeAuthCodeForApiKeyBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> ExchangeAuthCodeForApiKeyResponse200:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ExchangeAuthCodeForApiKeyResponse200.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse | None:
    if response.status_code == 200:
        response_200 = ExchangeAuthCodeForApiKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForApiKeyBody,
) -> Response[BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse]:
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForApiKeyBody):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForApiKeyBody,
) -> BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse | None:
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForApiKeyBody):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForApiKeyBody,
) -> Response[BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse]:
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForApiKeyBody):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForApiKeyBody,
) -> BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse | None:
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForApiKeyBody):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
