"""Contains endpoint functions for accessing the API, and the `client.files` resource over them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset
from .. import _araw, _AsyncResource, _operation, _raw, _SyncResource

if TYPE_CHECKING:
    import datetime
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from io import BytesIO
    from typing import Literal, cast
    from uuid import UUID

    from openrouter_ext._resource import FileInput, SupportsToDict
    from openrouter_ext._timeouts import TimeoutTypes
    from openrouter_ext.pagination import AsyncPager, SyncPager
    from openrouter_ext.pagination._cursor import AsyncCursorPager, SyncCursorPager

    from ...models.anthropic_file import AnthropicFile
    from ...models.anthropic_file_deleted import AnthropicFileDeleted
    from ...models.anthropic_file_list import AnthropicFileList
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.file_provider import FileProvider
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_files_order import ListFilesOrder
    from ...models.not_found_response import NotFoundResponse
    from ...models.open_ai_file import OpenAIFile
    from ...models.open_ai_file_deleted import OpenAIFileDeleted
    from ...models.open_ai_file_list import OpenAIFileList
    from ...models.open_router_file import OpenRouterFile
    from ...models.open_router_file_deleted import OpenRouterFileDeleted
    from ...models.open_router_file_list import OpenRouterFileList
    from ...models.payload_too_large_response import PayloadTooLargeResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.upload_file_body import UploadFileBody
    from ...params import UploadFileBodyParam
    from ...types import UNSET, File, FileTypes, Unset

__all__ = ["AsyncFiles", "AsyncFilesWithRawResponse", "Files", "FilesWithRawResponse"]


class Files(_SyncResource):
    """`client.files`: 5 operations."""

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return FilesWithRawResponse(self)

    @_operation("listFiles")
    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: ListFilesOrder | str | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncCursorPager[Any]:
        """List files

        A lazy pager over every item of every page, following the `cursor` cursor (`.pages()` walks
        page by page; `max_items` stops the walk after that many items).

        `GET /files` (operationId `listFiles`).
        """
        return self._paginate_cursor(
            "files.list_files",
            {
                "limit": limit,
                "workspace_id": workspace_id,
                "provider": provider,
                "after": after,
                "after_id": after_id,
                "before_id": before_id,
                "order": order,
            },
            route="GET /files",
            cursor_param="cursor",
            next_field="cursor",
            items_field="data",
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listFiles")
    def _list_page(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: ListFilesOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
        """List files

        `GET /files` (operationId `listFiles`).
        """
        return self._request(
            "files.list_files",
            {
                "limit": limit,
                "cursor": cursor,
                "workspace_id": workspace_id,
                "provider": provider,
                "after": after,
                "after_id": after_id,
                "before_id": before_id,
                "order": order,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("uploadFile")
    def upload(
        self,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        file: FileInput,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """Upload a file

        `POST /files` (operationId `uploadFile`).
        """
        return self._request(
            "files.upload_file",
            {
                "workspace_id": workspace_id,
                "provider": provider,
            },
            files={
                "file": file,
            },
            file_fields=("file",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getFileMetadata")
    def retrieve(
        self,
        file_id: str,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """Get file metadata

        `GET /files/{file_id}` (operationId `getFileMetadata`).
        """
        return self._request(
            "files.get_file_metadata",
            {
                "file_id": file_id,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteFile")
    def delete(
        self,
        file_id: str,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        """Delete a file

        `DELETE /files/{file_id}` (operationId `deleteFile`).
        """
        return self._request(
            "files.delete_file",
            {
                "file_id": file_id,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("downloadFileContent")
    def download(
        self,
        file_id: str,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bytes:
        """Download file content

        `GET /files/{file_id}/content` (operationId `downloadFileContent`).
        """
        return self._request(
            "files.download_file_content",
            {
                "file_id": file_id,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncFiles(_AsyncResource):
    """`client.files` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncFilesWithRawResponse(self)

    @_operation("listFiles")
    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: ListFilesOrder | str | Unset = UNSET,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncCursorPager[Any]:
        """List files

        A lazy pager over every item of every page, following the `cursor` cursor (`.pages()` walks
        page by page; `max_items` stops the walk after that many items).

        `GET /files` (operationId `listFiles`).
        """
        return self._paginate_cursor(
            "files.list_files",
            {
                "limit": limit,
                "workspace_id": workspace_id,
                "provider": provider,
                "after": after,
                "after_id": after_id,
                "before_id": before_id,
                "order": order,
            },
            route="GET /files",
            cursor_param="cursor",
            next_field="cursor",
            items_field="data",
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listFiles")
    async def _list_page(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: ListFilesOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
        """List files

        `GET /files` (operationId `listFiles`).
        """
        return await self._request(
            "files.list_files",
            {
                "limit": limit,
                "cursor": cursor,
                "workspace_id": workspace_id,
                "provider": provider,
                "after": after,
                "after_id": after_id,
                "before_id": before_id,
                "order": order,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("uploadFile")
    async def upload(
        self,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        file: FileInput,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """Upload a file

        `POST /files` (operationId `uploadFile`).
        """
        return await self._request(
            "files.upload_file",
            {
                "workspace_id": workspace_id,
                "provider": provider,
            },
            files={
                "file": file,
            },
            file_fields=("file",),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getFileMetadata")
    async def retrieve(
        self,
        file_id: str,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """Get file metadata

        `GET /files/{file_id}` (operationId `getFileMetadata`).
        """
        return await self._request(
            "files.get_file_metadata",
            {
                "file_id": file_id,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteFile")
    async def delete(
        self,
        file_id: str,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        """Delete a file

        `DELETE /files/{file_id}` (operationId `deleteFile`).
        """
        return await self._request(
            "files.delete_file",
            {
                "file_id": file_id,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("downloadFileContent")
    async def download(
        self,
        file_id: str,
        *,
        workspace_id: UUID | str | Unset = UNSET,
        provider: FileProvider | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> bytes:
        """Download file content

        `GET /files/{file_id}/content` (operationId `downloadFileContent`).
        """
        return await self._request(
            "files.download_file_content",
            {
                "file_id": file_id,
                "workspace_id": workspace_id,
                "provider": provider,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class FilesWithRawResponse:
    """`client.files.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Files) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw._list_page)
        self.upload = _raw(raw.upload)
        self.retrieve = _raw(raw.retrieve)
        self.delete = _raw(raw.delete)
        self.download = _raw(raw.download)


class AsyncFilesWithRawResponse:
    """`client.files.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncFiles) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw._list_page)
        self.upload = _araw(raw.upload)
        self.retrieve = _araw(raw.retrieve)
        self.delete = _araw(raw.delete)
        self.download = _araw(raw.download)
