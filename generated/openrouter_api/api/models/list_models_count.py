from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.models_count_response import ModelsCountResponse
from ...types import UNSET, Response, Unset, http_status, json_body


def _get_kwargs(
    *,
    output_modalities: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["output_modalities"] = output_modalities

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/count",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    output_modalities: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        output_modalities=output_modalities,
    )


def parse_success(response: httpx.Response) -> ModelsCountResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = ModelsCountResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse | None:
    if response.status_code == 200:
        response_200 = ModelsCountResponse.from_dict(response.json())

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
) -> Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    output_modalities: str | Unset = UNSET,
) -> Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse]:
    """Get total count of available models

    Args:
        output_modalities (str | Unset): Filter models by output modality. Accepts a comma-
            separated list of modalities (text, image, audio, embeddings) or "all" to include all
            models. Defaults to "text". Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse]
    """

    kwargs = _get_kwargs(
        output_modalities=output_modalities,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    output_modalities: str | Unset = UNSET,
) -> BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse | None:
    """Get total count of available models

    Args:
        output_modalities (str | Unset): Filter models by output modality. Accepts a comma-
            separated list of modalities (text, image, audio, embeddings) or "all" to include all
            models. Defaults to "text". Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse
    """

    return sync_detailed(
        client=client,
        output_modalities=output_modalities,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    output_modalities: str | Unset = UNSET,
) -> Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse]:
    """Get total count of available models

    Args:
        output_modalities (str | Unset): Filter models by output modality. Accepts a comma-
            separated list of modalities (text, image, audio, embeddings) or "all" to include all
            models. Defaults to "text". Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse]
    """

    kwargs = _get_kwargs(
        output_modalities=output_modalities,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    output_modalities: str | Unset = UNSET,
) -> BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse | None:
    """Get total count of available models

    Args:
        output_modalities (str | Unset): Filter models by output modality. Accepts a comma-
            separated list of modalities (text, image, audio, embeddings) or "all" to include all
            models. Defaults to "text". Example: text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerResponse | ModelsCountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            output_modalities=output_modalities,
        )
    ).parsed
