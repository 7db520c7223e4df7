"""Contains endpoint functions for accessing the API, and the `client.observability` resource over them."""

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
    from ...models.create_observability_destination_request import CreateObservabilityDestinationRequest
    from ...models.create_observability_destination_request_config import CreateObservabilityDestinationRequestConfig
    from ...models.create_observability_destination_request_type import CreateObservabilityDestinationRequestType
    from ...models.create_observability_destination_response import CreateObservabilityDestinationResponse
    from ...models.delete_observability_destination_response import DeleteObservabilityDestinationResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_observability_destination_response import GetObservabilityDestinationResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.list_observability_destinations_response import ListObservabilityDestinationsResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.observability_arize_destination import ObservabilityArizeDestination
    from ...models.observability_braintrust_destination import ObservabilityBraintrustDestination
    from ...models.observability_clickhouse_destination import ObservabilityClickhouseDestination
    from ...models.observability_datadog_destination import ObservabilityDatadogDestination
    from ...models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable
    from ...models.observability_grafana_destination import ObservabilityGrafanaDestination
    from ...models.observability_langfuse_destination import ObservabilityLangfuseDestination
    from ...models.observability_langsmith_destination import ObservabilityLangsmithDestination
    from ...models.observability_newrelic_destination import ObservabilityNewrelicDestination
    from ...models.observability_opik_destination import ObservabilityOpikDestination
    from ...models.observability_otel_collector_destination import ObservabilityOtelCollectorDestination
    from ...models.observability_posthog_destination import ObservabilityPosthogDestination
    from ...models.observability_ramp_destination import ObservabilityRampDestination
    from ...models.observability_s3_destination import ObservabilityS3Destination
    from ...models.observability_sentry_destination import ObservabilitySentryDestination
    from ...models.observability_snowflake_destination import ObservabilitySnowflakeDestination
    from ...models.observability_weave_destination import ObservabilityWeaveDestination
    from ...models.observability_webhook_destination import ObservabilityWebhookDestination
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.update_observability_destination_request import UpdateObservabilityDestinationRequest
    from ...models.update_observability_destination_request_config import UpdateObservabilityDestinationRequestConfig
    from ...models.update_observability_destination_response import UpdateObservabilityDestinationResponse
    from ...params import (
        CreateObservabilityDestinationRequestConfigParam,
        CreateObservabilityDestinationRequestParam,
        ObservabilityFilterRulesConfigNullableParam,
        UpdateObservabilityDestinationRequestConfigParam,
        UpdateObservabilityDestinationRequestParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncObservability", "AsyncObservabilityWithRawResponse", "Observability", "ObservabilityWithRawResponse"]


class Observability(_SyncResource):
    """`client.observability`: 5 operations."""

    @cached_property
    def with_raw_response(self) -> ObservabilityWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ObservabilityWithRawResponse(self)

    @_operation("listObservabilityDestinations")
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
    ) -> SyncPager[
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ]:
        """List observability destinations

        `GET /observability/destinations` (operationId `listObservabilityDestinations`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "observability.list_observability_destinations",
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

    @_operation("listObservabilityDestinations")
    def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListObservabilityDestinationsResponse:
        """List observability destinations

        `GET /observability/destinations` (operationId `listObservabilityDestinations`).
        """
        return self._request(
            "observability.list_observability_destinations",
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createObservabilityDestination")
    def create(
        self,
        *,
        config: CreateObservabilityDestinationRequestConfig
        | CreateObservabilityDestinationRequestConfigParam
        | SupportsToDict,
        name: str,
        type: CreateObservabilityDestinationRequestType | str,
        api_key_hashes: Sequence[str] | None | Unset = UNSET,
        broadcast_generation_cost: bool | Unset = UNSET,
        broadcast_generation_identity: bool | Unset = UNSET,
        broadcast_generation_request_context: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | ObservabilityFilterRulesConfigNullableParam
        | SupportsToDict
        | None
        | Unset = UNSET,
        privacy_mode: bool | Unset = UNSET,
        sampling_rate: float | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateObservabilityDestinationResponse:
        """Create an observability destination

        `POST /observability/destinations` (operationId `createObservabilityDestination`).
        """
        return self._request(
            "observability.create_observability_destination",
            {},
            json={
                "config": config,
                "name": name,
                "type": type,
                "api_key_hashes": api_key_hashes,
                "broadcast_generation_cost": broadcast_generation_cost,
                "broadcast_generation_identity": broadcast_generation_identity,
                "broadcast_generation_request_context": broadcast_generation_request_context,
                "enabled": enabled,
                "filter_rules": filter_rules,
                "privacy_mode": privacy_mode,
                "sampling_rate": sampling_rate,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getObservabilityDestination")
    def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetObservabilityDestinationResponse:
        """Get an observability destination

        `GET /observability/destinations/{id}` (operationId `getObservabilityDestination`).
        """
        return self._request(
            "observability.get_observability_destination",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteObservabilityDestination")
    def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteObservabilityDestinationResponse:
        """Delete an observability destination

        `DELETE /observability/destinations/{id}` (operationId `deleteObservabilityDestination`).
        """
        return self._request(
            "observability.delete_observability_destination",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateObservabilityDestination")
    def update(
        self,
        id: UUID | str,
        *,
        api_key_hashes: Sequence[str] | None | Unset = UNSET,
        broadcast_generation_cost: bool | Unset = UNSET,
        broadcast_generation_identity: bool | Unset = UNSET,
        broadcast_generation_request_context: bool | Unset = UNSET,
        config: UpdateObservabilityDestinationRequestConfig
        | UpdateObservabilityDestinationRequestConfigParam
        | SupportsToDict
        | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | ObservabilityFilterRulesConfigNullableParam
        | SupportsToDict
        | None
        | Unset = UNSET,
        name: str | Unset = UNSET,
        privacy_mode: bool | Unset = UNSET,
        sampling_rate: float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateObservabilityDestinationResponse:
        """Update an observability destination

        `PATCH /observability/destinations/{id}` (operationId `updateObservabilityDestination`).
        """
        return self._request(
            "observability.update_observability_destination",
            {
                "id": id,
            },
            json={
                "api_key_hashes": api_key_hashes,
                "broadcast_generation_cost": broadcast_generation_cost,
                "broadcast_generation_identity": broadcast_generation_identity,
                "broadcast_generation_request_context": broadcast_generation_request_context,
                "config": config,
                "enabled": enabled,
                "filter_rules": filter_rules,
                "name": name,
                "privacy_mode": privacy_mode,
                "sampling_rate": sampling_rate,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncObservability(_AsyncResource):
    """`client.observability` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncObservabilityWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncObservabilityWithRawResponse(self)

    @_operation("listObservabilityDestinations")
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
    ) -> AsyncPager[
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ]:
        """List observability destinations

        `GET /observability/destinations` (operationId `listObservabilityDestinations`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "observability.list_observability_destinations",
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

    @_operation("listObservabilityDestinations")
    async def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListObservabilityDestinationsResponse:
        """List observability destinations

        `GET /observability/destinations` (operationId `listObservabilityDestinations`).
        """
        return await self._request(
            "observability.list_observability_destinations",
            {
                "offset": offset,
                "limit": limit,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createObservabilityDestination")
    async def create(
        self,
        *,
        config: CreateObservabilityDestinationRequestConfig
        | CreateObservabilityDestinationRequestConfigParam
        | SupportsToDict,
        name: str,
        type: CreateObservabilityDestinationRequestType | str,
        api_key_hashes: Sequence[str] | None | Unset = UNSET,
        broadcast_generation_cost: bool | Unset = UNSET,
        broadcast_generation_identity: bool | Unset = UNSET,
        broadcast_generation_request_context: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | ObservabilityFilterRulesConfigNullableParam
        | SupportsToDict
        | None
        | Unset = UNSET,
        privacy_mode: bool | Unset = UNSET,
        sampling_rate: float | Unset = UNSET,
        workspace_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> CreateObservabilityDestinationResponse:
        """Create an observability destination

        `POST /observability/destinations` (operationId `createObservabilityDestination`).
        """
        return await self._request(
            "observability.create_observability_destination",
            {},
            json={
                "config": config,
                "name": name,
                "type": type,
                "api_key_hashes": api_key_hashes,
                "broadcast_generation_cost": broadcast_generation_cost,
                "broadcast_generation_identity": broadcast_generation_identity,
                "broadcast_generation_request_context": broadcast_generation_request_context,
                "enabled": enabled,
                "filter_rules": filter_rules,
                "privacy_mode": privacy_mode,
                "sampling_rate": sampling_rate,
                "workspace_id": workspace_id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("getObservabilityDestination")
    async def get(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetObservabilityDestinationResponse:
        """Get an observability destination

        `GET /observability/destinations/{id}` (operationId `getObservabilityDestination`).
        """
        return await self._request(
            "observability.get_observability_destination",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("deleteObservabilityDestination")
    async def delete(
        self,
        id: UUID | str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> DeleteObservabilityDestinationResponse:
        """Delete an observability destination

        `DELETE /observability/destinations/{id}` (operationId `deleteObservabilityDestination`).
        """
        return await self._request(
            "observability.delete_observability_destination",
            {
                "id": id,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("updateObservabilityDestination")
    async def update(
        self,
        id: UUID | str,
        *,
        api_key_hashes: Sequence[str] | None | Unset = UNSET,
        broadcast_generation_cost: bool | Unset = UNSET,
        broadcast_generation_identity: bool | Unset = UNSET,
        broadcast_generation_request_context: bool | Unset = UNSET,
        config: UpdateObservabilityDestinationRequestConfig
        | UpdateObservabilityDestinationRequestConfigParam
        | SupportsToDict
        | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | ObservabilityFilterRulesConfigNullableParam
        | SupportsToDict
        | None
        | Unset = UNSET,
        name: str | Unset = UNSET,
        privacy_mode: bool | Unset = UNSET,
        sampling_rate: float | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> UpdateObservabilityDestinationResponse:
        """Update an observability destination

        `PATCH /observability/destinations/{id}` (operationId `updateObservabilityDestination`).
        """
        return await self._request(
            "observability.update_observability_destination",
            {
                "id": id,
            },
            json={
                "api_key_hashes": api_key_hashes,
                "broadcast_generation_cost": broadcast_generation_cost,
                "broadcast_generation_identity": broadcast_generation_identity,
                "broadcast_generation_request_context": broadcast_generation_request_context,
                "config": config,
                "enabled": enabled,
                "filter_rules": filter_rules,
                "name": name,
                "privacy_mode": privacy_mode,
                "sampling_rate": sampling_rate,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ObservabilityWithRawResponse:
    """`client.observability.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Observability) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw._list_page)
        self.create = _raw(raw.create)
        self.get = _raw(raw.get)
        self.delete = _raw(raw.delete)
        self.update = _raw(raw.update)


class AsyncObservabilityWithRawResponse:
    """`client.observability.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncObservability) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw._list_page)
        self.create = _araw(raw.create)
        self.get = _araw(raw.get)
        self.delete = _araw(raw.delete)
        self.update = _araw(raw.update)
