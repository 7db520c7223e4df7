from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_modalities_item import ChatRequestModalitiesItem
from ..models.chat_request_reasoning_effort_type_1 import ChatRequestReasoningEffortType1
from ..models.chat_request_reasoning_effort_type_2_type_1 import ChatRequestReasoningEffortType2Type1
from ..models.chat_request_reasoning_effort_type_3_type_1 import ChatRequestReasoningEffortType3Type1
from ..models.chat_request_service_tier_type_1 import ChatRequestServiceTierType1
from ..models.chat_request_service_tier_type_2_type_1 import ChatRequestServiceTierType2Type1
from ..models.chat_request_service_tier_type_3_type_1 import ChatRequestServiceTierType3Type1
from ..models.chat_tool_choice_type_0 import ChatToolChoiceType0
from ..models.chat_tool_choice_type_1 import ChatToolChoiceType1
from ..models.chat_tool_choice_type_2 import ChatToolChoiceType2
from ..models.deprecated_route import DeprecatedRoute
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_format_grammar_config import ChatFormatGrammarConfig
    from ..models.chat_format_json_object_config import ChatFormatJsonObjectConfig
    from ..models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
    from ..models.chat_format_python_config import ChatFormatPythonConfig
    from ..models.chat_format_text_config import ChatFormatTextConfig
    from ..models.chat_function_tool_function import ChatFunctionToolFunction
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0
    from ..models.chat_request_metadata import ChatRequestMetadata
    from ..models.chat_request_reasoning import ChatRequestReasoning
    from ..models.chat_search_models_server_tool import ChatSearchModelsServerTool
    from ..models.chat_server_tool_choice import ChatServerToolChoice
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.chat_web_search_shorthand import ChatWebSearchShorthand
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_config import ImageConfig
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.prediction import Prediction
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AdvisorServerToolOpenRouter, \
        AnthropicCacheControlDirective, \
        AutoBetaRouterPlugin, \
        AutoRouterPlugin, \
        BashServerTool, \
        ChatAssistantMessage, \
        ChatDebugOptions, \
        ChatDeveloperMessage, \
        ChatFormatGrammarConfig, \
        ChatFormatJsonObjectConfig, \
        ChatFormatJsonSchemaConfig, \
        ChatFormatPythonConfig, \
        ChatFormatTextConfig, \
        ChatFunctionToolFunction, \
        ChatNamedToolChoice, \
        ChatRequestLogitBiasType0, \
        ChatRequestMetadata, \
        ChatRequestReasoning, \
        ChatSearchModelsServerTool, \
        ChatServerToolChoice, \
        ChatStreamOptions, \
        ChatSystemMessage, \
        ChatToolMessage, \
        ChatUserMessage, \
        ChatWebSearchShorthand, \
        ContextCompressionPlugin, \
        DatetimeServerTool, \
        FileParserPlugin, \
        FilesServerTool, \
        FusionPlugin, \
        FusionServerToolOpenRouter, \
        ImageConfig, \
        ImageGenerationServerToolOpenRouter, \
        ModerationPlugin, \
        OpenRouterWebSearchServerTool, \
        ParetoRouterPlugin, \
        Prediction, \
        PromptCacheOptions, \
        ProviderPreferences, \
        ResponseHealingPlugin, \
        StopServerToolsWhenFinishReasonIs, \
        StopServerToolsWhenHasToolCall, \
        StopServerToolsWhenMaxCost, \
        StopServerToolsWhenMaxTokensUsed, \
        StopServerToolsWhenStepCountIs, \
        SubagentServerToolOpenRouter, \
        TraceConfig, \
        WebFetchPlugin, \
        WebFetchServerTool, \
        WebSearchPlugin
    if _lazy_imports_resolved:
        return
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter  # noqa: PLC0415
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin  # noqa: PLC0415
    from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: PLC0415
    from ..models.bash_server_tool import BashServerTool  # noqa: PLC0415
    from ..models.chat_assistant_message import ChatAssistantMessage  # noqa: PLC0415
    from ..models.chat_debug_options import ChatDebugOptions  # noqa: PLC0415
    from ..models.chat_developer_message import ChatDeveloperMessage  # noqa: PLC0415
    from ..models.chat_format_grammar_config import ChatFormatGrammarConfig  # noqa: PLC0415
    from ..models.chat_format_json_object_config import ChatFormatJsonObjectConfig  # noqa: PLC0415
    from ..models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig  # noqa: PLC0415
    from ..models.chat_format_python_config import ChatFormatPythonConfig  # noqa: PLC0415
    from ..models.chat_format_text_config import ChatFormatTextConfig  # noqa: PLC0415
    from ..models.chat_function_tool_function import ChatFunctionToolFunction  # noqa: PLC0415
    from ..models.chat_named_tool_choice import ChatNamedToolChoice  # noqa: PLC0415
    from ..models.chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0  # noqa: PLC0415
    from ..models.chat_request_metadata import ChatRequestMetadata  # noqa: PLC0415
    from ..models.chat_request_reasoning import ChatRequestReasoning  # noqa: PLC0415
    from ..models.chat_search_models_server_tool import ChatSearchModelsServerTool  # noqa: PLC0415
    from ..models.chat_server_tool_choice import ChatServerToolChoice  # noqa: PLC0415
    from ..models.chat_stream_options import ChatStreamOptions  # noqa: PLC0415
    from ..models.chat_system_message import ChatSystemMessage  # noqa: PLC0415
    from ..models.chat_tool_message import ChatToolMessage  # noqa: PLC0415
    from ..models.chat_user_message import ChatUserMessage  # noqa: PLC0415
    from ..models.chat_web_search_shorthand import ChatWebSearchShorthand  # noqa: PLC0415
    from ..models.context_compression_plugin import ContextCompressionPlugin  # noqa: PLC0415
    from ..models.datetime_server_tool import DatetimeServerTool  # noqa: PLC0415
    from ..models.file_parser_plugin import FileParserPlugin  # noqa: PLC0415
    from ..models.files_server_tool import FilesServerTool  # noqa: PLC0415
    from ..models.fusion_plugin import FusionPlugin  # noqa: PLC0415
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter  # noqa: PLC0415
    from ..models.image_config import ImageConfig  # noqa: PLC0415
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter  # noqa: PLC0415
    from ..models.moderation_plugin import ModerationPlugin  # noqa: PLC0415
    from ..models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool  # noqa: PLC0415
    from ..models.pareto_router_plugin import ParetoRouterPlugin  # noqa: PLC0415
    from ..models.prediction import Prediction  # noqa: PLC0415
    from ..models.prompt_cache_options import PromptCacheOptions  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415
    from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: PLC0415
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs  # noqa: PLC0415
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall  # noqa: PLC0415
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost  # noqa: PLC0415
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed  # noqa: PLC0415
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs  # noqa: PLC0415
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter  # noqa: PLC0415
    from ..models.trace_config import TraceConfig  # noqa: PLC0415
    from ..models.web_fetch_plugin import WebFetchPlugin  # noqa: PLC0415
    from ..models.web_fetch_server_tool import WebFetchServerTool  # noqa: PLC0415
    from ..models.web_search_plugin import WebSearchPlugin  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "messages",
        "cache_control",
        "debug",
        "frequency_penalty",
        "image_config",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "metadata",
        "min_p",
        "modalities",
        "model",
        "models",
        "parallel_tool_calls",
        "plugins",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "prompt_cache_options",
        "provider",
        "reasoning",
        "reasoning_effort",
        "repetition_penalty",
        "response_format",
        "route",
        "seed",
        "service_tier",
        "session_id",
        "stop",
        "stop_server_tools_when",
        "stream",
        "stream_options",
        "temperature",
        "tool_choice",
        "tools",
        "top_a",
        "top_k",
        "top_logprobs",
        "top_p",
        "trace",
        "user",
    }
)


@_attrs_define(repr=False)
class ChatRequest:
    """Chat completion request parameters

    Example:
        {'max_tokens': 150, 'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4', 'temperature': 0.7}

    Attributes:
        messages (list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage |
            ChatUserMessage]): List of messages for the conversation Example: [{'content': 'Hello!', 'role': 'user'}].
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        debug (ChatDebugOptions | Unset): Debug options for inspecting request transformations (streaming only) Example:
            {'echo_upstream_body': True}.
        frequency_penalty (float | None | Unset): Frequency penalty (-2.0 to 2.0) Example: 0.
        image_config (ImageConfig | Unset): Provider-specific image configuration options. Keys and values vary by
            model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.
            Example: {'aspect_ratio': '16:9', 'quality': 'high'}.
        logit_bias (ChatRequestLogitBiasType0 | None | Unset): Token logit bias adjustments Example: {'50256': -100}.
        logprobs (bool | None | Unset): Return log probabilities Example: False.
        max_completion_tokens (int | None | Unset): Maximum tokens in completion Example: 100.
        max_tokens (int | None | Unset): Maximum tokens (deprecated, use max_completion_tokens). Note: some providers
            enforce a minimum of 16. Example: 100.
        metadata (ChatRequestMetadata | Unset): Key-value pairs for additional object information (max 16 pairs, 64 char
            keys, 512 char values) Example: {'session_id': 'session-456', 'user_id': 'user-123'}.
        min_p (float | None | Unset): Minimum probability threshold relative to the most likely token. Tokens with
            probability below min_p * (probability of top token) are filtered out. Not all providers support this parameter.
            Example: 0.1.
        modalities (list[ChatRequestModalitiesItem] | Unset): Output modalities for the response. Supported values are
            "text", "image", and "audio". Example: ['text', 'image'].
        model (str | Unset): Model to use for completion Example: openai/gpt-4.
        models (list[str] | Unset): Models to use for completion Example: ['openai/gpt-4', 'openai/gpt-4o'].
        parallel_tool_calls (bool | None | Unset): Whether to enable parallel function calling during tool use. When
            true, the model may generate multiple tool calls in a single response. Example: True.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset): Plugins you want to enable for this request, including their settings.
        prediction (None | Prediction | Unset):
        presence_penalty (float | None | Unset): Presence penalty (-2.0 to 2.0) Example: 0.
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        provider (None | ProviderPreferences | Unset):
        reasoning (ChatRequestReasoning | Unset): Configuration options for reasoning models Example: {'effort':
            'medium', 'summary': 'concise'}.
        reasoning_effort (ChatRequestReasoningEffortType1 | ChatRequestReasoningEffortType2Type1 |
            ChatRequestReasoningEffortType3Type1 | None | Unset): Shorthand for setting reasoning effort. Equivalent to
            setting reasoning.effort. Cannot be used simultaneously with reasoning.effort if they differ. Example: medium.
        repetition_penalty (float | None | Unset): Penalizes tokens based on how much they have already appeared in the
            text. A value of 1.0 means no penalty. Values above 1.0 penalize repeated tokens more strongly. Not all
            providers support this parameter. Example: 1.
        response_format (ChatFormatGrammarConfig | ChatFormatJsonObjectConfig | ChatFormatJsonSchemaConfig |
            ChatFormatPythonConfig | ChatFormatTextConfig | Unset): Response format configuration Example: {'type':
            'json_object'}.
        route (DeprecatedRoute | None | Unset):
        seed (int | None | Unset): Random seed for deterministic outputs Example: 42.
        service_tier (ChatRequestServiceTierType1 | ChatRequestServiceTierType2Type1 | ChatRequestServiceTierType3Type1
            | None | Unset): The service tier to use for processing this request. `fast` is accepted as an alias for
            `priority`. Example: auto.
        session_id (str | Unset): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop (list[str] | None | str | Unset): Stop sequences (up to 4) Example: ['\\n'].
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        stream (bool | Unset): Enable streaming response Default: False. Example: False.
        stream_options (ChatStreamOptions | None | Unset):
        temperature (float | None | Unset): Sampling temperature (0-2) Example: 0.7.
        tool_choice (ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceType0 | ChatToolChoiceType1 |
            ChatToolChoiceType2 | Unset): Tool choice configuration Example: auto.
        tools (list[AdvisorServerToolOpenRouter | BashServerTool | ChatFunctionToolFunction | ChatSearchModelsServerTool
            | ChatWebSearchShorthand | DatetimeServerTool | FilesServerTool | FusionServerToolOpenRouter |
            ImageGenerationServerToolOpenRouter | OpenRouterWebSearchServerTool | SubagentServerToolOpenRouter |
            WebFetchServerTool] | Unset): Available tools for function calling Example: [{'function': {'description': 'Get
            weather', 'name': 'get_weather'}, 'type': 'function'}].
        top_a (float | None | Unset): Consider only tokens with "sufficiently high" probabilities based on the
            probability of the most likely token. Not all providers support this parameter. Example: 0.
        top_k (int | None | Unset): Limits the model to choose from the top K most likely tokens at each step. A value
            of 1 means the model will always pick the most likely next token. Not all providers support this parameter.
            Example: 40.
        top_logprobs (int | None | Unset): Number of top log probabilities to return (0-20) Example: 5.
        top_p (float | None | Unset): Nucleus sampling parameter (0-1) Example: 1.
        trace (TraceConfig | Unset): Metadata for observability and tracing. Known keys (trace_id, trace_name,
            span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom
            metadata to configured broadcast destinations. Example: {'trace_id': 'trace-abc123', 'trace_name': 'my-app-
            trace'}.
        user (str | Unset): Per-end-user identifier for abuse isolation. Use a stable ID, hash, or pseudonym. When a
            provider requires a user identity, OpenRouter folds it into the hashed identity sent upstream and never forwards
            it raw. If omitted, requests use an account-level identity, so provider policy blocks can affect the whole
            account. Example: user-123.
    """

    _messages: list[
        ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage
    ] = _attrs_field(alias="messages")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    logit_bias: ChatRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    metadata: ChatRequestMetadata | Unset = UNSET
    min_p: float | None | Unset = UNSET
    modalities: list[ChatRequestModalitiesItem] | Unset = UNSET
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
    prediction: None | Prediction | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    reasoning: ChatRequestReasoning | Unset = UNSET
    reasoning_effort: (
        ChatRequestReasoningEffortType1
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset
    ) = UNSET
    repetition_penalty: float | None | Unset = UNSET
    response_format: (
        ChatFormatGrammarConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfig
        | Unset
    ) = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    service_tier: (
        ChatRequestServiceTierType1 | ChatRequestServiceTierType2Type1 | ChatRequestServiceTierType3Type1 | None | Unset
    ) = UNSET
    session_id: str | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
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
    stream: bool | Unset = False
    stream_options: ChatStreamOptions | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: (
        ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatToolChoiceType0
        | ChatToolChoiceType1
        | ChatToolChoiceType2
        | Unset
    ) = UNSET
    tools: (
        list[
            AdvisorServerToolOpenRouter
            | BashServerTool
            | ChatFunctionToolFunction
            | ChatSearchModelsServerTool
            | ChatWebSearchShorthand
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | OpenRouterWebSearchServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
        ]
        | Unset
    ) = UNSET
    top_a: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def messages(
        self,
    ) -> list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage]:
        value: Any = self._messages
        if value is UNSET:
            raise MissingFieldError("ChatRequest", "messages")
        return value

    @messages.setter
    def messages(
        self,
        value: list[
            ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage
        ],
    ) -> None:
        self._messages = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"messages={self._messages!r}, "
            f"cache_control={self.cache_control!r}, "
            f"debug={self.debug!r}, "
            f"frequency_penalty={self.frequency_penalty!r}, "
            f"image_config={self.image_config!r}, "
            f"logit_bias={self.logit_bias!r}, "
            f"logprobs={self.logprobs!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_tokens={self.max_tokens!r}, "
            f"metadata={self.metadata!r}, "
            f"min_p={self.min_p!r}, "
            f"modalities={self.modalities!r}, "
            f"model={self.model!r}, "
            f"models={self.models!r}, "
            f"parallel_tool_calls={self.parallel_tool_calls!r}, "
            f"plugins={self.plugins!r}, "
            f"prediction={self.prediction!r}, "
            f"presence_penalty={self.presence_penalty!r}, "
            f"prompt_cache_key={self.prompt_cache_key!r}, "
            f"prompt_cache_options={self.prompt_cache_options!r}, "
            f"provider={self.provider!r}, "
            f"reasoning={self.reasoning!r}, "
            f"reasoning_effort={self.reasoning_effort!r}, "
            f"repetition_penalty={self.repetition_penalty!r}, "
            f"response_format={self.response_format!r}, "
            f"route={self.route!r}, "
            f"seed={self.seed!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"stop={self.stop!r}, "
            f"stop_server_tools_when={self.stop_server_tools_when!r}, "
            f"stream={self.stream!r}, "
            f"stream_options={self.stream_options!r}, "
            f"temperature={self.temperature!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_a={self.top_a!r}, "
            f"top_k={self.top_k!r}, "
            f"top_logprobs={self.top_logprobs!r}, "
            f"top_p={self.top_p!r}, "
            f"trace={self.trace!r}, "
            f"user={self.user!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        messages: Any = self._messages
        if not (isinstance(messages, Unset) or messages is None):
            messages = []
            for messages_item_data in self._messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, ChatSystemMessage):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, ChatUserMessage):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, ChatDeveloperMessage):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, ChatAssistantMessage):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

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

        logit_bias: Any = self.logit_bias
        if not (isinstance(logit_bias, Unset) or logit_bias is None):
            if isinstance(self.logit_bias, ChatRequestLogitBiasType0):
                logit_bias = self.logit_bias.to_dict()
            else:
                logit_bias = self.logit_bias

        logprobs: Any = self.logprobs

        max_completion_tokens: Any = self.max_completion_tokens

        max_tokens: Any = self.max_tokens

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = metadata.to_dict()

        min_p: Any = self.min_p

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

        prediction: Any = self.prediction
        if not (isinstance(prediction, Unset) or prediction is None):
            if isinstance(self.prediction, Prediction):
                prediction = self.prediction.to_dict()
            else:
                prediction = self.prediction

        presence_penalty: Any = self.presence_penalty

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
            reasoning = reasoning.to_dict()

        reasoning_effort: Any = self.reasoning_effort
        if not (isinstance(reasoning_effort, Unset) or reasoning_effort is None):
            if isinstance(self.reasoning_effort, ChatRequestReasoningEffortType1):
                reasoning_effort = self.reasoning_effort.value
            elif isinstance(self.reasoning_effort, ChatRequestReasoningEffortType2Type1):
                reasoning_effort = self.reasoning_effort.value
            elif isinstance(self.reasoning_effort, ChatRequestReasoningEffortType3Type1):
                reasoning_effort = self.reasoning_effort.value
            else:
                reasoning_effort = self.reasoning_effort

        repetition_penalty: Any = self.repetition_penalty

        response_format: Any = self.response_format
        if not (isinstance(response_format, Unset) or response_format is None):
            if isinstance(self.response_format, ChatFormatTextConfig):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ChatFormatJsonObjectConfig):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ChatFormatJsonSchemaConfig):
                response_format = self.response_format.to_dict()
            elif isinstance(self.response_format, ChatFormatGrammarConfig):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format.to_dict()

        route: Any = self.route
        if not (isinstance(route, Unset) or route is None):
            if isinstance(self.route, DeprecatedRoute):
                route = self.route.value
            else:
                route = self.route

        seed: Any = self.seed

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, ChatRequestServiceTierType1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, ChatRequestServiceTierType2Type1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, ChatRequestServiceTierType3Type1):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        session_id: Any = self.session_id

        stop: Any = self.stop
        if not (isinstance(stop, Unset) or stop is None):
            if isinstance(self.stop, list):
                stop = self.stop

            else:
                stop = self.stop

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

        stream: Any = self.stream

        stream_options: Any = self.stream_options
        if not (isinstance(stream_options, Unset) or stream_options is None):
            if isinstance(self.stream_options, ChatStreamOptions):
                stream_options = self.stream_options.to_dict()
            else:
                stream_options = self.stream_options

        temperature: Any = self.temperature

        tool_choice: Any = self.tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self.tool_choice, ChatToolChoiceType0):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, ChatToolChoiceType1):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, ChatToolChoiceType2):
                tool_choice = self.tool_choice.value
            elif isinstance(self.tool_choice, ChatNamedToolChoice):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatFunctionToolFunction):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AdvisorServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FilesServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FusionServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ChatSearchModelsServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SubagentServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_a: Any = self.top_a

        top_k: Any = self.top_k

        top_logprobs: Any = self.top_logprobs

        top_p: Any = self.top_p

        trace: Any = self.trace
        if not (isinstance(trace, Unset) or trace is None):
            trace = trace.to_dict()

        user: Any = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if messages is not UNSET:
            field_dict["messages"] = messages
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if debug is not UNSET:
            field_dict["debug"] = debug
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
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
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if route is not UNSET:
            field_dict["route"] = route
        if seed is not UNSET:
            field_dict["seed"] = seed
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_a is not UNSET:
            field_dict["top_a"] = top_a
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trace is not UNSET:
            field_dict["trace"] = trace
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "messages" not in data:
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
                    f"ChatRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "messages"
            _raw_messages = d.get("messages", UNSET)
            messages: Any = _raw_messages
            if _raw_messages is not None and _raw_messages is not UNSET:
                messages = [_parse_messages_item(messages_item_data) for messages_item_data in _raw_messages]

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

            _field = "logit_bias"
            _raw_logit_bias = d.get("logit_bias", UNSET)
            logit_bias: Any = _raw_logit_bias
            if _raw_logit_bias is not None and _raw_logit_bias is not UNSET:
                logit_bias = (
                    ChatRequestLogitBiasType0.from_dict(_raw_logit_bias)
                    if type(_raw_logit_bias) is dict
                    else _parse_logit_bias(_raw_logit_bias)
                )

            logprobs = d.get("logprobs", UNSET)

            max_completion_tokens = d.get("max_completion_tokens", UNSET)

            max_tokens = d.get("max_tokens", UNSET)

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = ChatRequestMetadata.from_dict(_raw_metadata)

            min_p = d.get("min_p", UNSET)

            _field = "modalities"
            _raw_modalities = d.get("modalities", UNSET)
            modalities: Any = _raw_modalities
            if _raw_modalities is not None and _raw_modalities is not UNSET:
                modalities = [
                    ChatRequestModalitiesItem._value2member_map_.get(modalities_item_data)
                    or ChatRequestModalitiesItem._parse(modalities_item_data)
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

            _field = "prediction"
            _raw_prediction = d.get("prediction", UNSET)
            prediction: Any = _raw_prediction
            if _raw_prediction is not None and _raw_prediction is not UNSET:
                prediction = (
                    Prediction.from_dict(_raw_prediction)
                    if type(_raw_prediction) is dict
                    else _parse_prediction(_raw_prediction)
                )

            presence_penalty = d.get("presence_penalty", UNSET)

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
                reasoning = ChatRequestReasoning.from_dict(_raw_reasoning)

            _field = "reasoning_effort"
            _raw_reasoning_effort = d.get("reasoning_effort", UNSET)
            reasoning_effort: Any = _raw_reasoning_effort
            if _raw_reasoning_effort is not None and _raw_reasoning_effort is not UNSET:
                reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

            repetition_penalty = d.get("repetition_penalty", UNSET)

            _field = "response_format"
            _raw_response_format = d.get("response_format", UNSET)
            response_format: Any = _raw_response_format
            if _raw_response_format is not None and _raw_response_format is not UNSET:
                response_format = _parse_response_format(_raw_response_format)

            _field = "route"
            _raw_route = d.get("route", UNSET)
            route: Any = _raw_route
            if _raw_route is not None and _raw_route is not UNSET:
                route = _parse_route(_raw_route)

            seed = d.get("seed", UNSET)

            _field = "service_tier"
            _raw_service_tier = d.get("service_tier", UNSET)
            service_tier: Any = _raw_service_tier
            if _raw_service_tier is not None and _raw_service_tier is not UNSET:
                service_tier = _parse_service_tier(_raw_service_tier)

            session_id = d.get("session_id", UNSET)

            _field = "stop"
            _raw_stop = d.get("stop", UNSET)
            stop: Any = _raw_stop
            if _raw_stop is not None and _raw_stop is not UNSET:
                stop = _parse_stop(_raw_stop)

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

            stream = d.get("stream", UNSET)

            _field = "stream_options"
            _raw_stream_options = d.get("stream_options", UNSET)
            stream_options: Any = _raw_stream_options
            if _raw_stream_options is not None and _raw_stream_options is not UNSET:
                stream_options = (
                    ChatStreamOptions.from_dict(_raw_stream_options)
                    if type(_raw_stream_options) is dict
                    else _parse_stream_options(_raw_stream_options)
                )

            temperature = d.get("temperature", UNSET)

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

            top_a = d.get("top_a", UNSET)

            top_k = d.get("top_k", UNSET)

            top_logprobs = d.get("top_logprobs", UNSET)

            top_p = d.get("top_p", UNSET)

            _field = "trace"
            _raw_trace = d.get("trace", UNSET)
            trace: Any = _raw_trace
            if _raw_trace is not None and _raw_trace is not UNSET:
                trace = TraceConfig.from_dict(_raw_trace)

            user = d.get("user", UNSET)

        except FieldParseError as error:
            raise error.within("ChatRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_request = cls(
            messages,
            cache_control,
            debug,
            frequency_penalty,
            image_config,
            logit_bias,
            logprobs,
            max_completion_tokens,
            max_tokens,
            metadata,
            min_p,
            modalities,
            model,
            models,
            parallel_tool_calls,
            plugins,
            prediction,
            presence_penalty,
            prompt_cache_key,
            prompt_cache_options,
            provider,
            reasoning,
            reasoning_effort,
            repetition_penalty,
            response_format,
            route,
            seed,
            service_tier,
            session_id,
            stop,
            stop_server_tools_when,
            stream,
            stream_options,
            temperature,
            tool_choice,
            tools,
            top_a,
            top_k,
            top_logprobs,
            top_p,
            trace,
            user,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_request

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


ChatRequest.__annotations__ = ResolvingAnnotations(ChatRequest.__annotations__, _resolve_lazy_imports)


def _parse_messages_item(
    data: object,
) -> ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage | ChatUserMessage:
    if ChatSystemMessage._matches(data):
        try:
            componentsschemas_chat_messages_type_0 = ChatSystemMessage.from_dict(data)

            return componentsschemas_chat_messages_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatUserMessage._matches(data):
        try:
            componentsschemas_chat_messages_type_1 = ChatUserMessage.from_dict(data)

            return componentsschemas_chat_messages_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatDeveloperMessage._matches(data):
        try:
            componentsschemas_chat_messages_type_2 = ChatDeveloperMessage.from_dict(data)

            return componentsschemas_chat_messages_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatAssistantMessage._matches(data):
        try:
            componentsschemas_chat_messages_type_3 = ChatAssistantMessage.from_dict(data)

            return componentsschemas_chat_messages_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatToolMessage._matches(data):
        try:
            componentsschemas_chat_messages_type_4 = ChatToolMessage.from_dict(data)

            return componentsschemas_chat_messages_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_messages_type_0 = ChatSystemMessage.from_dict(data)

        return componentsschemas_chat_messages_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_messages_type_1 = ChatUserMessage.from_dict(data)

        return componentsschemas_chat_messages_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_messages_type_2 = ChatDeveloperMessage.from_dict(data)

        return componentsschemas_chat_messages_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_messages_type_3 = ChatAssistantMessage.from_dict(data)

        return componentsschemas_chat_messages_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_messages_type_4 = ChatToolMessage.from_dict(data)

    return componentsschemas_chat_messages_type_4


def _parse_logit_bias(data: object) -> ChatRequestLogitBiasType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatRequestLogitBiasType0._matches(data):
        try:
            logit_bias_type_0 = ChatRequestLogitBiasType0.from_dict(data)

            return logit_bias_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        logit_bias_type_0 = ChatRequestLogitBiasType0.from_dict(data)

        return logit_bias_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatRequestLogitBiasType0 | None | Unset", data)


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


def _parse_prediction(data: object) -> None | Prediction | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if Prediction._matches(data):
        try:
            prediction_type_0 = Prediction.from_dict(data)

            return prediction_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prediction_type_0 = Prediction.from_dict(data)

        return prediction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | Prediction | Unset", data)


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


def _parse_reasoning_effort(
    data: object,
) -> (
    ChatRequestReasoningEffortType1
    | ChatRequestReasoningEffortType2Type1
    | ChatRequestReasoningEffortType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatRequestReasoningEffortType1.is_known(data):
        try:
            reasoning_effort_type_1 = ChatRequestReasoningEffortType1._value2member_map_.get(
                data
            ) or ChatRequestReasoningEffortType1._parse(data)

            return reasoning_effort_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatRequestReasoningEffortType2Type1.is_known(data):
        try:
            reasoning_effort_type_2_type_1 = ChatRequestReasoningEffortType2Type1._value2member_map_.get(
                data
            ) or ChatRequestReasoningEffortType2Type1._parse(data)

            return reasoning_effort_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatRequestReasoningEffortType3Type1.is_known(data):
        try:
            reasoning_effort_type_3_type_1 = ChatRequestReasoningEffortType3Type1._value2member_map_.get(
                data
            ) or ChatRequestReasoningEffortType3Type1._parse(data)

            return reasoning_effort_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_effort_type_1 = ChatRequestReasoningEffortType1._value2member_map_.get(
            data
        ) or ChatRequestReasoningEffortType1._parse(data)

        return reasoning_effort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_effort_type_2_type_1 = ChatRequestReasoningEffortType2Type1._value2member_map_.get(
            data
        ) or ChatRequestReasoningEffortType2Type1._parse(data)

        return reasoning_effort_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_effort_type_3_type_1 = ChatRequestReasoningEffortType3Type1._value2member_map_.get(
            data
        ) or ChatRequestReasoningEffortType3Type1._parse(data)

        return reasoning_effort_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ChatRequestReasoningEffortType1 | ChatRequestReasoningEffortType2Type1 | ChatRequestReasoningEffortType3Type1 | None | Unset",
        data,
    )


def _parse_response_format(
    data: object,
) -> (
    ChatFormatGrammarConfig
    | ChatFormatJsonObjectConfig
    | ChatFormatJsonSchemaConfig
    | ChatFormatPythonConfig
    | ChatFormatTextConfig
    | Unset
):
    if data is UNSET:
        return UNSET
    if ChatFormatTextConfig._matches(data):
        try:
            response_format_type_0 = ChatFormatTextConfig.from_dict(data)

            return response_format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatFormatJsonObjectConfig._matches(data):
        try:
            response_format_type_1 = ChatFormatJsonObjectConfig.from_dict(data)

            return response_format_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatFormatJsonSchemaConfig._matches(data):
        try:
            response_format_type_2 = ChatFormatJsonSchemaConfig.from_dict(data)

            return response_format_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatFormatGrammarConfig._matches(data):
        try:
            response_format_type_3 = ChatFormatGrammarConfig.from_dict(data)

            return response_format_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatFormatPythonConfig._matches(data):
        try:
            response_format_type_4 = ChatFormatPythonConfig.from_dict(data)

            return response_format_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_format_type_0 = ChatFormatTextConfig.from_dict(data)

        return response_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_format_type_1 = ChatFormatJsonObjectConfig.from_dict(data)

        return response_format_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_format_type_2 = ChatFormatJsonSchemaConfig.from_dict(data)

        return response_format_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_format_type_3 = ChatFormatGrammarConfig.from_dict(data)

        return response_format_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    response_format_type_4 = ChatFormatPythonConfig.from_dict(data)

    return response_format_type_4


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
) -> ChatRequestServiceTierType1 | ChatRequestServiceTierType2Type1 | ChatRequestServiceTierType3Type1 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatRequestServiceTierType1.is_known(data):
        try:
            service_tier_type_1 = ChatRequestServiceTierType1._value2member_map_.get(
                data
            ) or ChatRequestServiceTierType1._parse(data)

            return service_tier_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatRequestServiceTierType2Type1.is_known(data):
        try:
            service_tier_type_2_type_1 = ChatRequestServiceTierType2Type1._value2member_map_.get(
                data
            ) or ChatRequestServiceTierType2Type1._parse(data)

            return service_tier_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatRequestServiceTierType3Type1.is_known(data):
        try:
            service_tier_type_3_type_1 = ChatRequestServiceTierType3Type1._value2member_map_.get(
                data
            ) or ChatRequestServiceTierType3Type1._parse(data)

            return service_tier_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_1 = ChatRequestServiceTierType1._value2member_map_.get(
            data
        ) or ChatRequestServiceTierType1._parse(data)

        return service_tier_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_2_type_1 = ChatRequestServiceTierType2Type1._value2member_map_.get(
            data
        ) or ChatRequestServiceTierType2Type1._parse(data)

        return service_tier_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_3_type_1 = ChatRequestServiceTierType3Type1._value2member_map_.get(
            data
        ) or ChatRequestServiceTierType3Type1._parse(data)

        return service_tier_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ChatRequestServiceTierType1 | ChatRequestServiceTierType2Type1 | ChatRequestServiceTierType3Type1 | None | Unset",
        data,
    )


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


def _parse_tool_choice(
    data: object,
) -> (
    ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceType0 | ChatToolChoiceType1 | ChatToolChoiceType2 | Unset
):
    if data is UNSET:
        return UNSET
    if ChatToolChoiceType0.is_known(data):
        try:
            componentsschemas_chat_tool_choice_type_0 = ChatToolChoiceType0._value2member_map_.get(
                data
            ) or ChatToolChoiceType0._parse(data)

            return componentsschemas_chat_tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatToolChoiceType1.is_known(data):
        try:
            componentsschemas_chat_tool_choice_type_1 = ChatToolChoiceType1._value2member_map_.get(
                data
            ) or ChatToolChoiceType1._parse(data)

            return componentsschemas_chat_tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatToolChoiceType2.is_known(data):
        try:
            componentsschemas_chat_tool_choice_type_2 = ChatToolChoiceType2._value2member_map_.get(
                data
            ) or ChatToolChoiceType2._parse(data)

            return componentsschemas_chat_tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatNamedToolChoice._matches(data):
        try:
            componentsschemas_chat_tool_choice_type_3 = ChatNamedToolChoice.from_dict(data)

            return componentsschemas_chat_tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatServerToolChoice._matches(data):
        try:
            componentsschemas_chat_tool_choice_type_4 = ChatServerToolChoice.from_dict(data)

            return componentsschemas_chat_tool_choice_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_chat_tool_choice_type_0 = ChatToolChoiceType0._value2member_map_.get(
            data
        ) or ChatToolChoiceType0._parse(data)

        return componentsschemas_chat_tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_chat_tool_choice_type_1 = ChatToolChoiceType1._value2member_map_.get(
            data
        ) or ChatToolChoiceType1._parse(data)

        return componentsschemas_chat_tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_chat_tool_choice_type_2 = ChatToolChoiceType2._value2member_map_.get(
            data
        ) or ChatToolChoiceType2._parse(data)

        return componentsschemas_chat_tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_tool_choice_type_3 = ChatNamedToolChoice.from_dict(data)

        return componentsschemas_chat_tool_choice_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_tool_choice_type_4 = ChatServerToolChoice.from_dict(data)

    return componentsschemas_chat_tool_choice_type_4


def _parse_tools_item(
    data: object,
) -> (
    AdvisorServerToolOpenRouter
    | BashServerTool
    | ChatFunctionToolFunction
    | ChatSearchModelsServerTool
    | ChatWebSearchShorthand
    | DatetimeServerTool
    | FilesServerTool
    | FusionServerToolOpenRouter
    | ImageGenerationServerToolOpenRouter
    | OpenRouterWebSearchServerTool
    | SubagentServerToolOpenRouter
    | WebFetchServerTool
):
    if ChatFunctionToolFunction._matches(data):
        try:
            componentsschemas_chat_function_tool_type_0 = ChatFunctionToolFunction.from_dict(data)

            return componentsschemas_chat_function_tool_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AdvisorServerToolOpenRouter._matches(data):
        try:
            componentsschemas_chat_function_tool_type_1 = AdvisorServerToolOpenRouter.from_dict(data)

            return componentsschemas_chat_function_tool_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BashServerTool._matches(data):
        try:
            componentsschemas_chat_function_tool_type_2 = BashServerTool.from_dict(data)

            return componentsschemas_chat_function_tool_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if DatetimeServerTool._matches(data):
        try:
            componentsschemas_chat_function_tool_type_3 = DatetimeServerTool.from_dict(data)

            return componentsschemas_chat_function_tool_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FilesServerTool._matches(data):
        try:
            componentsschemas_chat_function_tool_type_4 = FilesServerTool.from_dict(data)

            return componentsschemas_chat_function_tool_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FusionServerToolOpenRouter._matches(data):
        try:
            componentsschemas_chat_function_tool_type_5 = FusionServerToolOpenRouter.from_dict(data)

            return componentsschemas_chat_function_tool_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerToolOpenRouter._matches(data):
        try:
            componentsschemas_chat_function_tool_type_6 = ImageGenerationServerToolOpenRouter.from_dict(data)

            return componentsschemas_chat_function_tool_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatSearchModelsServerTool._matches(data):
        try:
            componentsschemas_chat_function_tool_type_7 = ChatSearchModelsServerTool.from_dict(data)

            return componentsschemas_chat_function_tool_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if SubagentServerToolOpenRouter._matches(data):
        try:
            componentsschemas_chat_function_tool_type_8 = SubagentServerToolOpenRouter.from_dict(data)

            return componentsschemas_chat_function_tool_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebFetchServerTool._matches(data):
        try:
            componentsschemas_chat_function_tool_type_9 = WebFetchServerTool.from_dict(data)

            return componentsschemas_chat_function_tool_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenRouterWebSearchServerTool._matches(data):
        try:
            componentsschemas_chat_function_tool_type_10 = OpenRouterWebSearchServerTool.from_dict(data)

            return componentsschemas_chat_function_tool_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatWebSearchShorthand._matches(data):
        try:
            componentsschemas_chat_function_tool_type_11 = ChatWebSearchShorthand.from_dict(data)

            return componentsschemas_chat_function_tool_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_0 = ChatFunctionToolFunction.from_dict(data)

        return componentsschemas_chat_function_tool_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_1 = AdvisorServerToolOpenRouter.from_dict(data)

        return componentsschemas_chat_function_tool_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_2 = BashServerTool.from_dict(data)

        return componentsschemas_chat_function_tool_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_3 = DatetimeServerTool.from_dict(data)

        return componentsschemas_chat_function_tool_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_4 = FilesServerTool.from_dict(data)

        return componentsschemas_chat_function_tool_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_5 = FusionServerToolOpenRouter.from_dict(data)

        return componentsschemas_chat_function_tool_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_6 = ImageGenerationServerToolOpenRouter.from_dict(data)

        return componentsschemas_chat_function_tool_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_7 = ChatSearchModelsServerTool.from_dict(data)

        return componentsschemas_chat_function_tool_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_8 = SubagentServerToolOpenRouter.from_dict(data)

        return componentsschemas_chat_function_tool_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_9 = WebFetchServerTool.from_dict(data)

        return componentsschemas_chat_function_tool_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_chat_function_tool_type_10 = OpenRouterWebSearchServerTool.from_dict(data)

        return componentsschemas_chat_function_tool_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_chat_function_tool_type_11 = ChatWebSearchShorthand.from_dict(data)

    return componentsschemas_chat_function_tool_type_11
