from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deprecated_route import DeprecatedRoute
from ..models.open_ai_responses_includable import OpenAIResponsesIncludable
from ..models.open_ai_responses_service_tier import OpenAIResponsesServiceTier
from ..models.open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
from ..models.open_ai_responses_truncation import OpenAIResponsesTruncation
from ..models.responses_output_modality import ResponsesOutputModality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.image_config import ImageConfig
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_ai_responses_prompt import OpenAIResponsesPrompt
    from ..models.open_responses_apply_patch_tool import OpenResponsesApplyPatchTool
    from ..models.open_responses_code_interpreter_tool import OpenResponsesCodeInterpreterTool
    from ..models.open_responses_computer_tool import OpenResponsesComputerTool
    from ..models.open_responses_custom_tool import OpenResponsesCustomTool
    from ..models.open_responses_easy_input_message import OpenResponsesEasyInputMessage
    from ..models.open_responses_file_search_tool import OpenResponsesFileSearchTool
    from ..models.open_responses_function_call_output import OpenResponsesFunctionCallOutput
    from ..models.open_responses_function_shell_tool import OpenResponsesFunctionShellTool
    from ..models.open_responses_function_tool import OpenResponsesFunctionTool
    from ..models.open_responses_function_tool_call import OpenResponsesFunctionToolCall
    from ..models.open_responses_image_generation_tool import OpenResponsesImageGenerationTool
    from ..models.open_responses_input_message_item import OpenResponsesInputMessageItem
    from ..models.open_responses_local_shell_tool import OpenResponsesLocalShellTool
    from ..models.open_responses_mcp_tool import OpenResponsesMcpTool
    from ..models.open_responses_reasoning_config import OpenResponsesReasoningConfig
    from ..models.open_responses_web_search_20250826_tool import OpenResponsesWebSearch20250826Tool
    from ..models.open_responses_web_search_preview_20250311_tool import OpenResponsesWebSearchPreview20250311Tool
    from ..models.open_responses_web_search_preview_tool import OpenResponsesWebSearchPreviewTool
    from ..models.open_responses_web_search_tool import OpenResponsesWebSearchTool
    from ..models.open_router_server_tool import OpenRouterServerTool
    from ..models.provider_preferences import ProviderPreferences
    from ..models.request_metadata import RequestMetadata
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.response_text_config import ResponseTextConfig
    from ..models.responses_image_generation_call import ResponsesImageGenerationCall
    from ..models.responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall
    from ..models.responses_output_item_reasoning import ResponsesOutputItemReasoning
    from ..models.responses_output_message import ResponsesOutputMessage
    from ..models.responses_tool_choice_function import ResponsesToolChoiceFunction
    from ..models.responses_tool_choice_hosted import ResponsesToolChoiceHosted
    from ..models.responses_web_search_call_output import ResponsesWebSearchCallOutput
    from ..models.stop_condition_max_cost import StopConditionMaxCost
    from ..models.stop_condition_step_count import StopConditionStepCount
    from ..models.trace_config import TraceConfig
    from ..models.web_search_plugin import WebSearchPlugin

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControl, \
        AutoRouterPlugin, \
        FileParserPlugin, \
        ImageConfig, \
        ModerationPlugin, \
        OpenAIResponsesPrompt, \
        OpenResponsesApplyPatchTool, \
        OpenResponsesCodeInterpreterTool, \
        OpenResponsesComputerTool, \
        OpenResponsesCustomTool, \
        OpenResponsesEasyInputMessage, \
        OpenResponsesFileSearchTool, \
        OpenResponsesFunctionCallOutput, \
        OpenResponsesFunctionShellTool, \
        OpenResponsesFunctionTool, \
        OpenResponsesFunctionToolCall, \
        OpenResponsesImageGenerationTool, \
        OpenResponsesInputMessageItem, \
        OpenResponsesLocalShellTool, \
        OpenResponsesMcpTool, \
        OpenResponsesReasoningConfig, \
        OpenResponsesWebSearch20250826Tool, \
        OpenResponsesWebSearchPreview20250311Tool, \
        OpenResponsesWebSearchPreviewTool, \
        OpenResponsesWebSearchTool, \
        OpenRouterServerTool, \
        ProviderPreferences, \
        RequestMetadata, \
        ResponseHealingPlugin, \
        ResponseTextConfig, \
        ResponsesImageGenerationCall, \
        ResponsesOutputItemFileSearchCall, \
        ResponsesOutputItemReasoning, \
        ResponsesOutputMessage, \
        ResponsesToolChoiceFunction, \
        ResponsesToolChoiceHosted, \
        ResponsesWebSearchCallOutput, \
        StopConditionMaxCost, \
        StopConditionStepCount, \
        TraceConfig, \
        WebSearchPlugin
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415
    from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: PLC0415
    from ..models.file_parser_plugin import FileParserPlugin  # noqa: PLC0415
    from ..models.image_config import ImageConfig  # noqa: PLC0415
    from ..models.moderation_plugin import ModerationPlugin  # noqa: PLC0415
    from ..models.open_ai_responses_prompt import OpenAIResponsesPrompt  # noqa: PLC0415
    from ..models.open_responses_apply_patch_tool import OpenResponsesApplyPatchTool  # noqa: PLC0415
    from ..models.open_responses_code_interpreter_tool import OpenResponsesCodeInterpreterTool  # noqa: PLC0415
    from ..models.open_responses_computer_tool import OpenResponsesComputerTool  # noqa: PLC0415
    from ..models.open_responses_custom_tool import OpenResponsesCustomTool  # noqa: PLC0415
    from ..models.open_responses_easy_input_message import OpenResponsesEasyInputMessage  # noqa: PLC0415
    from ..models.open_responses_file_search_tool import OpenResponsesFileSearchTool  # noqa: PLC0415
    from ..models.open_responses_function_call_output import OpenResponsesFunctionCallOutput  # noqa: PLC0415
    from ..models.open_responses_function_shell_tool import OpenResponsesFunctionShellTool  # noqa: PLC0415
    from ..models.open_responses_function_tool import OpenResponsesFunctionTool  # noqa: PLC0415
    from ..models.open_responses_function_tool_call import OpenResponsesFunctionToolCall  # noqa: PLC0415
    from ..models.open_responses_image_generation_tool import OpenResponsesImageGenerationTool  # noqa: PLC0415
    from ..models.open_responses_input_message_item import OpenResponsesInputMessageItem  # noqa: PLC0415
    from ..models.open_responses_local_shell_tool import OpenResponsesLocalShellTool  # noqa: PLC0415
    from ..models.open_responses_mcp_tool import OpenResponsesMcpTool  # noqa: PLC0415
    from ..models.open_responses_reasoning_config import OpenResponsesReasoningConfig  # noqa: PLC0415
    from ..models.open_responses_web_search_20250826_tool import OpenResponsesWebSearch20250826Tool  # noqa: PLC0415
    from ..models.open_responses_web_search_preview_20250311_tool import OpenResponsesWebSearchPreview20250311Tool  # noqa: PLC0415
    from ..models.open_responses_web_search_preview_tool import OpenResponsesWebSearchPreviewTool  # noqa: PLC0415
    from ..models.open_responses_web_search_tool import OpenResponsesWebSearchTool  # noqa: PLC0415
    from ..models.open_router_server_tool import OpenRouterServerTool  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415
    from ..models.request_metadata import RequestMetadata  # noqa: PLC0415
    from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: PLC0415
    from ..models.response_text_config import ResponseTextConfig  # noqa: PLC0415
    from ..models.responses_image_generation_call import ResponsesImageGenerationCall  # noqa: PLC0415
    from ..models.responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall  # noqa: PLC0415
    from ..models.responses_output_item_reasoning import ResponsesOutputItemReasoning  # noqa: PLC0415
    from ..models.responses_output_message import ResponsesOutputMessage  # noqa: PLC0415
    from ..models.responses_tool_choice_function import ResponsesToolChoiceFunction  # noqa: PLC0415
    from ..models.responses_tool_choice_hosted import ResponsesToolChoiceHosted  # noqa: PLC0415
    from ..models.responses_web_search_call_output import ResponsesWebSearchCallOutput  # noqa: PLC0415
    from ..models.stop_condition_max_cost import StopConditionMaxCost  # noqa: PLC0415
    from ..models.stop_condition_step_count import StopConditionStepCount  # noqa: PLC0415
    from ..models.trace_config import TraceConfig  # noqa: PLC0415
    from ..models.web_search_plugin import WebSearchPlugin  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesRequest")


@_attrs_define
class OpenResponsesRequest:
    """The body of a Responses request.

    Example:
        {'model': 'openai/gpt-4o', 'input': 'Tell me a joke'}

    Attributes:
        input_ (list[OpenResponsesEasyInputMessage | OpenResponsesFunctionCallOutput | OpenResponsesFunctionToolCall |
            OpenResponsesInputMessageItem | ResponsesImageGenerationCall | ResponsesOutputItemFileSearchCall |
            ResponsesOutputItemReasoning | ResponsesOutputMessage | ResponsesWebSearchCallOutput] | str | Unset): A plain
            string, or a list of input items (messages, earlier outputs, tool results). Example: Tell me a joke.
        instructions (None | str | Unset): System-level instructions placed before the input.
        metadata (None | RequestMetadata | Unset):
        model (str | Unset): A model slug, optionally with a variant suffix such as :nitro, :floor, :free, :exacto,
            :thinking or :online. Example: openai/gpt-4o.
        models (list[str] | Unset): Models to try in order; later ones are used when earlier ones fail or are
            unavailable. Example: ['openai/gpt-4o', 'anthropic/claude-sonnet-4'].
        tools (list[OpenResponsesApplyPatchTool | OpenResponsesCodeInterpreterTool | OpenResponsesComputerTool |
            OpenResponsesCustomTool | OpenResponsesFileSearchTool | OpenResponsesFunctionShellTool |
            OpenResponsesFunctionTool | OpenResponsesImageGenerationTool | OpenResponsesLocalShellTool |
            OpenResponsesMcpTool | OpenResponsesWebSearch20250826Tool | OpenResponsesWebSearchPreview20250311Tool |
            OpenResponsesWebSearchPreviewTool | OpenResponsesWebSearchTool | OpenRouterServerTool] | Unset):
        tool_choice (OpenAIResponsesToolChoiceType0 | ResponsesToolChoiceFunction | ResponsesToolChoiceHosted | Unset):
            none, auto, required, or a specific tool. Example: auto.
        parallel_tool_calls (bool | None | Unset):
        text (ResponseTextConfig | Unset): Format and verbosity of text output.
        reasoning (OpenResponsesReasoningConfig | Unset): Reasoning settings, with OpenRouter's token budget and on/off
            switch. Example: {'effort': 'medium', 'summary': 'auto'}.
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        top_k (int | None | Unset):
        top_logprobs (int | None | Unset):
        presence_penalty (float | None | Unset):
        frequency_penalty (float | None | Unset):
        image_config (ImageConfig | Unset): Image-generation options passed through to the provider; the keys depend on
            the model. Example: {'aspect_ratio': '16:9', 'quality': 'high'}.
        modalities (list[ResponsesOutputModality] | Unset):
        prompt_cache_key (None | str | Unset):
        previous_response_id (None | str | Unset):
        prompt (None | OpenAIResponsesPrompt | Unset):
        include (list[OpenAIResponsesIncludable] | None | Unset):
        background (bool | None | Unset):
        safety_identifier (None | str | Unset):
        store (bool | Unset): Always false on OpenRouter; responses are not stored. Default: False.
        service_tier (None | OpenAIResponsesServiceTier | Unset):
        truncation (None | OpenAIResponsesTruncation | Unset):
        stream (bool | Unset):  Default: False.
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
        provider (None | ProviderPreferences | Unset):
        plugins (list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin]
            | Unset): Plugins to enable for this request.
        route (DeprecatedRoute | None | Unset):
        user (str | Unset):
        session_id (str | Unset):
        trace (TraceConfig | Unset): Tracing metadata for observability. trace_id, trace_name, span_name,
            generation_name and parent_span_id are recognised; other keys are forwarded as custom metadata. Example:
            {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}.
        stop_server_tools_when (list[StopConditionMaxCost | StopConditionStepCount] | Unset): Conditions that end the
            server-tool agent loop; the first one to fire wins. Overrides max_tool_calls. Example: [{'type':
            'step_count_is', 'step_count': 5}, {'type': 'max_cost', 'max_cost_in_dollars': 0.5}].
    """

    input_: (
        list[
            OpenResponsesEasyInputMessage
            | OpenResponsesFunctionCallOutput
            | OpenResponsesFunctionToolCall
            | OpenResponsesInputMessageItem
            | ResponsesImageGenerationCall
            | ResponsesOutputItemFileSearchCall
            | ResponsesOutputItemReasoning
            | ResponsesOutputMessage
            | ResponsesWebSearchCallOutput
        ]
        | str
        | Unset
    ) = UNSET
    instructions: None | str | Unset = UNSET
    metadata: None | RequestMetadata | Unset = UNSET
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    tools: (
        list[
            OpenResponsesApplyPatchTool
            | OpenResponsesCodeInterpreterTool
            | OpenResponsesComputerTool
            | OpenResponsesCustomTool
            | OpenResponsesFileSearchTool
            | OpenResponsesFunctionShellTool
            | OpenResponsesFunctionTool
            | OpenResponsesImageGenerationTool
            | OpenResponsesLocalShellTool
            | OpenResponsesMcpTool
            | OpenResponsesWebSearch20250826Tool
            | OpenResponsesWebSearchPreview20250311Tool
            | OpenResponsesWebSearchPreviewTool
            | OpenResponsesWebSearchTool
            | OpenRouterServerTool
        ]
        | Unset
    ) = UNSET
    tool_choice: OpenAIResponsesToolChoiceType0 | ResponsesToolChoiceFunction | ResponsesToolChoiceHosted | Unset = (
        UNSET
    )
    parallel_tool_calls: bool | None | Unset = UNSET
    text: ResponseTextConfig | Unset = UNSET
    reasoning: OpenResponsesReasoningConfig | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    modalities: list[ResponsesOutputModality] | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | OpenAIResponsesPrompt | Unset = UNSET
    include: list[OpenAIResponsesIncludable] | None | Unset = UNSET
    background: bool | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    store: bool | Unset = False
    service_tier: None | OpenAIResponsesServiceTier | Unset = UNSET
    truncation: None | OpenAIResponsesTruncation | Unset = UNSET
    stream: bool | Unset = False
    cache_control: AnthropicCacheControl | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    plugins: (
        list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin] | Unset
    ) = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    user: str | Unset = UNSET
    session_id: str | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    stop_server_tools_when: list[StopConditionMaxCost | StopConditionStepCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_: Any = self.input_
        if not (isinstance(input_, Unset) or input_ is None):
            if isinstance(self.input_, Unset):
                input_ = UNSET
            elif isinstance(self.input_, list):
                input_ = []
                for componentsschemas_open_responses_input_type_1_item_data in self.input_:
                    componentsschemas_open_responses_input_type_1_item: dict[str, Any]
                    if isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, OpenResponsesEasyInputMessage
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, OpenResponsesInputMessageItem
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, OpenResponsesFunctionToolCall
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, OpenResponsesFunctionCallOutput
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(componentsschemas_open_responses_input_type_1_item_data, ResponsesOutputMessage):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, ResponsesOutputItemReasoning
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, ResponsesWebSearchCallOutput
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    elif isinstance(
                        componentsschemas_open_responses_input_type_1_item_data, ResponsesOutputItemFileSearchCall
                    ):
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )
                    else:
                        componentsschemas_open_responses_input_type_1_item = (
                            componentsschemas_open_responses_input_type_1_item_data.to_dict()
                        )

                    input_.append(componentsschemas_open_responses_input_type_1_item)

            else:
                input_ = self.input_

        instructions: Any = self.instructions
        if not (isinstance(instructions, Unset) or instructions is None):
            if isinstance(self.instructions, Unset):
                instructions = UNSET
            else:
                instructions = self.instructions

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, RequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

        model: Any = self.model

        models: Any = self.models
        if not (isinstance(models, Unset) or models is None):
            models = UNSET
            if not isinstance(self.models, Unset):
                models = self.models

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, OpenResponsesFunctionTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesWebSearchPreviewTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesWebSearchPreview20250311Tool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesWebSearchTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesWebSearch20250826Tool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesFileSearchTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesComputerTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesCodeInterpreterTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesMcpTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesImageGenerationTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesLocalShellTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesFunctionShellTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesApplyPatchTool):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, OpenResponsesCustomTool):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data.to_dict()

                    tools.append(tools_item)

        tool_choice: Any = self.tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceType0):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, ResponsesToolChoiceFunction):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls: Any = self.parallel_tool_calls
        if not (isinstance(parallel_tool_calls, Unset) or parallel_tool_calls is None):
            if isinstance(self.parallel_tool_calls, Unset):
                parallel_tool_calls = UNSET
            else:
                parallel_tool_calls = self.parallel_tool_calls

        text: Any = self.text
        if not (isinstance(text, Unset) or text is None):
            text = UNSET
            if not isinstance(self.text, Unset):
                text = self.text.to_dict()

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = UNSET
            if not isinstance(self.reasoning, Unset):
                reasoning = self.reasoning.to_dict()

        max_output_tokens: Any = self.max_output_tokens
        if not (isinstance(max_output_tokens, Unset) or max_output_tokens is None):
            if isinstance(self.max_output_tokens, Unset):
                max_output_tokens = UNSET
            else:
                max_output_tokens = self.max_output_tokens

        max_tool_calls: Any = self.max_tool_calls
        if not (isinstance(max_tool_calls, Unset) or max_tool_calls is None):
            if isinstance(self.max_tool_calls, Unset):
                max_tool_calls = UNSET
            else:
                max_tool_calls = self.max_tool_calls

        temperature: Any = self.temperature
        if not (isinstance(temperature, Unset) or temperature is None):
            if isinstance(self.temperature, Unset):
                temperature = UNSET
            else:
                temperature = self.temperature

        top_p: Any = self.top_p
        if not (isinstance(top_p, Unset) or top_p is None):
            if isinstance(self.top_p, Unset):
                top_p = UNSET
            else:
                top_p = self.top_p

        top_k: Any = self.top_k
        if not (isinstance(top_k, Unset) or top_k is None):
            if isinstance(self.top_k, Unset):
                top_k = UNSET
            else:
                top_k = self.top_k

        top_logprobs: Any = self.top_logprobs
        if not (isinstance(top_logprobs, Unset) or top_logprobs is None):
            if isinstance(self.top_logprobs, Unset):
                top_logprobs = UNSET
            else:
                top_logprobs = self.top_logprobs

        presence_penalty: Any = self.presence_penalty
        if not (isinstance(presence_penalty, Unset) or presence_penalty is None):
            if isinstance(self.presence_penalty, Unset):
                presence_penalty = UNSET
            else:
                presence_penalty = self.presence_penalty

        frequency_penalty: Any = self.frequency_penalty
        if not (isinstance(frequency_penalty, Unset) or frequency_penalty is None):
            if isinstance(self.frequency_penalty, Unset):
                frequency_penalty = UNSET
            else:
                frequency_penalty = self.frequency_penalty

        image_config: Any = self.image_config
        if not (isinstance(image_config, Unset) or image_config is None):
            image_config = UNSET
            if not isinstance(self.image_config, Unset):
                image_config = self.image_config.to_dict()

        modalities: Any = self.modalities
        if not (isinstance(modalities, Unset) or modalities is None):
            modalities = UNSET
            if not isinstance(self.modalities, Unset):
                modalities = []
                for modalities_item_data in self.modalities:
                    modalities_item = modalities_item_data.value
                    modalities.append(modalities_item)

        prompt_cache_key: Any = self.prompt_cache_key
        if not (isinstance(prompt_cache_key, Unset) or prompt_cache_key is None):
            if isinstance(self.prompt_cache_key, Unset):
                prompt_cache_key = UNSET
            else:
                prompt_cache_key = self.prompt_cache_key

        previous_response_id: Any = self.previous_response_id
        if not (isinstance(previous_response_id, Unset) or previous_response_id is None):
            if isinstance(self.previous_response_id, Unset):
                previous_response_id = UNSET
            else:
                previous_response_id = self.previous_response_id

        prompt: Any = self.prompt
        if not (isinstance(prompt, Unset) or prompt is None):
            if isinstance(self.prompt, Unset):
                prompt = UNSET
            elif isinstance(self.prompt, OpenAIResponsesPrompt):
                prompt = self.prompt.to_dict()
            else:
                prompt = self.prompt

        include: Any = self.include
        if not (isinstance(include, Unset) or include is None):
            if isinstance(self.include, Unset):
                include = UNSET
            elif isinstance(self.include, list):
                include = []
                for include_type_0_item_data in self.include:
                    include_type_0_item = include_type_0_item_data.value
                    include.append(include_type_0_item)

            else:
                include = self.include

        background: Any = self.background
        if not (isinstance(background, Unset) or background is None):
            if isinstance(self.background, Unset):
                background = UNSET
            else:
                background = self.background

        safety_identifier: Any = self.safety_identifier
        if not (isinstance(safety_identifier, Unset) or safety_identifier is None):
            if isinstance(self.safety_identifier, Unset):
                safety_identifier = UNSET
            else:
                safety_identifier = self.safety_identifier

        store: Any = self.store

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            elif isinstance(self.service_tier, OpenAIResponsesServiceTier):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        truncation: Any = self.truncation
        if not (isinstance(truncation, Unset) or truncation is None):
            if isinstance(self.truncation, Unset):
                truncation = UNSET
            elif isinstance(self.truncation, OpenAIResponsesTruncation):
                truncation = self.truncation.value
            else:
                truncation = self.truncation

        stream: Any = self.stream

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            if isinstance(self.provider, Unset):
                provider = UNSET
            elif isinstance(self.provider, ProviderPreferences):
                provider = self.provider.to_dict()
            else:
                provider = self.provider

        plugins: Any = self.plugins
        if not (isinstance(plugins, Unset) or plugins is None):
            plugins = UNSET
            if not isinstance(self.plugins, Unset):
                plugins = []
                for componentsschemas_plugins_item_data in self.plugins:
                    componentsschemas_plugins_item: dict[str, Any]
                    if isinstance(componentsschemas_plugins_item_data, AutoRouterPlugin):
                        componentsschemas_plugins_item = componentsschemas_plugins_item_data.to_dict()
                    elif isinstance(componentsschemas_plugins_item_data, ModerationPlugin):
                        componentsschemas_plugins_item = componentsschemas_plugins_item_data.to_dict()
                    elif isinstance(componentsschemas_plugins_item_data, WebSearchPlugin):
                        componentsschemas_plugins_item = componentsschemas_plugins_item_data.to_dict()
                    elif isinstance(componentsschemas_plugins_item_data, FileParserPlugin):
                        componentsschemas_plugins_item = componentsschemas_plugins_item_data.to_dict()
                    else:
                        componentsschemas_plugins_item = componentsschemas_plugins_item_data.to_dict()

                    plugins.append(componentsschemas_plugins_item)

        route: Any = self.route
        if not (isinstance(route, Unset) or route is None):
            if isinstance(self.route, Unset):
                route = UNSET
            elif isinstance(self.route, DeprecatedRoute):
                route = self.route.value
            else:
                route = self.route

        user: Any = self.user

        session_id: Any = self.session_id

        trace: Any = self.trace
        if not (isinstance(trace, Unset) or trace is None):
            trace = UNSET
            if not isinstance(self.trace, Unset):
                trace = self.trace.to_dict()

        stop_server_tools_when: Any = self.stop_server_tools_when
        if not (isinstance(stop_server_tools_when, Unset) or stop_server_tools_when is None):
            stop_server_tools_when = UNSET
            if not isinstance(self.stop_server_tools_when, Unset):
                stop_server_tools_when = []
                for componentsschemas_stop_server_tools_when_item_data in self.stop_server_tools_when:
                    componentsschemas_stop_server_tools_when_item: dict[str, Any]
                    if isinstance(componentsschemas_stop_server_tools_when_item_data, StopConditionStepCount):
                        componentsschemas_stop_server_tools_when_item = (
                            componentsschemas_stop_server_tools_when_item_data.to_dict()
                        )
                    else:
                        componentsschemas_stop_server_tools_when_item = (
                            componentsschemas_stop_server_tools_when_item_data.to_dict()
                        )

                    stop_server_tools_when.append(componentsschemas_stop_server_tools_when_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if include is not UNSET:
            field_dict["include"] = include
        if background is not UNSET:
            field_dict["background"] = background
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if store is not UNSET:
            field_dict["store"] = store
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if provider is not UNSET:
            field_dict["provider"] = provider
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if route is not UNSET:
            field_dict["route"] = route
        if user is not UNSET:
            field_dict["user"] = user
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if trace is not UNSET:
            field_dict["trace"] = trace
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_input_ = d.pop("input", UNSET)
        input_: Any = _raw_input_
        if _raw_input_ is not None and _raw_input_ is not UNSET:
            input_ = _parse_input_(_raw_input_)

        instructions = d.pop("instructions", UNSET)

        _raw_metadata = d.pop("metadata", UNSET)
        metadata: Any = _raw_metadata
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            metadata = _parse_metadata(_raw_metadata)

        model = d.pop("model", UNSET)

        _raw_models = d.pop("models", UNSET)
        models: Any = _raw_models
        if _raw_models is not None and _raw_models is not UNSET:
            models = cast("list[str]", _raw_models)

        _raw_tools = d.pop("tools", UNSET)
        tools: Any = _raw_tools
        if _raw_tools is not None and _raw_tools is not UNSET:
            _tools = _raw_tools
            tools: (
                list[
                    OpenResponsesApplyPatchTool
                    | OpenResponsesCodeInterpreterTool
                    | OpenResponsesComputerTool
                    | OpenResponsesCustomTool
                    | OpenResponsesFileSearchTool
                    | OpenResponsesFunctionShellTool
                    | OpenResponsesFunctionTool
                    | OpenResponsesImageGenerationTool
                    | OpenResponsesLocalShellTool
                    | OpenResponsesMcpTool
                    | OpenResponsesWebSearch20250826Tool
                    | OpenResponsesWebSearchPreview20250311Tool
                    | OpenResponsesWebSearchPreviewTool
                    | OpenResponsesWebSearchTool
                    | OpenRouterServerTool
                ]
                | Unset
            ) = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: Any = _raw_tool_choice
        if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        _raw_text = d.pop("text", UNSET)
        text: Any = _raw_text
        if _raw_text is not None and _raw_text is not UNSET:
            _text = _raw_text
            text: ResponseTextConfig | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = ResponseTextConfig.from_dict(_text)

        _raw_reasoning = d.pop("reasoning", UNSET)
        reasoning: Any = _raw_reasoning
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            _reasoning = _raw_reasoning
            reasoning: OpenResponsesReasoningConfig | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = OpenResponsesReasoningConfig.from_dict(_reasoning)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _raw_image_config = d.pop("image_config", UNSET)
        image_config: Any = _raw_image_config
        if _raw_image_config is not None and _raw_image_config is not UNSET:
            _image_config = _raw_image_config
            image_config: ImageConfig | Unset
            if isinstance(_image_config, Unset):
                image_config = UNSET
            else:
                image_config = ImageConfig.from_dict(_image_config)

        _raw_modalities = d.pop("modalities", UNSET)
        modalities: Any = _raw_modalities
        if _raw_modalities is not None and _raw_modalities is not UNSET:
            _modalities = _raw_modalities
            modalities: list[ResponsesOutputModality] | Unset = UNSET
            if _modalities is not UNSET:
                modalities = []
                for modalities_item_data in _modalities:
                    modalities_item = ResponsesOutputModality._parse(modalities_item_data)

                    modalities.append(modalities_item)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        _raw_prompt = d.pop("prompt", UNSET)
        prompt: Any = _raw_prompt
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            prompt = _parse_prompt(_raw_prompt)

        _raw_include = d.pop("include", UNSET)
        include: Any = _raw_include
        if _raw_include is not None and _raw_include is not UNSET:
            include = _parse_include(_raw_include)

        background = d.pop("background", UNSET)

        safety_identifier = d.pop("safety_identifier", UNSET)

        store = d.pop("store", UNSET)

        _raw_service_tier = d.pop("service_tier", UNSET)
        service_tier: Any = _raw_service_tier
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            service_tier = _parse_service_tier(_raw_service_tier)

        _raw_truncation = d.pop("truncation", UNSET)
        truncation: Any = _raw_truncation
        if _raw_truncation is not None and _raw_truncation is not UNSET:
            truncation = _parse_truncation(_raw_truncation)

        stream = d.pop("stream", UNSET)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        _raw_provider = d.pop("provider", UNSET)
        provider: Any = _raw_provider
        if _raw_provider is not None and _raw_provider is not UNSET:
            provider = _parse_provider(_raw_provider)

        _raw_plugins = d.pop("plugins", UNSET)
        plugins: Any = _raw_plugins
        if _raw_plugins is not None and _raw_plugins is not UNSET:
            _plugins = _raw_plugins
            plugins: (
                list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin]
                | Unset
            ) = UNSET
            if _plugins is not UNSET:
                plugins = []
                for componentsschemas_plugins_item_data in _plugins:
                    componentsschemas_plugins_item = _parse_componentsschemas_plugins_item(
                        componentsschemas_plugins_item_data
                    )

                    plugins.append(componentsschemas_plugins_item)

        _raw_route = d.pop("route", UNSET)
        route: Any = _raw_route
        if _raw_route is not None and _raw_route is not UNSET:
            route = _parse_route(_raw_route)

        user = d.pop("user", UNSET)

        session_id = d.pop("session_id", UNSET)

        _raw_trace = d.pop("trace", UNSET)
        trace: Any = _raw_trace
        if _raw_trace is not None and _raw_trace is not UNSET:
            _trace = _raw_trace
            trace: TraceConfig | Unset
            if isinstance(_trace, Unset):
                trace = UNSET
            else:
                trace = TraceConfig.from_dict(_trace)

        _raw_stop_server_tools_when = d.pop("stop_server_tools_when", UNSET)
        stop_server_tools_when: Any = _raw_stop_server_tools_when
        if _raw_stop_server_tools_when is not None and _raw_stop_server_tools_when is not UNSET:
            _stop_server_tools_when = _raw_stop_server_tools_when
            stop_server_tools_when: list[StopConditionMaxCost | StopConditionStepCount] | Unset = UNSET
            if _stop_server_tools_when is not UNSET:
                stop_server_tools_when = []
                for componentsschemas_stop_server_tools_when_item_data in _stop_server_tools_when:
                    componentsschemas_stop_server_tools_when_item = (
                        _parse_componentsschemas_stop_server_tools_when_item(
                            componentsschemas_stop_server_tools_when_item_data
                        )
                    )

                    stop_server_tools_when.append(componentsschemas_stop_server_tools_when_item)

        open_responses_request = cls(
            input_=input_,
            instructions=instructions,
            metadata=metadata,
            model=model,
            models=models,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            text=text,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            top_logprobs=top_logprobs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            image_config=image_config,
            modalities=modalities,
            prompt_cache_key=prompt_cache_key,
            previous_response_id=previous_response_id,
            prompt=prompt,
            include=include,
            background=background,
            safety_identifier=safety_identifier,
            store=store,
            service_tier=service_tier,
            truncation=truncation,
            stream=stream,
            cache_control=cache_control,
            provider=provider,
            plugins=plugins,
            route=route,
            user=user,
            session_id=session_id,
            trace=trace,
            stop_server_tools_when=stop_server_tools_when,
        )

        open_responses_request.additional_properties = d
        return open_responses_request

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


def _parse_input_(
    data: object,
) -> (
    list[
        OpenResponsesEasyInputMessage
        | OpenResponsesFunctionCallOutput
        | OpenResponsesFunctionToolCall
        | OpenResponsesInputMessageItem
        | ResponsesImageGenerationCall
        | ResponsesOutputItemFileSearchCall
        | ResponsesOutputItemReasoning
        | ResponsesOutputMessage
        | ResponsesWebSearchCallOutput
    ]
    | str
    | Unset
):
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_open_responses_input_type_1 = []
        _componentsschemas_open_responses_input_type_1 = data
        for componentsschemas_open_responses_input_type_1_item_data in _componentsschemas_open_responses_input_type_1:
            componentsschemas_open_responses_input_type_1_item = (
                _parse_componentsschemas_open_responses_input_type_1_item(
                    componentsschemas_open_responses_input_type_1_item_data
                )
            )

            componentsschemas_open_responses_input_type_1.append(componentsschemas_open_responses_input_type_1_item)

        return componentsschemas_open_responses_input_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[OpenResponsesEasyInputMessage | OpenResponsesFunctionCallOutput | OpenResponsesFunctionToolCall | OpenResponsesInputMessageItem | ResponsesImageGenerationCall | ResponsesOutputItemFileSearchCall | ResponsesOutputItemReasoning | ResponsesOutputMessage | ResponsesWebSearchCallOutput] | str | Unset",
        data,
    )


def _parse_componentsschemas_open_responses_input_type_1_item(
    data: object,
) -> (
    OpenResponsesEasyInputMessage
    | OpenResponsesFunctionCallOutput
    | OpenResponsesFunctionToolCall
    | OpenResponsesInputMessageItem
    | ResponsesImageGenerationCall
    | ResponsesOutputItemFileSearchCall
    | ResponsesOutputItemReasoning
    | ResponsesOutputMessage
    | ResponsesWebSearchCallOutput
):
    if OpenResponsesEasyInputMessage._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_0 = OpenResponsesEasyInputMessage.from_dict(data)

            return componentsschemas_open_responses_input_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesInputMessageItem._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_1 = OpenResponsesInputMessageItem.from_dict(data)

            return componentsschemas_open_responses_input_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesFunctionToolCall._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_2 = OpenResponsesFunctionToolCall.from_dict(data)

            return componentsschemas_open_responses_input_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesFunctionCallOutput._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_3 = OpenResponsesFunctionCallOutput.from_dict(data)

            return componentsschemas_open_responses_input_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputMessage._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_4 = ResponsesOutputMessage.from_dict(data)

            return componentsschemas_open_responses_input_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemReasoning._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_5 = ResponsesOutputItemReasoning.from_dict(data)

            return componentsschemas_open_responses_input_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesWebSearchCallOutput._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_6 = ResponsesWebSearchCallOutput.from_dict(data)

            return componentsschemas_open_responses_input_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemFileSearchCall._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_7 = ResponsesOutputItemFileSearchCall.from_dict(data)

            return componentsschemas_open_responses_input_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesImageGenerationCall._matches(data):
        try:
            componentsschemas_open_responses_input_item_type_8 = ResponsesImageGenerationCall.from_dict(data)

            return componentsschemas_open_responses_input_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_0 = OpenResponsesEasyInputMessage.from_dict(data)

        return componentsschemas_open_responses_input_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_1 = OpenResponsesInputMessageItem.from_dict(data)

        return componentsschemas_open_responses_input_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_2 = OpenResponsesFunctionToolCall.from_dict(data)

        return componentsschemas_open_responses_input_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_3 = OpenResponsesFunctionCallOutput.from_dict(data)

        return componentsschemas_open_responses_input_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_4 = ResponsesOutputMessage.from_dict(data)

        return componentsschemas_open_responses_input_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_5 = ResponsesOutputItemReasoning.from_dict(data)

        return componentsschemas_open_responses_input_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_6 = ResponsesWebSearchCallOutput.from_dict(data)

        return componentsschemas_open_responses_input_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_input_item_type_7 = ResponsesOutputItemFileSearchCall.from_dict(data)

        return componentsschemas_open_responses_input_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_open_responses_input_item_type_8 = ResponsesImageGenerationCall.from_dict(data)

    return componentsschemas_open_responses_input_item_type_8


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


def _parse_tools_item(
    data: object,
) -> (
    OpenResponsesApplyPatchTool
    | OpenResponsesCodeInterpreterTool
    | OpenResponsesComputerTool
    | OpenResponsesCustomTool
    | OpenResponsesFileSearchTool
    | OpenResponsesFunctionShellTool
    | OpenResponsesFunctionTool
    | OpenResponsesImageGenerationTool
    | OpenResponsesLocalShellTool
    | OpenResponsesMcpTool
    | OpenResponsesWebSearch20250826Tool
    | OpenResponsesWebSearchPreview20250311Tool
    | OpenResponsesWebSearchPreviewTool
    | OpenResponsesWebSearchTool
    | OpenRouterServerTool
):
    if OpenResponsesFunctionTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_0 = OpenResponsesFunctionTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesWebSearchPreviewTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_1 = OpenResponsesWebSearchPreviewTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesWebSearchPreview20250311Tool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_2 = OpenResponsesWebSearchPreview20250311Tool.from_dict(data)

            return componentsschemas_open_responses_tool_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesWebSearchTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_3 = OpenResponsesWebSearchTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesWebSearch20250826Tool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_4 = OpenResponsesWebSearch20250826Tool.from_dict(data)

            return componentsschemas_open_responses_tool_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesFileSearchTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_5 = OpenResponsesFileSearchTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesComputerTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_6 = OpenResponsesComputerTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesCodeInterpreterTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_7 = OpenResponsesCodeInterpreterTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesMcpTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_8 = OpenResponsesMcpTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesImageGenerationTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_9 = OpenResponsesImageGenerationTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesLocalShellTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_10 = OpenResponsesLocalShellTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesFunctionShellTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_11 = OpenResponsesFunctionShellTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesApplyPatchTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_12 = OpenResponsesApplyPatchTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesCustomTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_13 = OpenResponsesCustomTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenRouterServerTool._matches(data):
        try:
            componentsschemas_open_responses_tool_type_14 = OpenRouterServerTool.from_dict(data)

            return componentsschemas_open_responses_tool_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_0 = OpenResponsesFunctionTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_1 = OpenResponsesWebSearchPreviewTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_2 = OpenResponsesWebSearchPreview20250311Tool.from_dict(data)

        return componentsschemas_open_responses_tool_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_3 = OpenResponsesWebSearchTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_4 = OpenResponsesWebSearch20250826Tool.from_dict(data)

        return componentsschemas_open_responses_tool_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_5 = OpenResponsesFileSearchTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_6 = OpenResponsesComputerTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_7 = OpenResponsesCodeInterpreterTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_8 = OpenResponsesMcpTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_9 = OpenResponsesImageGenerationTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_10 = OpenResponsesLocalShellTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_11 = OpenResponsesFunctionShellTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_12 = OpenResponsesApplyPatchTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_responses_tool_type_13 = OpenResponsesCustomTool.from_dict(data)

        return componentsschemas_open_responses_tool_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_open_responses_tool_type_14 = OpenRouterServerTool.from_dict(data)

    return componentsschemas_open_responses_tool_type_14


def _parse_tool_choice(
    data: object,
) -> OpenAIResponsesToolChoiceType0 | ResponsesToolChoiceFunction | ResponsesToolChoiceHosted | Unset:
    if data is UNSET:
        return UNSET
    if OpenAIResponsesToolChoiceType0.is_known(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_0 = OpenAIResponsesToolChoiceType0._parse(data)

            return componentsschemas_open_ai_responses_tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesToolChoiceFunction._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_1 = ResponsesToolChoiceFunction.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesToolChoiceHosted._matches(data):
        try:
            componentsschemas_open_ai_responses_tool_choice_type_2 = ResponsesToolChoiceHosted.from_dict(data)

            return componentsschemas_open_ai_responses_tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_0 = OpenAIResponsesToolChoiceType0._parse(data)

        return componentsschemas_open_ai_responses_tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_tool_choice_type_1 = ResponsesToolChoiceFunction.from_dict(data)

        return componentsschemas_open_ai_responses_tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_open_ai_responses_tool_choice_type_2 = ResponsesToolChoiceHosted.from_dict(data)

    return componentsschemas_open_ai_responses_tool_choice_type_2


def _parse_prompt(data: object) -> None | OpenAIResponsesPrompt | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenAIResponsesPrompt._matches(data):
        try:
            prompt_type_0 = OpenAIResponsesPrompt.from_dict(data)

            return prompt_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_type_0 = OpenAIResponsesPrompt.from_dict(data)

        return prompt_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenAIResponsesPrompt | Unset", data)


def _parse_include(data: object) -> list[OpenAIResponsesIncludable] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        include_type_0 = []
        _include_type_0 = data
        for include_type_0_item_data in _include_type_0:
            include_type_0_item = OpenAIResponsesIncludable._parse(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[OpenAIResponsesIncludable] | None | Unset", data)


def _parse_service_tier(data: object) -> None | OpenAIResponsesServiceTier | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenAIResponsesServiceTier.is_known(data):
        try:
            service_tier_type_0 = OpenAIResponsesServiceTier._parse(data)

            return service_tier_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_0 = OpenAIResponsesServiceTier._parse(data)

        return service_tier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenAIResponsesServiceTier | Unset", data)


def _parse_truncation(data: object) -> None | OpenAIResponsesTruncation | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OpenAIResponsesTruncation.is_known(data):
        try:
            truncation_type_0 = OpenAIResponsesTruncation._parse(data)

            return truncation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        truncation_type_0 = OpenAIResponsesTruncation._parse(data)

        return truncation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenAIResponsesTruncation | Unset", data)


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


def _parse_componentsschemas_plugins_item(
    data: object,
) -> AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin:
    if AutoRouterPlugin._matches(data):
        try:
            componentsschemas_plugin_type_0 = AutoRouterPlugin.from_dict(data)

            return componentsschemas_plugin_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ModerationPlugin._matches(data):
        try:
            componentsschemas_plugin_type_1 = ModerationPlugin.from_dict(data)

            return componentsschemas_plugin_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebSearchPlugin._matches(data):
        try:
            componentsschemas_plugin_type_2 = WebSearchPlugin.from_dict(data)

            return componentsschemas_plugin_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FileParserPlugin._matches(data):
        try:
            componentsschemas_plugin_type_3 = FileParserPlugin.from_dict(data)

            return componentsschemas_plugin_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseHealingPlugin._matches(data):
        try:
            componentsschemas_plugin_type_4 = ResponseHealingPlugin.from_dict(data)

            return componentsschemas_plugin_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_plugin_type_0 = AutoRouterPlugin.from_dict(data)

        return componentsschemas_plugin_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_plugin_type_1 = ModerationPlugin.from_dict(data)

        return componentsschemas_plugin_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_plugin_type_2 = WebSearchPlugin.from_dict(data)

        return componentsschemas_plugin_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_plugin_type_3 = FileParserPlugin.from_dict(data)

        return componentsschemas_plugin_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_plugin_type_4 = ResponseHealingPlugin.from_dict(data)

    return componentsschemas_plugin_type_4


def _parse_route(data: object) -> DeprecatedRoute | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if DeprecatedRoute.is_known(data):
        try:
            route_type_0 = DeprecatedRoute._parse(data)

            return route_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        route_type_0 = DeprecatedRoute._parse(data)

        return route_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DeprecatedRoute | None | Unset", data)


def _parse_componentsschemas_stop_server_tools_when_item(data: object) -> StopConditionMaxCost | StopConditionStepCount:
    if StopConditionStepCount._matches(data):
        try:
            componentsschemas_stop_server_tools_condition_type_0 = StopConditionStepCount.from_dict(data)

            return componentsschemas_stop_server_tools_condition_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if StopConditionMaxCost._matches(data):
        try:
            componentsschemas_stop_server_tools_condition_type_1 = StopConditionMaxCost.from_dict(data)

            return componentsschemas_stop_server_tools_condition_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_stop_server_tools_condition_type_0 = StopConditionStepCount.from_dict(data)

        return componentsschemas_stop_server_tools_condition_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_stop_server_tools_condition_type_1 = StopConditionMaxCost.from_dict(data)

    return componentsschemas_stop_server_tools_condition_type_1
