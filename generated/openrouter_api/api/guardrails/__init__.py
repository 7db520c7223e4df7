"""Contains endpoint functions for accessing the API, and the `client.guardrails` resource over them."""

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
    from ...models.bulk_assign_keys_request import BulkAssignKeysRequest
    from ...models.bulk_assign_keys_response import BulkAssignKeysResponse
    from ...models.bulk_assign_members_request import BulkAssignMembersRequest
    from ...models.bulk_assign_members_response import BulkAssignMembersResponse
    from ...models.bulk_unassign_keys_request import BulkUnassignKeysRequest
    from ...models.bulk_unassign_keys_response import BulkUnassignKeysResponse
    from ...models.bulk_unassign_members_request import BulkUnassignMembersRequest
    from ...models.bulk_unassign_members_response import BulkUnassignMembersResponse
    from ...models.content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
    from ...models.content_filter_entry import ContentFilterEntry
    from ...models.create_guardrail_request import CreateGuardrailRequest
    from ...models.create_guardrail_response import CreateGuardrailResponse
    from ...models.delete_guardrail_response import DeleteGuardrailResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_guardrail_response import GetGuardrailResponse
    from ...models.guardrail import Guardrail
    from ...models.guardrail_interval import GuardrailInterval
    from ...models.internal_server_response import InternalServerResponse
    from ...models.key_assignment import KeyAssignment
    from ...models.list_guardrails_response import ListGuardrailsResponse
    from ...models.list_key_assignments_response import ListKeyAssignmentsResponse
    from ...models.list_member_assignments_response import ListMemberAssignmentsResponse
    from ...models.member_assignment import MemberAssignment
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.update_guardrail_request import UpdateGuardrailRequest
    from ...models.update_guardrail_response import UpdateGuardrailResponse
    from ...params import (
        BulkAssignKeysRequestParam,
        BulkAssignMembersRequestParam,
        BulkUnassignKeysRequestParam,
        BulkUnassignMembersRequestParam,
        ContentFilterBuiltinEntryInputParam,
        ContentFilterEntryParam,
        CreateGuardrailRequestParam,
        UpdateGuardrailRequestParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncGuardrails", "AsyncGuardrailsWithRawResponse", "Guardrails", "GuardrailsWithRawResponse"]


class Guardrails(_SyncResource):
    """`client.guardrails`: 13 operations."""

    @cached_property
    def with_raw_response(self) -> GuardrailsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return GuardrailsWithRawResponse(self)

    @_operation("listGuardrails")
    def list(
        self,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Guardrail]:
        """List guardrails

        `GET /guardrails` (operationId `listGuardrails`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_guardrails",
            {
                "workspace_id": workspace_id,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listGuardrails")
    def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListGuardrailsResponse:
        """List guardrails

        `GET /guardrails` (operationId `listGuardrails`).
        """
        return self._request(
            "guardrails.list_guardrails",
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createGuardrail")
    def create(
        self,
        *,
        name: str,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_providers: Sequence[str] | None | Unset = UNSET,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | ContentFilterBuiltinEntryInputParam | SupportsToDict
        ]
        | None
        | Unset = UNSET,
        content_filters: Sequence[ContentFilterEntry | ContentFilterEntryParam | SupportsToDict] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        enable_free_model_publication: bool | None | Unset = UNSET,
        enable_free_model_training: bool | None | Unset = UNSET,
        enable_paid_model_training: bool | None | Unset = UNSET,
        enforce_zdr: bool | None | Unset = UNSET,
        enforce_zdr_anthropic: bool | None | Unset = UNSET,
        enforce_zdr_google: bool | None | Unset = UNSET,
        enforce_zdr_openai: bool | None | Unset = UNSET,
        enforce_zdr_other: bool | None | Unset = UNSET,
        enforce_zdr_xai: bool | None | Unset = UNSET,
        ignored_models: Sequence[str] | None | Unset = UNSET,
        ignored_providers: Sequence[str] | None | Unset = UNSET,
        include_byok_in_budgets: bool | Unset = UNSET,
        limit_usd: float | None | Unset = UNSET,
        reset_interval: GuardrailInterval | str | None | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateGuardrailResponse:
        """Create a guardrail

        `POST /guardrails` (operationId `createGuardrail`).
        """
        return self._request(
            "guardrails.create_guardrail",
            {},
            json={
                "name": name,
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "content_filter_builtins": content_filter_builtins,
                "content_filters": content_filters,
                "description": description,
                "enable_free_model_publication": enable_free_model_publication,
                "enable_free_model_training": enable_free_model_training,
                "enable_paid_model_training": enable_paid_model_training,
                "enforce_zdr": enforce_zdr,
                "enforce_zdr_anthropic": enforce_zdr_anthropic,
                "enforce_zdr_google": enforce_zdr_google,
                "enforce_zdr_openai": enforce_zdr_openai,
                "enforce_zdr_other": enforce_zdr_other,
                "enforce_zdr_xai": enforce_zdr_xai,
                "ignored_models": ignored_models,
                "ignored_providers": ignored_providers,
                "include_byok_in_budgets": include_byok_in_budgets,
                "limit_usd": limit_usd,
                "reset_interval": reset_interval,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getGuardrail")
    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetGuardrailResponse:
        """Get a guardrail

        `GET /guardrails/{id}` (operationId `getGuardrail`).
        """
        return self._request(
            "guardrails.get_guardrail",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteGuardrail")
    def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail

        `DELETE /guardrails/{id}` (operationId `deleteGuardrail`).
        """
        return self._request(
            "guardrails.delete_guardrail",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateGuardrail")
    def update(
        self,
        id: UUID | str,
        *,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_providers: Sequence[str] | None | Unset = UNSET,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | ContentFilterBuiltinEntryInputParam | SupportsToDict
        ]
        | None
        | Unset = UNSET,
        content_filters: Sequence[ContentFilterEntry | ContentFilterEntryParam | SupportsToDict] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        enable_free_model_publication: bool | None | Unset = UNSET,
        enable_free_model_training: bool | None | Unset = UNSET,
        enable_paid_model_training: bool | None | Unset = UNSET,
        enforce_zdr: bool | None | Unset = UNSET,
        enforce_zdr_anthropic: bool | None | Unset = UNSET,
        enforce_zdr_google: bool | None | Unset = UNSET,
        enforce_zdr_openai: bool | None | Unset = UNSET,
        enforce_zdr_other: bool | None | Unset = UNSET,
        enforce_zdr_xai: bool | None | Unset = UNSET,
        ignored_models: Sequence[str] | None | Unset = UNSET,
        ignored_providers: Sequence[str] | None | Unset = UNSET,
        include_byok_in_budgets: bool | Unset = UNSET,
        limit_usd: float | None | Unset = UNSET,
        name: str | Unset = UNSET,
        reset_interval: GuardrailInterval | str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateGuardrailResponse:
        """Update a guardrail

        `PATCH /guardrails/{id}` (operationId `updateGuardrail`).
        """
        return self._request(
            "guardrails.update_guardrail",
            {
                "id": id,
            },
            json={
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "content_filter_builtins": content_filter_builtins,
                "content_filters": content_filters,
                "description": description,
                "enable_free_model_publication": enable_free_model_publication,
                "enable_free_model_training": enable_free_model_training,
                "enable_paid_model_training": enable_paid_model_training,
                "enforce_zdr": enforce_zdr,
                "enforce_zdr_anthropic": enforce_zdr_anthropic,
                "enforce_zdr_google": enforce_zdr_google,
                "enforce_zdr_openai": enforce_zdr_openai,
                "enforce_zdr_other": enforce_zdr_other,
                "enforce_zdr_xai": enforce_zdr_xai,
                "ignored_models": ignored_models,
                "ignored_providers": ignored_providers,
                "include_byok_in_budgets": include_byok_in_budgets,
                "limit_usd": limit_usd,
                "name": name,
                "reset_interval": reset_interval,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listGuardrailKeyAssignments")
    def list_guardrail_key_assignments(
        self,
        id: UUID | str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[KeyAssignment]:
        """List key assignments for a guardrail

        `GET /guardrails/{id}/assignments/keys` (operationId `listGuardrailKeyAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_guardrail_key_assignments",
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

    @_operation("listGuardrailKeyAssignments")
    def _list_guardrail_key_assignments_page(
        self,
        id: UUID | str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListKeyAssignmentsResponse:
        """List key assignments for a guardrail

        `GET /guardrails/{id}/assignments/keys` (operationId `listGuardrailKeyAssignments`).
        """
        return self._request(
            "guardrails.list_guardrail_key_assignments",
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("bulkAssignKeysToGuardrail")
    def bulk_assign_keys(
        self,
        id: UUID | str,
        *,
        key_hashes: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkAssignKeysResponse:
        """Bulk assign keys to a guardrail

        `POST /guardrails/{id}/assignments/keys` (operationId `bulkAssignKeysToGuardrail`).
        """
        return self._request(
            "guardrails.bulk_assign_keys_to_guardrail",
            {
                "id": id,
            },
            json={
                "key_hashes": key_hashes,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("bulkUnassignKeysFromGuardrail")
    def bulk_unassign_keys(
        self,
        id: UUID | str,
        *,
        key_hashes: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkUnassignKeysResponse:
        """Bulk unassign keys from a guardrail

        `POST /guardrails/{id}/assignments/keys/remove` (operationId `bulkUnassignKeysFromGuardrail`).
        """
        return self._request(
            "guardrails.bulk_unassign_keys_from_guardrail",
            {
                "id": id,
            },
            json={
                "key_hashes": key_hashes,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listGuardrailMemberAssignments")
    def list_guardrail_member_assignments(
        self,
        id: UUID | str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[MemberAssignment]:
        """List member assignments for a guardrail

        `GET /guardrails/{id}/assignments/members` (operationId `listGuardrailMemberAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_guardrail_member_assignments",
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

    @_operation("listGuardrailMemberAssignments")
    def _list_guardrail_member_assignments_page(
        self,
        id: UUID | str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListMemberAssignmentsResponse:
        """List member assignments for a guardrail

        `GET /guardrails/{id}/assignments/members` (operationId `listGuardrailMemberAssignments`).
        """
        return self._request(
            "guardrails.list_guardrail_member_assignments",
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("bulkAssignMembersToGuardrail")
    def bulk_assign_members(
        self,
        id: UUID | str,
        *,
        member_user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkAssignMembersResponse:
        """Bulk assign members to a guardrail

        `POST /guardrails/{id}/assignments/members` (operationId `bulkAssignMembersToGuardrail`).
        """
        return self._request(
            "guardrails.bulk_assign_members_to_guardrail",
            {
                "id": id,
            },
            json={
                "member_user_ids": member_user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("bulkUnassignMembersFromGuardrail")
    def bulk_unassign_members(
        self,
        id: UUID | str,
        *,
        member_user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkUnassignMembersResponse:
        """Bulk unassign members from a guardrail

        `POST /guardrails/{id}/assignments/members/remove` (operationId `bulkUnassignMembersFromGuardrail`).
        """
        return self._request(
            "guardrails.bulk_unassign_members_from_guardrail",
            {
                "id": id,
            },
            json={
                "member_user_ids": member_user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listKeyAssignments")
    def list_key_assignments(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[KeyAssignment]:
        """List all key assignments

        `GET /guardrails/assignments/keys` (operationId `listKeyAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_key_assignments",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listKeyAssignments")
    def _list_key_assignments_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListKeyAssignmentsResponse:
        """List all key assignments

        `GET /guardrails/assignments/keys` (operationId `listKeyAssignments`).
        """
        return self._request(
            "guardrails.list_key_assignments",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listMemberAssignments")
    def list_member_assignments(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[MemberAssignment]:
        """List all member assignments

        `GET /guardrails/assignments/members` (operationId `listMemberAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_member_assignments",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listMemberAssignments")
    def _list_member_assignments_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListMemberAssignmentsResponse:
        """List all member assignments

        `GET /guardrails/assignments/members` (operationId `listMemberAssignments`).
        """
        return self._request(
            "guardrails.list_member_assignments",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncGuardrails(_AsyncResource):
    """`client.guardrails` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncGuardrailsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncGuardrailsWithRawResponse(self)

    @_operation("listGuardrails")
    def list(
        self,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Guardrail]:
        """List guardrails

        `GET /guardrails` (operationId `listGuardrails`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_guardrails",
            {
                "workspace_id": workspace_id,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listGuardrails")
    async def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListGuardrailsResponse:
        """List guardrails

        `GET /guardrails` (operationId `listGuardrails`).
        """
        return await self._request(
            "guardrails.list_guardrails",
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createGuardrail")
    async def create(
        self,
        *,
        name: str,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_providers: Sequence[str] | None | Unset = UNSET,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | ContentFilterBuiltinEntryInputParam | SupportsToDict
        ]
        | None
        | Unset = UNSET,
        content_filters: Sequence[ContentFilterEntry | ContentFilterEntryParam | SupportsToDict] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        enable_free_model_publication: bool | None | Unset = UNSET,
        enable_free_model_training: bool | None | Unset = UNSET,
        enable_paid_model_training: bool | None | Unset = UNSET,
        enforce_zdr: bool | None | Unset = UNSET,
        enforce_zdr_anthropic: bool | None | Unset = UNSET,
        enforce_zdr_google: bool | None | Unset = UNSET,
        enforce_zdr_openai: bool | None | Unset = UNSET,
        enforce_zdr_other: bool | None | Unset = UNSET,
        enforce_zdr_xai: bool | None | Unset = UNSET,
        ignored_models: Sequence[str] | None | Unset = UNSET,
        ignored_providers: Sequence[str] | None | Unset = UNSET,
        include_byok_in_budgets: bool | Unset = UNSET,
        limit_usd: float | None | Unset = UNSET,
        reset_interval: GuardrailInterval | str | None | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateGuardrailResponse:
        """Create a guardrail

        `POST /guardrails` (operationId `createGuardrail`).
        """
        return await self._request(
            "guardrails.create_guardrail",
            {},
            json={
                "name": name,
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "content_filter_builtins": content_filter_builtins,
                "content_filters": content_filters,
                "description": description,
                "enable_free_model_publication": enable_free_model_publication,
                "enable_free_model_training": enable_free_model_training,
                "enable_paid_model_training": enable_paid_model_training,
                "enforce_zdr": enforce_zdr,
                "enforce_zdr_anthropic": enforce_zdr_anthropic,
                "enforce_zdr_google": enforce_zdr_google,
                "enforce_zdr_openai": enforce_zdr_openai,
                "enforce_zdr_other": enforce_zdr_other,
                "enforce_zdr_xai": enforce_zdr_xai,
                "ignored_models": ignored_models,
                "ignored_providers": ignored_providers,
                "include_byok_in_budgets": include_byok_in_budgets,
                "limit_usd": limit_usd,
                "reset_interval": reset_interval,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getGuardrail")
    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetGuardrailResponse:
        """Get a guardrail

        `GET /guardrails/{id}` (operationId `getGuardrail`).
        """
        return await self._request(
            "guardrails.get_guardrail",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteGuardrail")
    async def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail

        `DELETE /guardrails/{id}` (operationId `deleteGuardrail`).
        """
        return await self._request(
            "guardrails.delete_guardrail",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateGuardrail")
    async def update(
        self,
        id: UUID | str,
        *,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_providers: Sequence[str] | None | Unset = UNSET,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | ContentFilterBuiltinEntryInputParam | SupportsToDict
        ]
        | None
        | Unset = UNSET,
        content_filters: Sequence[ContentFilterEntry | ContentFilterEntryParam | SupportsToDict] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        enable_free_model_publication: bool | None | Unset = UNSET,
        enable_free_model_training: bool | None | Unset = UNSET,
        enable_paid_model_training: bool | None | Unset = UNSET,
        enforce_zdr: bool | None | Unset = UNSET,
        enforce_zdr_anthropic: bool | None | Unset = UNSET,
        enforce_zdr_google: bool | None | Unset = UNSET,
        enforce_zdr_openai: bool | None | Unset = UNSET,
        enforce_zdr_other: bool | None | Unset = UNSET,
        enforce_zdr_xai: bool | None | Unset = UNSET,
        ignored_models: Sequence[str] | None | Unset = UNSET,
        ignored_providers: Sequence[str] | None | Unset = UNSET,
        include_byok_in_budgets: bool | Unset = UNSET,
        limit_usd: float | None | Unset = UNSET,
        name: str | Unset = UNSET,
        reset_interval: GuardrailInterval | str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateGuardrailResponse:
        """Update a guardrail

        `PATCH /guardrails/{id}` (operationId `updateGuardrail`).
        """
        return await self._request(
            "guardrails.update_guardrail",
            {
                "id": id,
            },
            json={
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "content_filter_builtins": content_filter_builtins,
                "content_filters": content_filters,
                "description": description,
                "enable_free_model_publication": enable_free_model_publication,
                "enable_free_model_training": enable_free_model_training,
                "enable_paid_model_training": enable_paid_model_training,
                "enforce_zdr": enforce_zdr,
                "enforce_zdr_anthropic": enforce_zdr_anthropic,
                "enforce_zdr_google": enforce_zdr_google,
                "enforce_zdr_openai": enforce_zdr_openai,
                "enforce_zdr_other": enforce_zdr_other,
                "enforce_zdr_xai": enforce_zdr_xai,
                "ignored_models": ignored_models,
                "ignored_providers": ignored_providers,
                "include_byok_in_budgets": include_byok_in_budgets,
                "limit_usd": limit_usd,
                "name": name,
                "reset_interval": reset_interval,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listGuardrailKeyAssignments")
    def list_guardrail_key_assignments(
        self,
        id: UUID | str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[KeyAssignment]:
        """List key assignments for a guardrail

        `GET /guardrails/{id}/assignments/keys` (operationId `listGuardrailKeyAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_guardrail_key_assignments",
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

    @_operation("listGuardrailKeyAssignments")
    async def _list_guardrail_key_assignments_page(
        self,
        id: UUID | str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListKeyAssignmentsResponse:
        """List key assignments for a guardrail

        `GET /guardrails/{id}/assignments/keys` (operationId `listGuardrailKeyAssignments`).
        """
        return await self._request(
            "guardrails.list_guardrail_key_assignments",
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("bulkAssignKeysToGuardrail")
    async def bulk_assign_keys(
        self,
        id: UUID | str,
        *,
        key_hashes: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkAssignKeysResponse:
        """Bulk assign keys to a guardrail

        `POST /guardrails/{id}/assignments/keys` (operationId `bulkAssignKeysToGuardrail`).
        """
        return await self._request(
            "guardrails.bulk_assign_keys_to_guardrail",
            {
                "id": id,
            },
            json={
                "key_hashes": key_hashes,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("bulkUnassignKeysFromGuardrail")
    async def bulk_unassign_keys(
        self,
        id: UUID | str,
        *,
        key_hashes: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkUnassignKeysResponse:
        """Bulk unassign keys from a guardrail

        `POST /guardrails/{id}/assignments/keys/remove` (operationId `bulkUnassignKeysFromGuardrail`).
        """
        return await self._request(
            "guardrails.bulk_unassign_keys_from_guardrail",
            {
                "id": id,
            },
            json={
                "key_hashes": key_hashes,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listGuardrailMemberAssignments")
    def list_guardrail_member_assignments(
        self,
        id: UUID | str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[MemberAssignment]:
        """List member assignments for a guardrail

        `GET /guardrails/{id}/assignments/members` (operationId `listGuardrailMemberAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_guardrail_member_assignments",
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

    @_operation("listGuardrailMemberAssignments")
    async def _list_guardrail_member_assignments_page(
        self,
        id: UUID | str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListMemberAssignmentsResponse:
        """List member assignments for a guardrail

        `GET /guardrails/{id}/assignments/members` (operationId `listGuardrailMemberAssignments`).
        """
        return await self._request(
            "guardrails.list_guardrail_member_assignments",
            {
                "id": id,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("bulkAssignMembersToGuardrail")
    async def bulk_assign_members(
        self,
        id: UUID | str,
        *,
        member_user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkAssignMembersResponse:
        """Bulk assign members to a guardrail

        `POST /guardrails/{id}/assignments/members` (operationId `bulkAssignMembersToGuardrail`).
        """
        return await self._request(
            "guardrails.bulk_assign_members_to_guardrail",
            {
                "id": id,
            },
            json={
                "member_user_ids": member_user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("bulkUnassignMembersFromGuardrail")
    async def bulk_unassign_members(
        self,
        id: UUID | str,
        *,
        member_user_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> BulkUnassignMembersResponse:
        """Bulk unassign members from a guardrail

        `POST /guardrails/{id}/assignments/members/remove` (operationId `bulkUnassignMembersFromGuardrail`).
        """
        return await self._request(
            "guardrails.bulk_unassign_members_from_guardrail",
            {
                "id": id,
            },
            json={
                "member_user_ids": member_user_ids,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("listKeyAssignments")
    def list_key_assignments(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[KeyAssignment]:
        """List all key assignments

        `GET /guardrails/assignments/keys` (operationId `listKeyAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_key_assignments",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listKeyAssignments")
    async def _list_key_assignments_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListKeyAssignmentsResponse:
        """List all key assignments

        `GET /guardrails/assignments/keys` (operationId `listKeyAssignments`).
        """
        return await self._request(
            "guardrails.list_key_assignments",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listMemberAssignments")
    def list_member_assignments(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[MemberAssignment]:
        """List all member assignments

        `GET /guardrails/assignments/members` (operationId `listMemberAssignments`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "guardrails.list_member_assignments",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listMemberAssignments")
    async def _list_member_assignments_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListMemberAssignmentsResponse:
        """List all member assignments

        `GET /guardrails/assignments/members` (operationId `listMemberAssignments`).
        """
        return await self._request(
            "guardrails.list_member_assignments",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class GuardrailsWithRawResponse:
    """`client.guardrails.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Guardrails) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw._list_page)
        self.create = _raw(raw.create)
        self.get = _raw(raw.get)
        self.delete = _raw(raw.delete)
        self.update = _raw(raw.update)
        self.list_guardrail_key_assignments = _raw(raw._list_guardrail_key_assignments_page)
        self.bulk_assign_keys = _raw(raw.bulk_assign_keys)
        self.bulk_unassign_keys = _raw(raw.bulk_unassign_keys)
        self.list_guardrail_member_assignments = _raw(raw._list_guardrail_member_assignments_page)
        self.bulk_assign_members = _raw(raw.bulk_assign_members)
        self.bulk_unassign_members = _raw(raw.bulk_unassign_members)
        self.list_key_assignments = _raw(raw._list_key_assignments_page)
        self.list_member_assignments = _raw(raw._list_member_assignments_page)


class AsyncGuardrailsWithRawResponse:
    """`client.guardrails.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncGuardrails) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw._list_page)
        self.create = _araw(raw.create)
        self.get = _araw(raw.get)
        self.delete = _araw(raw.delete)
        self.update = _araw(raw.update)
        self.list_guardrail_key_assignments = _araw(raw._list_guardrail_key_assignments_page)
        self.bulk_assign_keys = _araw(raw.bulk_assign_keys)
        self.bulk_unassign_keys = _araw(raw.bulk_unassign_keys)
        self.list_guardrail_member_assignments = _araw(raw._list_guardrail_member_assignments_page)
        self.bulk_assign_members = _araw(raw.bulk_assign_members)
        self.bulk_unassign_members = _araw(raw.bulk_unassign_members)
        self.list_key_assignments = _araw(raw._list_key_assignments_page)
        self.list_member_assignments = _araw(raw._list_member_assignments_page)
