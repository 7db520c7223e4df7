from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_generation_params import ChatGenerationParams
from ...models.chat_response import ChatResponse
from ...models.error_response import ErrorResponse
from ...models.send_chat_completion_request_x_open_router_metadata import SendChatCompletionRequestXOpenRouterMetadata
from ...types import UNSET, Response, Unset, http_status


def _get_kwargs(
    *,
    body: ChatGenerationParams,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: SendChatCompletionRequestXOpenRouterMetadata | Unset = UNSET,
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
        "url": "/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: ChatGenerationParams,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: SendChatCompletionRequestXOpenRouterMetadata | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
        x_open_router_metadata=x_open_router_metadata,
    )


def parse_success(response: httpx.Response) -> ChatResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ChatResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 524:
        response_524 = ErrorResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        response_529 = ErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatResponse | ErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatGenerationParams,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: SendChatCompletionRequestXOpenRouterMetadata | Unset = UNSET,
) -> Response[ChatResponse | ErrorResponse]:
    """Create a chat completion

     Sends a conversation to a model and returns its reply, either as one JSON body or, with `stream`
    set, as server-sent events.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (SendChatCompletionRequestXOpenRouterMetadata | Unset):
        body (ChatGenerationParams): The body of a chat completion request. Example: {'model':
            'openai/gpt-4', 'messages': [{'role': 'system', 'content': 'You are a helpful
            assistant.'}, {'role': 'user', 'content': 'What is the capital of France?'}],
            'max_tokens': 150, 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatResponse | ErrorResponse]
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
    body: ChatGenerationParams,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: SendChatCompletionRequestXOpenRouterMetadata | Unset = UNSET,
) -> ChatResponse | ErrorResponse | None:
    """Create a chat completion

     Sends a conversation to a model and returns its reply, either as one JSON body or, with `stream`
    set, as server-sent events.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (SendChatCompletionRequestXOpenRouterMetadata | Unset):
        body (ChatGenerationParams): The body of a chat completion request. Example: {'model':
            'openai/gpt-4', 'messages': [{'role': 'system', 'content': 'You are a helpful
            assistant.'}, {'role': 'user', 'content': 'What is the capital of France?'}],
            'max_tokens': 150, 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatResponse | ErrorResponse
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
    body: ChatGenerationParams,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: SendChatCompletionRequestXOpenRouterMetadata | Unset = UNSET,
) -> Response[ChatResponse | ErrorResponse]:
    """Create a chat completion

     Sends a conversation to a model and returns its reply, either as one JSON body or, with `stream`
    set, as server-sent events.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (SendChatCompletionRequestXOpenRouterMetadata | Unset):
        body (ChatGenerationParams): The body of a chat completion request. Example: {'model':
            'openai/gpt-4', 'messages': [{'role': 'system', 'content': 'You are a helpful
            assistant.'}, {'role': 'user', 'content': 'What is the capital of France?'}],
            'max_tokens': 150, 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatResponse | ErrorResponse]
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
    body: ChatGenerationParams,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
    x_open_router_metadata: SendChatCompletionRequestXOpenRouterMetadata | Unset = UNSET,
) -> ChatResponse | ErrorResponse | None:
    """Create a chat completion

     Sends a conversation to a model and returns its reply, either as one JSON body or, with `stream`
    set, as server-sent events.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        x_open_router_metadata (SendChatCompletionRequestXOpenRouterMetadata | Unset):
        body (ChatGenerationParams): The body of a chat completion request. Example: {'model':
            'openai/gpt-4', 'messages': [{'role': 'system', 'content': 'You are a helpful
            assistant.'}, {'role': 'user', 'content': 'What is the capital of France?'}],
            'max_tokens': 150, 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatResponse | ErrorResponse
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
