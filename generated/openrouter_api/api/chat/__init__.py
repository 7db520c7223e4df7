"""Contains endpoint functions for accessing the API, and the `client.chat` resource over them."""

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
    from openrouter_ext.streaming import AsyncChatStream, ChatStream

    from ...models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ...models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ...models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ...models.auto_router_plugin import AutoRouterPlugin
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.bash_server_tool import BashServerTool
    from ...models.chat_assistant_message import ChatAssistantMessage
    from ...models.chat_debug_options import ChatDebugOptions
    from ...models.chat_developer_message import ChatDeveloperMessage
    from ...models.chat_format_grammar_config import ChatFormatGrammarConfig
    from ...models.chat_format_json_object_config import ChatFormatJsonObjectConfig
    from ...models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
    from ...models.chat_format_python_config import ChatFormatPythonConfig
    from ...models.chat_format_text_config import ChatFormatTextConfig
    from ...models.chat_function_tool_function import ChatFunctionToolFunction
    from ...models.chat_named_tool_choice import ChatNamedToolChoice
    from ...models.chat_request import ChatRequest
    from ...models.chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0
    from ...models.chat_request_metadata import ChatRequestMetadata
    from ...models.chat_request_modalities_item import ChatRequestModalitiesItem
    from ...models.chat_request_reasoning import ChatRequestReasoning
    from ...models.chat_request_reasoning_effort_type_1 import ChatRequestReasoningEffortType1
    from ...models.chat_request_reasoning_effort_type_2_type_1 import ChatRequestReasoningEffortType2Type1
    from ...models.chat_request_reasoning_effort_type_3_type_1 import ChatRequestReasoningEffortType3Type1
    from ...models.chat_request_service_tier_type_1 import ChatRequestServiceTierType1
    from ...models.chat_request_service_tier_type_2_type_1 import ChatRequestServiceTierType2Type1
    from ...models.chat_request_service_tier_type_3_type_1 import ChatRequestServiceTierType3Type1
    from ...models.chat_result import ChatResult
    from ...models.chat_search_models_server_tool import ChatSearchModelsServerTool
    from ...models.chat_server_tool_choice import ChatServerToolChoice
    from ...models.chat_stream_options import ChatStreamOptions
    from ...models.chat_system_message import ChatSystemMessage
    from ...models.chat_tool_choice_type_0 import ChatToolChoiceType0
    from ...models.chat_tool_choice_type_1 import ChatToolChoiceType1
    from ...models.chat_tool_choice_type_2 import ChatToolChoiceType2
    from ...models.chat_tool_message import ChatToolMessage
    from ...models.chat_user_message import ChatUserMessage
    from ...models.chat_web_search_shorthand import ChatWebSearchShorthand
    from ...models.context_compression_plugin import ContextCompressionPlugin
    from ...models.datetime_server_tool import DatetimeServerTool
    from ...models.deprecated_route import DeprecatedRoute
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.file_parser_plugin import FileParserPlugin
    from ...models.files_server_tool import FilesServerTool
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.fusion_plugin import FusionPlugin
    from ...models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ...models.image_config import ImageConfig
    from ...models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ...models.internal_server_response import InternalServerResponse
    from ...models.metadata_level import MetadataLevel
    from ...models.moderation_plugin import ModerationPlugin
    from ...models.not_found_response import NotFoundResponse
    from ...models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from ...models.pareto_router_plugin import ParetoRouterPlugin
    from ...models.payload_too_large_response import PayloadTooLargeResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.prediction import Prediction
    from ...models.prompt_cache_options import PromptCacheOptions
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.provider_preferences import ProviderPreferences
    from ...models.request_timeout_response import RequestTimeoutResponse
    from ...models.response_healing_plugin import ResponseHealingPlugin
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ...models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ...models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ...models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ...models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ...models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.trace_config import TraceConfig
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.unprocessable_entity_response import UnprocessableEntityResponse
    from ...models.web_fetch_plugin import WebFetchPlugin
    from ...models.web_fetch_server_tool import WebFetchServerTool
    from ...models.web_search_plugin import WebSearchPlugin
    from ...params import (
        AdvisorServerToolOpenRouterParam,
        AnthropicCacheControlDirectiveParam,
        AutoBetaRouterPluginParam,
        AutoRouterPluginParam,
        BashServerToolParam,
        ChatAssistantMessageParam,
        ChatDebugOptionsParam,
        ChatDeveloperMessageParam,
        ChatFormatGrammarConfigParam,
        ChatFormatJsonObjectConfigParam,
        ChatFormatJsonSchemaConfigParam,
        ChatFormatPythonConfigParam,
        ChatFormatTextConfigParam,
        ChatFunctionToolFunctionParam,
        ChatNamedToolChoiceParam,
        ChatRequestLogitBiasType0Param,
        ChatRequestMetadataParam,
        ChatRequestParam,
        ChatRequestReasoningParam,
        ChatSearchModelsServerToolParam,
        ChatServerToolChoiceParam,
        ChatStreamOptionsParam,
        ChatSystemMessageParam,
        ChatToolMessageParam,
        ChatUserMessageParam,
        ChatWebSearchShorthandParam,
        ContextCompressionPluginParam,
        DatetimeServerToolParam,
        FileParserPluginParam,
        FilesServerToolParam,
        FusionPluginParam,
        FusionServerToolOpenRouterParam,
        ImageConfigParam,
        ImageGenerationServerToolOpenRouterParam,
        ModerationPluginParam,
        OpenRouterWebSearchServerToolParam,
        ParetoRouterPluginParam,
        PredictionParam,
        PromptCacheOptionsParam,
        ProviderPreferencesParam,
        ResponseHealingPluginParam,
        StopServerToolsWhenFinishReasonIsParam,
        StopServerToolsWhenHasToolCallParam,
        StopServerToolsWhenMaxCostParam,
        StopServerToolsWhenMaxTokensUsedParam,
        StopServerToolsWhenStepCountIsParam,
        SubagentServerToolOpenRouterParam,
        TraceConfigParam,
        WebFetchPluginParam,
        WebFetchServerToolParam,
        WebSearchPluginParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncChat", "AsyncChatWithRawResponse", "Chat", "ChatWithRawResponse"]


class Chat(_SyncResource):
    """`client.chat`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ChatWithRawResponse(self)

    @_operation("sendChatCompletionRequest")
    def send(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[
            ChatSystemMessage
            | ChatUserMessage
            | ChatDeveloperMessage
            | ChatAssistantMessage
            | ChatToolMessage
            | ChatSystemMessageParam
            | ChatUserMessageParam
            | ChatDeveloperMessageParam
            | ChatAssistantMessageParam
            | ChatToolMessageParam
            | SupportsToDict
        ],
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        logit_bias: ChatRequestLogitBiasType0 | ChatRequestLogitBiasType0Param | SupportsToDict | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        metadata: ChatRequestMetadata | ChatRequestMetadataParam | SupportsToDict | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        modalities: Sequence[ChatRequestModalitiesItem | str] | Unset = UNSET,
        model: str | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
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
        prediction: Prediction | PredictionParam | SupportsToDict | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ChatRequestReasoning | ChatRequestReasoningParam | SupportsToDict | Unset = UNSET,
        reasoning_effort: ChatRequestReasoningEffortType1
        | str
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        response_format: ChatFormatTextConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatGrammarConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfigParam
        | ChatFormatJsonObjectConfigParam
        | ChatFormatJsonSchemaConfigParam
        | ChatFormatGrammarConfigParam
        | ChatFormatPythonConfigParam
        | SupportsToDict
        | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        service_tier: ChatRequestServiceTierType1
        | str
        | ChatRequestServiceTierType2Type1
        | ChatRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
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
        stream_options: ChatStreamOptions | ChatStreamOptionsParam | SupportsToDict | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        tool_choice: ChatToolChoiceType0
        | str
        | ChatToolChoiceType1
        | ChatToolChoiceType2
        | ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatNamedToolChoiceParam
        | ChatServerToolChoiceParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ChatFunctionToolFunction
            | AdvisorServerToolOpenRouter
            | BashServerTool
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | ChatSearchModelsServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | ChatWebSearchShorthand
            | ChatFunctionToolFunctionParam
            | AdvisorServerToolOpenRouterParam
            | BashServerToolParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | ChatSearchModelsServerToolParam
            | SubagentServerToolOpenRouterParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | ChatWebSearchShorthandParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_a: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ChatResult:
        """Create a chat completion

        `POST /chat/completions` (operationId `sendChatCompletionRequest`).
        """
        return self._request(
            "chat.send_chat_completion_request",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_completion_tokens": max_completion_tokens,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "min_p": min_p,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "prediction": prediction,
                "presence_penalty": presence_penalty,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "reasoning_effort": reasoning_effort,
                "repetition_penalty": repetition_penalty,
                "response_format": response_format,
                "route": route,
                "seed": seed,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop": stop,
                "stop_server_tools_when": stop_server_tools_when,
                "stream": stream,
                "stream_options": stream_options,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_a": top_a,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("sendChatCompletionRequest")
    def stream(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[
            ChatSystemMessage
            | ChatUserMessage
            | ChatDeveloperMessage
            | ChatAssistantMessage
            | ChatToolMessage
            | ChatSystemMessageParam
            | ChatUserMessageParam
            | ChatDeveloperMessageParam
            | ChatAssistantMessageParam
            | ChatToolMessageParam
            | SupportsToDict
        ],
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        logit_bias: ChatRequestLogitBiasType0 | ChatRequestLogitBiasType0Param | SupportsToDict | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        metadata: ChatRequestMetadata | ChatRequestMetadataParam | SupportsToDict | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        modalities: Sequence[ChatRequestModalitiesItem | str] | Unset = UNSET,
        model: str | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
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
        prediction: Prediction | PredictionParam | SupportsToDict | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ChatRequestReasoning | ChatRequestReasoningParam | SupportsToDict | Unset = UNSET,
        reasoning_effort: ChatRequestReasoningEffortType1
        | str
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        response_format: ChatFormatTextConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatGrammarConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfigParam
        | ChatFormatJsonObjectConfigParam
        | ChatFormatJsonSchemaConfigParam
        | ChatFormatGrammarConfigParam
        | ChatFormatPythonConfigParam
        | SupportsToDict
        | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        service_tier: ChatRequestServiceTierType1
        | str
        | ChatRequestServiceTierType2Type1
        | ChatRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
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
        stream_options: ChatStreamOptions | ChatStreamOptionsParam | SupportsToDict | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        tool_choice: ChatToolChoiceType0
        | str
        | ChatToolChoiceType1
        | ChatToolChoiceType2
        | ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatNamedToolChoiceParam
        | ChatServerToolChoiceParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ChatFunctionToolFunction
            | AdvisorServerToolOpenRouter
            | BashServerTool
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | ChatSearchModelsServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | ChatWebSearchShorthand
            | ChatFunctionToolFunctionParam
            | AdvisorServerToolOpenRouterParam
            | BashServerToolParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | ChatSearchModelsServerToolParam
            | SubagentServerToolOpenRouterParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | ChatWebSearchShorthandParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_a: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractContextManager[ChatStream]:
        """Create a chat completion

        Streamed: `with client.chat.stream(...) as stream:`; iterate it for events, or call `final()`
        for the same model `send(...)` returns. `idle_timeout` bounds the silence between two reads.

        `POST /chat/completions` (operationId `sendChatCompletionRequest`).
        """
        return self._stream(
            "ChatStream",
            "chat.send_chat_completion_request",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_completion_tokens": max_completion_tokens,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "min_p": min_p,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "prediction": prediction,
                "presence_penalty": presence_penalty,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "reasoning_effort": reasoning_effort,
                "repetition_penalty": repetition_penalty,
                "response_format": response_format,
                "route": route,
                "seed": seed,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop": stop,
                "stop_server_tools_when": stop_server_tools_when,
                "stream_options": stream_options,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_a": top_a,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
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


class AsyncChat(_AsyncResource):
    """`client.chat` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncChatWithRawResponse(self)

    @_operation("sendChatCompletionRequest")
    async def send(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[
            ChatSystemMessage
            | ChatUserMessage
            | ChatDeveloperMessage
            | ChatAssistantMessage
            | ChatToolMessage
            | ChatSystemMessageParam
            | ChatUserMessageParam
            | ChatDeveloperMessageParam
            | ChatAssistantMessageParam
            | ChatToolMessageParam
            | SupportsToDict
        ],
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        logit_bias: ChatRequestLogitBiasType0 | ChatRequestLogitBiasType0Param | SupportsToDict | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        metadata: ChatRequestMetadata | ChatRequestMetadataParam | SupportsToDict | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        modalities: Sequence[ChatRequestModalitiesItem | str] | Unset = UNSET,
        model: str | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
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
        prediction: Prediction | PredictionParam | SupportsToDict | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ChatRequestReasoning | ChatRequestReasoningParam | SupportsToDict | Unset = UNSET,
        reasoning_effort: ChatRequestReasoningEffortType1
        | str
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        response_format: ChatFormatTextConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatGrammarConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfigParam
        | ChatFormatJsonObjectConfigParam
        | ChatFormatJsonSchemaConfigParam
        | ChatFormatGrammarConfigParam
        | ChatFormatPythonConfigParam
        | SupportsToDict
        | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        service_tier: ChatRequestServiceTierType1
        | str
        | ChatRequestServiceTierType2Type1
        | ChatRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
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
        stream_options: ChatStreamOptions | ChatStreamOptionsParam | SupportsToDict | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        tool_choice: ChatToolChoiceType0
        | str
        | ChatToolChoiceType1
        | ChatToolChoiceType2
        | ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatNamedToolChoiceParam
        | ChatServerToolChoiceParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ChatFunctionToolFunction
            | AdvisorServerToolOpenRouter
            | BashServerTool
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | ChatSearchModelsServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | ChatWebSearchShorthand
            | ChatFunctionToolFunctionParam
            | AdvisorServerToolOpenRouterParam
            | BashServerToolParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | ChatSearchModelsServerToolParam
            | SubagentServerToolOpenRouterParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | ChatWebSearchShorthandParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_a: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ChatResult:
        """Create a chat completion

        `POST /chat/completions` (operationId `sendChatCompletionRequest`).
        """
        return await self._request(
            "chat.send_chat_completion_request",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_completion_tokens": max_completion_tokens,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "min_p": min_p,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "prediction": prediction,
                "presence_penalty": presence_penalty,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "reasoning_effort": reasoning_effort,
                "repetition_penalty": repetition_penalty,
                "response_format": response_format,
                "route": route,
                "seed": seed,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop": stop,
                "stop_server_tools_when": stop_server_tools_when,
                "stream": stream,
                "stream_options": stream_options,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_a": top_a,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("sendChatCompletionRequest")
    def stream(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        messages: Sequence[
            ChatSystemMessage
            | ChatUserMessage
            | ChatDeveloperMessage
            | ChatAssistantMessage
            | ChatToolMessage
            | ChatSystemMessageParam
            | ChatUserMessageParam
            | ChatDeveloperMessageParam
            | ChatAssistantMessageParam
            | ChatToolMessageParam
            | SupportsToDict
        ],
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        logit_bias: ChatRequestLogitBiasType0 | ChatRequestLogitBiasType0Param | SupportsToDict | None | Unset = UNSET,
        logprobs: bool | None | Unset = UNSET,
        max_completion_tokens: int | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        metadata: ChatRequestMetadata | ChatRequestMetadataParam | SupportsToDict | Unset = UNSET,
        min_p: float | None | Unset = UNSET,
        modalities: Sequence[ChatRequestModalitiesItem | str] | Unset = UNSET,
        model: str | Unset = UNSET,
        models: Sequence[str] | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
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
        prediction: Prediction | PredictionParam | SupportsToDict | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ChatRequestReasoning | ChatRequestReasoningParam | SupportsToDict | Unset = UNSET,
        reasoning_effort: ChatRequestReasoningEffortType1
        | str
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset = UNSET,
        repetition_penalty: float | None | Unset = UNSET,
        response_format: ChatFormatTextConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatGrammarConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfigParam
        | ChatFormatJsonObjectConfigParam
        | ChatFormatJsonSchemaConfigParam
        | ChatFormatGrammarConfigParam
        | ChatFormatPythonConfigParam
        | SupportsToDict
        | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        service_tier: ChatRequestServiceTierType1
        | str
        | ChatRequestServiceTierType2Type1
        | ChatRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
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
        stream_options: ChatStreamOptions | ChatStreamOptionsParam | SupportsToDict | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        tool_choice: ChatToolChoiceType0
        | str
        | ChatToolChoiceType1
        | ChatToolChoiceType2
        | ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatNamedToolChoiceParam
        | ChatServerToolChoiceParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ChatFunctionToolFunction
            | AdvisorServerToolOpenRouter
            | BashServerTool
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | ChatSearchModelsServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
            | OpenRouterWebSearchServerTool
            | ChatWebSearchShorthand
            | ChatFunctionToolFunctionParam
            | AdvisorServerToolOpenRouterParam
            | BashServerToolParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | ChatSearchModelsServerToolParam
            | SubagentServerToolOpenRouterParam
            | WebFetchServerToolParam
            | OpenRouterWebSearchServerToolParam
            | ChatWebSearchShorthandParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_a: float | None | Unset = UNSET,
        top_k: int | None | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        user: str | Unset = UNSET,
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractAsyncContextManager[AsyncChatStream]:
        """Create a chat completion

        Streamed: `with client.chat.stream(...) as stream:`; iterate it for events, or call `final()`
        for the same model `send(...)` returns. `idle_timeout` bounds the silence between two reads.

        `POST /chat/completions` (operationId `sendChatCompletionRequest`).
        """
        return self._stream(
            "ChatStream",
            "chat.send_chat_completion_request",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "messages": messages,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_completion_tokens": max_completion_tokens,
                "max_tokens": max_tokens,
                "metadata": metadata,
                "min_p": min_p,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "prediction": prediction,
                "presence_penalty": presence_penalty,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "reasoning_effort": reasoning_effort,
                "repetition_penalty": repetition_penalty,
                "response_format": response_format,
                "route": route,
                "seed": seed,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop": stop,
                "stop_server_tools_when": stop_server_tools_when,
                "stream_options": stream_options,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_a": top_a,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
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


class ChatWithRawResponse:
    """`client.chat.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Chat) -> None:
        raw = resource._raw_twin()
        self.send = _raw(raw.send)


class AsyncChatWithRawResponse:
    """`client.chat.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncChat) -> None:
        raw = resource._raw_twin()
        self.send = _araw(raw.send)
