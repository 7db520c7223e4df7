from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_response import BadRequestResponse
from ...models.delete_scim_group_mapping_keep_members_type_0 import DeleteScimGroupMappingKeepMembersType0
from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, http_status, json_body


def _get_kwargs(
    id: UUID,
    *,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_keep_members: bool | str
    if isinstance(keep_members, DeleteScimGroupMappingKeepMembersType0):
        json_keep_members = keep_members.value
    else:
        json_keep_members = keep_members
    params["keep_members"] = json_keep_members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scim/group-mappings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def build_request(
    id: UUID,
    *,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (url relative to the base URL)."""
    return _get_kwargs(
        id=id,
        keep_members=keep_members,
    )


def parse_success(response: httpx.Response) -> DeleteScimGroupMappingResponse:
    """The 2xx body of this operation, parsed leniently; raises errors.UnexpectedStatus for any other status."""
    if 200 <= response.status_code <= 299:
        response_200 = DeleteScimGroupMappingResponse.from_dict(json_body(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

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
    | DeleteScimGroupMappingResponse
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> Response[
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembersType0): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        keep_members=keep_members,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembersType0): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        keep_members=keep_members,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> Response[
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembersType0): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        keep_members=keep_members,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembersType0): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            keep_members=keep_members,
        )
    ).parsed
