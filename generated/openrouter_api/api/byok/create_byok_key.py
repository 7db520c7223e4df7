from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.create_byok_key_request import CreateBYOKKeyRequest
from ...models.create_byok_key_response import CreateBYOKKeyResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    *,
    body: CreateBYOKKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/byok",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: CreateBYOKKeyRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
    )


def parse_success(response: httpx.Response) -> CreateBYOKKeyResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_201 = CreateBYOKKeyResponse.from_dict(json_body(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | CreateBYOKKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateBYOKKeyResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

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
) -> Response[
    BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
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
    body: CreateBYOKKeyRequest,
) -> Response[
    BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
]:
    """Create a BYOK provider credential

     Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and
    never returned in API responses. When `workspace_id` is omitted, the credential is created in the
    default workspace; if that default has been deleted, the request returns a 400 and you must pass
    `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after creation. Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateBYOKKeyRequest):  Example: {'key': 'sk-proj-abc123...', 'name': 'Production
            OpenAI Key', 'provider': 'openai'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
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
    body: CreateBYOKKeyRequest,
) -> (
    BadRequestResponse
    | CreateBYOKKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create a BYOK provider credential

     Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and
    never returned in API responses. When `workspace_id` is omitted, the credential is created in the
    default workspace; if that default has been deleted, the request returns a 400 and you must pass
    `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after creation. Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateBYOKKeyRequest):  Example: {'key': 'sk-proj-abc123...', 'name': 'Production
            OpenAI Key', 'provider': 'openai'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBYOKKeyRequest,
) -> Response[
    BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
]:
    """Create a BYOK provider credential

     Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and
    never returned in API responses. When `workspace_id` is omitted, the credential is created in the
    default workspace; if that default has been deleted, the request returns a 400 and you must pass
    `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after creation. Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateBYOKKeyRequest):  Example: {'key': 'sk-proj-abc123...', 'name': 'Production
            OpenAI Key', 'provider': 'openai'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBYOKKeyRequest,
) -> (
    BadRequestResponse
    | CreateBYOKKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create a BYOK provider credential

     Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and
    never returned in API responses. When `workspace_id` is omitted, the credential is created in the
    default workspace; if that default has been deleted, the request returns a 400 and you must pass
    `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after creation. Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateBYOKKeyRequest):  Example: {'key': 'sk-proj-abc123...', 'name': 'Production
            OpenAI Key', 'provider': 'openai'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateBYOKKeyResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
