"""Contains endpoint functions for accessing the API, and the `client.organization` resource over them."""

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

    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_organization_members_response_200 import ListOrganizationMembersResponse200
    from ...models.list_organization_members_response_200_data_item import ListOrganizationMembersResponse200DataItem
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...types import UNSET, File, Unset

__all__ = ["AsyncOrganization", "AsyncOrganizationWithRawResponse", "Organization", "OrganizationWithRawResponse"]


class Organization(_SyncResource):
    """`client.organization`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> OrganizationWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return OrganizationWithRawResponse(self)

    @_operation("listOrganizationMembers")
    def list_members(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[ListOrganizationMembersResponse200DataItem]:
        """List organization members

        `GET /organization/members` (operationId `listOrganizationMembers`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "organization.list_organization_members",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listOrganizationMembers")
    def _list_members_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListOrganizationMembersResponse200:
        """List organization members

        `GET /organization/members` (operationId `listOrganizationMembers`).
        """
        return self._request(
            "organization.list_organization_members",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncOrganization(_AsyncResource):
    """`client.organization` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncOrganizationWithRawResponse(self)

    @_operation("listOrganizationMembers")
    def list_members(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[ListOrganizationMembersResponse200DataItem]:
        """List organization members

        `GET /organization/members` (operationId `listOrganizationMembers`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "organization.list_organization_members",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listOrganizationMembers")
    async def _list_members_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListOrganizationMembersResponse200:
        """List organization members

        `GET /organization/members` (operationId `listOrganizationMembers`).
        """
        return await self._request(
            "organization.list_organization_members",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class OrganizationWithRawResponse:
    """`client.organization.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Organization) -> None:
        raw = resource._raw_twin()
        self.list_members = _raw(raw._list_members_page)


class AsyncOrganizationWithRawResponse:
    """`client.organization.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncOrganization) -> None:
        raw = resource._raw_twin()
        self.list_members = _araw(raw._list_members_page)
