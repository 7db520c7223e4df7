"""Contains endpoint functions for accessing the API, and the `client.workspaces` resource over them."""

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
    from ...models.bulk_add_workspace_members_request import BulkAddWorkspaceMembersRequest
    from ...models.bulk_add_workspace_members_response import BulkAddWorkspaceMembersResponse
    from ...models.bulk_remove_workspace_members_request import BulkRemoveWorkspaceMembersRequest
    from ...models.bulk_remove_workspace_members_response import BulkRemoveWorkspaceMembersResponse
    from ...models.create_workspace_request import CreateWorkspaceRequest
    from ...models.create_workspace_response import CreateWorkspaceResponse
    from ...models.delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from ...models.delete_workspace_response import DeleteWorkspaceResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_workspace_budget_response import GetWorkspaceBudgetResponse
    from ...models.get_workspace_response import GetWorkspaceResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_workspace_budgets_response import ListWorkspaceBudgetsResponse
    from ...models.list_workspace_members_response import ListWorkspaceMembersResponse
    from ...models.list_workspaces_response import ListWorkspacesResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.update_workspace_request import UpdateWorkspaceRequest
    from ...models.update_workspace_response import UpdateWorkspaceResponse
    from ...models.upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
    from ...models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
    from ...models.workspace import Workspace
    from ...models.workspace_budget import WorkspaceBudget
    from ...models.workspace_budget_interval import WorkspaceBudgetInterval
    from ...models.workspace_member import WorkspaceMember
    from ...params import (
        BulkAddWorkspaceMembersRequestParam,
        BulkRemoveWorkspaceMembersRequestParam,
        CreateWorkspaceRequestParam,
        UpdateWorkspaceRequestParam,
        UpsertWorkspaceBudgetRequestParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncWorkspaces", "AsyncWorkspacesWithRawResponse", "Workspaces", "WorkspacesWithRawResponse"]


class Workspaces(_SyncResource):
    """`client.workspaces`: 12 operations."""

    @cached_property
    def with_raw_response(self) -> WorkspacesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return WorkspacesWithRawResponse(self)

    @_operation("listWorkspaces")
    def list(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Workspace]:
        """List workspaces

        `GET /workspaces` (operationId `listWorkspaces`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "workspaces.list_workspaces",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listWorkspaces")
    def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListWorkspacesResponse:
        """List workspaces

        `GET /workspaces` (operationId `listWorkspaces`).
        """
        return self._request(
            "workspaces.list_workspaces",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createWorkspace")
    def create(
        self,
        *,
        name: str,
        slug: str,
        default_image_model: str | None | Unset = UNSET,
        default_provider_sort: str | None | Unset = UNSET,
        default_text_model: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        io_logging_api_key_ids: Sequence[int] | None | Unset = UNSET,
        io_logging_sampling_rate: float | Unset = UNSET,
        is_data_discount_logging_enabled: bool | Unset = UNSET,
        is_observability_broadcast_enabled: bool | Unset = UNSET,
        is_observability_io_logging_enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateWorkspaceResponse:
        """Create a workspace

        `POST /workspaces` (operationId `createWorkspace`).
        """
        return self._request(
            "workspaces.create_workspace",
            {},
            json={
                "name": name,
                "slug": slug,
                "default_image_model": default_image_model,
                "default_provider_sort": default_provider_sort,
                "default_text_model": default_text_model,
                "description": description,
                "io_logging_api_key_ids": io_logging_api_key_ids,
                "io_logging_sampling_rate": io_logging_sampling_rate,
                "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getWorkspace")
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetWorkspaceResponse:
        """Get a workspace

        `GET /workspaces/{id}` (operationId `getWorkspace`).
        """
        return self._request(
            "workspaces.get_workspace",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteWorkspace")
    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace

        `DELETE /workspaces/{id}` (operationId `deleteWorkspace`).
        """
        return self._request(
            "workspaces.delete_workspace",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateWorkspace")
    def update(
        self,
        id: str,
        *,
        default_image_model: str | None | Unset = UNSET,
        default_provider_sort: str | None | Unset = UNSET,
        default_text_model: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        io_logging_api_key_ids: Sequence[int] | None | Unset = UNSET,
        io_logging_sampling_rate: float | Unset = UNSET,
        is_data_discount_logging_enabled: bool | Unset = UNSET,
        is_observability_broadcast_enabled: bool | Unset = UNSET,
        is_observability_io_logging_enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        `PATCH /workspaces/{id}` (operationId `updateWorkspace`).
        """
        return self._request(
            "workspaces.update_workspace",
            {
                "id": id,
            },
            json={
                "default_image_model": default_image_model,
                "default_provider_sort": default_provider_sort,
                "default_text_model": default_text_model,
                "description": description,
                "io_logging_api_key_ids": io_logging_api_key_ids,
                "io_logging_sampling_rate": io_logging_sampling_rate,
                "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
                "name": name,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listWorkspaceBudgets")
    def list_budgets(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListWorkspaceBudgetsResponse:
        """List workspace budgets

        `GET /workspaces/{id}/budgets` (operationId `listWorkspaceBudgets`).
        """
        return self._request(
            "workspaces.list_workspace_budgets",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getWorkspaceBudget")
    def get_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetWorkspaceBudgetResponse:
        """Get a workspace budget

        `GET /workspaces/{id}/budgets/{interval}` (operationId `getWorkspaceBudget`).
        """
        return self._request(
            "workspaces.get_workspace_budget",
            {
                "id": id,
                "interval": interval,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("upsertWorkspaceBudget")
    def set_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval | str,
        *,
        limit_usd: float,
        include_byok_in_budgets: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpsertWorkspaceBudgetResponse:
        """Create or update a workspace budget

        `PUT /workspaces/{id}/budgets/{interval}` (operationId `upsertWorkspaceBudget`).
        """
        return self._request(
            "workspaces.upsert_workspace_budget",
            {
                "id": id,
                "interval": interval,
            },
            json={
                "limit_usd": limit_usd,
                "include_byok_in_budgets": include_byok_in_budgets,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("deleteWorkspaceBudget")
    def delete_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteWorkspaceBudgetResponse:
        """Delete a workspace budget

        `DELETE /workspaces/{id}/budgets/{interval}` (operationId `deleteWorkspaceBudget`).
        """
        return self._request(
            "workspaces.delete_workspace_budget",
            {
                "id": id,
                "interval": interval,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listWorkspaceMembers")
    def list_members(
        self,
        id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[WorkspaceMember]:
        """List workspace members

        `GET /workspaces/{id}/members` (operationId `listWorkspaceMembers`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "workspaces.list_workspace_members",
            {
                "id": id,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listWorkspaceMembers")
    def _list_members_page(
        self,
        id: str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListWorkspaceMembersResponse:
        """List workspace members

        `GET /workspaces/{id}/members` (operationId `listWorkspaceMembers`).
        """
        return self._request(
            "workspaces.list_workspace_members",
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("bulkAddWorkspaceMembers")
    def bulk_add_members(
        self,
        id: str,
        *,
        user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkAddWorkspaceMembersResponse:
        """Bulk add members to a workspace

        `POST /workspaces/{id}/members/add` (operationId `bulkAddWorkspaceMembers`).
        """
        return self._request(
            "workspaces.bulk_add_workspace_members",
            {
                "id": id,
            },
            json={
                "user_ids": user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("bulkRemoveWorkspaceMembers")
    def bulk_remove_members(
        self,
        id: str,
        *,
        user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkRemoveWorkspaceMembersResponse:
        """Bulk remove members from a workspace

        `POST /workspaces/{id}/members/remove` (operationId `bulkRemoveWorkspaceMembers`).
        """
        return self._request(
            "workspaces.bulk_remove_workspace_members",
            {
                "id": id,
            },
            json={
                "user_ids": user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncWorkspaces(_AsyncResource):
    """`client.workspaces` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspacesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncWorkspacesWithRawResponse(self)

    @_operation("listWorkspaces")
    def list(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Workspace]:
        """List workspaces

        `GET /workspaces` (operationId `listWorkspaces`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "workspaces.list_workspaces",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listWorkspaces")
    async def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListWorkspacesResponse:
        """List workspaces

        `GET /workspaces` (operationId `listWorkspaces`).
        """
        return await self._request(
            "workspaces.list_workspaces",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createWorkspace")
    async def create(
        self,
        *,
        name: str,
        slug: str,
        default_image_model: str | None | Unset = UNSET,
        default_provider_sort: str | None | Unset = UNSET,
        default_text_model: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        io_logging_api_key_ids: Sequence[int] | None | Unset = UNSET,
        io_logging_sampling_rate: float | Unset = UNSET,
        is_data_discount_logging_enabled: bool | Unset = UNSET,
        is_observability_broadcast_enabled: bool | Unset = UNSET,
        is_observability_io_logging_enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateWorkspaceResponse:
        """Create a workspace

        `POST /workspaces` (operationId `createWorkspace`).
        """
        return await self._request(
            "workspaces.create_workspace",
            {},
            json={
                "name": name,
                "slug": slug,
                "default_image_model": default_image_model,
                "default_provider_sort": default_provider_sort,
                "default_text_model": default_text_model,
                "description": description,
                "io_logging_api_key_ids": io_logging_api_key_ids,
                "io_logging_sampling_rate": io_logging_sampling_rate,
                "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getWorkspace")
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetWorkspaceResponse:
        """Get a workspace

        `GET /workspaces/{id}` (operationId `getWorkspace`).
        """
        return await self._request(
            "workspaces.get_workspace",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteWorkspace")
    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace

        `DELETE /workspaces/{id}` (operationId `deleteWorkspace`).
        """
        return await self._request(
            "workspaces.delete_workspace",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateWorkspace")
    async def update(
        self,
        id: str,
        *,
        default_image_model: str | None | Unset = UNSET,
        default_provider_sort: str | None | Unset = UNSET,
        default_text_model: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        io_logging_api_key_ids: Sequence[int] | None | Unset = UNSET,
        io_logging_sampling_rate: float | Unset = UNSET,
        is_data_discount_logging_enabled: bool | Unset = UNSET,
        is_observability_broadcast_enabled: bool | Unset = UNSET,
        is_observability_io_logging_enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        `PATCH /workspaces/{id}` (operationId `updateWorkspace`).
        """
        return await self._request(
            "workspaces.update_workspace",
            {
                "id": id,
            },
            json={
                "default_image_model": default_image_model,
                "default_provider_sort": default_provider_sort,
                "default_text_model": default_text_model,
                "description": description,
                "io_logging_api_key_ids": io_logging_api_key_ids,
                "io_logging_sampling_rate": io_logging_sampling_rate,
                "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
                "name": name,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listWorkspaceBudgets")
    async def list_budgets(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListWorkspaceBudgetsResponse:
        """List workspace budgets

        `GET /workspaces/{id}/budgets` (operationId `listWorkspaceBudgets`).
        """
        return await self._request(
            "workspaces.list_workspace_budgets",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getWorkspaceBudget")
    async def get_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetWorkspaceBudgetResponse:
        """Get a workspace budget

        `GET /workspaces/{id}/budgets/{interval}` (operationId `getWorkspaceBudget`).
        """
        return await self._request(
            "workspaces.get_workspace_budget",
            {
                "id": id,
                "interval": interval,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("upsertWorkspaceBudget")
    async def set_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval | str,
        *,
        limit_usd: float,
        include_byok_in_budgets: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpsertWorkspaceBudgetResponse:
        """Create or update a workspace budget

        `PUT /workspaces/{id}/budgets/{interval}` (operationId `upsertWorkspaceBudget`).
        """
        return await self._request(
            "workspaces.upsert_workspace_budget",
            {
                "id": id,
                "interval": interval,
            },
            json={
                "limit_usd": limit_usd,
                "include_byok_in_budgets": include_byok_in_budgets,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("deleteWorkspaceBudget")
    async def delete_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteWorkspaceBudgetResponse:
        """Delete a workspace budget

        `DELETE /workspaces/{id}/budgets/{interval}` (operationId `deleteWorkspaceBudget`).
        """
        return await self._request(
            "workspaces.delete_workspace_budget",
            {
                "id": id,
                "interval": interval,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listWorkspaceMembers")
    def list_members(
        self,
        id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[WorkspaceMember]:
        """List workspace members

        `GET /workspaces/{id}/members` (operationId `listWorkspaceMembers`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "workspaces.list_workspace_members",
            {
                "id": id,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listWorkspaceMembers")
    async def _list_members_page(
        self,
        id: str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListWorkspaceMembersResponse:
        """List workspace members

        `GET /workspaces/{id}/members` (operationId `listWorkspaceMembers`).
        """
        return await self._request(
            "workspaces.list_workspace_members",
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("bulkAddWorkspaceMembers")
    async def bulk_add_members(
        self,
        id: str,
        *,
        user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkAddWorkspaceMembersResponse:
        """Bulk add members to a workspace

        `POST /workspaces/{id}/members/add` (operationId `bulkAddWorkspaceMembers`).
        """
        return await self._request(
            "workspaces.bulk_add_workspace_members",
            {
                "id": id,
            },
            json={
                "user_ids": user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("bulkRemoveWorkspaceMembers")
    async def bulk_remove_members(
        self,
        id: str,
        *,
        user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkRemoveWorkspaceMembersResponse:
        """Bulk remove members from a workspace

        `POST /workspaces/{id}/members/remove` (operationId `bulkRemoveWorkspaceMembers`).
        """
        return await self._request(
            "workspaces.bulk_remove_workspace_members",
            {
                "id": id,
            },
            json={
                "user_ids": user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class WorkspacesWithRawResponse:
    """`client.workspaces.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Workspaces) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw._list_page)
        self.create = _raw(raw.create)
        self.get = _raw(raw.get)
        self.delete = _raw(raw.delete)
        self.update = _raw(raw.update)
        self.list_budgets = _raw(raw.list_budgets)
        self.get_budget = _raw(raw.get_budget)
        self.set_budget = _raw(raw.set_budget)
        self.delete_budget = _raw(raw.delete_budget)
        self.list_members = _raw(raw._list_members_page)
        self.bulk_add_members = _raw(raw.bulk_add_members)
        self.bulk_remove_members = _raw(raw.bulk_remove_members)


class AsyncWorkspacesWithRawResponse:
    """`client.workspaces.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncWorkspaces) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw._list_page)
        self.create = _araw(raw.create)
        self.get = _araw(raw.get)
        self.delete = _araw(raw.delete)
        self.update = _araw(raw.update)
        self.list_budgets = _araw(raw.list_budgets)
        self.get_budget = _araw(raw.get_budget)
        self.set_budget = _araw(raw.set_budget)
        self.delete_budget = _araw(raw.delete_budget)
        self.list_members = _araw(raw._list_members_page)
        self.bulk_add_members = _araw(raw.bulk_add_members)
        self.bulk_remove_members = _araw(raw.bulk_remove_members)
