from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.chat_request import ChatRequest
from ...models.conflict_response import ConflictResponse
from ...models.create_preset_from_inference_response import CreatePresetFromInferenceResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, http_status, json_body


def _get_kwargs(
    slug: str,
    *,
    body: ChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/presets/{slug}/chat/completions".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    slug: str,
    *,
    body: ChatRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        slug=slug,
        body=body,
    )


def parse_success(response: httpx.Response) -> CreatePresetFromInferenceResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = CreatePresetFromInferenceResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = CreatePresetFromInferenceResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

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
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ChatRequest,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Create a preset from a chat-completions request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ChatRequest,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Create a preset from a chat-completions request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ChatRequest,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Create a preset from a chat-completions request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ChatRequest,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Create a preset from a chat-completions request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed
