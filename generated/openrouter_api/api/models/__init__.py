"""Contains endpoint functions for accessing the API, and the `client.models` resource over them."""

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
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.get_models_category import GetModelsCategory
    from ...models.get_models_distillable import GetModelsDistillable
    from ...models.get_models_region import GetModelsRegion
    from ...models.get_models_sort import GetModelsSort
    from ...models.get_models_zdr import GetModelsZdr
    from ...models.internal_server_response import InternalServerResponse
    from ...models.model import Model
    from ...models.model_response import ModelResponse
    from ...models.models_count_response import ModelsCountResponse
    from ...models.models_count_response_data import ModelsCountResponseData
    from ...models.models_list_response import ModelsListResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...types import UNSET, File, Unset

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "Models", "ModelsWithRawResponse"]


class Models(_SyncResource):
    """`client.models`: 4 operations."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ModelsWithRawResponse(self)

    @_operation("getModel")
    def get(
        self,
        author: str,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelResponse:
        """Get a model by its slug

        `GET /model/{author}/{slug}` (operationId `getModel`).
        """
        return self._request(
            "models.get_model",
            {
                "author": author,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getModels")
    def list(
        self,
        *,
        category: GetModelsCategory | str | Unset = UNSET,
        supported_parameters: str | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: GetModelsSort | str | Unset = UNSET,
        use_rss: str | Unset = UNSET,
        use_rss_chat_links: str | Unset = UNSET,
        q: str | Unset = UNSET,
        input_modalities: str | Unset = UNSET,
        context: int | Unset = UNSET,
        min_price: float | None | Unset = UNSET,
        max_price: float | None | Unset = UNSET,
        arch: str | Unset = UNSET,
        model_authors: str | Unset = UNSET,
        providers: str | Unset = UNSET,
        distillable: GetModelsDistillable | str | Unset = UNSET,
        zdr: GetModelsZdr | str | Unset = UNSET,
        region: GetModelsRegion | str | Unset = UNSET,
        min_output_price: float | None | Unset = UNSET,
        max_output_price: float | None | Unset = UNSET,
        min_age_days: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_intelligence_index: float | None | Unset = UNSET,
        max_intelligence_index: float | None | Unset = UNSET,
        min_coding_index: float | None | Unset = UNSET,
        max_coding_index: float | None | Unset = UNSET,
        min_agentic_index: float | None | Unset = UNSET,
        max_agentic_index: float | None | Unset = UNSET,
        min_tool_success_rate: float | None | Unset = UNSET,
        max_tool_success_rate: float | None | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Model]:
        """List all models and their properties

        `GET /models` (operationId `getModels`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "models.get_models",
            {
                "category": category,
                "supported_parameters": supported_parameters,
                "output_modalities": output_modalities,
                "sort": sort,
                "use_rss": use_rss,
                "use_rss_chat_links": use_rss_chat_links,
                "q": q,
                "input_modalities": input_modalities,
                "context": context,
                "min_price": min_price,
                "max_price": max_price,
                "arch": arch,
                "model_authors": model_authors,
                "providers": providers,
                "distillable": distillable,
                "zdr": zdr,
                "region": region,
                "min_output_price": min_output_price,
                "max_output_price": max_output_price,
                "min_age_days": min_age_days,
                "max_age_days": max_age_days,
                "min_intelligence_index": min_intelligence_index,
                "max_intelligence_index": max_intelligence_index,
                "min_coding_index": min_coding_index,
                "max_coding_index": max_coding_index,
                "min_agentic_index": min_agentic_index,
                "max_agentic_index": max_agentic_index,
                "min_tool_success_rate": min_tool_success_rate,
                "max_tool_success_rate": max_tool_success_rate,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getModels")
    def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        category: GetModelsCategory | str | Unset = UNSET,
        supported_parameters: str | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: GetModelsSort | str | Unset = UNSET,
        use_rss: str | Unset = UNSET,
        use_rss_chat_links: str | Unset = UNSET,
        q: str | Unset = UNSET,
        input_modalities: str | Unset = UNSET,
        context: int | Unset = UNSET,
        min_price: float | None | Unset = UNSET,
        max_price: float | None | Unset = UNSET,
        arch: str | Unset = UNSET,
        model_authors: str | Unset = UNSET,
        providers: str | Unset = UNSET,
        distillable: GetModelsDistillable | str | Unset = UNSET,
        zdr: GetModelsZdr | str | Unset = UNSET,
        region: GetModelsRegion | str | Unset = UNSET,
        min_output_price: float | None | Unset = UNSET,
        max_output_price: float | None | Unset = UNSET,
        min_age_days: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_intelligence_index: float | None | Unset = UNSET,
        max_intelligence_index: float | None | Unset = UNSET,
        min_coding_index: float | None | Unset = UNSET,
        max_coding_index: float | None | Unset = UNSET,
        min_agentic_index: float | None | Unset = UNSET,
        max_agentic_index: float | None | Unset = UNSET,
        min_tool_success_rate: float | None | Unset = UNSET,
        max_tool_success_rate: float | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsListResponse:
        """List all models and their properties

        `GET /models` (operationId `getModels`).
        """
        return self._request(
            "models.get_models",
            {
                "offset": offset,
                "limit": limit,
                "category": category,
                "supported_parameters": supported_parameters,
                "output_modalities": output_modalities,
                "sort": sort,
                "use_rss": use_rss,
                "use_rss_chat_links": use_rss_chat_links,
                "q": q,
                "input_modalities": input_modalities,
                "context": context,
                "min_price": min_price,
                "max_price": max_price,
                "arch": arch,
                "model_authors": model_authors,
                "providers": providers,
                "distillable": distillable,
                "zdr": zdr,
                "region": region,
                "min_output_price": min_output_price,
                "max_output_price": max_output_price,
                "min_age_days": min_age_days,
                "max_age_days": max_age_days,
                "min_intelligence_index": min_intelligence_index,
                "max_intelligence_index": max_intelligence_index,
                "min_coding_index": min_coding_index,
                "max_coding_index": max_coding_index,
                "min_agentic_index": min_agentic_index,
                "max_agentic_index": max_agentic_index,
                "min_tool_success_rate": min_tool_success_rate,
                "max_tool_success_rate": max_tool_success_rate,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listModelsCount")
    def count(
        self,
        *,
        output_modalities: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsCountResponse:
        """Get total count of available models

        `GET /models/count` (operationId `listModelsCount`).
        """
        return self._request(
            "models.list_models_count",
            {
                "output_modalities": output_modalities,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listModelsUser")
    def list_for_user(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Model]:
        """List models filtered by user provider preferences, privacy settings, and guardrails

        `GET /models/user` (operationId `listModelsUser`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "models.list_models_user",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listModelsUser")
    def _list_for_user_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsListResponse:
        """List models filtered by user provider preferences, privacy settings, and guardrails

        `GET /models/user` (operationId `listModelsUser`).
        """
        return self._request(
            "models.list_models_user",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncModels(_AsyncResource):
    """`client.models` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncModelsWithRawResponse(self)

    @_operation("getModel")
    async def get(
        self,
        author: str,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelResponse:
        """Get a model by its slug

        `GET /model/{author}/{slug}` (operationId `getModel`).
        """
        return await self._request(
            "models.get_model",
            {
                "author": author,
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getModels")
    def list(
        self,
        *,
        category: GetModelsCategory | str | Unset = UNSET,
        supported_parameters: str | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: GetModelsSort | str | Unset = UNSET,
        use_rss: str | Unset = UNSET,
        use_rss_chat_links: str | Unset = UNSET,
        q: str | Unset = UNSET,
        input_modalities: str | Unset = UNSET,
        context: int | Unset = UNSET,
        min_price: float | None | Unset = UNSET,
        max_price: float | None | Unset = UNSET,
        arch: str | Unset = UNSET,
        model_authors: str | Unset = UNSET,
        providers: str | Unset = UNSET,
        distillable: GetModelsDistillable | str | Unset = UNSET,
        zdr: GetModelsZdr | str | Unset = UNSET,
        region: GetModelsRegion | str | Unset = UNSET,
        min_output_price: float | None | Unset = UNSET,
        max_output_price: float | None | Unset = UNSET,
        min_age_days: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_intelligence_index: float | None | Unset = UNSET,
        max_intelligence_index: float | None | Unset = UNSET,
        min_coding_index: float | None | Unset = UNSET,
        max_coding_index: float | None | Unset = UNSET,
        min_agentic_index: float | None | Unset = UNSET,
        max_agentic_index: float | None | Unset = UNSET,
        min_tool_success_rate: float | None | Unset = UNSET,
        max_tool_success_rate: float | None | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Model]:
        """List all models and their properties

        `GET /models` (operationId `getModels`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "models.get_models",
            {
                "category": category,
                "supported_parameters": supported_parameters,
                "output_modalities": output_modalities,
                "sort": sort,
                "use_rss": use_rss,
                "use_rss_chat_links": use_rss_chat_links,
                "q": q,
                "input_modalities": input_modalities,
                "context": context,
                "min_price": min_price,
                "max_price": max_price,
                "arch": arch,
                "model_authors": model_authors,
                "providers": providers,
                "distillable": distillable,
                "zdr": zdr,
                "region": region,
                "min_output_price": min_output_price,
                "max_output_price": max_output_price,
                "min_age_days": min_age_days,
                "max_age_days": max_age_days,
                "min_intelligence_index": min_intelligence_index,
                "max_intelligence_index": max_intelligence_index,
                "min_coding_index": min_coding_index,
                "max_coding_index": max_coding_index,
                "min_agentic_index": min_agentic_index,
                "max_agentic_index": max_agentic_index,
                "min_tool_success_rate": min_tool_success_rate,
                "max_tool_success_rate": max_tool_success_rate,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getModels")
    async def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        category: GetModelsCategory | str | Unset = UNSET,
        supported_parameters: str | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: GetModelsSort | str | Unset = UNSET,
        use_rss: str | Unset = UNSET,
        use_rss_chat_links: str | Unset = UNSET,
        q: str | Unset = UNSET,
        input_modalities: str | Unset = UNSET,
        context: int | Unset = UNSET,
        min_price: float | None | Unset = UNSET,
        max_price: float | None | Unset = UNSET,
        arch: str | Unset = UNSET,
        model_authors: str | Unset = UNSET,
        providers: str | Unset = UNSET,
        distillable: GetModelsDistillable | str | Unset = UNSET,
        zdr: GetModelsZdr | str | Unset = UNSET,
        region: GetModelsRegion | str | Unset = UNSET,
        min_output_price: float | None | Unset = UNSET,
        max_output_price: float | None | Unset = UNSET,
        min_age_days: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_intelligence_index: float | None | Unset = UNSET,
        max_intelligence_index: float | None | Unset = UNSET,
        min_coding_index: float | None | Unset = UNSET,
        max_coding_index: float | None | Unset = UNSET,
        min_agentic_index: float | None | Unset = UNSET,
        max_agentic_index: float | None | Unset = UNSET,
        min_tool_success_rate: float | None | Unset = UNSET,
        max_tool_success_rate: float | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsListResponse:
        """List all models and their properties

        `GET /models` (operationId `getModels`).
        """
        return await self._request(
            "models.get_models",
            {
                "offset": offset,
                "limit": limit,
                "category": category,
                "supported_parameters": supported_parameters,
                "output_modalities": output_modalities,
                "sort": sort,
                "use_rss": use_rss,
                "use_rss_chat_links": use_rss_chat_links,
                "q": q,
                "input_modalities": input_modalities,
                "context": context,
                "min_price": min_price,
                "max_price": max_price,
                "arch": arch,
                "model_authors": model_authors,
                "providers": providers,
                "distillable": distillable,
                "zdr": zdr,
                "region": region,
                "min_output_price": min_output_price,
                "max_output_price": max_output_price,
                "min_age_days": min_age_days,
                "max_age_days": max_age_days,
                "min_intelligence_index": min_intelligence_index,
                "max_intelligence_index": max_intelligence_index,
                "min_coding_index": min_coding_index,
                "max_coding_index": max_coding_index,
                "min_agentic_index": min_agentic_index,
                "max_agentic_index": max_agentic_index,
                "min_tool_success_rate": min_tool_success_rate,
                "max_tool_success_rate": max_tool_success_rate,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listModelsCount")
    async def count(
        self,
        *,
        output_modalities: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsCountResponse:
        """Get total count of available models

        `GET /models/count` (operationId `listModelsCount`).
        """
        return await self._request(
            "models.list_models_count",
            {
                "output_modalities": output_modalities,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listModelsUser")
    def list_for_user(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Model]:
        """List models filtered by user provider preferences, privacy settings, and guardrails

        `GET /models/user` (operationId `listModelsUser`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "models.list_models_user",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listModelsUser")
    async def _list_for_user_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ModelsListResponse:
        """List models filtered by user provider preferences, privacy settings, and guardrails

        `GET /models/user` (operationId `listModelsUser`).
        """
        return await self._request(
            "models.list_models_user",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class ModelsWithRawResponse:
    """`client.models.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Models) -> None:
        raw = resource._raw_twin()
        self.get = _raw(raw.get)
        self.list = _raw(raw._list_page)
        self.count = _raw(raw.count)
        self.list_for_user = _raw(raw._list_for_user_page)


class AsyncModelsWithRawResponse:
    """`client.models.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncModels) -> None:
        raw = resource._raw_twin()
        self.get = _araw(raw.get)
        self.list = _araw(raw._list_page)
        self.count = _araw(raw.count)
        self.list_for_user = _araw(raw._list_for_user_page)
