"""Contains endpoint functions for accessing the API, and the `client.presets` resource over them."""

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

    from ...models.additional_tools_item import AdditionalToolsItem
    from ...models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ...models.agent_message_item import AgentMessageItem
    from ...models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ...models.anthropic_speed import AnthropicSpeed
    from ...models.anthropic_text_block_param import AnthropicTextBlockParam
    from ...models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ...models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ...models.apply_patch_call_item import ApplyPatchCallItem
    from ...models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ...models.apply_patch_server_tool import ApplyPatchServerTool
    from ...models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from ...models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ...models.auto_router_plugin import AutoRouterPlugin
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
    from ...models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ...models.codex_local_shell_tool import CodexLocalShellTool
    from ...models.compaction_item import CompactionItem
    from ...models.computer_use_server_tool import ComputerUseServerTool
    from ...models.conflict_response import ConflictResponse
    from ...models.context_compaction_item import ContextCompactionItem
    from ...models.context_compression_plugin import ContextCompressionPlugin
    from ...models.create_preset_from_inference_response import CreatePresetFromInferenceResponse
    from ...models.custom_tool import CustomTool
    from ...models.custom_tool_call_item import CustomToolCallItem
    from ...models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ...models.datetime_server_tool import DatetimeServerTool
    from ...models.deprecated_route import DeprecatedRoute
    from ...models.easy_input_message import EasyInputMessage
    from ...models.file_parser_plugin import FileParserPlugin
    from ...models.file_search_server_tool import FileSearchServerTool
    from ...models.files_server_tool import FilesServerTool
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.function_call_item import FunctionCallItem
    from ...models.function_call_output_item import FunctionCallOutputItem
    from ...models.fusion_plugin import FusionPlugin
    from ...models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ...models.get_preset_response import GetPresetResponse
    from ...models.get_preset_version_response import GetPresetVersionResponse
    from ...models.image_config import ImageConfig
    from ...models.image_generation_server_tool import ImageGenerationServerTool
    from ...models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ...models.input_message_item import InputMessageItem
    from ...models.inputs_option_2_item_message import InputsOption2ItemMessage
    from ...models.inputs_option_2_item_option_9 import InputsOption2ItemOption9
    from ...models.internal_server_response import InternalServerResponse
    from ...models.item_reference_item import ItemReferenceItem
    from ...models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ...models.list_preset_versions_response import ListPresetVersionsResponse
    from ...models.list_presets_response import ListPresetsResponse
    from ...models.local_shell_call_item import LocalShellCallItem
    from ...models.local_shell_call_output_item import LocalShellCallOutputItem
    from ...models.mcp_approval_request_item import McpApprovalRequestItem
    from ...models.mcp_approval_response_item import McpApprovalResponseItem
    from ...models.mcp_call_item import McpCallItem
    from ...models.mcp_list_tools_item import McpListToolsItem
    from ...models.mcp_server_tool import McpServerTool
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
    from ...models.messages_search_models_server_tool import MessagesSearchModelsServerTool
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
    from ...models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool
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
    from ...models.prediction import Prediction
    from ...models.preset import Preset
    from ...models.preset_designated_version import PresetDesignatedVersion
    from ...models.preset_with_designated_version import PresetWithDesignatedVersion
    from ...models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ...models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ...models.prompt_cache_options import PromptCacheOptions
    from ...models.provider_preferences import ProviderPreferences
    from ...models.reasoning_config_option_1 import ReasoningConfigOption1
    from ...models.reasoning_item import ReasoningItem
    from ...models.request_metadata import RequestMetadata
    from ...models.response_healing_plugin import ResponseHealingPlugin
    from ...models.response_includes_enum import ResponseIncludesEnum
    from ...models.responses_request import ResponsesRequest
    from ...models.responses_request_service_tier_type_1 import ResponsesRequestServiceTierType1
    from ...models.responses_request_service_tier_type_2_type_1 import ResponsesRequestServiceTierType2Type1
    from ...models.responses_request_service_tier_type_3_type_1 import ResponsesRequestServiceTierType3Type1
    from ...models.responses_request_tools_item_option_1 import ResponsesRequestToolsItemOption1
    from ...models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
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
    from ...models.tool_choice_allowed import ToolChoiceAllowed
    from ...models.tool_search_server_tool import ToolSearchServerTool
    from ...models.trace_config import TraceConfig
    from ...models.unauthorized_response import UnauthorizedResponse
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
        AnthropicTextBlockParamParam,
        AnthropicToolSearchToolBm25Param,
        AnthropicToolSearchToolRegexParam,
        ApplyPatchCallItemParam,
        ApplyPatchCallOutputItemParam,
        ApplyPatchServerToolOpenRouterParam,
        ApplyPatchServerToolParam,
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
        NamespaceToolParam,
        OpenAIResponsesToolChoiceApplyPatchParam,
        OpenAIResponsesToolChoiceFunctionParam,
        OpenAIResponsesToolChoiceOption5Param,
        OpenAIResponsesToolChoiceShellParam,
        OpenRouterWebSearchServerToolParam,
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
        PredictionParam,
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

__all__ = ["AsyncPresets", "AsyncPresetsWithRawResponse", "Presets", "PresetsWithRawResponse"]


class Presets(_SyncResource):
    """`client.presets`: 7 operations."""

    @cached_property
    def with_raw_response(self) -> PresetsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return PresetsWithRawResponse(self)

    @_operation("listPresets")
    def list(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[Preset]:
        """List presets

        `GET /presets` (operationId `listPresets`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "presets.list_presets",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listPresets")
    def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListPresetsResponse:
        """List presets

        `GET /presets` (operationId `listPresets`).
        """
        return self._request(
            "presets.list_presets",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getPreset")
    def get(
        self,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetPresetResponse:
        """Get a preset

        `GET /presets/{slug}` (operationId `getPreset`).
        """
        return self._request(
            "presets.get_preset",
            {
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createPresetsChatCompletions")
    def create_presets_chat_completions(
        self,
        slug: str,
        *,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a chat-completions request body

        `POST /presets/{slug}/chat/completions` (operationId `createPresetsChatCompletions`).
        """
        return self._request(
            "presets.create_presets_chat_completions",
            {
                "slug": slug,
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

    @_operation("createPresetsMessages")
    def create_presets_messages(
        self,
        slug: str,
        *,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a messages request body

        `POST /presets/{slug}/messages` (operationId `createPresetsMessages`).
        """
        return self._request(
            "presets.create_presets_messages",
            {
                "slug": slug,
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

    @_operation("createPresetsResponses")
    def create_presets_responses(
        self,
        slug: str,
        *,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a responses request body

        `POST /presets/{slug}/responses` (operationId `createPresetsResponses`).
        """
        return self._request(
            "presets.create_presets_responses",
            {
                "slug": slug,
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

    @_operation("listPresetVersions")
    def list_versions(
        self,
        slug: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> SyncPager[None | PresetDesignatedVersion]:
        """List versions of a preset

        `GET /presets/{slug}/versions` (operationId `listPresetVersions`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "presets.list_preset_versions",
            {
                "slug": slug,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listPresetVersions")
    def _list_versions_page(
        self,
        slug: str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListPresetVersionsResponse:
        """List versions of a preset

        `GET /presets/{slug}/versions` (operationId `listPresetVersions`).
        """
        return self._request(
            "presets.list_preset_versions",
            {
                "slug": slug,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getPresetVersion")
    def get_version(
        self,
        slug: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetPresetVersionResponse:
        """Get a specific version of a preset

        `GET /presets/{slug}/versions/{version}` (operationId `getPresetVersion`).
        """
        return self._request(
            "presets.get_preset_version",
            {
                "slug": slug,
                "version": version,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncPresets(_AsyncResource):
    """`client.presets` on AsyncOpenRouter."""

    @cached_property
    def with_raw_response(self) -> AsyncPresetsWithRawResponse:
        """The same methods, returning the APIResponse (parsed model, status, headers) instead of the model."""
        return AsyncPresetsWithRawResponse(self)

    @_operation("listPresets")
    def list(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[Preset]:
        """List presets

        `GET /presets` (operationId `listPresets`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "presets.list_presets",
            {},
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listPresets")
    async def _list_page(
        self,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListPresetsResponse:
        """List presets

        `GET /presets` (operationId `listPresets`).
        """
        return await self._request(
            "presets.list_presets",
            {
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getPreset")
    async def get(
        self,
        slug: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetPresetResponse:
        """Get a preset

        `GET /presets/{slug}` (operationId `getPreset`).
        """
        return await self._request(
            "presets.get_preset",
            {
                "slug": slug,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("createPresetsChatCompletions")
    async def create_presets_chat_completions(
        self,
        slug: str,
        *,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a chat-completions request body

        `POST /presets/{slug}/chat/completions` (operationId `createPresetsChatCompletions`).
        """
        return await self._request(
            "presets.create_presets_chat_completions",
            {
                "slug": slug,
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

    @_operation("createPresetsMessages")
    async def create_presets_messages(
        self,
        slug: str,
        *,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a messages request body

        `POST /presets/{slug}/messages` (operationId `createPresetsMessages`).
        """
        return await self._request(
            "presets.create_presets_messages",
            {
                "slug": slug,
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

    @_operation("createPresetsResponses")
    async def create_presets_responses(
        self,
        slug: str,
        *,
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
    ) -> CreatePresetFromInferenceResponse:
        """Create a preset from a responses request body

        `POST /presets/{slug}/responses` (operationId `createPresetsResponses`).
        """
        return await self._request(
            "presets.create_presets_responses",
            {
                "slug": slug,
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

    @_operation("listPresetVersions")
    def list_versions(
        self,
        slug: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_offset: int = 0,
        dedup_window: int | None = 1000,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> AsyncPager[None | PresetDesignatedVersion]:
        """List versions of a preset

        `GET /presets/{slug}/versions` (operationId `listPresetVersions`): a lazy pager over every item
        of every page (`.pages()` walks page by page; `max_items`, `start_offset` and `dedup_window` as in
        openrouter_ext.pagination).
        """
        return self._paginate(
            "presets.list_preset_versions",
            {
                "slug": slug,
            },
            page_size=page_size,
            max_items=max_items,
            start_offset=start_offset,
            dedup_window=dedup_window,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("listPresetVersions")
    async def _list_versions_page(
        self,
        slug: str,
        *,
        offset: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> ListPresetVersionsResponse:
        """List versions of a preset

        `GET /presets/{slug}/versions` (operationId `listPresetVersions`).
        """
        return await self._request(
            "presets.list_preset_versions",
            {
                "slug": slug,
                "offset": offset,
                "limit": limit,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    @_operation("getPresetVersion")
    async def get_version(
        self,
        slug: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | None = None,
    ) -> GetPresetVersionResponse:
        """Get a specific version of a preset

        `GET /presets/{slug}/versions/{version}` (operationId `getPresetVersion`).
        """
        return await self._request(
            "presets.get_preset_version",
            {
                "slug": slug,
                "version": version,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class PresetsWithRawResponse:
    """`client.presets.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: Presets) -> None:
        raw = resource._raw_twin()
        self.list = _raw(raw._list_page)
        self.get = _raw(raw.get)
        self.create_presets_chat_completions = _raw(raw.create_presets_chat_completions)
        self.create_presets_messages = _raw(raw.create_presets_messages)
        self.create_presets_responses = _raw(raw.create_presets_responses)
        self.list_versions = _raw(raw._list_versions_page)
        self.get_version = _raw(raw.get_version)


class AsyncPresetsWithRawResponse:
    """`client.presets.with_raw_response`: each method returns the APIResponse (a list, its first page)."""

    def __init__(self, resource: AsyncPresets) -> None:
        raw = resource._raw_twin()
        self.list = _araw(raw._list_page)
        self.get = _araw(raw.get)
        self.create_presets_chat_completions = _araw(raw.create_presets_chat_completions)
        self.create_presets_messages = _araw(raw.create_presets_messages)
        self.create_presets_responses = _araw(raw.create_presets_responses)
        self.list_versions = _araw(raw._list_versions_page)
        self.get_version = _araw(raw.get_version)
