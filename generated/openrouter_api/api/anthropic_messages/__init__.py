"""Contains endpoint functions for accessing the API, and the `client.messages` resource over them."""

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
    from openrouter_ext.streaming import AsyncMessageStream, MessageStream

    from ...models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse
    from ...models.anthropic_speed import AnthropicSpeed
    from ...models.anthropic_text_block_param import AnthropicTextBlockParam
    from ...models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ...models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ...models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ...models.auto_router_plugin import AutoRouterPlugin
    from ...models.bash_server_tool import BashServerTool
    from ...models.context_compression_plugin import ContextCompressionPlugin
    from ...models.datetime_server_tool import DatetimeServerTool
    from ...models.deprecated_route import DeprecatedRoute
    from ...models.file_parser_plugin import FileParserPlugin
    from ...models.fusion_plugin import FusionPlugin
    from ...models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ...models.messages_fallback_param import MessagesFallbackParam
    from ...models.messages_message_param import MessagesMessageParam
    from ...models.messages_output_config import MessagesOutputConfig
    from ...models.messages_request import MessagesRequest
    from ...models.messages_request_context_management_type_0 import MessagesRequestContextManagementType0
    from ...models.messages_request_metadata import MessagesRequestMetadata
    from ...models.messages_request_thinking_adaptive import MessagesRequestThinkingAdaptive
    from ...models.messages_request_thinking_disabled import MessagesRequestThinkingDisabled
    from ...models.messages_request_thinking_enabled import MessagesRequestThinkingEnabled
    from ...models.messages_request_tool_choice_any import MessagesRequestToolChoiceAny
    from ...models.messages_request_tool_choice_auto import MessagesRequestToolChoiceAuto
    from ...models.messages_request_tool_choice_none import MessagesRequestToolChoiceNone
    from ...models.messages_request_tool_choice_tool import MessagesRequestToolChoiceTool
    from ...models.messages_request_tools_item_advisor_20260301 import MessagesRequestToolsItemAdvisor20260301
    from ...models.messages_request_tools_item_bash_20250124 import MessagesRequestToolsItemBash20250124
    from ...models.messages_request_tools_item_custom import MessagesRequestToolsItemCustom
    from ...models.messages_request_tools_item_option_13 import MessagesRequestToolsItemOption13
    from ...models.messages_request_tools_item_text_editor_20250124 import MessagesRequestToolsItemTextEditor20250124
    from ...models.messages_request_tools_item_web_search_20250305 import MessagesRequestToolsItemWebSearch20250305
    from ...models.messages_request_tools_item_web_search_20260209 import MessagesRequestToolsItemWebSearch20260209
    from ...models.messages_result import MessagesResult
    from ...models.messages_search_models_server_tool import MessagesSearchModelsServerTool
    from ...models.metadata_level import MetadataLevel
    from ...models.moderation_plugin import ModerationPlugin
    from ...models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from ...models.pareto_router_plugin import ParetoRouterPlugin
    from ...models.provider_preferences import ProviderPreferences
    from ...models.response_healing_plugin import ResponseHealingPlugin
    from ...models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ...models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ...models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ...models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ...models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ...models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ...models.tool_search_server_tool import ToolSearchServerTool
    from ...models.trace_config import TraceConfig
    from ...models.web_fetch_plugin import WebFetchPlugin
    from ...models.web_fetch_server_tool import WebFetchServerTool
    from ...models.web_search_plugin import WebSearchPlugin
    from ...params import (
        AnthropicCacheControlDirectiveParam,
        AnthropicTextBlockParamParam,
        AnthropicToolSearchToolBm25Param,
        AnthropicToolSearchToolRegexParam,
        AutoBetaRouterPluginParam,
        AutoRouterPluginParam,
        BashServerToolParam,
        ContextCompressionPluginParam,
        DatetimeServerToolParam,
        FileParserPluginParam,
        FusionPluginParam,
        ImageGenerationServerToolOpenRouterParam,
        MessagesFallbackParamParam,
        MessagesMessageParamParam,
        MessagesOutputConfigParam,
        MessagesRequestContextManagementType0Param,
        MessagesRequestMetadataParam,
        MessagesRequestParam,
        MessagesRequestThinkingAdaptiveParam,
        MessagesRequestThinkingDisabledParam,
        MessagesRequestThinkingEnabledParam,
        MessagesRequestToolChoiceAnyParam,
        MessagesRequestToolChoiceAutoParam,
        MessagesRequestToolChoiceNoneParam,
        MessagesRequestToolChoiceToolParam,
        MessagesRequestToolsItemAdvisor20260301Param,
        MessagesRequestToolsItemBash20250124Param,
        MessagesRequestToolsItemCustomParam,
        MessagesRequestToolsItemOption13Param,
        MessagesRequestToolsItemTextEditor20250124Param,
        MessagesRequestToolsItemWebSearch20250305Param,
        MessagesRequestToolsItemWebSearch20260209Param,
        MessagesSearchModelsServerToolParam,
        ModerationPluginParam,
        OpenRouterWebSearchServerToolParam,
        ParetoRouterPluginParam,
        ProviderPreferencesParam,
        ResponseHealingPluginParam,
        ShellServerToolOpenRouterParam,
        StopServerToolsWhenFinishReasonIsParam,
        StopServerToolsWhenHasToolCallParam,
        StopServerToolsWhenMaxCostParam,
        StopServerToolsWhenMaxTokensUsedParam,
        StopServerToolsWhenStepCountIsParam,
        ToolSearchServerToolParam,
        TraceConfigParam,
        WebFetchPluginParam,
        WebFetchServerToolParam,
        WebSearchPluginParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse", "Messages", "MessagesWithRawResponse"]


class Messages(_SyncResource):
    """`client.messages`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return MessagesWithRawResponse(self)

    @_operation("createMessages")
    def create(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[MessagesMessageParam | MessagesMessageParamParam | SupportsToDict] | None,
        model: str,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        context_management: MessagesRequestContextManagementType0
        | MessagesRequestContextManagementType0Param
        | SupportsToDict
        | None
        | Unset = UNSET,
        fallbacks: Sequence[MessagesFallbackParam | MessagesFallbackParamParam | Mapping[str, Any] | SupportsToDict]
        | None
        | Unset = UNSET,
        max_tokens: int | Unset = UNSET,
        metadata: MessagesRequestMetadata | MessagesRequestMetadataParam | SupportsToDict | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        output_config: MessagesOutputConfig | MessagesOutputConfigParam | SupportsToDict | Unset = UNSET,
        plugins: Sequence[
            AutoRouterPlugin
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
            | AutoRouterPluginParam
            | AutoBetaRouterPluginParam
            | ModerationPluginParam
            | WebSearchPluginParam
            | WebFetchPluginParam
            | FileParserPluginParam
            | ResponseHealingPluginParam
            | ContextCompressionPluginParam
            | ParetoRouterPluginParam
            | FusionPluginParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        service_tier: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        speed: AnthropicSpeed | str | None | Unset = UNSET,
        stop_sequences: Sequence[str] | Unset = UNSET,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenStepCountIsParam
            | StopServerToolsWhenHasToolCallParam
            | StopServerToolsWhenMaxTokensUsedParam
            | StopServerToolsWhenMaxCostParam
            | StopServerToolsWhenFinishReasonIsParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        stream: bool | Unset = UNSET,
        system: str | Sequence[AnthropicTextBlockParam | AnthropicTextBlockParamParam | SupportsToDict] | Unset = UNSET,
        temperature: float | Unset = UNSET,
        thinking: MessagesRequestThinkingEnabled
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingAdaptive
        | MessagesRequestThinkingEnabledParam
        | MessagesRequestThinkingDisabledParam
        | MessagesRequestThinkingAdaptiveParam
        | SupportsToDict
        | Unset = UNSET,
        tool_choice: MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | MessagesRequestToolChoiceAutoParam
        | MessagesRequestToolChoiceAnyParam
        | MessagesRequestToolChoiceNoneParam
        | MessagesRequestToolChoiceToolParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesRequestToolsItemAdvisor20260301
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemOption13
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | MessagesRequestToolsItemCustomParam
            | MessagesRequestToolsItemBash20250124Param
            | MessagesRequestToolsItemTextEditor20250124Param
            | MessagesRequestToolsItemWebSearch20250305Param
            | MessagesRequestToolsItemWebSearch20260209Param
            | MessagesRequestToolsItemAdvisor20260301Param
            | BashServerToolParam
            | DatetimeServerToolParam
            | ImageGenerationServerToolOpenRouterParam
            | MessagesSearchModelsServerToolParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | MessagesRequestToolsItemOption13Param
            | AnthropicToolSearchToolBm25Param
            | AnthropicToolSearchToolRegexParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_p: float | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> MessagesResult:
        """Create a message

        `POST /messages` (operationId `createMessages`).
        """
        return self._request(
            "anthropic_messages.create_messages",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "model": model,
                "cache_control": cache_control,
                "context_management": context_management,
                "fallbacks": fallbacks,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "models": models,
                "output_config": output_config,
                "plugins": plugins,
                "provider": provider,
                "route": route,
                "service_tier": service_tier,
                "session_id": session_id,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "stop_server_tools_when": stop_server_tools_when,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("createMessages")
    def stream(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[MessagesMessageParam | MessagesMessageParamParam | SupportsToDict] | None,
        model: str,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        context_management: MessagesRequestContextManagementType0
        | MessagesRequestContextManagementType0Param
        | SupportsToDict
        | None
        | Unset = UNSET,
        fallbacks: Sequence[MessagesFallbackParam | MessagesFallbackParamParam | Mapping[str, Any] | SupportsToDict]
        | None
        | Unset = UNSET,
        max_tokens: int | Unset = UNSET,
        metadata: MessagesRequestMetadata | MessagesRequestMetadataParam | SupportsToDict | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        output_config: MessagesOutputConfig | MessagesOutputConfigParam | SupportsToDict | Unset = UNSET,
        plugins: Sequence[
            AutoRouterPlugin
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
            | AutoRouterPluginParam
            | AutoBetaRouterPluginParam
            | ModerationPluginParam
            | WebSearchPluginParam
            | WebFetchPluginParam
            | FileParserPluginParam
            | ResponseHealingPluginParam
            | ContextCompressionPluginParam
            | ParetoRouterPluginParam
            | FusionPluginParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        service_tier: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        speed: AnthropicSpeed | str | None | Unset = UNSET,
        stop_sequences: Sequence[str] | Unset = UNSET,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenStepCountIsParam
            | StopServerToolsWhenHasToolCallParam
            | StopServerToolsWhenMaxTokensUsedParam
            | StopServerToolsWhenMaxCostParam
            | StopServerToolsWhenFinishReasonIsParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        system: str | Sequence[AnthropicTextBlockParam | AnthropicTextBlockParamParam | SupportsToDict] | Unset = UNSET,
        temperature: float | Unset = UNSET,
        thinking: MessagesRequestThinkingEnabled
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingAdaptive
        | MessagesRequestThinkingEnabledParam
        | MessagesRequestThinkingDisabledParam
        | MessagesRequestThinkingAdaptiveParam
        | SupportsToDict
        | Unset = UNSET,
        tool_choice: MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | MessagesRequestToolChoiceAutoParam
        | MessagesRequestToolChoiceAnyParam
        | MessagesRequestToolChoiceNoneParam
        | MessagesRequestToolChoiceToolParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesRequestToolsItemAdvisor20260301
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemOption13
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | MessagesRequestToolsItemCustomParam
            | MessagesRequestToolsItemBash20250124Param
            | MessagesRequestToolsItemTextEditor20250124Param
            | MessagesRequestToolsItemWebSearch20250305Param
            | MessagesRequestToolsItemWebSearch20260209Param
            | MessagesRequestToolsItemAdvisor20260301Param
            | BashServerToolParam
            | DatetimeServerToolParam
            | ImageGenerationServerToolOpenRouterParam
            | MessagesSearchModelsServerToolParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | MessagesRequestToolsItemOption13Param
            | AnthropicToolSearchToolBm25Param
            | AnthropicToolSearchToolRegexParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_p: float | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractContextManager[MessageStream]:
        """Create a message

        Streamed: `with client.messages.stream(...) as stream:`; iterate it for events, or call `final()`
        for the same model `create(...)` returns. `idle_timeout` bounds the silence between two reads.

        `POST /messages` (operationId `createMessages`).
        """
        return self._stream(
            "MessageStream",
            "anthropic_messages.create_messages",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "model": model,
                "cache_control": cache_control,
                "context_management": context_management,
                "fallbacks": fallbacks,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "models": models,
                "output_config": output_config,
                "plugins": plugins,
                "provider": provider,
                "route": route,
                "service_tier": service_tier,
                "session_id": session_id,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "stop_server_tools_when": stop_server_tools_when,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            idle_timeout=idle_timeout,
            timeout=timeout,
        )


class AsyncMessages(_AsyncResource):
    """`client.messages` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncMessagesWithRawResponse(self)

    @_operation("createMessages")
    async def create(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[MessagesMessageParam | MessagesMessageParamParam | SupportsToDict] | None,
        model: str,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        context_management: MessagesRequestContextManagementType0
        | MessagesRequestContextManagementType0Param
        | SupportsToDict
        | None
        | Unset = UNSET,
        fallbacks: Sequence[MessagesFallbackParam | MessagesFallbackParamParam | Mapping[str, Any] | SupportsToDict]
        | None
        | Unset = UNSET,
        max_tokens: int | Unset = UNSET,
        metadata: MessagesRequestMetadata | MessagesRequestMetadataParam | SupportsToDict | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        output_config: MessagesOutputConfig | MessagesOutputConfigParam | SupportsToDict | Unset = UNSET,
        plugins: Sequence[
            AutoRouterPlugin
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
            | AutoRouterPluginParam
            | AutoBetaRouterPluginParam
            | ModerationPluginParam
            | WebSearchPluginParam
            | WebFetchPluginParam
            | FileParserPluginParam
            | ResponseHealingPluginParam
            | ContextCompressionPluginParam
            | ParetoRouterPluginParam
            | FusionPluginParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        service_tier: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        speed: AnthropicSpeed | str | None | Unset = UNSET,
        stop_sequences: Sequence[str] | Unset = UNSET,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenStepCountIsParam
            | StopServerToolsWhenHasToolCallParam
            | StopServerToolsWhenMaxTokensUsedParam
            | StopServerToolsWhenMaxCostParam
            | StopServerToolsWhenFinishReasonIsParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        stream: bool | Unset = UNSET,
        system: str | Sequence[AnthropicTextBlockParam | AnthropicTextBlockParamParam | SupportsToDict] | Unset = UNSET,
        temperature: float | Unset = UNSET,
        thinking: MessagesRequestThinkingEnabled
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingAdaptive
        | MessagesRequestThinkingEnabledParam
        | MessagesRequestThinkingDisabledParam
        | MessagesRequestThinkingAdaptiveParam
        | SupportsToDict
        | Unset = UNSET,
        tool_choice: MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | MessagesRequestToolChoiceAutoParam
        | MessagesRequestToolChoiceAnyParam
        | MessagesRequestToolChoiceNoneParam
        | MessagesRequestToolChoiceToolParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesRequestToolsItemAdvisor20260301
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemOption13
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | MessagesRequestToolsItemCustomParam
            | MessagesRequestToolsItemBash20250124Param
            | MessagesRequestToolsItemTextEditor20250124Param
            | MessagesRequestToolsItemWebSearch20250305Param
            | MessagesRequestToolsItemWebSearch20260209Param
            | MessagesRequestToolsItemAdvisor20260301Param
            | BashServerToolParam
            | DatetimeServerToolParam
            | ImageGenerationServerToolOpenRouterParam
            | MessagesSearchModelsServerToolParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | MessagesRequestToolsItemOption13Param
            | AnthropicToolSearchToolBm25Param
            | AnthropicToolSearchToolRegexParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_p: float | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> MessagesResult:
        """Create a message

        `POST /messages` (operationId `createMessages`).
        """
        return await self._request(
            "anthropic_messages.create_messages",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "model": model,
                "cache_control": cache_control,
                "context_management": context_management,
                "fallbacks": fallbacks,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "models": models,
                "output_config": output_config,
                "plugins": plugins,
                "provider": provider,
                "route": route,
                "service_tier": service_tier,
                "session_id": session_id,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "stop_server_tools_when": stop_server_tools_when,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("createMessages")
    def stream(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[MessagesMessageParam | MessagesMessageParamParam | SupportsToDict] | None,
        model: str,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        context_management: MessagesRequestContextManagementType0
        | MessagesRequestContextManagementType0Param
        | SupportsToDict
        | None
        | Unset = UNSET,
        fallbacks: Sequence[MessagesFallbackParam | MessagesFallbackParamParam | Mapping[str, Any] | SupportsToDict]
        | None
        | Unset = UNSET,
        max_tokens: int | Unset = UNSET,
        metadata: MessagesRequestMetadata | MessagesRequestMetadataParam | SupportsToDict | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        output_config: MessagesOutputConfig | MessagesOutputConfigParam | SupportsToDict | Unset = UNSET,
        plugins: Sequence[
            AutoRouterPlugin
            | AutoBetaRouterPlugin
            | ModerationPlugin
            | WebSearchPlugin
            | WebFetchPlugin
            | FileParserPlugin
            | ResponseHealingPlugin
            | ContextCompressionPlugin
            | ParetoRouterPlugin
            | FusionPlugin
            | AutoRouterPluginParam
            | AutoBetaRouterPluginParam
            | ModerationPluginParam
            | WebSearchPluginParam
            | WebFetchPluginParam
            | FileParserPluginParam
            | ResponseHealingPluginParam
            | ContextCompressionPluginParam
            | ParetoRouterPluginParam
            | FusionPluginParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        service_tier: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        speed: AnthropicSpeed | str | None | Unset = UNSET,
        stop_sequences: Sequence[str] | Unset = UNSET,
        stop_server_tools_when: Sequence[
            StopServerToolsWhenStepCountIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenStepCountIsParam
            | StopServerToolsWhenHasToolCallParam
            | StopServerToolsWhenMaxTokensUsedParam
            | StopServerToolsWhenMaxCostParam
            | StopServerToolsWhenFinishReasonIsParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        system: str | Sequence[AnthropicTextBlockParam | AnthropicTextBlockParamParam | SupportsToDict] | Unset = UNSET,
        temperature: float | Unset = UNSET,
        thinking: MessagesRequestThinkingEnabled
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingAdaptive
        | MessagesRequestThinkingEnabledParam
        | MessagesRequestThinkingDisabledParam
        | MessagesRequestThinkingAdaptiveParam
        | SupportsToDict
        | Unset = UNSET,
        tool_choice: MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | MessagesRequestToolChoiceAutoParam
        | MessagesRequestToolChoiceAnyParam
        | MessagesRequestToolChoiceNoneParam
        | MessagesRequestToolChoiceToolParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesRequestToolsItemAdvisor20260301
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesSearchModelsServerTool
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | MessagesRequestToolsItemOption13
            | AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | MessagesRequestToolsItemCustomParam
            | MessagesRequestToolsItemBash20250124Param
            | MessagesRequestToolsItemTextEditor20250124Param
            | MessagesRequestToolsItemWebSearch20250305Param
            | MessagesRequestToolsItemWebSearch20260209Param
            | MessagesRequestToolsItemAdvisor20260301Param
            | BashServerToolParam
            | DatetimeServerToolParam
            | ImageGenerationServerToolOpenRouterParam
            | MessagesSearchModelsServerToolParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | MessagesRequestToolsItemOption13Param
            | AnthropicToolSearchToolBm25Param
            | AnthropicToolSearchToolRegexParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_p: float | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractAsyncContextManager[AsyncMessageStream]:
        """Create a message

        Streamed: `with client.messages.stream(...) as stream:`; iterate it for events, or call `final()`
        for the same model `create(...)` returns. `idle_timeout` bounds the silence between two reads.

        `POST /messages` (operationId `createMessages`).
        """
        return self._stream(
            "MessageStream",
            "anthropic_messages.create_messages",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "model": model,
                "cache_control": cache_control,
                "context_management": context_management,
                "fallbacks": fallbacks,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "models": models,
                "output_config": output_config,
                "plugins": plugins,
                "provider": provider,
                "route": route,
                "service_tier": service_tier,
                "session_id": session_id,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "stop_server_tools_when": stop_server_tools_when,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            idle_timeout=idle_timeout,
            timeout=timeout,
        )


class MessagesWithRawResponse:
    """`client.messages.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Messages) -> None:
        raw = resource._raw_twin()
        self.create = _raw(raw.create)


class AsyncMessagesWithRawResponse:
    """`client.messages.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncMessages) -> None:
        raw = resource._raw_twin()
        self.create = _araw(raw.create)
