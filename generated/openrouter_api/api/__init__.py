"""The endpoint modules by tag, and the typed facade over them (`client.<resource>.<method>(...)`).

Each `api/<tag>/__init__.py` holds that tag's resource classes (sync, async and their `with_raw_response`
twins), generated from the same macro so that they cannot drift; `SyncResources` / `AsyncResources` are the
client's resource attributes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    from openrouter_ext._response import APIResponse
    from openrouter_ext._timeouts import TimeoutTypes

    from .analytics import Analytics, AsyncAnalytics
    from .anthropic_messages import AsyncMessages, Messages
    from .api_keys import ApiKeys, AsyncApiKeys
    from .benchmarks import AsyncBenchmarks, Benchmarks
    from .byok import AsyncByok, Byok
    from .chat import AsyncChat, Chat
    from .classifications import AsyncClassifications, Classifications
    from .credits_ import AsyncCredits, Credits
    from .datasets import AsyncDatasets, Datasets
    from .embeddings import AsyncEmbeddings, Embeddings
    from .endpoints import AsyncEndpoints, Endpoints
    from .files import AsyncFiles, Files
    from .generations import AsyncGenerations, Generations
    from .guardrails import AsyncGuardrails, Guardrails
    from .images import AsyncImages, Images
    from .models import AsyncModels, Models
    from .o_auth import AsyncOauth, Oauth
    from .observability import AsyncObservability, Observability
    from .organization import AsyncOrganization, Organization
    from .presets import AsyncPresets, Presets
    from .providers import AsyncProviders, Providers
    from .rerank import AsyncRerank, Rerank
    from .responses import AsyncResponses, Responses
    from .scim import AsyncScim, Scim
    from .stt import AsyncStt, Stt
    from .tts import AsyncTts, Tts
    from .video_generation import AsyncVideoGeneration, VideoGeneration
    from .workspaces import AsyncWorkspaces, Workspaces

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
SyncR = TypeVar("SyncR", bound="_SyncResource")
AsyncR = TypeVar("AsyncR", bound="_AsyncResource")


def _operation(operation_id: str) -> Callable[[F], F]:
    """Marks a facade method with the operationId it sends (`client.chat.send.operation_id`)."""

    def mark(method: F) -> F:
        method.operation_id = operation_id  # type: ignore[attr-defined]
        return method

    return mark


def _raw(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Types a raw twin's method: same parameters, the APIResponse instead of the parsed model."""
    return method  # type: ignore[return-value]


def _araw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async twin of `_raw`."""
    return method  # type: ignore[return-value]


class _SyncResource:
    """What every sync resource shares: the client it sends through, and whether it answers raw responses."""

    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _raw_twin(self: SyncR) -> SyncR:
        return type(self)(self._client, raw=True)

    def _request(
        self,
        operation: str,
        params: dict[str, Any],
        *,
        json: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        file_fields: tuple[str, ...] = (),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
        wait: float | None = None,
    ) -> Any:
        def send() -> Any:
            return self._client._facade_request(
                operation,
                params,
                json=json,
                files=files,
                file_fields=file_fields,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        if wait is None:
            response = send()
        else:
            from openrouter_ext._resource import wait_until_found

            response = wait_until_found(send, wait)
        return response if self._raw else response.parsed

    def _paginate(self, operation: str, filters: dict[str, Any], **options: Any) -> Any:
        return self._client._facade_paginate(operation, filters, **options)

    def _paginate_cursor(
        self,
        operation: str,
        params: dict[str, Any],
        *,
        route: str,
        cursor_param: str,
        next_field: str,
        items_field: str,
        max_items: int | None,
        **options: Any,
    ) -> Any:
        from openrouter_ext.pagination._cursor import SyncCursorPager

        def fetch(following: dict[str, str]) -> Any:
            response = self._client._facade_request(
                operation, {**params, **following}, json=None, files=None, extra_body=None, **options
            )
            return response.parsed

        return SyncCursorPager(
            fetch,
            route=route,
            cursor_param=cursor_param,
            items_field=items_field,
            next_field=next_field,
            max_items=max_items,
        )

    def _stream(
        self,
        stream_class: str,
        operation: str,
        params: dict[str, Any],
        *,
        json: Mapping[str, Any],
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Any:
        from openrouter_ext.streaming._resources import open_facade_stream

        return open_facade_stream(
            self._client,
            stream_class,
            operation,
            params,
            json=json,
            idle_timeout=idle_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class _AsyncResource:
    """The async twin of `_SyncResource`."""

    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _raw_twin(self: AsyncR) -> AsyncR:
        return type(self)(self._client, raw=True)

    async def _request(
        self,
        operation: str,
        params: dict[str, Any],
        *,
        json: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        file_fields: tuple[str, ...] = (),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
        wait: float | None = None,
    ) -> Any:
        def send() -> Any:
            return self._client._facade_request(
                operation,
                params,
                json=json,
                files=files,
                file_fields=file_fields,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        if wait is None:
            response = await send()
        else:
            from openrouter_ext._resource import await_until_found

            response = await await_until_found(send, wait)
        return response if self._raw else response.parsed

    def _paginate(self, operation: str, filters: dict[str, Any], **options: Any) -> Any:
        return self._client._facade_paginate(operation, filters, **options)

    def _paginate_cursor(
        self,
        operation: str,
        params: dict[str, Any],
        *,
        route: str,
        cursor_param: str,
        next_field: str,
        items_field: str,
        max_items: int | None,
        **options: Any,
    ) -> Any:
        from openrouter_ext.pagination._cursor import AsyncCursorPager

        async def fetch(following: dict[str, str]) -> Any:
            response = await self._client._facade_request(
                operation, {**params, **following}, json=None, files=None, extra_body=None, **options
            )
            return response.parsed

        return AsyncCursorPager(
            fetch,
            route=route,
            cursor_param=cursor_param,
            items_field=items_field,
            next_field=next_field,
            max_items=max_items,
        )

    def _stream(
        self,
        stream_class: str,
        operation: str,
        params: dict[str, Any],
        *,
        json: Mapping[str, Any],
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> Any:
        from openrouter_ext.streaming._resources import aopen_facade_stream

        return aopen_facade_stream(
            self._client,
            stream_class,
            operation,
            params,
            json=json,
            idle_timeout=idle_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class Resources:
    """The client's resources, one per group of operations, each made on first use."""

    @cached_property
    def analytics(self) -> Analytics:
        """3 operations of the `analytics` tag (openrouter_api.api.analytics)."""
        from .analytics import Analytics

        return Analytics(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        """6 operations of the `api_keys` tag (openrouter_api.api.api_keys)."""
        from .api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def benchmarks(self) -> Benchmarks:
        """1 operation of the `benchmarks` tag (openrouter_api.api.benchmarks)."""
        from .benchmarks import Benchmarks

        return Benchmarks(self)

    @cached_property
    def byok(self) -> Byok:
        """5 operations of the `byok` tag (openrouter_api.api.byok)."""
        from .byok import Byok

        return Byok(self)

    @cached_property
    def chat(self) -> Chat:
        """1 operation of the `chat` tag (openrouter_api.api.chat)."""
        from .chat import Chat

        return Chat(self)

    @cached_property
    def classifications(self) -> Classifications:
        """1 operation of the `classifications` tag (openrouter_api.api.classifications)."""
        from .classifications import Classifications

        return Classifications(self)

    @cached_property
    def credits(self) -> Credits:
        """2 operations of the `credits_` tag (openrouter_api.api.credits_)."""
        from .credits_ import Credits

        return Credits(self)

    @cached_property
    def datasets(self) -> Datasets:
        """3 operations of the `datasets` tag (openrouter_api.api.datasets)."""
        from .datasets import Datasets

        return Datasets(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        """2 operations of the `embeddings` tag (openrouter_api.api.embeddings)."""
        from .embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def endpoints(self) -> Endpoints:
        """2 operations of the `endpoints` tag (openrouter_api.api.endpoints)."""
        from .endpoints import Endpoints

        return Endpoints(self)

    @cached_property
    def files(self) -> Files:
        """5 operations of the `files` tag (openrouter_api.api.files)."""
        from .files import Files

        return Files(self)

    @cached_property
    def generations(self) -> Generations:
        """3 operations of the `generations` tag (openrouter_api.api.generations)."""
        from .generations import Generations

        return Generations(self)

    @cached_property
    def guardrails(self) -> Guardrails:
        """13 operations of the `guardrails` tag (openrouter_api.api.guardrails)."""
        from .guardrails import Guardrails

        return Guardrails(self)

    @cached_property
    def images(self) -> Images:
        """3 operations of the `images` tag (openrouter_api.api.images)."""
        from .images import Images

        return Images(self)

    @cached_property
    def messages(self) -> Messages:
        """1 operation of the `anthropic_messages` tag (openrouter_api.api.anthropic_messages)."""
        from .anthropic_messages import Messages

        return Messages(self)

    @cached_property
    def models(self) -> Models:
        """4 operations of the `models` tag (openrouter_api.api.models)."""
        from .models import Models

        return Models(self)

    @cached_property
    def oauth(self) -> Oauth:
        """2 operations of the `o_auth` tag (openrouter_api.api.o_auth)."""
        from .o_auth import Oauth

        return Oauth(self)

    @cached_property
    def observability(self) -> Observability:
        """5 operations of the `observability` tag (openrouter_api.api.observability)."""
        from .observability import Observability

        return Observability(self)

    @cached_property
    def organization(self) -> Organization:
        """1 operation of the `organization` tag (openrouter_api.api.organization)."""
        from .organization import Organization

        return Organization(self)

    @cached_property
    def presets(self) -> Presets:
        """7 operations of the `presets` tag (openrouter_api.api.presets)."""
        from .presets import Presets

        return Presets(self)

    @cached_property
    def providers(self) -> Providers:
        """1 operation of the `providers` tag (openrouter_api.api.providers)."""
        from .providers import Providers

        return Providers(self)

    @cached_property
    def rerank(self) -> Rerank:
        """1 operation of the `rerank` tag (openrouter_api.api.rerank)."""
        from .rerank import Rerank

        return Rerank(self)

    @cached_property
    def responses(self) -> Responses:
        """1 operation of the `responses` tag (openrouter_api.api.responses)."""
        from .responses import Responses

        return Responses(self)

    @cached_property
    def scim(self) -> Scim:
        """6 operations of the `scim` tag (openrouter_api.api.scim)."""
        from .scim import Scim

        return Scim(self)

    @cached_property
    def stt(self) -> Stt:
        """1 operation of the `stt` tag (openrouter_api.api.stt)."""
        from .stt import Stt

        return Stt(self)

    @cached_property
    def tts(self) -> Tts:
        """1 operation of the `tts` tag (openrouter_api.api.tts)."""
        from .tts import Tts

        return Tts(self)

    @cached_property
    def video_generation(self) -> VideoGeneration:
        """4 operations of the `video_generation` tag (openrouter_api.api.video_generation)."""
        from .video_generation import VideoGeneration

        return VideoGeneration(self)

    @cached_property
    def workspaces(self) -> Workspaces:
        """12 operations of the `workspaces` tag (openrouter_api.api.workspaces)."""
        from .workspaces import Workspaces

        return Workspaces(self)


class AsyncResources:
    """The async client's resources, one per group of operations, each made on first use."""

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """3 operations of the `analytics` tag (openrouter_api.api.analytics)."""
        from .analytics import AsyncAnalytics

        return AsyncAnalytics(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        """6 operations of the `api_keys` tag (openrouter_api.api.api_keys)."""
        from .api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def benchmarks(self) -> AsyncBenchmarks:
        """1 operation of the `benchmarks` tag (openrouter_api.api.benchmarks)."""
        from .benchmarks import AsyncBenchmarks

        return AsyncBenchmarks(self)

    @cached_property
    def byok(self) -> AsyncByok:
        """5 operations of the `byok` tag (openrouter_api.api.byok)."""
        from .byok import AsyncByok

        return AsyncByok(self)

    @cached_property
    def chat(self) -> AsyncChat:
        """1 operation of the `chat` tag (openrouter_api.api.chat)."""
        from .chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def classifications(self) -> AsyncClassifications:
        """1 operation of the `classifications` tag (openrouter_api.api.classifications)."""
        from .classifications import AsyncClassifications

        return AsyncClassifications(self)

    @cached_property
    def credits(self) -> AsyncCredits:
        """2 operations of the `credits_` tag (openrouter_api.api.credits_)."""
        from .credits_ import AsyncCredits

        return AsyncCredits(self)

    @cached_property
    def datasets(self) -> AsyncDatasets:
        """3 operations of the `datasets` tag (openrouter_api.api.datasets)."""
        from .datasets import AsyncDatasets

        return AsyncDatasets(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        """2 operations of the `embeddings` tag (openrouter_api.api.embeddings)."""
        from .embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def endpoints(self) -> AsyncEndpoints:
        """2 operations of the `endpoints` tag (openrouter_api.api.endpoints)."""
        from .endpoints import AsyncEndpoints

        return AsyncEndpoints(self)

    @cached_property
    def files(self) -> AsyncFiles:
        """5 operations of the `files` tag (openrouter_api.api.files)."""
        from .files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def generations(self) -> AsyncGenerations:
        """3 operations of the `generations` tag (openrouter_api.api.generations)."""
        from .generations import AsyncGenerations

        return AsyncGenerations(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrails:
        """13 operations of the `guardrails` tag (openrouter_api.api.guardrails)."""
        from .guardrails import AsyncGuardrails

        return AsyncGuardrails(self)

    @cached_property
    def images(self) -> AsyncImages:
        """3 operations of the `images` tag (openrouter_api.api.images)."""
        from .images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """1 operation of the `anthropic_messages` tag (openrouter_api.api.anthropic_messages)."""
        from .anthropic_messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        """4 operations of the `models` tag (openrouter_api.api.models)."""
        from .models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def oauth(self) -> AsyncOauth:
        """2 operations of the `o_auth` tag (openrouter_api.api.o_auth)."""
        from .o_auth import AsyncOauth

        return AsyncOauth(self)

    @cached_property
    def observability(self) -> AsyncObservability:
        """5 operations of the `observability` tag (openrouter_api.api.observability)."""
        from .observability import AsyncObservability

        return AsyncObservability(self)

    @cached_property
    def organization(self) -> AsyncOrganization:
        """1 operation of the `organization` tag (openrouter_api.api.organization)."""
        from .organization import AsyncOrganization

        return AsyncOrganization(self)

    @cached_property
    def presets(self) -> AsyncPresets:
        """7 operations of the `presets` tag (openrouter_api.api.presets)."""
        from .presets import AsyncPresets

        return AsyncPresets(self)

    @cached_property
    def providers(self) -> AsyncProviders:
        """1 operation of the `providers` tag (openrouter_api.api.providers)."""
        from .providers import AsyncProviders

        return AsyncProviders(self)

    @cached_property
    def rerank(self) -> AsyncRerank:
        """1 operation of the `rerank` tag (openrouter_api.api.rerank)."""
        from .rerank import AsyncRerank

        return AsyncRerank(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        """1 operation of the `responses` tag (openrouter_api.api.responses)."""
        from .responses import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def scim(self) -> AsyncScim:
        """6 operations of the `scim` tag (openrouter_api.api.scim)."""
        from .scim import AsyncScim

        return AsyncScim(self)

    @cached_property
    def stt(self) -> AsyncStt:
        """1 operation of the `stt` tag (openrouter_api.api.stt)."""
        from .stt import AsyncStt

        return AsyncStt(self)

    @cached_property
    def tts(self) -> AsyncTts:
        """1 operation of the `tts` tag (openrouter_api.api.tts)."""
        from .tts import AsyncTts

        return AsyncTts(self)

    @cached_property
    def video_generation(self) -> AsyncVideoGeneration:
        """4 operations of the `video_generation` tag (openrouter_api.api.video_generation)."""
        from .video_generation import AsyncVideoGeneration

        return AsyncVideoGeneration(self)

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        """12 operations of the `workspaces` tag (openrouter_api.api.workspaces)."""
        from .workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self)


# resource attribute -> (api/ folder, sync class, async class), for tools and tests that walk the facade
RESOURCES: dict[str, tuple[str, str, str]] = {
    "analytics": ("analytics", "Analytics", "AsyncAnalytics"),
    "api_keys": ("api_keys", "ApiKeys", "AsyncApiKeys"),
    "benchmarks": ("benchmarks", "Benchmarks", "AsyncBenchmarks"),
    "byok": ("byok", "Byok", "AsyncByok"),
    "chat": ("chat", "Chat", "AsyncChat"),
    "classifications": ("classifications", "Classifications", "AsyncClassifications"),
    "credits": ("credits_", "Credits", "AsyncCredits"),
    "datasets": ("datasets", "Datasets", "AsyncDatasets"),
    "embeddings": ("embeddings", "Embeddings", "AsyncEmbeddings"),
    "endpoints": ("endpoints", "Endpoints", "AsyncEndpoints"),
    "files": ("files", "Files", "AsyncFiles"),
    "generations": ("generations", "Generations", "AsyncGenerations"),
    "guardrails": ("guardrails", "Guardrails", "AsyncGuardrails"),
    "images": ("images", "Images", "AsyncImages"),
    "messages": ("anthropic_messages", "Messages", "AsyncMessages"),
    "models": ("models", "Models", "AsyncModels"),
    "oauth": ("o_auth", "Oauth", "AsyncOauth"),
    "observability": ("observability", "Observability", "AsyncObservability"),
    "organization": ("organization", "Organization", "AsyncOrganization"),
    "presets": ("presets", "Presets", "AsyncPresets"),
    "providers": ("providers", "Providers", "AsyncProviders"),
    "rerank": ("rerank", "Rerank", "AsyncRerank"),
    "responses": ("responses", "Responses", "AsyncResponses"),
    "scim": ("scim", "Scim", "AsyncScim"),
    "stt": ("stt", "Stt", "AsyncStt"),
    "tts": ("tts", "Tts", "AsyncTts"),
    "video_generation": ("video_generation", "VideoGeneration", "AsyncVideoGeneration"),
    "workspaces": ("workspaces", "Workspaces", "AsyncWorkspaces"),
}
