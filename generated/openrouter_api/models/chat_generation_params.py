from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_generation_params_modalities_item import ChatGenerationParamsModalitiesItem
from ..models.chat_generation_params_service_tier_type_1 import ChatGenerationParamsServiceTierType1
from ..models.chat_generation_params_service_tier_type_2_type_1 import ChatGenerationParamsServiceTierType2Type1
from ..models.chat_generation_params_service_tier_type_3_type_1 import ChatGenerationParamsServiceTierType3Type1
from ..models.deprecated_route import DeprecatedRoute
from ..models.reasoning_effort import ReasoningEffort
from ..models.tool_choice_option_type_0 import ToolChoiceOptionType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.assistant_message import AssistantMessage
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.chat_generation_params_logit_bias_type_0 import ChatGenerationParamsLogitBiasType0
    from ..models.chat_generation_params_metadata import ChatGenerationParamsMetadata
    from ..models.chat_generation_params_prompt_cache_options_type_0 import ChatGenerationParamsPromptCacheOptionsType0
    from ..models.chat_prediction import ChatPrediction
    from ..models.chat_reasoning_config import ChatReasoningConfig
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.debug_options import DebugOptions
    from ..models.developer_message import DeveloperMessage
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.image_config import ImageConfig
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.named_tool_choice import NamedToolChoice
    from ..models.open_router_server_tool import OpenRouterServerTool
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_format_json_object import ResponseFormatJSONObject
    from ..models.response_format_json_schema import ResponseFormatJSONSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.response_format_text_grammar import ResponseFormatTextGrammar
    from ..models.response_format_text_python import ResponseFormatTextPython
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.server_tool_choice import ServerToolChoice
    from ..models.stop_condition_max_cost import StopConditionMaxCost
    from ..models.stop_condition_step_count import StopConditionStepCount
    from ..models.system_message import SystemMessage
    from ..models.tool_definition_json import ToolDefinitionJson
    from ..models.tool_response_message import ToolResponseMessage
    from ..models.trace_config import TraceConfig
    from ..models.user_message import UserMessage
    from ..models.web_search_plugin import WebSearchPlugin

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControl, \
        AssistantMessage, \
        AutoRouterPlugin, \
        ChatGenerationParamsLogitBiasType0, \
        ChatGenerationParamsMetadata, \
        ChatGenerationParamsPromptCacheOptionsType0, \
        ChatPrediction, \
        ChatReasoningConfig, \
        ChatStreamOptions, \
        DebugOptions, \
        DeveloperMessage, \
        FileParserPlugin, \
        ImageConfig, \
        ModerationPlugin, \
        NamedToolChoice, \
        OpenRouterServerTool, \
        ProviderPreferences, \
        ResponseFormatJSONObject, \
        ResponseFormatJSONSchema, \
        ResponseFormatText, \
        ResponseFormatTextGrammar, \
        ResponseFormatTextPython, \
        ResponseHealingPlugin, \
        ServerToolChoice, \
        StopConditionMaxCost, \
        StopConditionStepCount, \
        SystemMessage, \
        ToolDefinitionJson, \
        ToolResponseMessage, \
        TraceConfig, \
        UserMessage, \
        WebSearchPlugin
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415
    from ..models.assistant_message import AssistantMessage  # noqa: PLC0415
    from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: PLC0415
    from ..models.chat_generation_params_logit_bias_type_0 import ChatGenerationParamsLogitBiasType0  # noqa: PLC0415
    from ..models.chat_generation_params_metadata import ChatGenerationParamsMetadata  # noqa: PLC0415
    from ..models.chat_generation_params_prompt_cache_options_type_0 import ChatGenerationParamsPromptCacheOptionsType0  # noqa: PLC0415
    from ..models.chat_prediction import ChatPrediction  # noqa: PLC0415
    from ..models.chat_reasoning_config import ChatReasoningConfig  # noqa: PLC0415
    from ..models.chat_stream_options import ChatStreamOptions  # noqa: PLC0415
    from ..models.debug_options import DebugOptions  # noqa: PLC0415
    from ..models.developer_message import DeveloperMessage  # noqa: PLC0415
    from ..models.file_parser_plugin import FileParserPlugin  # noqa: PLC0415
    from ..models.image_config import ImageConfig  # noqa: PLC0415
    from ..models.moderation_plugin import ModerationPlugin  # noqa: PLC0415
    from ..models.named_tool_choice import NamedToolChoice  # noqa: PLC0415
    from ..models.open_router_server_tool import OpenRouterServerTool  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJSONObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJSONSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
    from ..models.response_format_text_grammar import ResponseFormatTextGrammar  # noqa: PLC0415
    from ..models.response_format_text_python import ResponseFormatTextPython  # noqa: PLC0415
    from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: PLC0415
    from ..models.server_tool_choice import ServerToolChoice  # noqa: PLC0415
    from ..models.stop_condition_max_cost import StopConditionMaxCost  # noqa: PLC0415
    from ..models.stop_condition_step_count import StopConditionStepCount  # noqa: PLC0415
    from ..models.system_message import SystemMessage  # noqa: PLC0415
    from ..models.tool_definition_json import ToolDefinitionJson  # noqa: PLC0415
    from ..models.tool_response_message import ToolResponseMessage  # noqa: PLC0415
    from ..models.trace_config import TraceConfig  # noqa: PLC0415
    from ..models.user_message import UserMessage  # noqa: PLC0415
    from ..models.web_search_plugin import WebSearchPlugin  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatGenerationParams")


@_attrs_define
class ChatGenerationParams:
    """The body of a chat completion request.

    Example:
        {'model': 'openai/gpt-4', 'messages': [{'role': 'system', 'content': 'You are a helpful assistant.'}, {'role':
            'user', 'content': 'What is the capital of France?'}], 'max_tokens': 150, 'temperature': 0.7}

    Attributes:
        messages (list[AssistantMessage | DeveloperMessage | SystemMessage | ToolResponseMessage | UserMessage]): The
            conversation so far.
        model (str | Unset): A model slug, optionally with a variant suffix such as :nitro, :floor, :free, :exacto,
            :thinking or :online. Example: openai/gpt-4o.
        models (list[str] | Unset): Models to try in order; later ones are used when earlier ones fail or are
            unavailable. Example: ['openai/gpt-4o', 'anthropic/claude-sonnet-4'].
        provider (None | ProviderPreferences | Unset):
        plugins (list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin]
            | Unset): Plugins to enable for this request.
        route (DeprecatedRoute | None | Unset):
        user (str | Unset): A stable id for your end user, used to isolate abuse.
        session_id (str | Unset): Groups related requests (a conversation, an agent run); also used to keep a session on
            one provider for cache hits. Wins over the x-session-id header.
        trace (TraceConfig | Unset): Tracing metadata for observability. trace_id, trace_name, span_name,
            generation_name and parent_span_id are recognised; other keys are forwarded as custom metadata. Example:
            {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}.
        metadata (ChatGenerationParamsMetadata | Unset): Up to 16 string pairs stored with the request (keys up to 64
            characters, values up to 512).
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
        debug (DebugOptions | Unset): Debugging aids; only take effect when streaming. Example: {'echo_upstream_body':
            True}.
        frequency_penalty (float | None | Unset): Penalises tokens in proportion to how often they already appeared.
        presence_penalty (float | None | Unset): Penalises tokens that already appeared at all.
        repetition_penalty (float | None | Unset): Multiplicative penalty on repeated tokens; 1 means none. Not every
            provider supports it.
        logit_bias (ChatGenerationParamsLogitBiasType0 | None | Unset): Bias added to the logits of the given token ids.
        logprobs (bool | None | Unset): Return the log probability of each output token.
        top_logprobs (int | None | Unset): How many alternatives to return per token position (needs logprobs).
        max_completion_tokens (int | None | Unset): Upper bound on generated tokens, reasoning included.
        max_tokens (int | None | Unset): Older name for the output token limit; some providers require at least 16.
        min_p (float | None | Unset): Drops tokens whose probability is below min_p times that of the most likely token.
        top_a (float | None | Unset): Keeps only tokens whose probability is high enough relative to the most likely
            one.
        top_k (int | None | Unset): Sample only from the k most likely tokens; 1 is greedy.
        top_p (float | None | Unset): Nucleus sampling cutoff.
        temperature (float | None | Unset): Sampling temperature; higher is more random.
        seed (int | None | Unset): Seed for repeatable sampling where the provider supports it.
        stop (list[str] | None | str | Unset): Up to four sequences that end generation.
        stream (bool | Unset): Stream the answer as server-sent events. Default: False.
        stream_options (ChatStreamOptions | None | Unset):
        reasoning (ChatReasoningConfig | Unset): Reasoning settings. Give either effort or max_tokens. Example:
            {'effort': 'medium', 'summary': 'concise'}.
        reasoning_effort (None | ReasoningEffort | Unset):
        response_format (ResponseFormatJSONObject | ResponseFormatJSONSchema | ResponseFormatText |
            ResponseFormatTextGrammar | ResponseFormatTextPython | Unset): Output format, typed by `type`. Example: {'type':
            'json_object'}.
        tools (list[OpenRouterServerTool | ToolDefinitionJson] | Unset): Functions the model may call, and OpenRouter
            server tools.
        tool_choice (NamedToolChoice | ServerToolChoice | ToolChoiceOptionType0 | Unset): none, auto, required, or a
            specific tool. Example: auto.
        parallel_tool_calls (bool | None | Unset): Allow several tool calls in one turn.
        prediction (ChatPrediction | Unset): Expected output, which lets some providers answer faster when most of it is
            unchanged.
        modalities (list[ChatGenerationParamsModalitiesItem] | Unset): Kinds of output wanted.
        image_config (ImageConfig | Unset): Image-generation options passed through to the provider; the keys depend on
            the model. Example: {'aspect_ratio': '16:9', 'quality': 'high'}.
        service_tier (ChatGenerationParamsServiceTierType1 | ChatGenerationParamsServiceTierType2Type1 |
            ChatGenerationParamsServiceTierType3Type1 | None | Unset): Processing tier requested from the provider; fast is
            an alias for priority.
        prompt_cache_key (None | str | Unset): Key that helps the provider reuse its prompt cache across requests.
        prompt_cache_options (ChatGenerationParamsPromptCacheOptionsType0 | None | Unset): Further prompt-caching
            settings, forwarded to providers that support them.
        stop_server_tools_when (list[StopConditionMaxCost | StopConditionStepCount] | Unset): Conditions that end the
            server-tool agent loop; the first one to fire wins. Overrides max_tool_calls. Example: [{'type':
            'step_count_is', 'step_count': 5}, {'type': 'max_cost', 'max_cost_in_dollars': 0.5}].
    """

    messages: list[AssistantMessage | DeveloperMessage | SystemMessage | ToolResponseMessage | UserMessage]
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    plugins: (
        list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin] | Unset
    ) = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    user: str | Unset = UNSET
    session_id: str | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    metadata: ChatGenerationParamsMetadata | Unset = UNSET
    cache_control: AnthropicCacheControl | Unset = UNSET
    debug: DebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    repetition_penalty: float | None | Unset = UNSET
    logit_bias: ChatGenerationParamsLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    min_p: float | None | Unset = UNSET
    top_a: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    stream: bool | Unset = False
    stream_options: ChatStreamOptions | None | Unset = UNSET
    reasoning: ChatReasoningConfig | Unset = UNSET
    reasoning_effort: None | ReasoningEffort | Unset = UNSET
    response_format: (
        ResponseFormatJSONObject
        | ResponseFormatJSONSchema
        | ResponseFormatText
        | ResponseFormatTextGrammar
        | ResponseFormatTextPython
        | Unset
    ) = UNSET
    tools: list[OpenRouterServerTool | ToolDefinitionJson] | Unset = UNSET
    tool_choice: NamedToolChoice | ServerToolChoice | ToolChoiceOptionType0 | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    prediction: ChatPrediction | Unset = UNSET
    modalities: list[ChatGenerationParamsModalitiesItem] | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    service_tier: (
        ChatGenerationParamsServiceTierType1
        | ChatGenerationParamsServiceTierType2Type1
        | ChatGenerationParamsServiceTierType3Type1
        | None
        | Unset
    ) = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: ChatGenerationParamsPromptCacheOptionsType0 | None | Unset = UNSET
    stop_server_tools_when: list[StopConditionMaxCost | StopConditionStepCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        messages: Any = self.messages
        if not (isinstance(messages, Unset) or messages is None):
            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, SystemMessage):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, UserMessage):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, DeveloperMessage):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, AssistantMessage):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

        model: Any = self.model

        models: Any = self.models
        if not (isinstance(models, Unset) or models is None):
            models = UNSET
            if not isinstance(self.models, Unset):
                models = self.models

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

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        debug: Any = self.debug
        if not (isinstance(debug, Unset) or debug is None):
            debug = UNSET
            if not isinstance(self.debug, Unset):
                debug = self.debug.to_dict()

        frequency_penalty: Any = self.frequency_penalty
        if not (isinstance(frequency_penalty, Unset) or frequency_penalty is None):
            if isinstance(self.frequency_penalty, Unset):
                frequency_penalty = UNSET
            else:
                frequency_penalty = self.frequency_penalty

        presence_penalty: Any = self.presence_penalty
        if not (isinstance(presence_penalty, Unset) or presence_penalty is None):
            if isinstance(self.presence_penalty, Unset):
                presence_penalty = UNSET
            else:
                presence_penalty = self.presence_penalty

        repetition_penalty: Any = self.repetition_penalty
        if not (isinstance(repetition_penalty, Unset) or repetition_penalty is None):
            if isinstance(self.repetition_penalty, Unset):
                repetition_penalty = UNSET
            else:
                repetition_penalty = self.repetition_penalty

        logit_bias: Any = self.logit_bias
        if not (isinstance(logit_bias, Unset) or logit_bias is None):
            if isinstance(self.logit_bias, Unset):
                logit_bias = UNSET
            elif isinstance(self.logit_bias, ChatGenerationParamsLogitBiasType0):
                logit_bias = self.logit_bias.to_dict()
            else:
                logit_bias = self.logit_bias

        logprobs: Any = self.logprobs
        if not (isinstance(logprobs, Unset) or logprobs is None):
            if isinstance(self.logprobs, Unset):
                logprobs = UNSET
            else:
                logprobs = self.logprobs

        top_logprobs: Any = self.top_logprobs
        if not (isinstance(top_logprobs, Unset) or top_logprobs is None):
            if isinstance(self.top_logprobs, Unset):
                top_logprobs = UNSET
            else:
                top_logprobs = self.top_logprobs

        max_completion_tokens: Any = self.max_completion_tokens
        if not (isinstance(max_completion_tokens, Unset) or max_completion_tokens is None):
            if isinstance(self.max_completion_tokens, Unset):
                max_completion_tokens = UNSET
            else:
                max_completion_tokens = self.max_completion_tokens

        max_tokens: Any = self.max_tokens
        if not (isinstance(max_tokens, Unset) or max_tokens is None):
            if isinstance(self.max_tokens, Unset):
                max_tokens = UNSET
            else:
                max_tokens = self.max_tokens

        min_p: Any = self.min_p
        if not (isinstance(min_p, Unset) or min_p is None):
            if isinstance(self.min_p, Unset):
                min_p = UNSET
            else:
                min_p = self.min_p

        top_a: Any = self.top_a
        if not (isinstance(top_a, Unset) or top_a is None):
            if isinstance(self.top_a, Unset):
                top_a = UNSET
            else:
                top_a = self.top_a

        top_k: Any = self.top_k
        if not (isinstance(top_k, Unset) or top_k is None):
            if isinstance(self.top_k, Unset):
                top_k = UNSET
            else:
                top_k = self.top_k

        top_p: Any = self.top_p
        if not (isinstance(top_p, Unset) or top_p is None):
            if isinstance(self.top_p, Unset):
                top_p = UNSET
            else:
                top_p = self.top_p

        temperature: Any = self.temperature
        if not (isinstance(temperature, Unset) or temperature is None):
            if isinstance(self.temperature, Unset):
                temperature = UNSET
            else:
                temperature = self.temperature

        seed: Any = self.seed
        if not (isinstance(seed, Unset) or seed is None):
            if isinstance(self.seed, Unset):
                seed = UNSET
            else:
                seed = self.seed

        stop: Any = self.stop
        if not (isinstance(stop, Unset) or stop is None):
            if isinstance(self.stop, Unset):
                stop = UNSET
            elif isinstance(self.stop, list):
                stop = self.stop

            else:
                stop = self.stop

        stream: Any = self.stream

        stream_options: Any = self.stream_options
        if not (isinstance(stream_options, Unset) or stream_options is None):
            if isinstance(self.stream_options, Unset):
                stream_options = UNSET
            elif isinstance(self.stream_options, ChatStreamOptions):
                stream_options = self.stream_options.to_dict()
            else:
                stream_options = self.stream_options

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = UNSET
            if not isinstance(self.reasoning, Unset):
                reasoning = self.reasoning.to_dict()

        reasoning_effort: Any = self.reasoning_effort
        if not (isinstance(reasoning_effort, Unset) or reasoning_effort is None):
            if isinstance(self.reasoning_effort, Unset):
                reasoning_effort = UNSET
            elif isinstance(self.reasoning_effort, ReasoningEffort):
                reasoning_effort = self.reasoning_effort.value
            else:
                reasoning_effort = self.reasoning_effort

        response_format: Any = self.response_format
        if not (isinstance(response_format, Unset) or response_format is None):
            if isinstance(self.response_format, Unset):
                response_format = UNSET
            elif isinstance(self.response_format, ResponseFormatText):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatJSONObject):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatJSONSchema):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ResponseFormatTextGrammar):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format.to_dict()

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, ToolDefinitionJson):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data.to_dict()

                    tools.append(tools_item)

        tool_choice: Any = self.tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, ToolChoiceOptionType0):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, NamedToolChoice):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        parallel_tool_calls: Any = self.parallel_tool_calls
        if not (isinstance(parallel_tool_calls, Unset) or parallel_tool_calls is None):
            if isinstance(self.parallel_tool_calls, Unset):
                parallel_tool_calls = UNSET
            else:
                parallel_tool_calls = self.parallel_tool_calls

        prediction: Any = self.prediction
        if not (isinstance(prediction, Unset) or prediction is None):
            prediction = UNSET
            if not isinstance(self.prediction, Unset):
                prediction = self.prediction.to_dict()

        modalities: Any = self.modalities
        if not (isinstance(modalities, Unset) or modalities is None):
            modalities = UNSET
            if not isinstance(self.modalities, Unset):
                modalities = []
                for modalities_item_data in self.modalities:
                    modalities_item = modalities_item_data.value
                    modalities.append(modalities_item)

        image_config: Any = self.image_config
        if not (isinstance(image_config, Unset) or image_config is None):
            image_config = UNSET
            if not isinstance(self.image_config, Unset):
                image_config = self.image_config.to_dict()

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            elif isinstance(self.service_tier, ChatGenerationParamsServiceTierType1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, ChatGenerationParamsServiceTierType2Type1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, ChatGenerationParamsServiceTierType3Type1):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        prompt_cache_key: Any = self.prompt_cache_key
        if not (isinstance(prompt_cache_key, Unset) or prompt_cache_key is None):
            if isinstance(self.prompt_cache_key, Unset):
                prompt_cache_key = UNSET
            else:
                prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: Any = self.prompt_cache_options
        if not (isinstance(prompt_cache_options, Unset) or prompt_cache_options is None):
            if isinstance(self.prompt_cache_options, Unset):
                prompt_cache_options = UNSET
            elif isinstance(self.prompt_cache_options, ChatGenerationParamsPromptCacheOptionsType0):
                prompt_cache_options = self.prompt_cache_options.to_dict()
            else:
                prompt_cache_options = self.prompt_cache_options

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

        if messages is not UNSET:
            field_dict["messages"] = messages
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if debug is not UNSET:
            field_dict["debug"] = debug
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if top_a is not UNSET:
            field_dict["top_a"] = top_a
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatGenerationParams and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "messages" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_messages = d.pop("messages", UNSET)
        messages: Any = _raw_messages
        if _raw_messages is not None and _raw_messages is not UNSET:
            messages = []
            _messages = _raw_messages
            for messages_item_data in _messages:
                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

        model = d.pop("model", UNSET)

        _raw_models = d.pop("models", UNSET)
        models: Any = _raw_models
        if _raw_models is not None and _raw_models is not UNSET:
            models = cast("list[str]", _raw_models)

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

        _raw_metadata = d.pop("metadata", UNSET)
        metadata: Any = _raw_metadata
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            _metadata = _raw_metadata
            metadata: ChatGenerationParamsMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ChatGenerationParamsMetadata.from_dict(_metadata)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        _raw_debug = d.pop("debug", UNSET)
        debug: Any = _raw_debug
        if _raw_debug is not None and _raw_debug is not UNSET:
            _debug = _raw_debug
            debug: DebugOptions | Unset
            if isinstance(_debug, Unset):
                debug = UNSET
            else:
                debug = DebugOptions.from_dict(_debug)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        _raw_logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: Any = _raw_logit_bias
        if _raw_logit_bias is not None and _raw_logit_bias is not UNSET:
            logit_bias = _parse_logit_bias(_raw_logit_bias)

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        min_p = d.pop("min_p", UNSET)

        top_a = d.pop("top_a", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        temperature = d.pop("temperature", UNSET)

        seed = d.pop("seed", UNSET)

        _raw_stop = d.pop("stop", UNSET)
        stop: Any = _raw_stop
        if _raw_stop is not None and _raw_stop is not UNSET:
            stop = _parse_stop(_raw_stop)

        stream = d.pop("stream", UNSET)

        _raw_stream_options = d.pop("stream_options", UNSET)
        stream_options: Any = _raw_stream_options
        if _raw_stream_options is not None and _raw_stream_options is not UNSET:
            stream_options = _parse_stream_options(_raw_stream_options)

        _raw_reasoning = d.pop("reasoning", UNSET)
        reasoning: Any = _raw_reasoning
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            _reasoning = _raw_reasoning
            reasoning: ChatReasoningConfig | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = ChatReasoningConfig.from_dict(_reasoning)

        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: Any = _raw_reasoning_effort
        if _raw_reasoning_effort is not None and _raw_reasoning_effort is not UNSET:
            reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

        _raw_response_format = d.pop("response_format", UNSET)
        response_format: Any = _raw_response_format
        if _raw_response_format is not None and _raw_response_format is not UNSET:
            response_format = _parse_response_format(_raw_response_format)

        _raw_tools = d.pop("tools", UNSET)
        tools: Any = _raw_tools
        if _raw_tools is not None and _raw_tools is not UNSET:
            _tools = _raw_tools
            tools: list[OpenRouterServerTool | ToolDefinitionJson] | Unset = UNSET
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

        _raw_prediction = d.pop("prediction", UNSET)
        prediction: Any = _raw_prediction
        if _raw_prediction is not None and _raw_prediction is not UNSET:
            _prediction = _raw_prediction
            prediction: ChatPrediction | Unset
            if isinstance(_prediction, Unset):
                prediction = UNSET
            else:
                prediction = ChatPrediction.from_dict(_prediction)

        _raw_modalities = d.pop("modalities", UNSET)
        modalities: Any = _raw_modalities
        if _raw_modalities is not None and _raw_modalities is not UNSET:
            _modalities = _raw_modalities
            modalities: list[ChatGenerationParamsModalitiesItem] | Unset = UNSET
            if _modalities is not UNSET:
                modalities = []
                for modalities_item_data in _modalities:
                    modalities_item = ChatGenerationParamsModalitiesItem._parse(modalities_item_data)

                    modalities.append(modalities_item)

        _raw_image_config = d.pop("image_config", UNSET)
        image_config: Any = _raw_image_config
        if _raw_image_config is not None and _raw_image_config is not UNSET:
            _image_config = _raw_image_config
            image_config: ImageConfig | Unset
            if isinstance(_image_config, Unset):
                image_config = UNSET
            else:
                image_config = ImageConfig.from_dict(_image_config)

        _raw_service_tier = d.pop("service_tier", UNSET)
        service_tier: Any = _raw_service_tier
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            service_tier = _parse_service_tier(_raw_service_tier)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        _raw_prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: Any = _raw_prompt_cache_options
        if _raw_prompt_cache_options is not None and _raw_prompt_cache_options is not UNSET:
            prompt_cache_options = _parse_prompt_cache_options(_raw_prompt_cache_options)

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

        chat_generation_params = cls(
            messages=messages,
            model=model,
            models=models,
            provider=provider,
            plugins=plugins,
            route=route,
            user=user,
            session_id=session_id,
            trace=trace,
            metadata=metadata,
            cache_control=cache_control,
            debug=debug,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            min_p=min_p,
            top_a=top_a,
            top_k=top_k,
            top_p=top_p,
            temperature=temperature,
            seed=seed,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            prediction=prediction,
            modalities=modalities,
            image_config=image_config,
            service_tier=service_tier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            stop_server_tools_when=stop_server_tools_when,
        )

        chat_generation_params.additional_properties = d
        return chat_generation_params

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


def _parse_messages_item(
    data: object,
) -> AssistantMessage | DeveloperMessage | SystemMessage | ToolResponseMessage | UserMessage:
    if SystemMessage._matches(data):
        try:
            componentsschemas_message_type_0 = SystemMessage.from_dict(data)

            return componentsschemas_message_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if UserMessage._matches(data):
        try:
            componentsschemas_message_type_1 = UserMessage.from_dict(data)

            return componentsschemas_message_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if DeveloperMessage._matches(data):
        try:
            componentsschemas_message_type_2 = DeveloperMessage.from_dict(data)

            return componentsschemas_message_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AssistantMessage._matches(data):
        try:
            componentsschemas_message_type_3 = AssistantMessage.from_dict(data)

            return componentsschemas_message_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolResponseMessage._matches(data):
        try:
            componentsschemas_message_type_4 = ToolResponseMessage.from_dict(data)

            return componentsschemas_message_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_message_type_0 = SystemMessage.from_dict(data)

        return componentsschemas_message_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_message_type_1 = UserMessage.from_dict(data)

        return componentsschemas_message_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_message_type_2 = DeveloperMessage.from_dict(data)

        return componentsschemas_message_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_message_type_3 = AssistantMessage.from_dict(data)

        return componentsschemas_message_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_message_type_4 = ToolResponseMessage.from_dict(data)

    return componentsschemas_message_type_4


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


def _parse_logit_bias(data: object) -> ChatGenerationParamsLogitBiasType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatGenerationParamsLogitBiasType0._matches(data):
        try:
            logit_bias_type_0 = ChatGenerationParamsLogitBiasType0.from_dict(data)

            return logit_bias_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        logit_bias_type_0 = ChatGenerationParamsLogitBiasType0.from_dict(data)

        return logit_bias_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatGenerationParamsLogitBiasType0 | None | Unset", data)


def _parse_stop(data: object) -> list[str] | None | str | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        stop_type_1 = cast("list[str]", data)

        return stop_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | str | Unset", data)


def _parse_stream_options(data: object) -> ChatStreamOptions | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatStreamOptions._matches(data):
        try:
            stream_options_type_0 = ChatStreamOptions.from_dict(data)

            return stream_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        stream_options_type_0 = ChatStreamOptions.from_dict(data)

        return stream_options_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatStreamOptions | None | Unset", data)


def _parse_reasoning_effort(data: object) -> None | ReasoningEffort | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningEffort.is_known(data):
        try:
            reasoning_effort_type_0 = ReasoningEffort._parse(data)

            return reasoning_effort_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_effort_type_0 = ReasoningEffort._parse(data)

        return reasoning_effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningEffort | Unset", data)


def _parse_response_format(
    data: object,
) -> (
    ResponseFormatJSONObject
    | ResponseFormatJSONSchema
    | ResponseFormatText
    | ResponseFormatTextGrammar
    | ResponseFormatTextPython
    | Unset
):
    if data is UNSET:
        return UNSET
    if ResponseFormatText._matches(data):
        try:
            componentsschemas_chat_response_format_type_0 = ResponseFormatText.from_dict(data)

            return componentsschemas_chat_response_format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseFormatJSONObject._matches(data):
        try:
            componentsschemas_chat_response_format_type_1 = ResponseFormatJSONObject.from_dict(data)

            return componentsschemas_chat_response_format_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseFormatJSONSchema._matches(data):
        try:
            componentsschemas_chat_response_format_type_2 = ResponseFormatJSONSchema.from_dict(data)

            return componentsschemas_chat_response_format_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseFormatTextGrammar._matches(data):
        try:
            componentsschemas_chat_response_format_type_3 = ResponseFormatTextGrammar.from_dict(data)

            return componentsschemas_chat_response_format_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseFormatTextPython._matches(data):
        try:
            componentsschemas_chat_response_format_type_4 = ResponseFormatTextPython.from_dict(data)

            return componentsschemas_chat_response_format_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_response_format_type_0 = ResponseFormatText.from_dict(data)

        return componentsschemas_chat_response_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_response_format_type_1 = ResponseFormatJSONObject.from_dict(data)

        return componentsschemas_chat_response_format_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_response_format_type_2 = ResponseFormatJSONSchema.from_dict(data)

        return componentsschemas_chat_response_format_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_response_format_type_3 = ResponseFormatTextGrammar.from_dict(data)

        return componentsschemas_chat_response_format_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_response_format_type_4 = ResponseFormatTextPython.from_dict(data)

    return componentsschemas_chat_response_format_type_4


def _parse_tools_item(data: object) -> OpenRouterServerTool | ToolDefinitionJson:
    if ToolDefinitionJson._matches(data):
        try:
            componentsschemas_chat_tool_type_0 = ToolDefinitionJson.from_dict(data)

            return componentsschemas_chat_tool_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenRouterServerTool._matches(data):
        try:
            componentsschemas_chat_tool_type_1 = OpenRouterServerTool.from_dict(data)

            return componentsschemas_chat_tool_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_tool_type_0 = ToolDefinitionJson.from_dict(data)

        return componentsschemas_chat_tool_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_tool_type_1 = OpenRouterServerTool.from_dict(data)

    return componentsschemas_chat_tool_type_1


def _parse_tool_choice(data: object) -> NamedToolChoice | ServerToolChoice | ToolChoiceOptionType0 | Unset:
    if data is UNSET:
        return UNSET
    if ToolChoiceOptionType0.is_known(data):
        try:
            componentsschemas_tool_choice_option_type_0 = ToolChoiceOptionType0._parse(data)

            return componentsschemas_tool_choice_option_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if NamedToolChoice._matches(data):
        try:
            componentsschemas_tool_choice_option_type_1 = NamedToolChoice.from_dict(data)

            return componentsschemas_tool_choice_option_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ServerToolChoice._matches(data):
        try:
            componentsschemas_tool_choice_option_type_2 = ServerToolChoice.from_dict(data)

            return componentsschemas_tool_choice_option_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_tool_choice_option_type_0 = ToolChoiceOptionType0._parse(data)

        return componentsschemas_tool_choice_option_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_tool_choice_option_type_1 = NamedToolChoice.from_dict(data)

        return componentsschemas_tool_choice_option_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_tool_choice_option_type_2 = ServerToolChoice.from_dict(data)

    return componentsschemas_tool_choice_option_type_2


def _parse_service_tier(
    data: object,
) -> (
    ChatGenerationParamsServiceTierType1
    | ChatGenerationParamsServiceTierType2Type1
    | ChatGenerationParamsServiceTierType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatGenerationParamsServiceTierType1.is_known(data):
        try:
            service_tier_type_1 = ChatGenerationParamsServiceTierType1._parse(data)

            return service_tier_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatGenerationParamsServiceTierType2Type1.is_known(data):
        try:
            service_tier_type_2_type_1 = ChatGenerationParamsServiceTierType2Type1._parse(data)

            return service_tier_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatGenerationParamsServiceTierType3Type1.is_known(data):
        try:
            service_tier_type_3_type_1 = ChatGenerationParamsServiceTierType3Type1._parse(data)

            return service_tier_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_1 = ChatGenerationParamsServiceTierType1._parse(data)

        return service_tier_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_2_type_1 = ChatGenerationParamsServiceTierType2Type1._parse(data)

        return service_tier_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_3_type_1 = ChatGenerationParamsServiceTierType3Type1._parse(data)

        return service_tier_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ChatGenerationParamsServiceTierType1 | ChatGenerationParamsServiceTierType2Type1 | ChatGenerationParamsServiceTierType3Type1 | None | Unset",
        data,
    )


def _parse_prompt_cache_options(data: object) -> ChatGenerationParamsPromptCacheOptionsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatGenerationParamsPromptCacheOptionsType0._matches(data):
        try:
            prompt_cache_options_type_0 = ChatGenerationParamsPromptCacheOptionsType0.from_dict(data)

            return prompt_cache_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_cache_options_type_0 = ChatGenerationParamsPromptCacheOptionsType0.from_dict(data)

        return prompt_cache_options_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatGenerationParamsPromptCacheOptionsType0 | None | Unset", data)


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
