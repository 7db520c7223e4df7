from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deprecated_route import DeprecatedRoute
from ..models.open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
from ..models.open_ai_responses_tool_choice_type_1 import OpenAIResponsesToolChoiceType1
from ..models.open_ai_responses_tool_choice_type_2 import OpenAIResponsesToolChoiceType2
from ..models.open_ai_responses_truncation import OpenAIResponsesTruncation
from ..models.output_modality_enum import OutputModalityEnum
from ..models.response_includes_enum import ResponseIncludesEnum
from ..models.responses_request_service_tier_type_1 import ResponsesRequestServiceTierType1
from ..models.responses_request_service_tier_type_2_type_1 import ResponsesRequestServiceTierType2Type1
from ..models.responses_request_service_tier_type_3_type_1 import ResponsesRequestServiceTierType3Type1
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.agent_message_item import AgentMessageItem
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.compaction_item import CompactionItem
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.context_compaction_item import ContextCompactionItem
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.custom_tool import CustomTool
    from ..models.custom_tool_call_item import CustomToolCallItem
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.function_call_item import FunctionCallItem
    from ..models.function_call_output_item import FunctionCallOutputItem
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_config import ImageConfig
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ..models.input_message_item import InputMessageItem
    from ..models.inputs_option_2_item_message import InputsOption2ItemMessage
    from ..models.inputs_option_2_item_option_9 import InputsOption2ItemOption9
    from ..models.item_reference_item import ItemReferenceItem
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.local_shell_call_item import LocalShellCallItem
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem
    from ..models.mcp_approval_request_item import McpApprovalRequestItem
    from ..models.mcp_approval_response_item import McpApprovalResponseItem
    from ..models.mcp_call_item import McpCallItem
    from ..models.mcp_list_tools_item import McpListToolsItem
    from ..models.mcp_server_tool import McpServerTool
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_responses_tool_choice_apply_patch import OpenAIResponsesToolChoiceApplyPatch
    from ..models.open_ai_responses_tool_choice_function import OpenAIResponsesToolChoiceFunction
    from ..models.open_ai_responses_tool_choice_option_5 import OpenAIResponsesToolChoiceOption5
    from ..models.open_ai_responses_tool_choice_shell import OpenAIResponsesToolChoiceShell
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config_option_1 import ReasoningConfigOption1
    from ..models.reasoning_item import ReasoningItem
    from ..models.request_metadata import RequestMetadata
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.responses_request_tools_item_option_1 import ResponsesRequestToolsItemOption1
    from ..models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from ..models.shell_call_item import ShellCallItem
    from ..models.shell_call_output_item import ShellCallOutputItem
    from ..models.shell_server_tool import ShellServerTool
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AdditionalToolsItem, \
        AdvisorServerToolOpenRouter, \
        AgentMessageItem, \
        AnthropicCacheControlDirective, \
        ApplyPatchCallItem, \
        ApplyPatchCallOutputItem, \
        ApplyPatchServerTool, \
        ApplyPatchServerToolOpenRouter, \
        AutoBetaRouterPlugin, \
        AutoRouterPlugin, \
        BashServerTool, \
        ChatDebugOptions, \
        CodeInterpreterServerTool, \
        CodexLocalShellTool, \
        CompactionItem, \
        ComputerUseServerTool, \
        ContextCompactionItem, \
        ContextCompressionPlugin, \
        CustomTool, \
        CustomToolCallItem, \
        CustomToolCallOutputItem, \
        DatetimeServerTool, \
        EasyInputMessage, \
        FileParserPlugin, \
        FileSearchServerTool, \
        FilesServerTool, \
        FunctionCallItem, \
        FunctionCallOutputItem, \
        FusionPlugin, \
        FusionServerToolOpenRouter, \
        ImageConfig, \
        ImageGenerationServerTool, \
        ImageGenerationServerToolOpenRouter, \
        InputMessageItem, \
        InputsOption2ItemMessage, \
        InputsOption2ItemOption9, \
        ItemReferenceItem, \
        LegacyWebSearchServerTool, \
        LocalShellCallItem, \
        LocalShellCallOutputItem, \
        McpApprovalRequestItem, \
        McpApprovalResponseItem, \
        McpCallItem, \
        McpListToolsItem, \
        McpServerTool, \
        ModerationPlugin, \
        NamespaceTool, \
        OpenAIResponsesToolChoiceApplyPatch, \
        OpenAIResponsesToolChoiceFunction, \
        OpenAIResponsesToolChoiceOption5, \
        OpenAIResponsesToolChoiceShell, \
        OutputAdvisorServerToolItem, \
        OutputApplyPatchServerToolItem, \
        OutputBashServerToolItem, \
        OutputBrowserUseServerToolItem, \
        OutputCodeInterpreterCallItem, \
        OutputCodeInterpreterServerToolItem, \
        OutputComputerCallItem, \
        OutputCustomToolCallItem, \
        OutputDatetimeItem, \
        OutputFileSearchCallItem, \
        OutputFileSearchServerToolItem, \
        OutputFilesServerToolItem, \
        OutputFunctionCallItem, \
        OutputFusionServerToolItem, \
        OutputImageGenerationCallItem, \
        OutputImageGenerationServerToolItem, \
        OutputMcpServerToolItem, \
        OutputMemoryServerToolItem, \
        OutputSearchModelsServerToolItem, \
        OutputShellServerToolItem, \
        OutputSubagentServerToolItem, \
        OutputTextEditorServerToolItem, \
        OutputToolSearchServerToolItem, \
        OutputWebFetchServerToolItem, \
        OutputWebSearchCallItem, \
        OutputWebSearchServerToolItem, \
        ParetoRouterPlugin, \
        Preview20250311WebSearchServerTool, \
        PreviewWebSearchServerTool, \
        PromptCacheOptions, \
        ProviderPreferences, \
        ReasoningConfigOption1, \
        ReasoningItem, \
        RequestMetadata, \
        ResponseHealingPlugin, \
        ResponsesRequestToolsItemOption1, \
        SearchModelsServerToolOpenRouter, \
        ShellCallItem, \
        ShellCallOutputItem, \
        ShellServerTool, \
        ShellServerToolOpenRouter, \
        StopServerToolsWhenFinishReasonIs, \
        StopServerToolsWhenHasToolCall, \
        StopServerToolsWhenMaxCost, \
        StopServerToolsWhenMaxTokensUsed, \
        StopServerToolsWhenStepCountIs, \
        StoredPromptTemplate, \
        SubagentServerToolOpenRouter, \
        TextExtendedConfig, \
        ToolChoiceAllowed, \
        ToolSearchServerTool, \
        TraceConfig, \
        WebFetchPlugin, \
        WebFetchServerTool, \
        WebSearchPlugin, \
        WebSearchServerTool, \
        WebSearchServerToolOpenRouter
    if _lazy_imports_resolved:
        return
    from ..models.additional_tools_item import AdditionalToolsItem  # noqa: PLC0415
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter  # noqa: PLC0415
    from ..models.agent_message_item import AgentMessageItem  # noqa: PLC0415
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.apply_patch_call_item import ApplyPatchCallItem  # noqa: PLC0415
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem  # noqa: PLC0415
    from ..models.apply_patch_server_tool import ApplyPatchServerTool  # noqa: PLC0415
    from ..models.apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter  # noqa: PLC0415
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin  # noqa: PLC0415
    from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: PLC0415
    from ..models.bash_server_tool import BashServerTool  # noqa: PLC0415
    from ..models.chat_debug_options import ChatDebugOptions  # noqa: PLC0415
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool  # noqa: PLC0415
    from ..models.codex_local_shell_tool import CodexLocalShellTool  # noqa: PLC0415
    from ..models.compaction_item import CompactionItem  # noqa: PLC0415
    from ..models.computer_use_server_tool import ComputerUseServerTool  # noqa: PLC0415
    from ..models.context_compaction_item import ContextCompactionItem  # noqa: PLC0415
    from ..models.context_compression_plugin import ContextCompressionPlugin  # noqa: PLC0415
    from ..models.custom_tool import CustomTool  # noqa: PLC0415
    from ..models.custom_tool_call_item import CustomToolCallItem  # noqa: PLC0415
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem  # noqa: PLC0415
    from ..models.datetime_server_tool import DatetimeServerTool  # noqa: PLC0415
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.file_parser_plugin import FileParserPlugin  # noqa: PLC0415
    from ..models.file_search_server_tool import FileSearchServerTool  # noqa: PLC0415
    from ..models.files_server_tool import FilesServerTool  # noqa: PLC0415
    from ..models.function_call_item import FunctionCallItem  # noqa: PLC0415
    from ..models.function_call_output_item import FunctionCallOutputItem  # noqa: PLC0415
    from ..models.fusion_plugin import FusionPlugin  # noqa: PLC0415
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter  # noqa: PLC0415
    from ..models.image_config import ImageConfig  # noqa: PLC0415
    from ..models.image_generation_server_tool import ImageGenerationServerTool  # noqa: PLC0415
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter  # noqa: PLC0415
    from ..models.input_message_item import InputMessageItem  # noqa: PLC0415
    from ..models.inputs_option_2_item_message import InputsOption2ItemMessage  # noqa: PLC0415
    from ..models.inputs_option_2_item_option_9 import InputsOption2ItemOption9  # noqa: PLC0415
    from ..models.item_reference_item import ItemReferenceItem  # noqa: PLC0415
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool  # noqa: PLC0415
    from ..models.local_shell_call_item import LocalShellCallItem  # noqa: PLC0415
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem  # noqa: PLC0415
    from ..models.mcp_approval_request_item import McpApprovalRequestItem  # noqa: PLC0415
    from ..models.mcp_approval_response_item import McpApprovalResponseItem  # noqa: PLC0415
    from ..models.mcp_call_item import McpCallItem  # noqa: PLC0415
    from ..models.mcp_list_tools_item import McpListToolsItem  # noqa: PLC0415
    from ..models.mcp_server_tool import McpServerTool  # noqa: PLC0415
    from ..models.moderation_plugin import ModerationPlugin  # noqa: PLC0415
    from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_apply_patch import OpenAIResponsesToolChoiceApplyPatch  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_function import OpenAIResponsesToolChoiceFunction  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_option_5 import OpenAIResponsesToolChoiceOption5  # noqa: PLC0415
    from ..models.open_ai_responses_tool_choice_shell import OpenAIResponsesToolChoiceShell  # noqa: PLC0415
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem  # noqa: PLC0415
    from ..models.output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem  # noqa: PLC0415
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem  # noqa: PLC0415
    from ..models.output_browser_use_server_tool_item import OutputBrowserUseServerToolItem  # noqa: PLC0415
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem  # noqa: PLC0415
    from ..models.output_code_interpreter_server_tool_item import OutputCodeInterpreterServerToolItem  # noqa: PLC0415
    from ..models.output_computer_call_item import OutputComputerCallItem  # noqa: PLC0415
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem  # noqa: PLC0415
    from ..models.output_datetime_item import OutputDatetimeItem  # noqa: PLC0415
    from ..models.output_file_search_call_item import OutputFileSearchCallItem  # noqa: PLC0415
    from ..models.output_file_search_server_tool_item import OutputFileSearchServerToolItem  # noqa: PLC0415
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem  # noqa: PLC0415
    from ..models.output_function_call_item import OutputFunctionCallItem  # noqa: PLC0415
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem  # noqa: PLC0415
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem  # noqa: PLC0415
    from ..models.output_image_generation_server_tool_item import OutputImageGenerationServerToolItem  # noqa: PLC0415
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem  # noqa: PLC0415
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem  # noqa: PLC0415
    from ..models.output_search_models_server_tool_item import OutputSearchModelsServerToolItem  # noqa: PLC0415
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem  # noqa: PLC0415
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem  # noqa: PLC0415
    from ..models.output_text_editor_server_tool_item import OutputTextEditorServerToolItem  # noqa: PLC0415
    from ..models.output_tool_search_server_tool_item import OutputToolSearchServerToolItem  # noqa: PLC0415
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem  # noqa: PLC0415
    from ..models.output_web_search_call_item import OutputWebSearchCallItem  # noqa: PLC0415
    from ..models.output_web_search_server_tool_item import OutputWebSearchServerToolItem  # noqa: PLC0415
    from ..models.pareto_router_plugin import ParetoRouterPlugin  # noqa: PLC0415
    from ..models.preview_20250311_web_search_server_tool import Preview20250311WebSearchServerTool  # noqa: PLC0415
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool  # noqa: PLC0415
    from ..models.prompt_cache_options import PromptCacheOptions  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415
    from ..models.reasoning_config_option_1 import ReasoningConfigOption1  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.request_metadata import RequestMetadata  # noqa: PLC0415
    from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: PLC0415
    from ..models.responses_request_tools_item_option_1 import ResponsesRequestToolsItemOption1  # noqa: PLC0415
    from ..models.search_models_server_tool_open_router import SearchModelsServerToolOpenRouter  # noqa: PLC0415
    from ..models.shell_call_item import ShellCallItem  # noqa: PLC0415
    from ..models.shell_call_output_item import ShellCallOutputItem  # noqa: PLC0415
    from ..models.shell_server_tool import ShellServerTool  # noqa: PLC0415
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter  # noqa: PLC0415
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs  # noqa: PLC0415
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall  # noqa: PLC0415
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost  # noqa: PLC0415
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed  # noqa: PLC0415
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs  # noqa: PLC0415
    from ..models.stored_prompt_template import StoredPromptTemplate  # noqa: PLC0415
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter  # noqa: PLC0415
    from ..models.text_extended_config import TextExtendedConfig  # noqa: PLC0415
    from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: PLC0415
    from ..models.tool_search_server_tool import ToolSearchServerTool  # noqa: PLC0415
    from ..models.trace_config import TraceConfig  # noqa: PLC0415
    from ..models.web_fetch_plugin import WebFetchPlugin  # noqa: PLC0415
    from ..models.web_fetch_server_tool import WebFetchServerTool  # noqa: PLC0415
    from ..models.web_search_plugin import WebSearchPlugin  # noqa: PLC0415
    from ..models.web_search_server_tool import WebSearchServerTool  # noqa: PLC0415
    from ..models.web_search_server_tool_open_router import WebSearchServerToolOpenRouter  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponsesRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "background",
        "cache_control",
        "debug",
        "frequency_penalty",
        "image_config",
        "include",
        "input",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "modalities",
        "model",
        "models",
        "parallel_tool_calls",
        "plugins",
        "presence_penalty",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "provider",
        "reasoning",
        "route",
        "safety_identifier",
        "service_tier",
        "session_id",
        "stop_server_tools_when",
        "store",
        "stream",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_k",
        "top_logprobs",
        "top_p",
        "trace",
        "truncation",
        "user",
    }
)


@_attrs_define(repr=False)
class ResponsesRequest:
    """Request schema for Responses endpoint

    Example:
        {'input': [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get the current weather
            in a given location', 'name': 'get_current_weather', 'parameters': {'properties': {'location': {'type':
            'string'}}, 'type': 'object'}, 'type': 'function'}], 'top_p': 0.9}

    Attributes:
        background (bool | None | Unset):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        debug (ChatDebugOptions | Unset): Debug options for inspecting request transformations (streaming only) Example:
            {'echo_upstream_body': True}.
        frequency_penalty (float | None | Unset):
        image_config (ImageConfig | Unset): Provider-specific image configuration options. Keys and values vary by
            model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.
            Example: {'aspect_ratio': '16:9', 'quality': 'high'}.
        include (list[ResponseIncludesEnum] | None | Unset):
        input_ (list[AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem |
            CompactionItem | ContextCompactionItem | CustomToolCallItem | CustomToolCallOutputItem | EasyInputMessage |
            FunctionCallItem | FunctionCallOutputItem | InputMessageItem | InputsOption2ItemMessage |
            InputsOption2ItemOption9 | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem |
            McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | OutputAdvisorServerToolItem
            | OutputApplyPatchServerToolItem | OutputBashServerToolItem | OutputBrowserUseServerToolItem |
            OutputCodeInterpreterCallItem | OutputCodeInterpreterServerToolItem | OutputComputerCallItem |
            OutputCustomToolCallItem | OutputDatetimeItem | OutputFileSearchCallItem | OutputFileSearchServerToolItem |
            OutputFilesServerToolItem | OutputFunctionCallItem | OutputFusionServerToolItem | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem | OutputMcpServerToolItem | OutputMemoryServerToolItem |
            OutputSearchModelsServerToolItem | OutputShellServerToolItem | OutputSubagentServerToolItem |
            OutputTextEditorServerToolItem | OutputToolSearchServerToolItem | OutputWebFetchServerToolItem |
            OutputWebSearchCallItem | OutputWebSearchServerToolItem | ReasoningItem | ShellCallItem | ShellCallOutputItem] |
            str | Unset): Input for a response request - can be a string or array of items Example: [{'content': 'What is
            the weather today?', 'role': 'user'}].
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset): Maximum number of server-tool (e.g. `openrouter:web_search`) agent steps
            the model may take during a request. Defaults to 30, which is also the maximum. Ignored when
            `stop_server_tools_when` is set. Example: 30.
        metadata (None | RequestMetadata | Unset):
        modalities (list[OutputModalityEnum] | Unset): Output modalities for the response. Supported values are "text"
            and "image". Example: ['text', 'image'].
        model (str | Unset):
        models (list[str] | Unset):
        parallel_tool_calls (bool | None | Unset):
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset): Plugins you want to enable for this request, including their settings.
        presence_penalty (float | None | Unset):
        previous_response_id (Any | Unset): Not supported. The Responses API is stateless: no responses are stored, so a
            previous response cannot be referenced. Requests with a non-null value are rejected with a 400 error. Send the
            full conversation history in `input` instead.
        prompt (None | StoredPromptTemplate | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        provider (None | ProviderPreferences | Unset):
        reasoning (None | ReasoningConfigOption1 | Unset): Configuration for reasoning mode in the response Example:
            {'enabled': True, 'summary': 'auto'}.
        route (DeprecatedRoute | None | Unset):
        safety_identifier (None | str | Unset): Recommended per-end-user identifier for abuse isolation. Use a stable
            ID, hash, or pseudonym. When a provider requires a user identity, OpenRouter folds it into the hashed identity
            sent upstream and never forwards it raw. If omitted, requests use an account-level identity, so provider policy
            blocks can affect the whole account. Example: user-123.
        service_tier (None | ResponsesRequestServiceTierType1 | ResponsesRequestServiceTierType2Type1 |
            ResponsesRequestServiceTierType3Type1 | Unset): The service tier to use for processing this request. `fast` is
            accepted as an alias for `priority`. Default: ResponsesRequestServiceTierType1.AUTO.
        session_id (str | Unset): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        store (bool | Unset):  Default: False.
        stream (bool | Unset):  Default: False.
        temperature (float | None | Unset):
        text (TextExtendedConfig | Unset): Text output configuration including format and verbosity Example: {'format':
            {'type': 'text'}}.
        tool_choice (OpenAIResponsesToolChoiceApplyPatch | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceOption5 | OpenAIResponsesToolChoiceShell | OpenAIResponsesToolChoiceType0 |
            OpenAIResponsesToolChoiceType1 | OpenAIResponsesToolChoiceType2 | ToolChoiceAllowed | Unset):  Example: auto.
        tools (list[AdvisorServerToolOpenRouter | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool
            | CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool |
            FileSearchServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool |
            ImageGenerationServerToolOpenRouter | LegacyWebSearchServerTool | McpServerTool | NamespaceTool |
            Preview20250311WebSearchServerTool | PreviewWebSearchServerTool | ResponsesRequestToolsItemOption1 |
            SearchModelsServerToolOpenRouter | ShellServerTool | ShellServerToolOpenRouter | SubagentServerToolOpenRouter |
            ToolSearchServerTool | WebFetchServerTool | WebSearchServerTool | WebSearchServerToolOpenRouter] | Unset):
        top_k (int | Unset):
        top_logprobs (int | None | Unset):
        top_p (float | None | Unset):
        trace (TraceConfig | Unset): Metadata for observability and tracing. Known keys (trace_id, trace_name,
            span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom
            metadata to configured broadcast destinations. Example: {'trace_id': 'trace-abc123', 'trace_name': 'my-app-
            trace'}.
        truncation (None | OpenAIResponsesTruncation | Unset):
        user (str | Unset): A unique identifier representing your end-user, which helps distinguish between different
            users of your app. This allows your app to identify specific users in case of abuse reports, preventing your
            entire app from being affected by the actions of individual users. Maximum of 256 characters.
    """

    background: bool | None | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    include: list[ResponseIncludesEnum] | None | Unset = UNSET
    input_: (
        list[
            AdditionalToolsItem
            | AgentMessageItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | EasyInputMessage
            | FunctionCallItem
            | FunctionCallOutputItem
            | InputMessageItem
            | InputsOption2ItemMessage
            | InputsOption2ItemOption9
            | ItemReferenceItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | McpListToolsItem
            | OutputAdvisorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputBashServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputCodeInterpreterCallItem
            | OutputCodeInterpreterServerToolItem
            | OutputComputerCallItem
            | OutputCustomToolCallItem
            | OutputDatetimeItem
            | OutputFileSearchCallItem
            | OutputFileSearchServerToolItem
            | OutputFilesServerToolItem
            | OutputFunctionCallItem
            | OutputFusionServerToolItem
            | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem
            | OutputMcpServerToolItem
            | OutputMemoryServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputShellServerToolItem
            | OutputSubagentServerToolItem
            | OutputTextEditorServerToolItem
            | OutputToolSearchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputWebSearchCallItem
            | OutputWebSearchServerToolItem
            | ReasoningItem
            | ShellCallItem
            | ShellCallOutputItem
        ]
        | str
        | Unset
    ) = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    metadata: None | RequestMetadata | Unset = UNSET
    modalities: list[OutputModalityEnum] | Unset = UNSET
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    plugins: (
        list[
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebSearchPlugin
        ]
        | Unset
    ) = UNSET
    presence_penalty: float | None | Unset = UNSET
    previous_response_id: Any | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    reasoning: None | ReasoningConfigOption1 | Unset = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: (
        None
        | ResponsesRequestServiceTierType1
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | Unset
    ) = ResponsesRequestServiceTierType1.AUTO
    session_id: str | Unset = UNSET
    stop_server_tools_when: (
        list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset
    ) = UNSET
    store: bool | Unset = False
    stream: bool | Unset = False
    temperature: float | None | Unset = UNSET
    text: TextExtendedConfig | Unset = UNSET
    tool_choice: (
        OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceOption5
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | ToolChoiceAllowed
        | Unset
    ) = UNSET
    tools: (
        list[
            AdvisorServerToolOpenRouter
            | ApplyPatchServerTool
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | DatetimeServerTool
            | FileSearchServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerTool
            | ImageGenerationServerToolOpenRouter
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | ResponsesRequestToolsItemOption1
            | SearchModelsServerToolOpenRouter
            | ShellServerTool
            | ShellServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
            | WebSearchServerTool
            | WebSearchServerToolOpenRouter
        ]
        | Unset
    ) = UNSET
    top_k: int | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    truncation: None | OpenAIResponsesTruncation | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"background={self.background!r}, "
            f"cache_control={self.cache_control!r}, "
            f"debug={self.debug!r}, "
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"image_config={self.image_config!r}, "
            f"include={self.include!r}, "
            f"input_={self.input_!r}, "
            f"instructions={self.instructions!r}, "
            f"max_output_tokens={self.max_output_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"metadata={self.metadata!r}, "
            f"modalities={self.modalities!r}, "
            f"model={self.model!r}, "
            f"models={self.models!r}, "
            f"parallel_tool_calls={self.parallel_tool_calls!r}, "
            f"plugins={self.plugins!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"previous_response_id={self.previous_response_id!r}, "
            f"prompt={self.prompt!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"provider={self.provider!r}, "
            f"reasoning={self.reasoning!r}, "
            f"route={self.route!r}, "
            f"safety_identifier={self.safety_identifier!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"stop_server_tools_when={self.stop_server_tools_when!r}, "
            f"store={self.store!r}, "
            f"stream={self.stream!r}, "
            f"temperature={self.temperature!r}, "
            f"text={self.text!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_k={self.top_k!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"top_p={self.top_p!r}, "
            f"trace={self.trace!r}, "
            f"truncation={self.truncation!r}, "
            f"user={self.user!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        background: Any = self.background

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        debug: Any = self.debug
        if not (isinstance(debug, Unset) or debug is None):
            debug = debug.to_dict()

        frequency_penalty: Any = self.frequency_penalty

        image_config: Any = self.image_config
        if not (isinstance(image_config, Unset) or image_config is None):
            image_config = image_config.to_dict()

        include: Any = self.include
        if not (isinstance(include, Unset) or include is None):
            if isinstance(self.include, list):
                include = []
                for include_type_0_item_data in self.include:
                    include_type_0_item = include_type_0_item_data.value
                    include.append(include_type_0_item)

            else:
                include = self.include

        input_: Any = self.input_
        if not (isinstance(input_, Unset) or input_ is None):
            if isinstance(self.input_, list):
                input_ = []
                for componentsschemas_inputs_type_1_item_data in self.input_:
                    componentsschemas_inputs_type_1_item: dict[str, Any]
                    if isinstance(componentsschemas_inputs_type_1_item_data, ReasoningItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, EasyInputMessage):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, InputMessageItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, FunctionCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, FunctionCallOutputItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, ApplyPatchCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, ApplyPatchCallOutputItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, InputsOption2ItemMessage):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, InputsOption2ItemOption9):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputFunctionCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputCustomToolCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputWebSearchCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputFileSearchCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputImageGenerationCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputCodeInterpreterCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputComputerCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputDatetimeItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputWebSearchServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputCodeInterpreterServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputFileSearchServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputImageGenerationServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputBrowserUseServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputBashServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputTextEditorServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputApplyPatchServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputWebFetchServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputToolSearchServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputMemoryServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputMcpServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputSearchModelsServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputFusionServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputAdvisorServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputSubagentServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputFilesServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, OutputShellServerToolItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, LocalShellCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, LocalShellCallOutputItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, ShellCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, ShellCallOutputItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, McpListToolsItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, McpApprovalRequestItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, McpApprovalResponseItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, McpCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, CustomToolCallItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, CustomToolCallOutputItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, CompactionItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, ContextCompactionItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, ItemReferenceItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    elif isinstance(componentsschemas_inputs_type_1_item_data, AdditionalToolsItem):
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()
                    else:
                        componentsschemas_inputs_type_1_item = componentsschemas_inputs_type_1_item_data.to_dict()

                    input_.append(componentsschemas_inputs_type_1_item)

            else:
                input_ = self.input_

        instructions: Any = self.instructions

        max_output_tokens: Any = self.max_output_tokens

        max_tool_calls: Any = self.max_tool_calls

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            if isinstance(self.metadata, RequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

        modalities: Any = self.modalities
        if not (isinstance(modalities, Unset) or modalities is None):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item = modalities_item_data.value
                modalities.append(modalities_item)

        model: Any = self.model

        models: Any = self.models
        if not (isinstance(models, Unset) or models is None):
            models = self.models

        parallel_tool_calls: Any = self.parallel_tool_calls

        plugins: Any = self.plugins
        if not (isinstance(plugins, Unset) or plugins is None):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item: dict[str, Any]
                if isinstance(plugins_item_data, AutoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, AutoBetaRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ModerationPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, WebSearchPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, WebFetchPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, FileParserPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ResponseHealingPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ContextCompressionPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ParetoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                else:
                    plugins_item = plugins_item_data.to_dict()

                plugins.append(plugins_item)

        presence_penalty: Any = self.presence_penalty

        previous_response_id: Any = self.previous_response_id

        prompt: Any = self.prompt
        if not (isinstance(prompt, Unset) or prompt is None):
            if isinstance(self.prompt, StoredPromptTemplate):
                prompt = self.prompt.to_dict()
            else:
                prompt = self.prompt

        prompt_cache_key: Any = self.prompt_cache_key

        prompt_cache_options: Any = self.prompt_cache_options
        if not (isinstance(prompt_cache_options, Unset) or prompt_cache_options is None):
            if isinstance(self.prompt_cache_options, PromptCacheOptions):
                prompt_cache_options = self.prompt_cache_options.to_dict()
            else:
                prompt_cache_options = self.prompt_cache_options

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            if isinstance(self.provider, ProviderPreferences):
                provider = self.provider.to_dict()
            else:
                provider = self.provider

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            if isinstance(self.reasoning, ReasoningConfigOption1):
                reasoning = self.reasoning.to_dict()
            else:
                reasoning = self.reasoning

        route: Any = self.route
        if not (isinstance(route, Unset) or route is None):
            if isinstance(self.route, DeprecatedRoute):
                route = self.route.value
            else:
                route = self.route

        safety_identifier: Any = self.safety_identifier

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, ResponsesRequestServiceTierType1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, ResponsesRequestServiceTierType2Type1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, ResponsesRequestServiceTierType3Type1):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        session_id: Any = self.session_id

        stop_server_tools_when: Any = self.stop_server_tools_when
        if not (isinstance(stop_server_tools_when, Unset) or stop_server_tools_when is None):
            stop_server_tools_when = []
            for componentsschemas_stop_server_tools_when_item_data in self.stop_server_tools_when:
                componentsschemas_stop_server_tools_when_item: dict[str, Any]
                if isinstance(componentsschemas_stop_server_tools_when_item_data, StopServerToolsWhenStepCountIs):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_stop_server_tools_when_item_data, StopServerToolsWhenHasToolCall):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_stop_server_tools_when_item_data, StopServerToolsWhenMaxTokensUsed):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_stop_server_tools_when_item_data, StopServerToolsWhenMaxCost):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                else:
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )

                stop_server_tools_when.append(componentsschemas_stop_server_tools_when_item)

        store: Any = self.store

        stream: Any = self.stream

        temperature: Any = self.temperature

        text: Any = self.text
        if not (isinstance(text, Unset) or text is None):
            text = text.to_dict()

        tool_choice: Any = self.tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self.tool_choice, OpenAIResponsesToolChoiceType0):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceType1):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceType2):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceFunction):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceOption5):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, ToolChoiceAllowed):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceApplyPatch):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ResponsesRequestToolsItemOption1):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, PreviewWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, Preview20250311WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, LegacyWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUseServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeInterpreterServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, McpServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodexLocalShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, NamespaceTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AdvisorServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SubagentServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FilesServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FusionServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SearchModelsServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_k: Any = self.top_k

        top_logprobs: Any = self.top_logprobs

        top_p: Any = self.top_p

        trace: Any = self.trace
        if not (isinstance(trace, Unset) or trace is None):
            trace = trace.to_dict()

        truncation: Any = self.truncation
        if not (isinstance(truncation, Unset) or truncation is None):
            if isinstance(self.truncation, OpenAIResponsesTruncation):
                truncation = self.truncation.value
            else:
                truncation = self.truncation

        user: Any = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if background is not UNSET:
            field_dict["background"] = background
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if debug is not UNSET:
            field_dict["debug"] = debug
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if include is not UNSET:
            field_dict["include"] = include
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if route is not UNSET:
            field_dict["route"] = route
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trace is not UNSET:
            field_dict["trace"] = trace
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponsesRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ResponsesRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            background = d.get("background", UNSET)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            _field = "debug"
            _raw_debug = d.get("debug", UNSET)
            debug: Any = _raw_debug
            if _raw_debug is not None and _raw_debug is not UNSET:
                debug = ChatDebugOptions.from_dict(_raw_debug)

            frequency_penalty = d.get("frequency_penalty", UNSET)

            _field = "image_config"
            _raw_image_config = d.get("image_config", UNSET)
            image_config: Any = _raw_image_config
            if _raw_image_config is not None and _raw_image_config is not UNSET:
                image_config = ImageConfig.from_dict(_raw_image_config)

            _field = "include"
            _raw_include = d.get("include", UNSET)
            include: Any = _raw_include
            if _raw_include is not None and _raw_include is not UNSET:
                include = _parse_include(_raw_include)

            _field = "input"
            _raw_input_ = d.get("input", UNSET)
            input_: Any = _raw_input_
            if _raw_input_ is not None and _raw_input_ is not UNSET:
                input_ = _parse_input_(_raw_input_)

            instructions = d.get("instructions", UNSET)

            max_output_tokens = d.get("max_output_tokens", UNSET)

            max_tool_calls = d.get("max_tool_calls", UNSET)

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = (
                    RequestMetadata.from_dict(_raw_metadata)
                    if type(_raw_metadata) is dict
                    else _parse_metadata(_raw_metadata)
                )

            _field = "modalities"
            _raw_modalities = d.get("modalities", UNSET)
            modalities: Any = _raw_modalities
            if _raw_modalities is not None and _raw_modalities is not UNSET:
                modalities = [
                    OutputModalityEnum._value2member_map_.get(modalities_item_data)
                    or OutputModalityEnum._parse(modalities_item_data)
                    for modalities_item_data in _raw_modalities
                ]

            model = d.get("model", UNSET)

            _field = "models"
            _raw_models = d.get("models", UNSET)
            models: Any = _raw_models
            if _raw_models is not None and _raw_models is not UNSET:
                models = cast("list[str]", _raw_models)

            parallel_tool_calls = d.get("parallel_tool_calls", UNSET)

            _field = "plugins"
            _raw_plugins = d.get("plugins", UNSET)
            plugins: Any = _raw_plugins
            if _raw_plugins is not None and _raw_plugins is not UNSET:
                plugins = [_parse_plugins_item(plugins_item_data) for plugins_item_data in _raw_plugins]

            presence_penalty = d.get("presence_penalty", UNSET)

            previous_response_id = d.get("previous_response_id", UNSET)

            _field = "prompt"
            _raw_prompt = d.get("prompt", UNSET)
            prompt: Any = _raw_prompt
            if _raw_prompt is not None and _raw_prompt is not UNSET:
                prompt = (
                    StoredPromptTemplate.from_dict(_raw_prompt)
                    if type(_raw_prompt) is dict
                    else _parse_prompt(_raw_prompt)
                )

            prompt_cache_key = d.get("prompt_cache_key", UNSET)

            _field = "prompt_cache_options"
            _raw_prompt_cache_options = d.get("prompt_cache_options", UNSET)
            prompt_cache_options: Any = _raw_prompt_cache_options
            if _raw_prompt_cache_options is not None and _raw_prompt_cache_options is not UNSET:
                prompt_cache_options = (
                    PromptCacheOptions.from_dict(_raw_prompt_cache_options)
                    if type(_raw_prompt_cache_options) is dict
                    else _parse_prompt_cache_options(_raw_prompt_cache_options)
                )

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = (
                    ProviderPreferences.from_dict(_raw_provider)
                    if type(_raw_provider) is dict
                    else _parse_provider(_raw_provider)
                )

            _field = "reasoning"
            _raw_reasoning = d.get("reasoning", UNSET)
            reasoning: Any = _raw_reasoning
            if _raw_reasoning is not None and _raw_reasoning is not UNSET:
                reasoning = (
                    ReasoningConfigOption1.from_dict(_raw_reasoning)
                    if type(_raw_reasoning) is dict
                    else _parse_reasoning(_raw_reasoning)
                )

            _field = "route"
            _raw_route = d.get("route", UNSET)
            route: Any = _raw_route
            if _raw_route is not None and _raw_route is not UNSET:
                route = _parse_route(_raw_route)

            safety_identifier = d.get("safety_identifier", UNSET)

            _field = "service_tier"
            _raw_service_tier = d.get("service_tier", UNSET)
            service_tier: Any = _raw_service_tier
            if _raw_service_tier is not None and _raw_service_tier is not UNSET:
                service_tier = _parse_service_tier(_raw_service_tier)

            session_id = d.get("session_id", UNSET)

            _field = "stop_server_tools_when"
            _raw_stop_server_tools_when = d.get("stop_server_tools_when", UNSET)
            stop_server_tools_when: Any = _raw_stop_server_tools_when
            if _raw_stop_server_tools_when is not None and _raw_stop_server_tools_when is not UNSET:
                stop_server_tools_when = [
                    _parse_componentsschemas_stop_server_tools_when_item(
                        componentsschemas_stop_server_tools_when_item_data
                    )
                    for componentsschemas_stop_server_tools_when_item_data in _raw_stop_server_tools_when
                ]

            store = d.get("store", UNSET)

            stream = d.get("stream", UNSET)

            temperature = d.get("temperature", UNSET)

            _field = "text"
            _raw_text = d.get("text", UNSET)
            text: Any = _raw_text
            if _raw_text is not None and _raw_text is not UNSET:
                text = TextExtendedConfig.from_dict(_raw_text)

            _field = "tool_choice"
            _raw_tool_choice = d.get("tool_choice", UNSET)
            tool_choice: Any = _raw_tool_choice
            if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [_parse_tools_item(tools_item_data) for tools_item_data in _raw_tools]

            top_k = d.get("top_k", UNSET)

            top_logprobs = d.get("top_logprobs", UNSET)

            top_p = d.get("top_p", UNSET)

            _field = "trace"
            _raw_trace = d.get("trace", UNSET)
            trace: Any = _raw_trace
            if _raw_trace is not None and _raw_trace is not UNSET:
                trace = TraceConfig.from_dict(_raw_trace)

            _field = "truncation"
            _raw_truncation = d.get("truncation", UNSET)
            truncation: Any = _raw_truncation
            if _raw_truncation is not None and _raw_truncation is not UNSET:
                truncation = _parse_truncation(_raw_truncation)

            user = d.get("user", UNSET)

        except FieldParseError as error:
            raise error.within("ResponsesRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ResponsesRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        responses_request = cls(
            background,
            cache_control,
            debug,
            frequency_penalty,
            image_config,
            include,
            input_,
            instructions,
            max_output_tokens,
            max_tool_calls,
            metadata,
            modalities,
            model,
            models,
            parallel_tool_calls,
            plugins,
            presence_penalty,
            previous_response_id,
            prompt,
            prompt_cache_key,
            prompt_cache_options,
            provider,
            reasoning,
            route,
            safety_identifier,
            service_tier,
            session_id,
            stop_server_tools_when,
            store,
            stream,
            temperature,
            text,
            tool_choice,
            tools,
            top_k,
            top_logprobs,
            top_p,
            trace,
            truncation,
            user,
        )

        if not _DECLARED_KEYS.issuperset(d):
            responses_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return responses_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


ResponsesRequest.__annotations__ = ResolvingAnnotations(ResponsesRequest.__annotations__, _resolve_lazy_imports)


def _parse_include(data: object) -> list[ResponseIncludesEnum] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        include_type_0 = [
            ResponseIncludesEnum._value2member_map_.get(include_type_0_item_data)
            or ResponseIncludesEnum._parse(include_type_0_item_data)
            for include_type_0_item_data in data
        ]

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ResponseIncludesEnum] | None | Unset", data)


def _parse_input_(
    data: object,
) -> (
    list[
        AdditionalToolsItem
        | AgentMessageItem
        | ApplyPatchCallItem
        | ApplyPatchCallOutputItem
        | CompactionItem
        | ContextCompactionItem
        | CustomToolCallItem
        | CustomToolCallOutputItem
        | EasyInputMessage
        | FunctionCallItem
        | FunctionCallOutputItem
        | InputMessageItem
        | InputsOption2ItemMessage
        | InputsOption2ItemOption9
        | ItemReferenceItem
        | LocalShellCallItem
        | LocalShellCallOutputItem
        | McpApprovalRequestItem
        | McpApprovalResponseItem
        | McpCallItem
        | McpListToolsItem
        | OutputAdvisorServerToolItem
        | OutputApplyPatchServerToolItem
        | OutputBashServerToolItem
        | OutputBrowserUseServerToolItem
        | OutputCodeInterpreterCallItem
        | OutputCodeInterpreterServerToolItem
        | OutputComputerCallItem
        | OutputCustomToolCallItem
        | OutputDatetimeItem
        | OutputFileSearchCallItem
        | OutputFileSearchServerToolItem
        | OutputFilesServerToolItem
        | OutputFunctionCallItem
        | OutputFusionServerToolItem
        | OutputImageGenerationCallItem
        | OutputImageGenerationServerToolItem
        | OutputMcpServerToolItem
        | OutputMemoryServerToolItem
        | OutputSearchModelsServerToolItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
        | ReasoningItem
        | ShellCallItem
        | ShellCallOutputItem
    ]
    | str
    | Unset
):
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_inputs_type_1 = [
            _parse_componentsschemas_inputs_type_1_item(componentsschemas_inputs_type_1_item_data)
            for componentsschemas_inputs_type_1_item_data in data
        ]

        return componentsschemas_inputs_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem | CompactionItem | ContextCompactionItem | CustomToolCallItem | CustomToolCallOutputItem | EasyInputMessage | FunctionCallItem | FunctionCallOutputItem | InputMessageItem | InputsOption2ItemMessage | InputsOption2ItemOption9 | ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem | McpApprovalResponseItem | McpCallItem | McpListToolsItem | OutputAdvisorServerToolItem | OutputApplyPatchServerToolItem | OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem | OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem | OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem | OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem | OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputSearchModelsServerToolItem | OutputShellServerToolItem | OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem | OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem | ReasoningItem | ShellCallItem | ShellCallOutputItem] | str | Unset",
        data,
    )


def _parse_componentsschemas_inputs_type_1_item(
    data: object,
) -> (
    AdditionalToolsItem
    | AgentMessageItem
    | ApplyPatchCallItem
    | ApplyPatchCallOutputItem
    | CompactionItem
    | ContextCompactionItem
    | CustomToolCallItem
    | CustomToolCallOutputItem
    | EasyInputMessage
    | FunctionCallItem
    | FunctionCallOutputItem
    | InputMessageItem
    | InputsOption2ItemMessage
    | InputsOption2ItemOption9
    | ItemReferenceItem
    | LocalShellCallItem
    | LocalShellCallOutputItem
    | McpApprovalRequestItem
    | McpApprovalResponseItem
    | McpCallItem
    | McpListToolsItem
    | OutputAdvisorServerToolItem
    | OutputApplyPatchServerToolItem
    | OutputBashServerToolItem
    | OutputBrowserUseServerToolItem
    | OutputCodeInterpreterCallItem
    | OutputCodeInterpreterServerToolItem
    | OutputComputerCallItem
    | OutputCustomToolCallItem
    | OutputDatetimeItem
    | OutputFileSearchCallItem
    | OutputFileSearchServerToolItem
    | OutputFilesServerToolItem
    | OutputFunctionCallItem
    | OutputFusionServerToolItem
    | OutputImageGenerationCallItem
    | OutputImageGenerationServerToolItem
    | OutputMcpServerToolItem
    | OutputMemoryServerToolItem
    | OutputSearchModelsServerToolItem
    | OutputShellServerToolItem
    | OutputSubagentServerToolItem
    | OutputTextEditorServerToolItem
    | OutputToolSearchServerToolItem
    | OutputWebFetchServerToolItem
    | OutputWebSearchCallItem
    | OutputWebSearchServerToolItem
    | ReasoningItem
    | ShellCallItem
    | ShellCallOutputItem
):
    if ReasoningItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_0 = ReasoningItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if EasyInputMessage._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_1 = EasyInputMessage.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputMessageItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_2 = InputMessageItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FunctionCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_3 = FunctionCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FunctionCallOutputItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_4 = FunctionCallOutputItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_5 = ApplyPatchCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchCallOutputItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_6 = ApplyPatchCallOutputItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputsOption2ItemMessage._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_7 = InputsOption2ItemMessage.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputsOption2ItemOption9._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_8 = InputsOption2ItemOption9.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFunctionCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_9 = OutputFunctionCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputCustomToolCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_10 = OutputCustomToolCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputWebSearchCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_11 = OutputWebSearchCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFileSearchCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_12 = OutputFileSearchCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputImageGenerationCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_13 = OutputImageGenerationCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputCodeInterpreterCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_14 = OutputCodeInterpreterCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputComputerCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_15 = OutputComputerCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputDatetimeItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_16 = OutputDatetimeItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputWebSearchServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_17 = OutputWebSearchServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputCodeInterpreterServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_18 = OutputCodeInterpreterServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFileSearchServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_19 = OutputFileSearchServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputImageGenerationServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_20 = OutputImageGenerationServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputBrowserUseServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_21 = OutputBrowserUseServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputBashServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_22 = OutputBashServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputTextEditorServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_23 = OutputTextEditorServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputApplyPatchServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_24 = OutputApplyPatchServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputWebFetchServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_25 = OutputWebFetchServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputToolSearchServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_26 = OutputToolSearchServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMemoryServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_27 = OutputMemoryServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_27
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMcpServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_28 = OutputMcpServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_28
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputSearchModelsServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_29 = OutputSearchModelsServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_29
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFusionServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_30 = OutputFusionServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_30
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputAdvisorServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_31 = OutputAdvisorServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_31
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputSubagentServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_32 = OutputSubagentServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_32
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputFilesServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_33 = OutputFilesServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_33
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputShellServerToolItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_34 = OutputShellServerToolItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_34
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if LocalShellCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_35 = LocalShellCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_35
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if LocalShellCallOutputItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_36 = LocalShellCallOutputItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_36
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_37 = ShellCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_37
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellCallOutputItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_38 = ShellCallOutputItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_38
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpListToolsItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_39 = McpListToolsItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_39
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpApprovalRequestItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_40 = McpApprovalRequestItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_40
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpApprovalResponseItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_41 = McpApprovalResponseItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_41
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_42 = McpCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_42
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomToolCallItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_43 = CustomToolCallItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_43
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomToolCallOutputItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_44 = CustomToolCallOutputItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_44
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CompactionItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_45 = CompactionItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_45
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContextCompactionItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_46 = ContextCompactionItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_46
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ItemReferenceItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_47 = ItemReferenceItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_47
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AdditionalToolsItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_48 = AdditionalToolsItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_48
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AgentMessageItem._matches(data):
        try:
            componentsschemas_inputs_type_1_item_type_49 = AgentMessageItem.from_dict(data)

            return componentsschemas_inputs_type_1_item_type_49
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_0 = ReasoningItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_1 = EasyInputMessage.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_2 = InputMessageItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_3 = FunctionCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_4 = FunctionCallOutputItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_5 = ApplyPatchCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_6 = ApplyPatchCallOutputItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_7 = InputsOption2ItemMessage.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_8 = InputsOption2ItemOption9.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_9 = OutputFunctionCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_10 = OutputCustomToolCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_11 = OutputWebSearchCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_12 = OutputFileSearchCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_13 = OutputImageGenerationCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_14 = OutputCodeInterpreterCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_15 = OutputComputerCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_16 = OutputDatetimeItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_17 = OutputWebSearchServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_18 = OutputCodeInterpreterServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_19 = OutputFileSearchServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_20 = OutputImageGenerationServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_21 = OutputBrowserUseServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_22 = OutputBashServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_23 = OutputTextEditorServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_24 = OutputApplyPatchServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_25 = OutputWebFetchServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_26 = OutputToolSearchServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_27 = OutputMemoryServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_27
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_28 = OutputMcpServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_28
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_29 = OutputSearchModelsServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_29
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_30 = OutputFusionServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_30
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_31 = OutputAdvisorServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_31
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_32 = OutputSubagentServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_32
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_33 = OutputFilesServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_33
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_34 = OutputShellServerToolItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_34
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_35 = LocalShellCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_35
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_36 = LocalShellCallOutputItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_36
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_37 = ShellCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_37
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_38 = ShellCallOutputItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_38
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_39 = McpListToolsItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_39
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_40 = McpApprovalRequestItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_40
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_41 = McpApprovalResponseItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_41
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_42 = McpCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_42
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_43 = CustomToolCallItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_43
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_44 = CustomToolCallOutputItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_44
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_45 = CompactionItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_45
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_46 = ContextCompactionItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_46
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_47 = ItemReferenceItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_47
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_inputs_type_1_item_type_48 = AdditionalToolsItem.from_dict(data)

        return componentsschemas_inputs_type_1_item_type_48
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_inputs_type_1_item_type_49 = AgentMessageItem.from_dict(data)

    return componentsschemas_inputs_type_1_item_type_49


def _parse_metadata(data: object) -> None | RequestMetadata | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if RequestMetadata._matches(data):
        try:
            metadata_type_0 = RequestMetadata.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = RequestMetadata.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | RequestMetadata | Unset", data)


def _parse_plugins_item(
    data: object,
) -> (
    AutoBetaRouterPlugin
    | AutoRouterPlugin
    | ContextCompressionPlugin
    | FileParserPlugin
    | FusionPlugin
    | ModerationPlugin
    | ParetoRouterPlugin
    | ResponseHealingPlugin
    | WebFetchPlugin
    | WebSearchPlugin
):
    if AutoRouterPlugin._matches(data):
        try:
            plugins_item_type_0 = AutoRouterPlugin.from_dict(data)

            return plugins_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AutoBetaRouterPlugin._matches(data):
        try:
            plugins_item_type_1 = AutoBetaRouterPlugin.from_dict(data)

            return plugins_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ModerationPlugin._matches(data):
        try:
            plugins_item_type_2 = ModerationPlugin.from_dict(data)

            return plugins_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchPlugin._matches(data):
        try:
            plugins_item_type_3 = WebSearchPlugin.from_dict(data)

            return plugins_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebFetchPlugin._matches(data):
        try:
            plugins_item_type_4 = WebFetchPlugin.from_dict(data)

            return plugins_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FileParserPlugin._matches(data):
        try:
            plugins_item_type_5 = FileParserPlugin.from_dict(data)

            return plugins_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseHealingPlugin._matches(data):
        try:
            plugins_item_type_6 = ResponseHealingPlugin.from_dict(data)

            return plugins_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContextCompressionPlugin._matches(data):
        try:
            plugins_item_type_7 = ContextCompressionPlugin.from_dict(data)

            return plugins_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ParetoRouterPlugin._matches(data):
        try:
            plugins_item_type_8 = ParetoRouterPlugin.from_dict(data)

            return plugins_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionPlugin._matches(data):
        try:
            plugins_item_type_9 = FusionPlugin.from_dict(data)

            return plugins_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_0 = AutoRouterPlugin.from_dict(data)

        return plugins_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_1 = AutoBetaRouterPlugin.from_dict(data)

        return plugins_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_2 = ModerationPlugin.from_dict(data)

        return plugins_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_3 = WebSearchPlugin.from_dict(data)

        return plugins_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_4 = WebFetchPlugin.from_dict(data)

        return plugins_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_5 = FileParserPlugin.from_dict(data)

        return plugins_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_6 = ResponseHealingPlugin.from_dict(data)

        return plugins_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_7 = ContextCompressionPlugin.from_dict(data)

        return plugins_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        plugins_item_type_8 = ParetoRouterPlugin.from_dict(data)

        return plugins_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    plugins_item_type_9 = FusionPlugin.from_dict(data)

    return plugins_item_type_9


def _parse_prompt(data: object) -> None | StoredPromptTemplate | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if StoredPromptTemplate._matches(data):
        try:
            prompt_type_0 = StoredPromptTemplate.from_dict(data)

            return prompt_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_type_0 = StoredPromptTemplate.from_dict(data)

        return prompt_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | StoredPromptTemplate | Unset", data)


def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptions | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if PromptCacheOptions._matches(data):
        try:
            prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

            return prompt_cache_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

        return prompt_cache_options_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PromptCacheOptions | Unset", data)


def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderPreferences._matches(data):
        try:
            provider_type_0 = ProviderPreferences.from_dict(data)

            return provider_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        provider_type_0 = ProviderPreferences.from_dict(data)

        return provider_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ProviderPreferences | Unset", data)


def _parse_reasoning(data: object) -> None | ReasoningConfigOption1 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningConfigOption1._matches(data):
        try:
            componentsschemas_reasoning_config_type_0 = ReasoningConfigOption1.from_dict(data)

            return componentsschemas_reasoning_config_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_reasoning_config_type_0 = ReasoningConfigOption1.from_dict(data)

        return componentsschemas_reasoning_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningConfigOption1 | Unset", data)


def _parse_route(data: object) -> DeprecatedRoute | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if DeprecatedRoute.is_known(data):
        try:
            route_type_0 = DeprecatedRoute._value2member_map_.get(data) or DeprecatedRoute._parse(data)

            return route_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        route_type_0 = DeprecatedRoute._value2member_map_.get(data) or DeprecatedRoute._parse(data)

        return route_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DeprecatedRoute | None | Unset", data)


def _parse_service_tier(
    data: object,
) -> (
    None
    | ResponsesRequestServiceTierType1
    | ResponsesRequestServiceTierType2Type1
    | ResponsesRequestServiceTierType3Type1
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ResponsesRequestServiceTierType1.is_known(data):
        try:
            service_tier_type_1 = ResponsesRequestServiceTierType1._value2member_map_.get(
                data
            ) or ResponsesRequestServiceTierType1._parse(data)

            return service_tier_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesRequestServiceTierType2Type1.is_known(data):
        try:
            service_tier_type_2_type_1 = ResponsesRequestServiceTierType2Type1._value2member_map_.get(
                data
            ) or ResponsesRequestServiceTierType2Type1._parse(data)

            return service_tier_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesRequestServiceTierType3Type1.is_known(data):
        try:
            service_tier_type_3_type_1 = ResponsesRequestServiceTierType3Type1._value2member_map_.get(
                data
            ) or ResponsesRequestServiceTierType3Type1._parse(data)

            return service_tier_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_1 = ResponsesRequestServiceTierType1._value2member_map_.get(
            data
        ) or ResponsesRequestServiceTierType1._parse(data)

        return service_tier_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_2_type_1 = ResponsesRequestServiceTierType2Type1._value2member_map_.get(
            data
        ) or ResponsesRequestServiceTierType2Type1._parse(data)

        return service_tier_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_3_type_1 = ResponsesRequestServiceTierType3Type1._value2member_map_.get(
            data
        ) or ResponsesRequestServiceTierType3Type1._parse(data)

        return service_tier_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | ResponsesRequestServiceTierType1 | ResponsesRequestServiceTierType2Type1 | ResponsesRequestServiceTierType3Type1 | Unset",
        data,
    )


def _parse_componentsschemas_stop_server_tools_when_item(
    data: object,
) -> (
    StopServerToolsWhenFinishReasonIs
    | StopServerToolsWhenHasToolCall
    | StopServerToolsWhenMaxCost
    | StopServerToolsWhenMaxTokensUsed
    | StopServerToolsWhenStepCountIs
):
    if StopServerToolsWhenStepCountIs._matches(data):
        try:
            componentsschemas_stop_server_tools_when_condition_type_0 = StopServerToolsWhenStepCountIs.from_dict(data)

            return componentsschemas_stop_server_tools_when_condition_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StopServerToolsWhenHasToolCall._matches(data):
        try:
            componentsschemas_stop_server_tools_when_condition_type_1 = StopServerToolsWhenHasToolCall.from_dict(data)

            return componentsschemas_stop_server_tools_when_condition_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StopServerToolsWhenMaxTokensUsed._matches(data):
        try:
            componentsschemas_stop_server_tools_when_condition_type_2 = StopServerToolsWhenMaxTokensUsed.from_dict(data)

            return componentsschemas_stop_server_tools_when_condition_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StopServerToolsWhenMaxCost._matches(data):
        try:
            componentsschemas_stop_server_tools_when_condition_type_3 = StopServerToolsWhenMaxCost.from_dict(data)

            return componentsschemas_stop_server_tools_when_condition_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StopServerToolsWhenFinishReasonIs._matches(data):
        try:
            componentsschemas_stop_server_tools_when_condition_type_4 = StopServerToolsWhenFinishReasonIs.from_dict(
                data
            )

            return componentsschemas_stop_server_tools_when_condition_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_server_tools_when_condition_type_0 = StopServerToolsWhenStepCountIs.from_dict(data)

        return componentsschemas_stop_server_tools_when_condition_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_server_tools_when_condition_type_1 = StopServerToolsWhenHasToolCall.from_dict(data)

        return componentsschemas_stop_server_tools_when_condition_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_server_tools_when_condition_type_2 = StopServerToolsWhenMaxTokensUsed.from_dict(data)

        return componentsschemas_stop_server_tools_when_condition_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_server_tools_when_condition_type_3 = StopServerToolsWhenMaxCost.from_dict(data)

        return componentsschemas_stop_server_tools_when_condition_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_stop_server_tools_when_condition_type_4 = StopServerToolsWhenFinishReasonIs.from_dict(data)

    return componentsschemas_stop_server_tools_when_condition_type_4


def _parse_tool_choice(
    data: object,
) -> (
    OpenAIResponsesToolChoiceApplyPatch
    | OpenAIResponsesToolChoiceFunction
    | OpenAIResponsesToolChoiceOption5
    | OpenAIResponsesToolChoiceShell
    | OpenAIResponsesToolChoiceType0
    | OpenAIResponsesToolChoiceType1
    | OpenAIResponsesToolChoiceType2
    | ToolChoiceAllowed
    | Unset
):
    if data is UNSET:
        return UNSET
    if OpenAIResponsesToolChoiceType0.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_0 = (
                OpenAIResponsesToolChoiceType0._value2member_map_.get(data)
                or OpenAIResponsesToolChoiceType0._parse(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceType1.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_1 = (
                OpenAIResponsesToolChoiceType1._value2member_map_.get(data)
                or OpenAIResponsesToolChoiceType1._parse(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceType2.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_2 = (
                OpenAIResponsesToolChoiceType2._value2member_map_.get(data)
                or OpenAIResponsesToolChoiceType2._parse(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceFunction._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_3 = OpenAIResponsesToolChoiceFunction.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceOption5._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_4 = OpenAIResponsesToolChoiceOption5.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolChoiceAllowed._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_5 = ToolChoiceAllowed.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceApplyPatch._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_6 = OpenAIResponsesToolChoiceApplyPatch.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesToolChoiceShell._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_7 = OpenAIResponsesToolChoiceShell.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_0 = OpenAIResponsesToolChoiceType0._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceType0._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_1 = OpenAIResponsesToolChoiceType1._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceType1._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_2 = OpenAIResponsesToolChoiceType2._value2member_map_.get(
            data
        ) or OpenAIResponsesToolChoiceType2._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_3 = OpenAIResponsesToolChoiceFunction.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_4 = OpenAIResponsesToolChoiceOption5.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_5 = ToolChoiceAllowed.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_6 = OpenAIResponsesToolChoiceApplyPatch.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_open_ai_responses_tool_choice_type_7 = OpenAIResponsesToolChoiceShell.from_dict(data)

    return componentsschemas_open_ai_responses_tool_choice_type_7


def _parse_tools_item(
    data: object,
) -> (
    AdvisorServerToolOpenRouter
    | ApplyPatchServerTool
    | ApplyPatchServerToolOpenRouter
    | BashServerTool
    | CodeInterpreterServerTool
    | CodexLocalShellTool
    | ComputerUseServerTool
    | CustomTool
    | DatetimeServerTool
    | FileSearchServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerTool
    | ImageGenerationServerToolOpenRouter
    | LegacyWebSearchServerTool
    | McpServerTool
    | NamespaceTool
    | Preview20250311WebSearchServerTool
    | PreviewWebSearchServerTool
    | ResponsesRequestToolsItemOption1
    | SearchModelsServerToolOpenRouter
    | ShellServerTool
    | ShellServerToolOpenRouter
    | SubagentServerToolOpenRouter
    | ToolSearchServerTool
    | WebFetchServerTool
    | WebSearchServerTool
    | WebSearchServerToolOpenRouter
):
    if ResponsesRequestToolsItemOption1._matches(data):
        try:
            tools_item_type_0 = ResponsesRequestToolsItemOption1.from_dict(data)

            return tools_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if PreviewWebSearchServerTool._matches(data):
        try:
            tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

            return tools_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if Preview20250311WebSearchServerTool._matches(data):
        try:
            tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(data)

            return tools_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if LegacyWebSearchServerTool._matches(data):
        try:
            tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

            return tools_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchServerTool._matches(data):
        try:
            tools_item_type_4 = WebSearchServerTool.from_dict(data)

            return tools_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FileSearchServerTool._matches(data):
        try:
            tools_item_type_5 = FileSearchServerTool.from_dict(data)

            return tools_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ComputerUseServerTool._matches(data):
        try:
            tools_item_type_6 = ComputerUseServerTool.from_dict(data)

            return tools_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodeInterpreterServerTool._matches(data):
        try:
            tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

            return tools_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if McpServerTool._matches(data):
        try:
            tools_item_type_8 = McpServerTool.from_dict(data)

            return tools_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerTool._matches(data):
        try:
            tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

            return tools_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CodexLocalShellTool._matches(data):
        try:
            tools_item_type_10 = CodexLocalShellTool.from_dict(data)

            return tools_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellServerTool._matches(data):
        try:
            tools_item_type_11 = ShellServerTool.from_dict(data)

            return tools_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchServerTool._matches(data):
        try:
            tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

            return tools_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if CustomTool._matches(data):
        try:
            tools_item_type_13 = CustomTool.from_dict(data)

            return tools_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if NamespaceTool._matches(data):
        try:
            tools_item_type_14 = NamespaceTool.from_dict(data)

            return tools_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AdvisorServerToolOpenRouter._matches(data):
        try:
            tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

            return tools_item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if SubagentServerToolOpenRouter._matches(data):
        try:
            tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(data)

            return tools_item_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if DatetimeServerTool._matches(data):
        try:
            tools_item_type_17 = DatetimeServerTool.from_dict(data)

            return tools_item_type_17
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FilesServerTool._matches(data):
        try:
            tools_item_type_18 = FilesServerTool.from_dict(data)

            return tools_item_type_18
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionServerToolOpenRouter._matches(data):
        try:
            tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

            return tools_item_type_19
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerToolOpenRouter._matches(data):
        try:
            tools_item_type_20 = ImageGenerationServerToolOpenRouter.from_dict(data)

            return tools_item_type_20
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if SearchModelsServerToolOpenRouter._matches(data):
        try:
            tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(data)

            return tools_item_type_21
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebFetchServerTool._matches(data):
        try:
            tools_item_type_22 = WebFetchServerTool.from_dict(data)

            return tools_item_type_22
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchServerToolOpenRouter._matches(data):
        try:
            tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(data)

            return tools_item_type_23
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ApplyPatchServerToolOpenRouter._matches(data):
        try:
            tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(data)

            return tools_item_type_24
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BashServerTool._matches(data):
        try:
            tools_item_type_25 = BashServerTool.from_dict(data)

            return tools_item_type_25
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellServerToolOpenRouter._matches(data):
        try:
            tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

            return tools_item_type_26
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolSearchServerTool._matches(data):
        try:
            tools_item_type_27 = ToolSearchServerTool.from_dict(data)

            return tools_item_type_27
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_0 = ResponsesRequestToolsItemOption1.from_dict(data)

        return tools_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

        return tools_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(data)

        return tools_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

        return tools_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_4 = WebSearchServerTool.from_dict(data)

        return tools_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_5 = FileSearchServerTool.from_dict(data)

        return tools_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

        return tools_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

        return tools_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_8 = McpServerTool.from_dict(data)

        return tools_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

        return tools_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

        return tools_item_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_11 = ShellServerTool.from_dict(data)

        return tools_item_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

        return tools_item_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_13 = CustomTool.from_dict(data)

        return tools_item_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_14 = NamespaceTool.from_dict(data)

        return tools_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

        return tools_item_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(data)

        return tools_item_type_16
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_17 = DatetimeServerTool.from_dict(data)

        return tools_item_type_17
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_18 = FilesServerTool.from_dict(data)

        return tools_item_type_18
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

        return tools_item_type_19
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_20 = ImageGenerationServerToolOpenRouter.from_dict(data)

        return tools_item_type_20
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(data)

        return tools_item_type_21
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_22 = WebFetchServerTool.from_dict(data)

        return tools_item_type_22
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(data)

        return tools_item_type_23
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(data)

        return tools_item_type_24
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_25 = BashServerTool.from_dict(data)

        return tools_item_type_25
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

        return tools_item_type_26
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_27 = ToolSearchServerTool.from_dict(data)

    return tools_item_type_27


def _parse_truncation(data: object) -> None | OpenAIResponsesTruncation | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenAIResponsesTruncation.is_known(data):
        try:
            truncation_type_0 = OpenAIResponsesTruncation._value2member_map_.get(
                data
            ) or OpenAIResponsesTruncation._parse(data)

            return truncation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        truncation_type_0 = OpenAIResponsesTruncation._value2member_map_.get(data) or OpenAIResponsesTruncation._parse(
            data
        )

        return truncation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenAIResponsesTruncation | Unset", data)
