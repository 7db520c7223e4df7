from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.conflict_response import ConflictResponse
from ...models.create_auth_keys_code_body import CreateAuthKeysCodeBody
from ...models.create_auth_keys_code_response_200 import CreateAuthKeysCodeResponse200
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: CreateAuthKeysCodeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
    body: CreateAuthKeysCodeBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> CreateAuthKeysCodeResponse200:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = CreateAuthKeysCodeResponse200.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse200
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = CreateAuthKeysCodeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ConflictResponse.from_dict(response.json())

        return response_409

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
    | ConflictResponse
    | CreateAuthKeysCodeResponse200
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAuthKeysCodeBody,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse200
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeBody):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse200 | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
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
    body: CreateAuthKeysCodeBody,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse200
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeBody):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse200 | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAuthKeysCodeBody,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse200
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeBody):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse200 | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAuthKeysCodeBody,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse200
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeBody):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse200 | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
