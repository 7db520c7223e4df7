"""Contains endpoint functions for accessing the API, and the `client.api_keys` resource over them."""

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
    from ...models.create_keys_body import CreateKeysBody
    from ...models.create_keys_body_limit_reset_type_1 import CreateKeysBodyLimitResetType1
    from ...models.create_keys_body_limit_reset_type_2_type_1 import CreateKeysBodyLimitResetType2Type1
    from ...models.create_keys_body_limit_reset_type_3_type_1 import CreateKeysBodyLimitResetType3Type1
    from ...models.create_keys_response_201 import CreateKeysResponse201
    from ...models.create_keys_response_201_data import CreateKeysResponse201Data
    from ...models.delete_keys_response_200 import DeleteKeysResponse200
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_current_key_response_200 import GetCurrentKeyResponse200
    from ...models.get_current_key_response_200_data import GetCurrentKeyResponse200Data
    from ...models.get_key_response_200 import GetKeyResponse200
    from ...models.get_key_response_200_data import GetKeyResponse200Data
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_response_200 import ListResponse200
    from ...models.list_response_200_data_item import ListResponse200DataItem
    from ...models.not_found_response import NotFoundResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.update_keys_body import UpdateKeysBody
    from ...models.update_keys_body_limit_reset_type_1 import UpdateKeysBodyLimitResetType1
    from ...models.update_keys_body_limit_reset_type_2_type_1 import UpdateKeysBodyLimitResetType2Type1
    from ...models.update_keys_body_limit_reset_type_3_type_1 import UpdateKeysBodyLimitResetType3Type1
    from ...models.update_keys_response_200 import UpdateKeysResponse200
    from ...models.update_keys_response_200_data import UpdateKeysResponse200Data
    from ...params import CreateKeysBodyParam, UpdateKeysBodyParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncApiKeys", "AsyncApiKeysWithRawResponse", "ApiKeys", "ApiKeysWithRawResponse"]


class ApiKeys(_SyncResource):
    """`client.api_keys`: 6 operations."""

    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ApiKeysWithRawResponse(self)

    @_operation("getCurrentKey")
    def get_current_key_metadata(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetCurrentKeyResponse200:
        """Get current API key

        `GET /key` (operationId `getCurrentKey`).
        """
        return self._request(
            "api_keys.get_current_key",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("list")
    def list(
        self,
        *,
        include_disabled: str | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[ListResponse200DataItem]:
        """List API keys

        `GET /keys` (operationId `list`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "api_keys.list_",
            {
                "include_disabled": include_disabled,
                "workspace_id": workspace_id,
            },
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("list")
    def _list_page(
        self,
        *,
        include_disabled: str | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListResponse200:
        """List API keys

        `GET /keys` (operationId `list`).
        """
        return self._request(
            "api_keys.list_",
            {
                "include_disabled": include_disabled,
                "offset": offset,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createKeys")
    def create(
        self,
        *,
        name: str,
        creator_user_id: str | None | Unset = UNSET,
        expires_at: datetime.datetime | str | None | Unset = UNSET,
        include_byok_in_limit: bool | Unset = UNSET,
        limit: float | None | Unset = UNSET,
        limit_reset: CreateKeysBodyLimitResetType1
        | str
        | CreateKeysBodyLimitResetType2Type1
        | CreateKeysBodyLimitResetType3Type1
        | None
        | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateKeysResponse201:
        """Create a new API key

        `POST /keys` (operationId `createKeys`).
        """
        return self._request(
            "api_keys.create_keys",
            {},
            json={
                "name": name,
                "creator_user_id": creator_user_id,
                "expires_at": expires_at,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getKey")
    def get(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetKeyResponse200:
        """Get a single API key

        `GET /keys/{hash}` (operationId `getKey`).
        """
        return self._request(
            "api_keys.get_key",
            {
                "hash_": hash,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteKeys")
    def delete(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteKeysResponse200:
        """Delete an API key

        `DELETE /keys/{hash}` (operationId `deleteKeys`).
        """
        return self._request(
            "api_keys.delete_keys",
            {
                "hash_": hash,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateKeys")
    def update(
        self,
        hash: str,
        *,
        disabled: bool | Unset = UNSET,
        include_byok_in_limit: bool | Unset = UNSET,
        limit: float | None | Unset = UNSET,
        limit_reset: UpdateKeysBodyLimitResetType1
        | str
        | UpdateKeysBodyLimitResetType2Type1
        | UpdateKeysBodyLimitResetType3Type1
        | None
        | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateKeysResponse200:
        """Update an API key

        `PATCH /keys/{hash}` (operationId `updateKeys`).
        """
        return self._request(
            "api_keys.update_keys",
            {
                "hash_": hash,
            },
            json={
                "disabled": disabled,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncApiKeys(_AsyncResource):
    """`client.api_keys` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncApiKeysWithRawResponse(self)

    @_operation("getCurrentKey")
    async def get_current_key_metadata(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetCurrentKeyResponse200:
        """Get current API key

        `GET /key` (operationId `getCurrentKey`).
        """
        return await self._request(
            "api_keys.get_current_key",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("list")
    def list(
        self,
        *,
        include_disabled: str | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[ListResponse200DataItem]:
        """List API keys

        `GET /keys` (operationId `list`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "api_keys.list_",
            {
                "include_disabled": include_disabled,
                "workspace_id": workspace_id,
            },
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("list")
    async def _list_page(
        self,
        *,
        include_disabled: str | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListResponse200:
        """List API keys

        `GET /keys` (operationId `list`).
        """
        return await self._request(
            "api_keys.list_",
            {
                "include_disabled": include_disabled,
                "offset": offset,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createKeys")
    async def create(
        self,
        *,
        name: str,
        creator_user_id: str | None | Unset = UNSET,
        expires_at: datetime.datetime | str | None | Unset = UNSET,
        include_byok_in_limit: bool | Unset = UNSET,
        limit: float | None | Unset = UNSET,
        limit_reset: CreateKeysBodyLimitResetType1
        | str
        | CreateKeysBodyLimitResetType2Type1
        | CreateKeysBodyLimitResetType3Type1
        | None
        | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateKeysResponse201:
        """Create a new API key

        `POST /keys` (operationId `createKeys`).
        """
        return await self._request(
            "api_keys.create_keys",
            {},
            json={
                "name": name,
                "creator_user_id": creator_user_id,
                "expires_at": expires_at,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getKey")
    async def get(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetKeyResponse200:
        """Get a single API key

        `GET /keys/{hash}` (operationId `getKey`).
        """
        return await self._request(
            "api_keys.get_key",
            {
                "hash_": hash,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteKeys")
    async def delete(
        self,
        hash: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteKeysResponse200:
        """Delete an API key

        `DELETE /keys/{hash}` (operationId `deleteKeys`).
        """
        return await self._request(
            "api_keys.delete_keys",
            {
                "hash_": hash,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateKeys")
    async def update(
        self,
        hash: str,
        *,
        disabled: bool | Unset = UNSET,
        include_byok_in_limit: bool | Unset = UNSET,
        limit: float | None | Unset = UNSET,
        limit_reset: UpdateKeysBodyLimitResetType1
        | str
        | UpdateKeysBodyLimitResetType2Type1
        | UpdateKeysBodyLimitResetType3Type1
        | None
        | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateKeysResponse200:
        """Update an API key

        `PATCH /keys/{hash}` (operationId `updateKeys`).
        """
        return await self._request(
            "api_keys.update_keys",
            {
                "hash_": hash,
            },
            json={
                "disabled": disabled,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "name": name,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ApiKeysWithRawResponse:
    """`client.api_keys.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: ApiKeys) -> None:
        raw = resource._raw_twin()
        self.get_current_key_metadata = _raw(raw.get_current_key_metadata)
        self.list = _raw(raw._list_page)
        self.create = _raw(raw.create)
        self.get = _raw(raw.get)
        self.delete = _raw(raw.delete)
        self.update = _raw(raw.update)


class AsyncApiKeysWithRawResponse:
    """`client.api_keys.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncApiKeys) -> None:
        raw = resource._raw_twin()
        self.get_current_key_metadata = _araw(raw.get_current_key_metadata)
        self.list = _araw(raw._list_page)
        self.create = _araw(raw.create)
        self.get = _araw(raw.get)
        self.delete = _araw(raw.delete)
        self.update = _araw(raw.update)
