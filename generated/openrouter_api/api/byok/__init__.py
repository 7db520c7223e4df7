"""Contains endpoint functions for accessing the API, and the `client.byok` resource over them."""

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
    from ...models.byok_key import BYOKKey
    from ...models.byok_provider_slug import BYOKProviderSlug
    from ...models.create_byok_key_request import CreateBYOKKeyRequest
    from ...models.create_byok_key_response import CreateBYOKKeyResponse
    from ...models.delete_byok_key_response import DeleteBYOKKeyResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_byok_key_response import GetBYOKKeyResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_byok_keys_provider import ListByokKeysProvider
    from ...models.list_byok_keys_response import ListBYOKKeysResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.update_byok_key_request import UpdateBYOKKeyRequest
    from ...models.update_byok_key_response import UpdateBYOKKeyResponse
    from ...params import CreateBYOKKeyRequestParam, UpdateBYOKKeyRequestParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncByok", "AsyncByokWithRawResponse", "Byok", "ByokWithRawResponse"]


class Byok(_SyncResource):
    """`client.byok`: 5 operations."""

    @cached_property
    def with_raw_response(self) -> ByokWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ByokWithRawResponse(self)

    @_operation("listBYOKKeys")
    def list(
        self,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: ListByokKeysProvider | str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[BYOKKey]:
        """List BYOK provider credentials

        `GET /byok` (operationId `listBYOKKeys`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "byok.list_byok_keys",
            {
                "workspace_id": workspace_id,
                "provider": provider,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listBYOKKeys")
    def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        provider: ListByokKeysProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListBYOKKeysResponse:
        """List BYOK provider credentials

        `GET /byok` (operationId `listBYOKKeys`).
        """
        return self._request(
            "byok.list_byok_keys",
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createBYOKKey")
    def create(
        self,
        *,
        key: str,
        provider: BYOKProviderSlug | str,
        allowed_api_key_hashes: Sequence[str] | None | Unset = UNSET,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_user_ids: Sequence[str] | None | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        is_fallback: bool | Unset = UNSET,
        name: str | None | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateBYOKKeyResponse:
        """Create a BYOK provider credential

        `POST /byok` (operationId `createBYOKKey`).
        """
        return self._request(
            "byok.create_byok_key",
            {},
            json={
                "key": key,
                "provider": provider,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_models": allowed_models,
                "allowed_user_ids": allowed_user_ids,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "name": name,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getBYOKKey")
    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetBYOKKeyResponse:
        """Get a BYOK provider credential

        `GET /byok/{id}` (operationId `getBYOKKey`).
        """
        return self._request(
            "byok.get_byok_key",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteBYOKKey")
    def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteBYOKKeyResponse:
        """Delete a BYOK provider credential

        `DELETE /byok/{id}` (operationId `deleteBYOKKey`).
        """
        return self._request(
            "byok.delete_byok_key",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateBYOKKey")
    def update(
        self,
        id: UUID | str,
        *,
        allowed_api_key_hashes: Sequence[str] | None | Unset = UNSET,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_user_ids: Sequence[str] | None | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        is_fallback: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateBYOKKeyResponse:
        """Update a BYOK provider credential

        `PATCH /byok/{id}` (operationId `updateBYOKKey`).
        """
        return self._request(
            "byok.update_byok_key",
            {
                "id": id,
            },
            json={
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_models": allowed_models,
                "allowed_user_ids": allowed_user_ids,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "key": key,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncByok(_AsyncResource):
    """`client.byok` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncByokWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncByokWithRawResponse(self)

    @_operation("listBYOKKeys")
    def list(
        self,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: ListByokKeysProvider | str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[BYOKKey]:
        """List BYOK provider credentials

        `GET /byok` (operationId `listBYOKKeys`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "byok.list_byok_keys",
            {
                "workspace_id": workspace_id,
                "provider": provider,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listBYOKKeys")
    async def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        provider: ListByokKeysProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListBYOKKeysResponse:
        """List BYOK provider credentials

        `GET /byok` (operationId `listBYOKKeys`).
        """
        return await self._request(
            "byok.list_byok_keys",
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createBYOKKey")
    async def create(
        self,
        *,
        key: str,
        provider: BYOKProviderSlug | str,
        allowed_api_key_hashes: Sequence[str] | None | Unset = UNSET,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_user_ids: Sequence[str] | None | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        is_fallback: bool | Unset = UNSET,
        name: str | None | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateBYOKKeyResponse:
        """Create a BYOK provider credential

        `POST /byok` (operationId `createBYOKKey`).
        """
        return await self._request(
            "byok.create_byok_key",
            {},
            json={
                "key": key,
                "provider": provider,
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_models": allowed_models,
                "allowed_user_ids": allowed_user_ids,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "name": name,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getBYOKKey")
    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetBYOKKeyResponse:
        """Get a BYOK provider credential

        `GET /byok/{id}` (operationId `getBYOKKey`).
        """
        return await self._request(
            "byok.get_byok_key",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteBYOKKey")
    async def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteBYOKKeyResponse:
        """Delete a BYOK provider credential

        `DELETE /byok/{id}` (operationId `deleteBYOKKey`).
        """
        return await self._request(
            "byok.delete_byok_key",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateBYOKKey")
    async def update(
        self,
        id: UUID | str,
        *,
        allowed_api_key_hashes: Sequence[str] | None | Unset = UNSET,
        allowed_models: Sequence[str] | None | Unset = UNSET,
        allowed_user_ids: Sequence[str] | None | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        is_fallback: bool | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateBYOKKeyResponse:
        """Update a BYOK provider credential

        `PATCH /byok/{id}` (operationId `updateBYOKKey`).
        """
        return await self._request(
            "byok.update_byok_key",
            {
                "id": id,
            },
            json={
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_models": allowed_models,
                "allowed_user_ids": allowed_user_ids,
                "disabled": disabled,
                "is_fallback": is_fallback,
                "key": key,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ByokWithRawResponse:
    """`client.byok.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Byok) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw._list_page)
        self.create = _raw(raw.create)
        self.get = _raw(raw.get)
        self.delete = _raw(raw.delete)
        self.update = _raw(raw.update)


class AsyncByokWithRawResponse:
    """`client.byok.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncByok) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw._list_page)
        self.create = _araw(raw.create)
        self.get = _araw(raw.get)
        self.delete = _araw(raw.delete)
        self.update = _araw(raw.update)
