from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_response_status import OpenAIResponsesResponseStatus
from ..models.open_ai_responses_service_tier import OpenAIResponsesServiceTier
from ..models.open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
from ..models.open_ai_responses_truncation import OpenAIResponsesTruncation
from ..models.open_responses_non_streaming_response_object import OpenResponsesNonStreamingResponseObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails
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
    from ..models.open_responses_usage import OpenResponsesUsage
    from ..models.open_responses_web_search_20250826_tool import OpenResponsesWebSearch20250826Tool
    from ..models.open_responses_web_search_preview_20250311_tool import OpenResponsesWebSearchPreview20250311Tool
    from ..models.open_responses_web_search_preview_tool import OpenResponsesWebSearchPreviewTool
    from ..models.open_responses_web_search_tool import OpenResponsesWebSearchTool
    from ..models.open_router_metadata import OpenRouterMetadata
    from ..models.open_router_server_tool import OpenRouterServerTool
    from ..models.request_metadata import RequestMetadata
    from ..models.response_text_config import ResponseTextConfig
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.responses_image_generation_call import ResponsesImageGenerationCall
    from ..models.responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall
    from ..models.responses_output_item_function_call import ResponsesOutputItemFunctionCall
    from ..models.responses_output_item_reasoning import ResponsesOutputItemReasoning
    from ..models.responses_output_message import ResponsesOutputMessage
    from ..models.responses_tool_choice_function import ResponsesToolChoiceFunction
    from ..models.responses_tool_choice_hosted import ResponsesToolChoiceHosted
    from ..models.responses_web_search_call_output import ResponsesWebSearchCallOutput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        OpenAIResponsesIncompleteDetails, \
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
        OpenResponsesUsage, \
        OpenResponsesWebSearch20250826Tool, \
        OpenResponsesWebSearchPreview20250311Tool, \
        OpenResponsesWebSearchPreviewTool, \
        OpenResponsesWebSearchTool, \
        OpenRouterMetadata, \
        OpenRouterServerTool, \
        RequestMetadata, \
        ResponseTextConfig, \
        ResponsesErrorField, \
        ResponsesImageGenerationCall, \
        ResponsesOutputItemFileSearchCall, \
        ResponsesOutputItemFunctionCall, \
        ResponsesOutputItemReasoning, \
        ResponsesOutputMessage, \
        ResponsesToolChoiceFunction, \
        ResponsesToolChoiceHosted, \
        ResponsesWebSearchCallOutput
    from ..models.open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails  # noqa: PLC0415
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
    from ..models.open_responses_usage import OpenResponsesUsage  # noqa: PLC0415
    from ..models.open_responses_web_search_20250826_tool import OpenResponsesWebSearch20250826Tool  # noqa: PLC0415
    from ..models.open_responses_web_search_preview_20250311_tool import OpenResponsesWebSearchPreview20250311Tool  # noqa: PLC0415
    from ..models.open_responses_web_search_preview_tool import OpenResponsesWebSearchPreviewTool  # noqa: PLC0415
    from ..models.open_responses_web_search_tool import OpenResponsesWebSearchTool  # noqa: PLC0415
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: PLC0415
    from ..models.open_router_server_tool import OpenRouterServerTool  # noqa: PLC0415
    from ..models.request_metadata import RequestMetadata  # noqa: PLC0415
    from ..models.response_text_config import ResponseTextConfig  # noqa: PLC0415
    from ..models.responses_error_field import ResponsesErrorField  # noqa: PLC0415
    from ..models.responses_image_generation_call import ResponsesImageGenerationCall  # noqa: PLC0415
    from ..models.responses_output_item_file_search_call import ResponsesOutputItemFileSearchCall  # noqa: PLC0415
    from ..models.responses_output_item_function_call import ResponsesOutputItemFunctionCall  # noqa: PLC0415
    from ..models.responses_output_item_reasoning import ResponsesOutputItemReasoning  # noqa: PLC0415
    from ..models.responses_output_message import ResponsesOutputMessage  # noqa: PLC0415
    from ..models.responses_tool_choice_function import ResponsesToolChoiceFunction  # noqa: PLC0415
    from ..models.responses_tool_choice_hosted import ResponsesToolChoiceHosted  # noqa: PLC0415
    from ..models.responses_web_search_call_output import ResponsesWebSearchCallOutput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesNonStreamingResponse")


@_attrs_define
class OpenResponsesNonStreamingResponse:
    """A finished response, echoing the request settings next to the output.

    Example:
        {'id': 'resp_abc123', 'object': 'response', 'created_at': 1700000000, 'completed_at': 1700000010, 'model':
            'openai/gpt-4o', 'status': 'completed', 'error': None, 'incomplete_details': None, 'instructions': None,
            'metadata': None, 'temperature': None, 'top_p': None, 'presence_penalty': None, 'frequency_penalty': None,
            'parallel_tool_calls': True, 'tool_choice': 'auto', 'tools': [], 'output': [{'type': 'message', 'id': 'msg-
            abc123', 'role': 'assistant', 'status': 'completed', 'content': [{'type': 'output_text', 'text': 'Why did the
            chicken cross the road? To get to the other side!', 'annotations': []}]}], 'usage': {'input_tokens': 10,
            'input_tokens_details': {'cached_tokens': 0}, 'output_tokens': 20, 'output_tokens_details': {'reasoning_tokens':
            0}, 'total_tokens': 30}}

    Attributes:
        id (str):
        object_ (OpenResponsesNonStreamingResponseObject):
        created_at (int):
        model (str):
        status (OpenAIResponsesResponseStatus): Lifecycle state of a response.
        output (list[ResponsesImageGenerationCall | ResponsesOutputItemFileSearchCall | ResponsesOutputItemFunctionCall
            | ResponsesOutputItemReasoning | ResponsesOutputMessage | ResponsesWebSearchCallOutput]):
        error (None | ResponsesErrorField):
        incomplete_details (None | OpenAIResponsesIncompleteDetails):
        temperature (float | None):
        top_p (float | None):
        presence_penalty (float | None):
        frequency_penalty (float | None):
        instructions (list[OpenResponsesEasyInputMessage | OpenResponsesFunctionCallOutput |
            OpenResponsesFunctionToolCall | OpenResponsesInputMessageItem | ResponsesImageGenerationCall |
            ResponsesOutputItemFileSearchCall | ResponsesOutputItemReasoning | ResponsesOutputMessage |
            ResponsesWebSearchCallOutput] | None | str): The instructions used, as a string or a list of input items.
        metadata (None | RequestMetadata):
        tools (list[OpenResponsesApplyPatchTool | OpenResponsesCodeInterpreterTool | OpenResponsesComputerTool |
            OpenResponsesCustomTool | OpenResponsesFileSearchTool | OpenResponsesFunctionShellTool |
            OpenResponsesFunctionTool | OpenResponsesImageGenerationTool | OpenResponsesLocalShellTool |
            OpenResponsesMcpTool | OpenResponsesWebSearch20250826Tool | OpenResponsesWebSearchPreview20250311Tool |
            OpenResponsesWebSearchPreviewTool | OpenResponsesWebSearchTool | OpenRouterServerTool]):
        tool_choice (OpenAIResponsesToolChoiceType0 | ResponsesToolChoiceFunction | ResponsesToolChoiceHosted): none,
            auto, required, or a specific tool. Example: auto.
        parallel_tool_calls (bool):
        completed_at (int | None | Unset):
        output_text (str | Unset): All output text joined together, for convenience.
        user (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        safety_identifier (None | str | Unset):
        usage (OpenResponsesUsage | Unset): Token counts plus what the request cost.
        max_tool_calls (int | None | Unset):
        top_logprobs (int | Unset):
        max_output_tokens (int | None | Unset):
        prompt (None | OpenAIResponsesPrompt | Unset):
        background (bool | None | Unset):
        previous_response_id (None | str | Unset):
        reasoning (OpenResponsesReasoningConfig | Unset): Reasoning settings, with OpenRouter's token budget and on/off
            switch. Example: {'effort': 'medium', 'summary': 'auto'}.
        service_tier (None | OpenAIResponsesServiceTier | Unset):
        store (bool | Unset):
        truncation (None | OpenAIResponsesTruncation | Unset):
        text (ResponseTextConfig | Unset): Format and verbosity of text output.
        provider (str | Unset): The provider that served the request.
        openrouter_metadata (OpenRouterMetadata | Unset): Routing details, returned when the X-OpenRouter-Metadata
            header is enabled. Example: {'attempt': 1, 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'region': 'iad',
            'is_byok': False, 'summary': 'available=1, selected=OpenAI', 'endpoints': {'total': 1, 'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}]}}.
    """

    id: str
    object_: OpenResponsesNonStreamingResponseObject
    created_at: int
    model: str
    status: OpenAIResponsesResponseStatus
    output: list[
        ResponsesImageGenerationCall
        | ResponsesOutputItemFileSearchCall
        | ResponsesOutputItemFunctionCall
        | ResponsesOutputItemReasoning
        | ResponsesOutputMessage
        | ResponsesWebSearchCallOutput
    ]
    error: None | ResponsesErrorField
    incomplete_details: None | OpenAIResponsesIncompleteDetails
    temperature: float | None
    top_p: float | None
    presence_penalty: float | None
    frequency_penalty: float | None
    instructions: (
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
        | None
        | str
    )
    metadata: None | RequestMetadata
    tools: list[
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
    tool_choice: OpenAIResponsesToolChoiceType0 | ResponsesToolChoiceFunction | ResponsesToolChoiceHosted
    parallel_tool_calls: bool
    completed_at: int | None | Unset = UNSET
    output_text: str | Unset = UNSET
    user: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    usage: OpenResponsesUsage | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    prompt: None | OpenAIResponsesPrompt | Unset = UNSET
    background: bool | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    reasoning: OpenResponsesReasoningConfig | Unset = UNSET
    service_tier: None | OpenAIResponsesServiceTier | Unset = UNSET
    store: bool | Unset = UNSET
    truncation: None | OpenAIResponsesTruncation | Unset = UNSET
    text: ResponseTextConfig | Unset = UNSET
    provider: str | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        object_: Any = self.object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self.object_.value

        created_at: Any = self.created_at

        model: Any = self.model

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = self.status.value

        output: Any = self.output
        if not (isinstance(output, Unset) or output is None):
            output = []
            for output_item_data in self.output:
                output_item: dict[str, Any]
                if isinstance(output_item_data, ResponsesOutputMessage):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, ResponsesOutputItemReasoning):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, ResponsesOutputItemFunctionCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, ResponsesWebSearchCallOutput):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, ResponsesOutputItemFileSearchCall):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data.to_dict()

                output.append(output_item)

        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            if isinstance(self.error, ResponsesErrorField):
                error = self.error.to_dict()
            else:
                error = self.error

        incomplete_details: Any = self.incomplete_details
        if not (isinstance(incomplete_details, Unset) or incomplete_details is None):
            if isinstance(self.incomplete_details, OpenAIResponsesIncompleteDetails):
                incomplete_details = self.incomplete_details.to_dict()
            else:
                incomplete_details = self.incomplete_details

        temperature: Any = self.temperature
        if not (isinstance(temperature, Unset) or temperature is None):
            temperature = self.temperature

        top_p: Any = self.top_p
        if not (isinstance(top_p, Unset) or top_p is None):
            top_p = self.top_p

        presence_penalty: Any = self.presence_penalty
        if not (isinstance(presence_penalty, Unset) or presence_penalty is None):
            presence_penalty = self.presence_penalty

        frequency_penalty: Any = self.frequency_penalty
        if not (isinstance(frequency_penalty, Unset) or frequency_penalty is None):
            frequency_penalty = self.frequency_penalty

        instructions: Any = self.instructions
        if not (isinstance(instructions, Unset) or instructions is None):
            if isinstance(self.instructions, list):
                instructions = []
                for instructions_type_1_item_data in self.instructions:
                    instructions_type_1_item: dict[str, Any]
                    if isinstance(instructions_type_1_item_data, OpenResponsesEasyInputMessage):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, OpenResponsesInputMessageItem):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, OpenResponsesFunctionToolCall):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, OpenResponsesFunctionCallOutput):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, ResponsesOutputMessage):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, ResponsesOutputItemReasoning):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, ResponsesWebSearchCallOutput):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    elif isinstance(instructions_type_1_item_data, ResponsesOutputItemFileSearchCall):
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()
                    else:
                        instructions_type_1_item = instructions_type_1_item_data.to_dict()

                    instructions.append(instructions_type_1_item)

            else:
                instructions = self.instructions

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            if isinstance(self.metadata, RequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
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
            if isinstance(self.tool_choice, OpenAIResponsesToolChoiceType0):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, ResponsesToolChoiceFunction):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls: Any = self.parallel_tool_calls

        completed_at: Any = self.completed_at
        if not (isinstance(completed_at, Unset) or completed_at is None):
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = self.completed_at

        output_text: Any = self.output_text

        user: Any = self.user
        if not (isinstance(user, Unset) or user is None):
            if isinstance(self.user, Unset):
                user = UNSET
            else:
                user = self.user

        prompt_cache_key: Any = self.prompt_cache_key
        if not (isinstance(prompt_cache_key, Unset) or prompt_cache_key is None):
            if isinstance(self.prompt_cache_key, Unset):
                prompt_cache_key = UNSET
            else:
                prompt_cache_key = self.prompt_cache_key

        safety_identifier: Any = self.safety_identifier
        if not (isinstance(safety_identifier, Unset) or safety_identifier is None):
            if isinstance(self.safety_identifier, Unset):
                safety_identifier = UNSET
            else:
                safety_identifier = self.safety_identifier

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        max_tool_calls: Any = self.max_tool_calls
        if not (isinstance(max_tool_calls, Unset) or max_tool_calls is None):
            if isinstance(self.max_tool_calls, Unset):
                max_tool_calls = UNSET
            else:
                max_tool_calls = self.max_tool_calls

        top_logprobs: Any = self.top_logprobs

        max_output_tokens: Any = self.max_output_tokens
        if not (isinstance(max_output_tokens, Unset) or max_output_tokens is None):
            if isinstance(self.max_output_tokens, Unset):
                max_output_tokens = UNSET
            else:
                max_output_tokens = self.max_output_tokens

        prompt: Any = self.prompt
        if not (isinstance(prompt, Unset) or prompt is None):
            if isinstance(self.prompt, Unset):
                prompt = UNSET
            elif isinstance(self.prompt, OpenAIResponsesPrompt):
                prompt = self.prompt.to_dict()
            else:
                prompt = self.prompt

        background: Any = self.background
        if not (isinstance(background, Unset) or background is None):
            if isinstance(self.background, Unset):
                background = UNSET
            else:
                background = self.background

        previous_response_id: Any = self.previous_response_id
        if not (isinstance(previous_response_id, Unset) or previous_response_id is None):
            if isinstance(self.previous_response_id, Unset):
                previous_response_id = UNSET
            else:
                previous_response_id = self.previous_response_id

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = UNSET
            if not isinstance(self.reasoning, Unset):
                reasoning = self.reasoning.to_dict()

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            elif isinstance(self.service_tier, OpenAIResponsesServiceTier):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        store: Any = self.store

        truncation: Any = self.truncation
        if not (isinstance(truncation, Unset) or truncation is None):
            if isinstance(self.truncation, Unset):
                truncation = UNSET
            elif isinstance(self.truncation, OpenAIResponsesTruncation):
                truncation = self.truncation.value
            else:
                truncation = self.truncation

        text: Any = self.text
        if not (isinstance(text, Unset) or text is None):
            text = UNSET
            if not isinstance(self.text, Unset):
                text = self.text.to_dict()

        provider: Any = self.provider

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            openrouter_metadata = UNSET
            if not isinstance(self.openrouter_metadata, Unset):
                openrouter_metadata = self.openrouter_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if model is not UNSET:
            field_dict["model"] = model
        if status is not UNSET:
            field_dict["status"] = status
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if output_text is not UNSET:
            field_dict["output_text"] = output_text
        if user is not UNSET:
            field_dict["user"] = user
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if background is not UNSET:
            field_dict["background"] = background
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if text is not UNSET:
            field_dict["text"] = text
        if provider is not UNSET:
            field_dict["provider"] = provider
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesNonStreamingResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not OpenResponsesNonStreamingResponseObject.is_known(data["object"]):
            return False
        if "created_at" not in data:
            return False
        if "model" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not OpenAIResponsesResponseStatus.is_known(data["status"]):
            return False
        if "output" not in data:
            return False
        if "error" not in data:
            return False
        if "incomplete_details" not in data:
            return False
        if "temperature" not in data:
            return False
        if "top_p" not in data:
            return False
        if "presence_penalty" not in data:
            return False
        if "frequency_penalty" not in data:
            return False
        if "instructions" not in data:
            return False
        if "metadata" not in data:
            return False
        if "tools" not in data:
            return False
        if "tool_choice" not in data:
            return False
        if "parallel_tool_calls" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        object_: Any = _raw_object_
        if _raw_object_ is not None and _raw_object_ is not UNSET:
            object_ = OpenResponsesNonStreamingResponseObject._parse(_raw_object_)

        created_at = d.pop("created_at", UNSET)

        model = d.pop("model", UNSET)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            status = OpenAIResponsesResponseStatus._parse(_raw_status)

        _raw_output = d.pop("output", UNSET)
        output: Any = _raw_output
        if _raw_output is not None and _raw_output is not UNSET:
            output = []
            _output = _raw_output
            for output_item_data in _output:
                output_item = _parse_output_item(output_item_data)

                output.append(output_item)

        _raw_error = d.pop("error", UNSET)
        error: Any = _raw_error
        if _raw_error is not None and _raw_error is not UNSET:
            error = _parse_error(_raw_error)

        _raw_incomplete_details = d.pop("incomplete_details", UNSET)
        incomplete_details: Any = _raw_incomplete_details
        if _raw_incomplete_details is not None and _raw_incomplete_details is not UNSET:
            incomplete_details = _parse_incomplete_details(_raw_incomplete_details)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _raw_instructions = d.pop("instructions", UNSET)
        instructions: Any = _raw_instructions
        if _raw_instructions is not None and _raw_instructions is not UNSET:
            instructions = _parse_instructions(_raw_instructions)

        _raw_metadata = d.pop("metadata", UNSET)
        metadata: Any = _raw_metadata
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            metadata = _parse_metadata(_raw_metadata)

        _raw_tools = d.pop("tools", UNSET)
        tools: Any = _raw_tools
        if _raw_tools is not None and _raw_tools is not UNSET:
            tools = []
            _tools = _raw_tools
            for tools_item_data in _tools:
                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: Any = _raw_tool_choice
        if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        completed_at = d.pop("completed_at", UNSET)

        output_text = d.pop("output_text", UNSET)

        user = d.pop("user", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        safety_identifier = d.pop("safety_identifier", UNSET)

        _raw_usage = d.pop("usage", UNSET)
        usage: Any = _raw_usage
        if _raw_usage is not None and _raw_usage is not UNSET:
            _usage = _raw_usage
            usage: OpenResponsesUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = OpenResponsesUsage.from_dict(_usage)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        _raw_prompt = d.pop("prompt", UNSET)
        prompt: Any = _raw_prompt
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            prompt = _parse_prompt(_raw_prompt)

        background = d.pop("background", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        _raw_reasoning = d.pop("reasoning", UNSET)
        reasoning: Any = _raw_reasoning
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            _reasoning = _raw_reasoning
            reasoning: OpenResponsesReasoningConfig | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = OpenResponsesReasoningConfig.from_dict(_reasoning)

        _raw_service_tier = d.pop("service_tier", UNSET)
        service_tier: Any = _raw_service_tier
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            service_tier = _parse_service_tier(_raw_service_tier)

        store = d.pop("store", UNSET)

        _raw_truncation = d.pop("truncation", UNSET)
        truncation: Any = _raw_truncation
        if _raw_truncation is not None and _raw_truncation is not UNSET:
            truncation = _parse_truncation(_raw_truncation)

        _raw_text = d.pop("text", UNSET)
        text: Any = _raw_text
        if _raw_text is not None and _raw_text is not UNSET:
            _text = _raw_text
            text: ResponseTextConfig | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = ResponseTextConfig.from_dict(_text)

        provider = d.pop("provider", UNSET)

        _raw_openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: Any = _raw_openrouter_metadata
        if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
            _openrouter_metadata = _raw_openrouter_metadata
            openrouter_metadata: OpenRouterMetadata | Unset
            if isinstance(_openrouter_metadata, Unset):
                openrouter_metadata = UNSET
            else:
                openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        open_responses_non_streaming_response = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            model=model,
            status=status,
            output=output,
            error=error,
            incomplete_details=incomplete_details,
            temperature=temperature,
            top_p=top_p,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            instructions=instructions,
            metadata=metadata,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            completed_at=completed_at,
            output_text=output_text,
            user=user,
            prompt_cache_key=prompt_cache_key,
            safety_identifier=safety_identifier,
            usage=usage,
            max_tool_calls=max_tool_calls,
            top_logprobs=top_logprobs,
            max_output_tokens=max_output_tokens,
            prompt=prompt,
            background=background,
            previous_response_id=previous_response_id,
            reasoning=reasoning,
            service_tier=service_tier,
            store=store,
            truncation=truncation,
            text=text,
            provider=provider,
            openrouter_metadata=openrouter_metadata,
        )

        open_responses_non_streaming_response.additional_properties = d
        return open_responses_non_streaming_response

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


def _parse_output_item(
    data: object,
) -> (
    ResponsesImageGenerationCall
    | ResponsesOutputItemFileSearchCall
    | ResponsesOutputItemFunctionCall
    | ResponsesOutputItemReasoning
    | ResponsesOutputMessage
    | ResponsesWebSearchCallOutput
):
    if ResponsesOutputMessage._matches(data):
        try:
            componentsschemas_responses_output_item_type_0 = ResponsesOutputMessage.from_dict(data)

            return componentsschemas_responses_output_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemReasoning._matches(data):
        try:
            componentsschemas_responses_output_item_type_1 = ResponsesOutputItemReasoning.from_dict(data)

            return componentsschemas_responses_output_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemFunctionCall._matches(data):
        try:
            componentsschemas_responses_output_item_type_2 = ResponsesOutputItemFunctionCall.from_dict(data)

            return componentsschemas_responses_output_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesWebSearchCallOutput._matches(data):
        try:
            componentsschemas_responses_output_item_type_3 = ResponsesWebSearchCallOutput.from_dict(data)

            return componentsschemas_responses_output_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesOutputItemFileSearchCall._matches(data):
        try:
            componentsschemas_responses_output_item_type_4 = ResponsesOutputItemFileSearchCall.from_dict(data)

            return componentsschemas_responses_output_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponsesImageGenerationCall._matches(data):
        try:
            componentsschemas_responses_output_item_type_5 = ResponsesImageGenerationCall.from_dict(data)

            return componentsschemas_responses_output_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_0 = ResponsesOutputMessage.from_dict(data)

        return componentsschemas_responses_output_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_1 = ResponsesOutputItemReasoning.from_dict(data)

        return componentsschemas_responses_output_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_2 = ResponsesOutputItemFunctionCall.from_dict(data)

        return componentsschemas_responses_output_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_3 = ResponsesWebSearchCallOutput.from_dict(data)

        return componentsschemas_responses_output_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_item_type_4 = ResponsesOutputItemFileSearchCall.from_dict(data)

        return componentsschemas_responses_output_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_responses_output_item_type_5 = ResponsesImageGenerationCall.from_dict(data)

    return componentsschemas_responses_output_item_type_5


def _parse_error(data: object) -> None | ResponsesErrorField:
    if data is None:
        return data
    if ResponsesErrorField._matches(data):
        try:
            error_type_0 = ResponsesErrorField.from_dict(data)

            return error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_0 = ResponsesErrorField.from_dict(data)

        return error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ResponsesErrorField", data)


def _parse_incomplete_details(data: object) -> None | OpenAIResponsesIncompleteDetails:
    if data is None:
        return data
    if OpenAIResponsesIncompleteDetails._matches(data):
        try:
            incomplete_details_type_0 = OpenAIResponsesIncompleteDetails.from_dict(data)

            return incomplete_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        incomplete_details_type_0 = OpenAIResponsesIncompleteDetails.from_dict(data)

        return incomplete_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OpenAIResponsesIncompleteDetails", data)


def _parse_instructions(
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
    | None
    | str
):
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        instructions_type_1 = []
        _instructions_type_1 = data
        for instructions_type_1_item_data in _instructions_type_1:
            instructions_type_1_item = _parse_instructions_type_1_item(instructions_type_1_item_data)

            instructions_type_1.append(instructions_type_1_item)

        return instructions_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[OpenResponsesEasyInputMessage | OpenResponsesFunctionCallOutput | OpenResponsesFunctionToolCall | OpenResponsesInputMessageItem | ResponsesImageGenerationCall | ResponsesOutputItemFileSearchCall | ResponsesOutputItemReasoning | ResponsesOutputMessage | ResponsesWebSearchCallOutput] | None | str",
        data,
    )


def _parse_instructions_type_1_item(
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


def _parse_metadata(data: object) -> None | RequestMetadata:
    if data is None:
        return data
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
    return cast("None | RequestMetadata", data)


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
) -> OpenAIResponsesToolChoiceType0 | ResponsesToolChoiceFunction | ResponsesToolChoiceHosted:
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
