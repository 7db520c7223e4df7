"""Contains endpoint functions for accessing the API, and the `client.scim` resource over them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import _araw, _AsyncResource, _operation, _raw, _SyncResource

if TYPE_CHECKING:
    import datetime
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from typing import Literal, cast
    from uuid import UUID

    from openrouter_ext._resource import FileInput, SupportsToDict
    from openrouter_ext._timeouts import TimeoutTypes
    from openrouter_ext.pagination import AsyncPager, SyncPager
    from openrouter_ext.pagination._cursor import AsyncCursorPager, SyncCursorPager

    from ...models.bad_request_response import BadRequestResponse
    from ...models.conflict_response import ConflictResponse
    from ...models.create_scim_group_mapping_request import CreateScimGroupMappingRequest
    from ...models.create_scim_group_mapping_request_role import CreateScimGroupMappingRequestRole
    from ...models.create_scim_group_mapping_response import CreateScimGroupMappingResponse
    from ...models.delete_scim_group_mapping_keep_members_type_0 import DeleteScimGroupMappingKeepMembersType0
    from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
    from ...models.get_scim_group_mapping_response import GetScimGroupMappingResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_scim_group_mappings_response import ListScimGroupMappingsResponse
    from ...models.list_scim_groups_response import ListScimGroupsResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.scim_group import ScimGroup
    from ...models.scim_group_mapping import ScimGroupMapping
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.update_scim_group_mapping_request import UpdateScimGroupMappingRequest
    from ...models.update_scim_group_mapping_request_role import UpdateScimGroupMappingRequestRole
    from ...models.update_scim_group_mapping_response import UpdateScimGroupMappingResponse
    from ...params import CreateScimGroupMappingRequestParam, UpdateScimGroupMappingRequestParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncScim", "AsyncScimWithRawResponse", "Scim", "ScimWithRawResponse"]


class Scim(_SyncResource):
    """`client.scim`: 6 operations."""

    @cached_property
    def with_raw_response(self) -> ScimWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ScimWithRawResponse(self)

    @_operation("listScimGroupMappings")
    def list_mappings(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[ScimGroupMapping]:
        """List SCIM group mappings

        `GET /scim/group-mappings` (operationId `listScimGroupMappings`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "scim.list_scim_group_mappings",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listScimGroupMappings")
    def _list_mappings_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListScimGroupMappingsResponse:
        """List SCIM group mappings

        `GET /scim/group-mappings` (operationId `listScimGroupMappings`).
        """
        return self._request(
            "scim.list_scim_group_mappings",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createScimGroupMapping")
    def create(
        self,
        *,
        role: CreateScimGroupMappingRequestRole | str,
        scim_group_id: UUID | str,
        workspace_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateScimGroupMappingResponse:
        """Create a SCIM group mapping

        `POST /scim/group-mappings` (operationId `createScimGroupMapping`).
        """
        return self._request(
            "scim.create_scim_group_mapping",
            {},
            json={
                "role": role,
                "scim_group_id": scim_group_id,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getScimGroupMapping")
    def read(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetScimGroupMappingResponse:
        """Get a SCIM group mapping

        `GET /scim/group-mappings/{id}` (operationId `getScimGroupMapping`).
        """
        return self._request(
            "scim.get_scim_group_mapping",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteScimGroupMapping")
    def delete(
        self,
        id: UUID | str,
        *,
        keep_members: DeleteScimGroupMappingKeepMembersType0 | str | bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteScimGroupMappingResponse:
        """Delete a SCIM group mapping

        `DELETE /scim/group-mappings/{id}` (operationId `deleteScimGroupMapping`).
        """
        return self._request(
            "scim.delete_scim_group_mapping",
            {
                "id": id,
                "keep_members": keep_members,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateScimGroupMapping")
    def update(
        self,
        id: UUID | str,
        *,
        role: UpdateScimGroupMappingRequestRole | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateScimGroupMappingResponse:
        """Update a SCIM group mapping

        `PATCH /scim/group-mappings/{id}` (operationId `updateScimGroupMapping`).
        """
        return self._request(
            "scim.update_scim_group_mapping",
            {
                "id": id,
            },
            json={
                "role": role,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listScimGroups")
    def list_groups(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[ScimGroup]:
        """List SCIM groups

        `GET /scim/groups` (operationId `listScimGroups`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "scim.list_scim_groups",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listScimGroups")
    def _list_groups_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListScimGroupsResponse:
        """List SCIM groups

        `GET /scim/groups` (operationId `listScimGroups`).
        """
        return self._request(
            "scim.list_scim_groups",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncScim(_AsyncResource):
    """`client.scim` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncScimWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncScimWithRawResponse(self)

    @_operation("listScimGroupMappings")
    def list_mappings(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[ScimGroupMapping]:
        """List SCIM group mappings

        `GET /scim/group-mappings` (operationId `listScimGroupMappings`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "scim.list_scim_group_mappings",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listScimGroupMappings")
    async def _list_mappings_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListScimGroupMappingsResponse:
        """List SCIM group mappings

        `GET /scim/group-mappings` (operationId `listScimGroupMappings`).
        """
        return await self._request(
            "scim.list_scim_group_mappings",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createScimGroupMapping")
    async def create(
        self,
        *,
        role: CreateScimGroupMappingRequestRole | str,
        scim_group_id: UUID | str,
        workspace_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateScimGroupMappingResponse:
        """Create a SCIM group mapping

        `POST /scim/group-mappings` (operationId `createScimGroupMapping`).
        """
        return await self._request(
            "scim.create_scim_group_mapping",
            {},
            json={
                "role": role,
                "scim_group_id": scim_group_id,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getScimGroupMapping")
    async def read(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetScimGroupMappingResponse:
        """Get a SCIM group mapping

        `GET /scim/group-mappings/{id}` (operationId `getScimGroupMapping`).
        """
        return await self._request(
            "scim.get_scim_group_mapping",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteScimGroupMapping")
    async def delete(
        self,
        id: UUID | str,
        *,
        keep_members: DeleteScimGroupMappingKeepMembersType0 | str | bool,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteScimGroupMappingResponse:
        """Delete a SCIM group mapping

        `DELETE /scim/group-mappings/{id}` (operationId `deleteScimGroupMapping`).
        """
        return await self._request(
            "scim.delete_scim_group_mapping",
            {
                "id": id,
                "keep_members": keep_members,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateScimGroupMapping")
    async def update(
        self,
        id: UUID | str,
        *,
        role: UpdateScimGroupMappingRequestRole | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateScimGroupMappingResponse:
        """Update a SCIM group mapping

        `PATCH /scim/group-mappings/{id}` (operationId `updateScimGroupMapping`).
        """
        return await self._request(
            "scim.update_scim_group_mapping",
            {
                "id": id,
            },
            json={
                "role": role,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listScimGroups")
    def list_groups(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[ScimGroup]:
        """List SCIM groups

        `GET /scim/groups` (operationId `listScimGroups`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "scim.list_scim_groups",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listScimGroups")
    async def _list_groups_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListScimGroupsResponse:
        """List SCIM groups

        `GET /scim/groups` (operationId `listScimGroups`).
        """
        return await self._request(
            "scim.list_scim_groups",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class ScimWithRawResponse:
    """`client.scim.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Scim) -> None:
        raw = resource._raw_twin()
        self.list_mappings = _raw(raw._list_mappings_page)
        self.create = _raw(raw.create)
        self.read = _raw(raw.read)
        self.delete = _raw(raw.delete)
        self.update = _raw(raw.update)
        self.list_groups = _raw(raw._list_groups_page)


class AsyncScimWithRawResponse:
    """`client.scim.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncScim) -> None:
        raw = resource._raw_twin()
        self.list_mappings = _araw(raw._list_mappings_page)
        self.create = _araw(raw.create)
        self.read = _araw(raw.read)
        self.delete = _araw(raw.delete)
        self.update = _araw(raw.update)
        self.list_groups = _araw(raw._list_groups_page)
