"""Contains endpoint functions for accessing the API, and the `client.credits` resource over them."""

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

    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_credits_response_200 import GetCreditsResponse200
    from ...models.get_credits_response_200_data import GetCreditsResponse200Data
    from ...models.gone_response import GoneResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...types import File

__all__ = ["AsyncCredits", "AsyncCreditsWithRawResponse", "Credits", "CreditsWithRawResponse"]


class Credits(_SyncResource):
    """`client.credits`: 2 operations."""

    @cached_property
    def with_raw_response(self) -> CreditsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return CreditsWithRawResponse(self)

    @_operation("getCredits")
    def get_credits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetCreditsResponse200:
        """Get remaining credits

        `GET /credits` (operationId `getCredits`).
        """
        return self._request(
            "credits_.get_credits",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createCoinbaseCharge")
    def create_coinbase_charge(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> None:
        """Deprecated Coinbase Commerce charge endpoint

        `POST /credits/coinbase` (operationId `createCoinbaseCharge`).
        """
        return self._request(
            "credits_.create_coinbase_charge",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncCredits(_AsyncResource):
    """`client.credits` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncCreditsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncCreditsWithRawResponse(self)

    @_operation("getCredits")
    async def get_credits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetCreditsResponse200:
        """Get remaining credits

        `GET /credits` (operationId `getCredits`).
        """
        return await self._request(
            "credits_.get_credits",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createCoinbaseCharge")
    async def create_coinbase_charge(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> None:
        """Deprecated Coinbase Commerce charge endpoint

        `POST /credits/coinbase` (operationId `createCoinbaseCharge`).
        """
        return await self._request(
            "credits_.create_coinbase_charge",
            {},
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class CreditsWithRawResponse:
    """`client.credits.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Credits) -> None:
        raw = resource._raw_twin()
        self.get_credits = _raw(raw.get_credits)
        self.create_coinbase_charge = _raw(raw.create_coinbase_charge)


class AsyncCreditsWithRawResponse:
    """`client.credits.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncCredits) -> None:
        raw = resource._raw_twin()
        self.get_credits = _araw(raw.get_credits)
        self.create_coinbase_charge = _araw(raw.create_coinbase_charge)
