"""Contains endpoint functions for accessing the API, and the `client.responses` resource over them."""

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
    from openrouter_ext.streaming import AsyncResponseStream, ResponseStream

    from ...models.additional_tools_item import AdditionalToolsItem
    from ...models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ...models.agent_message_item import AgentMessageItem
    from ...models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ...models.apply_patch_call_item import ApplyPatchCallItem
    from ...models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ...models.apply_patch_server_tool import ApplyPatchServerTool
    from ...models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from ...models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ...models.auto_router_plugin import AutoRouterPlugin
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.bash_server_tool import BashServerTool
    from ...models.chat_debug_options import ChatDebugOptions
    from ...models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ...models.codex_local_shell_tool import CodexLocalShellTool
    from ...models.compaction_item import CompactionItem
    from ...models.computer_use_server_tool import ComputerUseServerTool
    from ...models.context_compaction_item import ContextCompactionItem
    from ...models.context_compression_plugin import ContextCompressionPlugin
    from ...models.custom_tool import CustomTool
    from ...models.custom_tool_call_item import CustomToolCallItem
    from ...models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ...models.datetime_server_tool import DatetimeServerTool
    from ...models.deprecated_route import DeprecatedRoute
    from ...models.easy_input_message import EasyInputMessage
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.file_parser_plugin import FileParserPlugin
    from ...models.file_search_server_tool import FileSearchServerTool
    from ...models.files_server_tool import FilesServerTool
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.function_call_item import FunctionCallItem
    from ...models.function_call_output_item import FunctionCallOutputItem
    from ...models.fusion_plugin import FusionPlugin
    from ...models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ...models.image_config import ImageConfig
    from ...models.image_generation_server_tool import ImageGenerationServerTool
    from ...models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ...models.input_message_item import InputMessageItem
    from ...models.inputs_option_2_item_message import InputsOption2ItemMessage
    from ...models.inputs_option_2_item_option_9 import InputsOption2ItemOption9
    from ...models.internal_server_response import InternalServerResponse
    from ...models.item_reference_item import ItemReferenceItem
    from ...models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ...models.local_shell_call_item import LocalShellCallItem
    from ...models.local_shell_call_output_item import LocalShellCallOutputItem
    from ...models.mcp_approval_request_item import McpApprovalRequestItem
    from ...models.mcp_approval_response_item import McpApprovalResponseItem
    from ...models.mcp_call_item import McpCallItem
    from ...models.mcp_list_tools_item import McpListToolsItem
    from ...models.mcp_server_tool import McpServerTool
    from ...models.metadata_level import MetadataLevel
    from ...models.moderation_plugin import ModerationPlugin
    from ...models.namespace_tool import NamespaceTool
    from ...models.not_found_response import NotFoundResponse
    from ...models.open_ai_responses_tool_choice_apply_patch import OpenAIResponsesToolChoiceApplyPatch
    from ...models.open_ai_responses_tool_choice_function import OpenAIResponsesToolChoiceFunction
    from ...models.open_ai_responses_tool_choice_option_5 import OpenAIResponsesToolChoiceOption5
    from ...models.open_ai_responses_tool_choice_shell import OpenAIResponsesToolChoiceShell
    from ...models.open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
    from ...models.open_ai_responses_tool_choice_type_1 import OpenAIResponsesToolChoiceType1
    from ...models.open_ai_responses_tool_choice_type_2 import OpenAIResponsesToolChoiceType2
    from ...models.open_ai_responses_truncation import OpenAIResponsesTruncation
    from ...models.open_responses_result import OpenResponsesResult
    from ...models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ...models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from ...models.output_bash_server_tool_item import OutputBashServerToolItem
    from ...models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from ...models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ...models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem
    from ...models.output_computer_call_item import OutputComputerCallItem
    from ...models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ...models.output_datetime_item import OutputDatetimeItem
    from ...models.output_file_search_call_item import OutputFileSearchCallItem
    from ...models.output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from ...models.output_files_server_tool_item import OutputFilesServerToolItem
    from ...models.output_function_call_item import OutputFunctionCallItem
    from ...models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ...models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ...models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem
    from ...models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ...models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ...models.output_modality_enum import OutputModalityEnum
    from ...models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from ...models.output_shell_server_tool_item import OutputShellServerToolItem
    from ...models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ...models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from ...models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from ...models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ...models.output_web_search_call_item import OutputWebSearchCallItem
    from ...models.output_web_search_server_tool_item import OutputWebSearchServerToolItem
    from ...models.pareto_router_plugin import ParetoRouterPlugin
    from ...models.payload_too_large_response import PayloadTooLargeResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ...models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ...models.prompt_cache_options import PromptCacheOptions
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.provider_preferences import ProviderPreferences
    from ...models.reasoning_config_option_1 import ReasoningConfigOption1
    from ...models.reasoning_item import ReasoningItem
    from ...models.request_metadata import RequestMetadata
    from ...models.request_timeout_response import RequestTimeoutResponse
    from ...models.response_healing_plugin import ResponseHealingPlugin
    from ...models.response_includes_enum import ResponseIncludesEnum
    from ...models.responses_request import ResponsesRequest
    from ...models.responses_request_service_tier_type_1 import ResponsesRequestServiceTierType1
    from ...models.responses_request_service_tier_type_2_type_1 import ResponsesRequestServiceTierType2Type1
    from ...models.responses_request_service_tier_type_3_type_1 import ResponsesRequestServiceTierType3Type1
    from ...models.responses_request_tools_item_option_1 import ResponsesRequestToolsItemOption1
    from ...models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.shell_call_item import ShellCallItem
    from ...models.shell_call_output_item import ShellCallOutputItem
    from ...models.shell_server_tool import ShellServerTool
    from ...models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ...models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ...models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ...models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ...models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ...models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ...models.stored_prompt_template import StoredPromptTemplate
    from ...models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ...models.text_extended_config import TextExtendedConfig
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.tool_choice_allowed import ToolChoiceAllowed
    from ...models.tool_search_server_tool import ToolSearchServerTool
    from ...models.trace_config import TraceConfig
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.unprocessable_entity_response import UnprocessableEntityResponse
    from ...models.web_fetch_plugin import WebFetchPlugin
    from ...models.web_fetch_server_tool import WebFetchServerTool
    from ...models.web_search_plugin import WebSearchPlugin
    from ...models.web_search_server_tool import WebSearchServerTool
    from ...models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter
    from ...params import (
        AdditionalToolsItemParam,
        AdvisorServerToolOpenRouterParam,
        AgentMessageItemParam,
        AnthropicCacheControlDirectiveParam,
        ApplyPatchCallItemParam,
        ApplyPatchCallOutputItemParam,
        ApplyPatchServerToolOpenRouterParam,
        ApplyPatchServerToolParam,
        AutoBetaRouterPluginParam,
        AutoRouterPluginParam,
        BashServerToolParam,
        ChatDebugOptionsParam,
        CodeInterpreterServerToolParam,
        CodexLocalShellToolParam,
        CompactionItemParam,
        ComputerUseServerToolParam,
        ContextCompactionItemParam,
        ContextCompressionPluginParam,
        CustomToolCallItemParam,
        CustomToolCallOutputItemParam,
        CustomToolParam,
        DatetimeServerToolParam,
        EasyInputMessageParam,
        FileParserPluginParam,
        FileSearchServerToolParam,
        FilesServerToolParam,
        FunctionCallItemParam,
        FunctionCallOutputItemParam,
        FusionPluginParam,
        FusionServerToolOpenRouterParam,
        ImageConfigParam,
        ImageGenerationServerToolOpenRouterParam,
        ImageGenerationServerToolParam,
        InputMessageItemParam,
        InputsOption2ItemMessageParam,
        InputsOption2ItemOption9Param,
        ItemReferenceItemParam,
        LegacyWebSearchServerToolParam,
        LocalShellCallItemParam,
        LocalShellCallOutputItemParam,
        McpApprovalRequestItemParam,
        McpApprovalResponseItemParam,
        McpCallItemParam,
        McpListToolsItemParam,
        McpServerToolParam,
        ModerationPluginParam,
        NamespaceToolParam,
        OpenAIResponsesToolChoiceApplyPatchParam,
        OpenAIResponsesToolChoiceFunctionParam,
        OpenAIResponsesToolChoiceOption5Param,
        OpenAIResponsesToolChoiceShellParam,
        OutputAdvisorServerToolItemParam,
        OutputApplyPatchServerToolItemParam,
        OutputBashServerToolItemParam,
        OutputBrowserUseServerToolItemParam,
        OutputCodeInterpreterCallItemParam,
        OutputCodeInterpreterServerToolItemParam,
        OutputComputerCallItemParam,
        OutputCustomToolCallItemParam,
        OutputDatetimeItemParam,
        OutputFileSearchCallItemParam,
        OutputFileSearchServerToolItemParam,
        OutputFilesServerToolItemParam,
        OutputFunctionCallItemParam,
        OutputFusionServerToolItemParam,
        OutputImageGenerationCallItemParam,
        OutputImageGenerationServerToolItemParam,
        OutputMcpServerToolItemParam,
        OutputMemoryServerToolItemParam,
        OutputSearchModelsServerToolItemParam,
        OutputShellServerToolItemParam,
        OutputSubagentServerToolItemParam,
        OutputTextEditorServerToolItemParam,
        OutputToolSearchServerToolItemParam,
        OutputWebFetchServerToolItemParam,
        OutputWebSearchCallItemParam,
        OutputWebSearchServerToolItemParam,
        ParetoRouterPluginParam,
        Preview20250311WebSearchServerToolParam,
        PreviewWebSearchServerToolParam,
        PromptCacheOptionsParam,
        ProviderPreferencesParam,
        ReasoningConfigOption1Param,
        ReasoningItemParam,
        RequestMetadataParam,
        ResponseHealingPluginParam,
        ResponsesRequestParam,
        ResponsesRequestToolsItemOption1Param,
        SearchModelsServerToolOpenRouterParam,
        ShellCallItemParam,
        ShellCallOutputItemParam,
        ShellServerToolOpenRouterParam,
        ShellServerToolParam,
        StopServerToolsWhenFinishReasonIsParam,
        StopServerToolsWhenHasToolCallParam,
        StopServerToolsWhenMaxCostParam,
        StopServerToolsWhenMaxTokensUsedParam,
        StopServerToolsWhenStepCountIsParam,
        StoredPromptTemplateParam,
        SubagentServerToolOpenRouterParam,
        TextExtendedConfigParam,
        ToolChoiceAllowedParam,
        ToolSearchServerToolParam,
        TraceConfigParam,
        WebFetchPluginParam,
        WebFetchServerToolParam,
        WebSearchPluginParam,
        WebSearchServerToolOpenRouterParam,
        WebSearchServerToolParam,
    )
    from ...types import UNSET, File, Unset

__all__ = ["AsyncResponses", "AsyncResponsesWithRawResponse", "Responses", "ResponsesWithRawResponse"]


class Responses(_SyncResource):
    """`client.responses`: 1 operation."""

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return ResponsesWithRawResponse(self)

    @_operation("createResponses")
    def send(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        background: bool | None | Unset = UNSET,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        include: Sequence[ResponseIncludesEnum | str] | None | Unset = UNSET,
        input: str
        | Sequence[
            ReasoningItem
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsOption2ItemMessage
            | InputsOption2ItemOption9
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
            | ReasoningItemParam
            | EasyInputMessageParam
            | InputMessageItemParam
            | FunctionCallItemParam
            | FunctionCallOutputItemParam
            | ApplyPatchCallItemParam
            | ApplyPatchCallOutputItemParam
            | InputsOption2ItemMessageParam
            | InputsOption2ItemOption9Param
            | OutputFunctionCallItemParam
            | OutputCustomToolCallItemParam
            | OutputWebSearchCallItemParam
            | OutputFileSearchCallItemParam
            | OutputImageGenerationCallItemParam
            | OutputCodeInterpreterCallItemParam
            | OutputComputerCallItemParam
            | OutputDatetimeItemParam
            | OutputWebSearchServerToolItemParam
            | OutputCodeInterpreterServerToolItemParam
            | OutputFileSearchServerToolItemParam
            | OutputImageGenerationServerToolItemParam
            | OutputBrowserUseServerToolItemParam
            | OutputBashServerToolItemParam
            | OutputTextEditorServerToolItemParam
            | OutputApplyPatchServerToolItemParam
            | OutputWebFetchServerToolItemParam
            | OutputToolSearchServerToolItemParam
            | OutputMemoryServerToolItemParam
            | OutputMcpServerToolItemParam
            | OutputSearchModelsServerToolItemParam
            | OutputFusionServerToolItemParam
            | OutputAdvisorServerToolItemParam
            | OutputSubagentServerToolItemParam
            | OutputFilesServerToolItemParam
            | OutputShellServerToolItemParam
            | LocalShellCallItemParam
            | LocalShellCallOutputItemParam
            | ShellCallItemParam
            | ShellCallOutputItemParam
            | McpListToolsItemParam
            | McpApprovalRequestItemParam
            | McpApprovalResponseItemParam
            | McpCallItemParam
            | CustomToolCallItemParam
            | CustomToolCallOutputItemParam
            | CompactionItemParam
            | ContextCompactionItemParam
            | ItemReferenceItemParam
            | AdditionalToolsItemParam
            | AgentMessageItemParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        metadata: RequestMetadata | RequestMetadataParam | SupportsToDict | None | Unset = UNSET,
        modalities: Sequence[OutputModalityEnum | str] | Unset = UNSET,
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
        presence_penalty: float | None | Unset = UNSET,
        previous_response_id: Any | Unset = UNSET,
        prompt: StoredPromptTemplate | StoredPromptTemplateParam | SupportsToDict | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ReasoningConfigOption1 | ReasoningConfigOption1Param | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        safety_identifier: str | None | Unset = UNSET,
        service_tier: ResponsesRequestServiceTierType1
        | str
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
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
        store: bool | Unset = UNSET,
        stream: bool | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: TextExtendedConfig | TextExtendedConfigParam | SupportsToDict | Unset = UNSET,
        tool_choice: OpenAIResponsesToolChoiceType0
        | str
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | ToolChoiceAllowed
        | OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceFunctionParam
        | OpenAIResponsesToolChoiceOption5Param
        | ToolChoiceAllowedParam
        | OpenAIResponsesToolChoiceApplyPatchParam
        | OpenAIResponsesToolChoiceShellParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ResponsesRequestToolsItemOption1
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | ResponsesRequestToolsItemOption1Param
            | PreviewWebSearchServerToolParam
            | Preview20250311WebSearchServerToolParam
            | LegacyWebSearchServerToolParam
            | WebSearchServerToolParam
            | FileSearchServerToolParam
            | ComputerUseServerToolParam
            | CodeInterpreterServerToolParam
            | McpServerToolParam
            | ImageGenerationServerToolParam
            | CodexLocalShellToolParam
            | ShellServerToolParam
            | ApplyPatchServerToolParam
            | CustomToolParam
            | NamespaceToolParam
            | AdvisorServerToolOpenRouterParam
            | SubagentServerToolOpenRouterParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | SearchModelsServerToolOpenRouterParam
            | WebFetchServerToolParam
            | WebSearchServerToolOpenRouterParam
            | ApplyPatchServerToolOpenRouterParam
            | BashServerToolParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        truncation: OpenAIResponsesTruncation | str | None | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> OpenResponsesResult:
        """Create a response

        `POST /responses` (operationId `createResponses`).
        """
        return self._request(
            "responses.create_responses",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "background": background,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "route": route,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop_server_tools_when": stop_server_tools_when,
                "store": store,
                "stream": stream,
                "temperature": temperature,
                "text": text,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "truncation": truncation,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("createResponses")
    def stream(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        background: bool | None | Unset = UNSET,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        include: Sequence[ResponseIncludesEnum | str] | None | Unset = UNSET,
        input: str
        | Sequence[
            ReasoningItem
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsOption2ItemMessage
            | InputsOption2ItemOption9
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
            | ReasoningItemParam
            | EasyInputMessageParam
            | InputMessageItemParam
            | FunctionCallItemParam
            | FunctionCallOutputItemParam
            | ApplyPatchCallItemParam
            | ApplyPatchCallOutputItemParam
            | InputsOption2ItemMessageParam
            | InputsOption2ItemOption9Param
            | OutputFunctionCallItemParam
            | OutputCustomToolCallItemParam
            | OutputWebSearchCallItemParam
            | OutputFileSearchCallItemParam
            | OutputImageGenerationCallItemParam
            | OutputCodeInterpreterCallItemParam
            | OutputComputerCallItemParam
            | OutputDatetimeItemParam
            | OutputWebSearchServerToolItemParam
            | OutputCodeInterpreterServerToolItemParam
            | OutputFileSearchServerToolItemParam
            | OutputImageGenerationServerToolItemParam
            | OutputBrowserUseServerToolItemParam
            | OutputBashServerToolItemParam
            | OutputTextEditorServerToolItemParam
            | OutputApplyPatchServerToolItemParam
            | OutputWebFetchServerToolItemParam
            | OutputToolSearchServerToolItemParam
            | OutputMemoryServerToolItemParam
            | OutputMcpServerToolItemParam
            | OutputSearchModelsServerToolItemParam
            | OutputFusionServerToolItemParam
            | OutputAdvisorServerToolItemParam
            | OutputSubagentServerToolItemParam
            | OutputFilesServerToolItemParam
            | OutputShellServerToolItemParam
            | LocalShellCallItemParam
            | LocalShellCallOutputItemParam
            | ShellCallItemParam
            | ShellCallOutputItemParam
            | McpListToolsItemParam
            | McpApprovalRequestItemParam
            | McpApprovalResponseItemParam
            | McpCallItemParam
            | CustomToolCallItemParam
            | CustomToolCallOutputItemParam
            | CompactionItemParam
            | ContextCompactionItemParam
            | ItemReferenceItemParam
            | AdditionalToolsItemParam
            | AgentMessageItemParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        metadata: RequestMetadata | RequestMetadataParam | SupportsToDict | None | Unset = UNSET,
        modalities: Sequence[OutputModalityEnum | str] | Unset = UNSET,
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
        presence_penalty: float | None | Unset = UNSET,
        previous_response_id: Any | Unset = UNSET,
        prompt: StoredPromptTemplate | StoredPromptTemplateParam | SupportsToDict | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ReasoningConfigOption1 | ReasoningConfigOption1Param | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        safety_identifier: str | None | Unset = UNSET,
        service_tier: ResponsesRequestServiceTierType1
        | str
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
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
        store: bool | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: TextExtendedConfig | TextExtendedConfigParam | SupportsToDict | Unset = UNSET,
        tool_choice: OpenAIResponsesToolChoiceType0
        | str
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | ToolChoiceAllowed
        | OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceFunctionParam
        | OpenAIResponsesToolChoiceOption5Param
        | ToolChoiceAllowedParam
        | OpenAIResponsesToolChoiceApplyPatchParam
        | OpenAIResponsesToolChoiceShellParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ResponsesRequestToolsItemOption1
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | ResponsesRequestToolsItemOption1Param
            | PreviewWebSearchServerToolParam
            | Preview20250311WebSearchServerToolParam
            | LegacyWebSearchServerToolParam
            | WebSearchServerToolParam
            | FileSearchServerToolParam
            | ComputerUseServerToolParam
            | CodeInterpreterServerToolParam
            | McpServerToolParam
            | ImageGenerationServerToolParam
            | CodexLocalShellToolParam
            | ShellServerToolParam
            | ApplyPatchServerToolParam
            | CustomToolParam
            | NamespaceToolParam
            | AdvisorServerToolOpenRouterParam
            | SubagentServerToolOpenRouterParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | SearchModelsServerToolOpenRouterParam
            | WebFetchServerToolParam
            | WebSearchServerToolOpenRouterParam
            | ApplyPatchServerToolOpenRouterParam
            | BashServerToolParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        truncation: OpenAIResponsesTruncation | str | None | Unset = UNSET,
        user: str | Unset = UNSET,
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractContextManager[ResponseStream]:
        """Create a response

        Streamed: `with client.responses.stream(...) as stream:`; iterate it for events, or call `final()`
        for the same model `send(...)` returns. `idle_timeout` bounds the silence between two reads.

        `POST /responses` (operationId `createResponses`).
        """
        return self._stream(
            "ResponseStream",
            "responses.create_responses",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "background": background,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "route": route,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop_server_tools_when": stop_server_tools_when,
                "store": store,
                "temperature": temperature,
                "text": text,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "truncation": truncation,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            idle_timeout=idle_timeout,
            timeout=timeout,
        )


class AsyncResponses(_AsyncResource):
    """`client.responses` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncResponsesWithRawResponse(self)

    @_operation("createResponses")
    async def send(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        background: bool | None | Unset = UNSET,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        include: Sequence[ResponseIncludesEnum | str] | None | Unset = UNSET,
        input: str
        | Sequence[
            ReasoningItem
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsOption2ItemMessage
            | InputsOption2ItemOption9
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
            | ReasoningItemParam
            | EasyInputMessageParam
            | InputMessageItemParam
            | FunctionCallItemParam
            | FunctionCallOutputItemParam
            | ApplyPatchCallItemParam
            | ApplyPatchCallOutputItemParam
            | InputsOption2ItemMessageParam
            | InputsOption2ItemOption9Param
            | OutputFunctionCallItemParam
            | OutputCustomToolCallItemParam
            | OutputWebSearchCallItemParam
            | OutputFileSearchCallItemParam
            | OutputImageGenerationCallItemParam
            | OutputCodeInterpreterCallItemParam
            | OutputComputerCallItemParam
            | OutputDatetimeItemParam
            | OutputWebSearchServerToolItemParam
            | OutputCodeInterpreterServerToolItemParam
            | OutputFileSearchServerToolItemParam
            | OutputImageGenerationServerToolItemParam
            | OutputBrowserUseServerToolItemParam
            | OutputBashServerToolItemParam
            | OutputTextEditorServerToolItemParam
            | OutputApplyPatchServerToolItemParam
            | OutputWebFetchServerToolItemParam
            | OutputToolSearchServerToolItemParam
            | OutputMemoryServerToolItemParam
            | OutputMcpServerToolItemParam
            | OutputSearchModelsServerToolItemParam
            | OutputFusionServerToolItemParam
            | OutputAdvisorServerToolItemParam
            | OutputSubagentServerToolItemParam
            | OutputFilesServerToolItemParam
            | OutputShellServerToolItemParam
            | LocalShellCallItemParam
            | LocalShellCallOutputItemParam
            | ShellCallItemParam
            | ShellCallOutputItemParam
            | McpListToolsItemParam
            | McpApprovalRequestItemParam
            | McpApprovalResponseItemParam
            | McpCallItemParam
            | CustomToolCallItemParam
            | CustomToolCallOutputItemParam
            | CompactionItemParam
            | ContextCompactionItemParam
            | ItemReferenceItemParam
            | AdditionalToolsItemParam
            | AgentMessageItemParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        metadata: RequestMetadata | RequestMetadataParam | SupportsToDict | None | Unset = UNSET,
        modalities: Sequence[OutputModalityEnum | str] | Unset = UNSET,
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
        presence_penalty: float | None | Unset = UNSET,
        previous_response_id: Any | Unset = UNSET,
        prompt: StoredPromptTemplate | StoredPromptTemplateParam | SupportsToDict | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ReasoningConfigOption1 | ReasoningConfigOption1Param | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        safety_identifier: str | None | Unset = UNSET,
        service_tier: ResponsesRequestServiceTierType1
        | str
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
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
        store: bool | Unset = UNSET,
        stream: bool | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: TextExtendedConfig | TextExtendedConfigParam | SupportsToDict | Unset = UNSET,
        tool_choice: OpenAIResponsesToolChoiceType0
        | str
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | ToolChoiceAllowed
        | OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceFunctionParam
        | OpenAIResponsesToolChoiceOption5Param
        | ToolChoiceAllowedParam
        | OpenAIResponsesToolChoiceApplyPatchParam
        | OpenAIResponsesToolChoiceShellParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ResponsesRequestToolsItemOption1
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | ResponsesRequestToolsItemOption1Param
            | PreviewWebSearchServerToolParam
            | Preview20250311WebSearchServerToolParam
            | LegacyWebSearchServerToolParam
            | WebSearchServerToolParam
            | FileSearchServerToolParam
            | ComputerUseServerToolParam
            | CodeInterpreterServerToolParam
            | McpServerToolParam
            | ImageGenerationServerToolParam
            | CodexLocalShellToolParam
            | ShellServerToolParam
            | ApplyPatchServerToolParam
            | CustomToolParam
            | NamespaceToolParam
            | AdvisorServerToolOpenRouterParam
            | SubagentServerToolOpenRouterParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | SearchModelsServerToolOpenRouterParam
            | WebFetchServerToolParam
            | WebSearchServerToolOpenRouterParam
            | ApplyPatchServerToolOpenRouterParam
            | BashServerToolParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        truncation: OpenAIResponsesTruncation | str | None | Unset = UNSET,
        user: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> OpenResponsesResult:
        """Create a response

        `POST /responses` (operationId `createResponses`).
        """
        return await self._request(
            "responses.create_responses",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "background": background,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "route": route,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop_server_tools_when": stop_server_tools_when,
                "store": store,
                "stream": stream,
                "temperature": temperature,
                "text": text,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "truncation": truncation,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    @_operation("createResponses")
    def stream(
        self,
        *,
        x_open_router_metadata: MetadataLevel | str | Unset = UNSET,
        background: bool | None | Unset = UNSET,
        cache_control: AnthropicCacheControlDirective
        | AnthropicCacheControlDirectiveParam
        | SupportsToDict
        | Unset = UNSET,
        debug: ChatDebugOptions | ChatDebugOptionsParam | SupportsToDict | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        image_config: ImageConfig | ImageConfigParam | SupportsToDict | Unset = UNSET,
        include: Sequence[ResponseIncludesEnum | str] | None | Unset = UNSET,
        input: str
        | Sequence[
            ReasoningItem
            | EasyInputMessage
            | InputMessageItem
            | FunctionCallItem
            | FunctionCallOutputItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | InputsOption2ItemMessage
            | InputsOption2ItemOption9
            | OutputFunctionCallItem
            | OutputCustomToolCallItem
            | OutputWebSearchCallItem
            | OutputFileSearchCallItem
            | OutputImageGenerationCallItem
            | OutputCodeInterpreterCallItem
            | OutputComputerCallItem
            | OutputDatetimeItem
            | OutputWebSearchServerToolItem
            | OutputCodeInterpreterServerToolItem
            | OutputFileSearchServerToolItem
            | OutputImageGenerationServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputBashServerToolItem
            | OutputTextEditorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputToolSearchServerToolItem
            | OutputMemoryServerToolItem
            | OutputMcpServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputFusionServerToolItem
            | OutputAdvisorServerToolItem
            | OutputSubagentServerToolItem
            | OutputFilesServerToolItem
            | OutputShellServerToolItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | ShellCallItem
            | ShellCallOutputItem
            | McpListToolsItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | ItemReferenceItem
            | AdditionalToolsItem
            | AgentMessageItem
            | ReasoningItemParam
            | EasyInputMessageParam
            | InputMessageItemParam
            | FunctionCallItemParam
            | FunctionCallOutputItemParam
            | ApplyPatchCallItemParam
            | ApplyPatchCallOutputItemParam
            | InputsOption2ItemMessageParam
            | InputsOption2ItemOption9Param
            | OutputFunctionCallItemParam
            | OutputCustomToolCallItemParam
            | OutputWebSearchCallItemParam
            | OutputFileSearchCallItemParam
            | OutputImageGenerationCallItemParam
            | OutputCodeInterpreterCallItemParam
            | OutputComputerCallItemParam
            | OutputDatetimeItemParam
            | OutputWebSearchServerToolItemParam
            | OutputCodeInterpreterServerToolItemParam
            | OutputFileSearchServerToolItemParam
            | OutputImageGenerationServerToolItemParam
            | OutputBrowserUseServerToolItemParam
            | OutputBashServerToolItemParam
            | OutputTextEditorServerToolItemParam
            | OutputApplyPatchServerToolItemParam
            | OutputWebFetchServerToolItemParam
            | OutputToolSearchServerToolItemParam
            | OutputMemoryServerToolItemParam
            | OutputMcpServerToolItemParam
            | OutputSearchModelsServerToolItemParam
            | OutputFusionServerToolItemParam
            | OutputAdvisorServerToolItemParam
            | OutputSubagentServerToolItemParam
            | OutputFilesServerToolItemParam
            | OutputShellServerToolItemParam
            | LocalShellCallItemParam
            | LocalShellCallOutputItemParam
            | ShellCallItemParam
            | ShellCallOutputItemParam
            | McpListToolsItemParam
            | McpApprovalRequestItemParam
            | McpApprovalResponseItemParam
            | McpCallItemParam
            | CustomToolCallItemParam
            | CustomToolCallOutputItemParam
            | CompactionItemParam
            | ContextCompactionItemParam
            | ItemReferenceItemParam
            | AdditionalToolsItemParam
            | AgentMessageItemParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        instructions: str | None | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        metadata: RequestMetadata | RequestMetadataParam | SupportsToDict | None | Unset = UNSET,
        modalities: Sequence[OutputModalityEnum | str] | Unset = UNSET,
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
        presence_penalty: float | None | Unset = UNSET,
        previous_response_id: Any | Unset = UNSET,
        prompt: StoredPromptTemplate | StoredPromptTemplateParam | SupportsToDict | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        prompt_cache_options: PromptCacheOptions | PromptCacheOptionsParam | SupportsToDict | None | Unset = UNSET,
        provider: ProviderPreferences | ProviderPreferencesParam | SupportsToDict | None | Unset = UNSET,
        reasoning: ReasoningConfigOption1 | ReasoningConfigOption1Param | SupportsToDict | None | Unset = UNSET,
        route: DeprecatedRoute | str | None | Unset = UNSET,
        safety_identifier: str | None | Unset = UNSET,
        service_tier: ResponsesRequestServiceTierType1
        | str
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | None
        | Unset = UNSET,
        session_id: str | Unset = UNSET,
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
        store: bool | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        text: TextExtendedConfig | TextExtendedConfigParam | SupportsToDict | Unset = UNSET,
        tool_choice: OpenAIResponsesToolChoiceType0
        | str
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | ToolChoiceAllowed
        | OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceFunctionParam
        | OpenAIResponsesToolChoiceOption5Param
        | ToolChoiceAllowedParam
        | OpenAIResponsesToolChoiceApplyPatchParam
        | OpenAIResponsesToolChoiceShellParam
        | SupportsToDict
        | Unset = UNSET,
        tools: Sequence[
            ResponsesRequestToolsItemOption1
            | PreviewWebSearchServerTool
            | Preview20250311WebSearchServerTool
            | LegacyWebSearchServerTool
            | WebSearchServerTool
            | FileSearchServerTool
            | ComputerUseServerTool
            | CodeInterpreterServerTool
            | McpServerTool
            | ImageGenerationServerTool
            | CodexLocalShellTool
            | ShellServerTool
            | ApplyPatchServerTool
            | CustomTool
            | NamespaceTool
            | AdvisorServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | SearchModelsServerToolOpenRouter
            | WebFetchServerTool
            | WebSearchServerToolOpenRouter
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | ResponsesRequestToolsItemOption1Param
            | PreviewWebSearchServerToolParam
            | Preview20250311WebSearchServerToolParam
            | LegacyWebSearchServerToolParam
            | WebSearchServerToolParam
            | FileSearchServerToolParam
            | ComputerUseServerToolParam
            | CodeInterpreterServerToolParam
            | McpServerToolParam
            | ImageGenerationServerToolParam
            | CodexLocalShellToolParam
            | ShellServerToolParam
            | ApplyPatchServerToolParam
            | CustomToolParam
            | NamespaceToolParam
            | AdvisorServerToolOpenRouterParam
            | SubagentServerToolOpenRouterParam
            | DatetimeServerToolParam
            | FilesServerToolParam
            | FusionServerToolOpenRouterParam
            | ImageGenerationServerToolOpenRouterParam
            | SearchModelsServerToolOpenRouterParam
            | WebFetchServerToolParam
            | WebSearchServerToolOpenRouterParam
            | ApplyPatchServerToolOpenRouterParam
            | BashServerToolParam
            | ShellServerToolOpenRouterParam
            | ToolSearchServerToolParam
            | SupportsToDict
        ]
        | Unset = UNSET,
        top_k: int | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        trace: TraceConfig | TraceConfigParam | Mapping[str, Any] | SupportsToDict | Unset = UNSET,
        truncation: OpenAIResponsesTruncation | str | None | Unset = UNSET,
        user: str | Unset = UNSET,
        idle_timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AbstractAsyncContextManager[AsyncResponseStream]:
        """Create a response

        Streamed: `with client.responses.stream(...) as stream:`; iterate it for events, or call `final()`
        for the same model `send(...)` returns. `idle_timeout` bounds the silence between two reads.

        `POST /responses` (operationId `createResponses`).
        """
        return self._stream(
            "ResponseStream",
            "responses.create_responses",
            {
                "x_open_router_metadata": x_open_router_metadata,
            },
            json={
                "background": background,
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "provider": provider,
                "reasoning": reasoning,
                "route": route,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop_server_tools_when": stop_server_tools_when,
                "store": store,
                "temperature": temperature,
                "text": text,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "truncation": truncation,
                "user": user,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            idle_timeout=idle_timeout,
            timeout=timeout,
        )


class ResponsesWithRawResponse:
    """`client.responses.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Responses) -> None:
        raw = resource._raw_twin()
        self.send = _raw(raw.send)


class AsyncResponsesWithRawResponse:
    """`client.responses.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncResponses) -> None:
        raw = resource._raw_twin()
        self.send = _araw(raw.send)
