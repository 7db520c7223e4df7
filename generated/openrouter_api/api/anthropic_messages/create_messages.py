from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse
from ...models.messages_request import MessagesRequest
from ...models.messages_result import MessagesResult
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Response, Unset, http_status, json_body


def _get_kwargs(
    *,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> MessagesResult:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = MessagesResult.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    if response.status_code == 200:
        response_200 = MessagesResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 529:
        response_529 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnthropicMessagesErrorResponse | MessagesResult]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[AnthropicMessagesErrorResponse | MessagesResult]:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicMessagesErrorResponse | MessagesResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesErrorResponse | MessagesResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[AnthropicMessagesErrorResponse | MessagesResult]:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicMessagesErrorResponse | MessagesResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesErrorResponse | MessagesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
