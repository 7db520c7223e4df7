"""Contains endpoint functions for accessing the API, and the `client.oauth` resource over them."""

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
    from ...models.create_auth_keys_code_body import CreateAuthKeysCodeBody
    from ...models.create_auth_keys_code_body_code_challenge_method import CreateAuthKeysCodeBodyCodeChallengeMethod
    from ...models.create_auth_keys_code_body_usage_limit_type import CreateAuthKeysCodeBodyUsageLimitType
    from ...models.create_auth_keys_code_response_200 import CreateAuthKeysCodeResponse200
    from ...models.create_auth_keys_code_response_200_data import CreateAuthKeysCodeResponse200Data
    from ...models.exchange_auth_code_for_api_key_body import ExchangeAuthCodeForApiKeyBody
    from ...models.exchange_auth_code_for_api_key_body_code_challenge_method_type_1 import (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1,
    )
    from ...models.exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1 import (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1,
    )
    from ...models.exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1 import (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1,
    )
    from ...models.exchange_auth_code_for_api_key_response_200 import ExchangeAuthCodeForApiKeyResponse200
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...params import CreateAuthKeysCodeBodyParam, ExchangeAuthCodeForApiKeyBodyParam
    from ...types import UNSET, File, Unset

__all__ = ["AsyncOauth", "AsyncOauthWithRawResponse", "Oauth", "OauthWithRawResponse"]


class Oauth(_SyncResource):
    """`client.oauth`: 2 operations."""

    @cached_property
    def with_raw_response(self) -> OauthWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return OauthWithRawResponse(self)

    @_operation("exchangeAuthCodeForAPIKey")
    def exchange_auth_code_for_api_key(
        self,
        *,
        code: str,
        code_challenge_method: ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1
        | str
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1
        | None
        | Unset = UNSET,
        code_verifier: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ExchangeAuthCodeForApiKeyResponse200:
        """Exchange authorization code for API key

        `POST /auth/keys` (operationId `exchangeAuthCodeForAPIKey`).
        """
        return self._request(
            "o_auth.exchange_auth_code_for_api_key",
            {},
            json={
                "code": code,
                "code_challenge_method": code_challenge_method,
                "code_verifier": code_verifier,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("createAuthKeysCode")
    def create_auth_code(
        self,
        *,
        callback_url: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: CreateAuthKeysCodeBodyCodeChallengeMethod | str | Unset = UNSET,
        expires_at: datetime.datetime | str | None | Unset = UNSET,
        key_label: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        spawn_agent: str | Unset = UNSET,
        spawn_cloud: str | Unset = UNSET,
        usage_limit_type: CreateAuthKeysCodeBodyUsageLimitType | str | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateAuthKeysCodeResponse200:
        """Create authorization code

        `POST /auth/keys/code` (operationId `createAuthKeysCode`).
        """
        return self._request(
            "o_auth.create_auth_keys_code",
            {},
            json={
                "callback_url": callback_url,
                "code_challenge": code_challenge,
                "code_challenge_method": code_challenge_method,
                "expires_at": expires_at,
                "key_label": key_label,
                "limit": limit,
                "spawn_agent": spawn_agent,
                "spawn_cloud": spawn_cloud,
                "usage_limit_type": usage_limit_type,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncOauth(_AsyncResource):
    """`client.oauth` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncOauthWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncOauthWithRawResponse(self)

    @_operation("exchangeAuthCodeForAPIKey")
    async def exchange_auth_code_for_api_key(
        self,
        *,
        code: str,
        code_challenge_method: ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1
        | str
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1
        | ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1
        | None
        | Unset = UNSET,
        code_verifier: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ExchangeAuthCodeForApiKeyResponse200:
        """Exchange authorization code for API key

        `POST /auth/keys` (operationId `exchangeAuthCodeForAPIKey`).
        """
        return await self._request(
            "o_auth.exchange_auth_code_for_api_key",
            {},
            json={
                "code": code,
                "code_challenge_method": code_challenge_method,
                "code_verifier": code_verifier,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("createAuthKeysCode")
    async def create_auth_code(
        self,
        *,
        callback_url: str,
        code_challenge: str | Unset = UNSET,
        code_challenge_method: CreateAuthKeysCodeBodyCodeChallengeMethod | str | Unset = UNSET,
        expires_at: datetime.datetime | str | None | Unset = UNSET,
        key_label: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        spawn_agent: str | Unset = UNSET,
        spawn_cloud: str | Unset = UNSET,
        usage_limit_type: CreateAuthKeysCodeBodyUsageLimitType | str | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateAuthKeysCodeResponse200:
        """Create authorization code

        `POST /auth/keys/code` (operationId `createAuthKeysCode`).
        """
        return await self._request(
            "o_auth.create_auth_keys_code",
            {},
            json={
                "callback_url": callback_url,
                "code_challenge": code_challenge,
                "code_challenge_method": code_challenge_method,
                "expires_at": expires_at,
                "key_label": key_label,
                "limit": limit,
                "spawn_agent": spawn_agent,
                "spawn_cloud": spawn_cloud,
                "usage_limit_type": usage_limit_type,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class OauthWithRawResponse:
    """`client.oauth.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Oauth) -> None:
        raw = resource._raw_twin()
        self.exchange_auth_code_for_api_key = _raw(raw.exchange_auth_code_for_api_key)
        self.create_auth_code = _raw(raw.create_auth_code)


class AsyncOauthWithRawResponse:
    """`client.oauth.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncOauth) -> None:
        raw = resource._raw_twin()
        self.exchange_auth_code_for_api_key = _araw(raw.exchange_auth_code_for_api_key)
        self.create_auth_code = _araw(raw.create_auth_code)
