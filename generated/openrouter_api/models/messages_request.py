from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_speed import AnthropicSpeed
from ..models.deprecated_route import DeprecatedRoute
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ..models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.fusion_plugin import FusionPlugin
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter
    from ..models.messages_fallback_param import MessagesFallbackParam
    from ..models.messages_message_param import MessagesMessageParam
    from ..models.messages_output_config import MessagesOutputConfig
    from ..models.messages_request_context_management_type_0 import MessagesRequestContextManagementType0
    from ..models.messages_request_metadata import MessagesRequestMetadata
    from ..models.messages_request_thinking_adaptive import MessagesRequestThinkingAdaptive
    from ..models.messages_request_thinking_disabled import MessagesRequestThinkingDisabled
    from ..models.messages_request_thinking_enabled import MessagesRequestThinkingEnabled
    from ..models.messages_request_tool_choice_any import MessagesRequestToolChoiceAny
    from ..models.messages_request_tool_choice_auto import MessagesRequestToolChoiceAuto
    from ..models.messages_request_tool_choice_none import MessagesRequestToolChoiceNone
    from ..models.messages_request_tool_choice_tool import MessagesRequestToolChoiceTool
    from ..models.messages_request_tools_item_advisor_20260301 import MessagesRequestToolsItemAdvisor20260301
    from ..models.messages_request_tools_item_bash_20250124 import MessagesRequestToolsItemBash20250124
    from ..models.messages_request_tools_item_custom import MessagesRequestToolsItemCustom
    from ..models.messages_request_tools_item_option_13 import MessagesRequestToolsItemOption13
    from ..models.messages_request_tools_item_text_editor_20250124 import MessagesRequestToolsItemTextEditor20250124
    from ..models.messages_request_tools_item_web_search_20250305 import MessagesRequestToolsItemWebSearch20250305
    from ..models.messages_request_tools_item_web_search_20260209 import MessagesRequestToolsItemWebSearch20260209
    from ..models.messages_search_models_server_tool import MessagesSearchModelsServerTool
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from ..models.tool_search_server_tool import ToolSearchServerTool
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
        AnthropicCacheControlDirective, \
        AnthropicTextBlockParam, \
        AnthropicToolSearchToolBm25, \
        AnthropicToolSearchToolRegex, \
        AutoBetaRouterPlugin, \
        AutoRouterPlugin, \
        BashServerTool, \
        ContextCompressionPlugin, \
        DatetimeServerTool, \
        FileParserPlugin, \
        FusionPlugin, \
        ImageGenerationServerToolOpenRouter, \
        MessagesFallbackParam, \
        MessagesMessageParam, \
        MessagesOutputConfig, \
        MessagesRequestContextManagementType0, \
        MessagesRequestMetadata, \
        MessagesRequestThinkingAdaptive, \
        MessagesRequestThinkingDisabled, \
        MessagesRequestThinkingEnabled, \
        MessagesRequestToolChoiceAny, \
        MessagesRequestToolChoiceAuto, \
        MessagesRequestToolChoiceNone, \
        MessagesRequestToolChoiceTool, \
        MessagesRequestToolsItemAdvisor20260301, \
        MessagesRequestToolsItemBash20250124, \
        MessagesRequestToolsItemCustom, \
        MessagesRequestToolsItemOption13, \
        MessagesRequestToolsItemTextEditor20250124, \
        MessagesRequestToolsItemWebSearch20250305, \
        MessagesRequestToolsItemWebSearch20260209, \
        MessagesSearchModelsServerTool, \
        ModerationPlugin, \
        OpenRouterWebSearchServerTool, \
        ParetoRouterPlugin, \
        ProviderPreferences, \
        ResponseHealingPlugin, \
        ShellServerToolOpenRouter, \
        StopServerToolsWhenFinishReasonIs, \
        StopServerToolsWhenHasToolCall, \
        StopServerToolsWhenMaxCost, \
        StopServerToolsWhenMaxTokensUsed, \
        StopServerToolsWhenStepCountIs, \
        ToolSearchServerTool, \
        TraceConfig, \
        WebFetchPlugin, \
        WebFetchServerTool, \
        WebSearchPlugin
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415
    from ..models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25  # noqa: PLC0415
    from ..models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex  # noqa: PLC0415
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin  # noqa: PLC0415
    from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: PLC0415
    from ..models.bash_server_tool import BashServerTool  # noqa: PLC0415
    from ..models.context_compression_plugin import ContextCompressionPlugin  # noqa: PLC0415
    from ..models.datetime_server_tool import DatetimeServerTool  # noqa: PLC0415
    from ..models.file_parser_plugin import FileParserPlugin  # noqa: PLC0415
    from ..models.fusion_plugin import FusionPlugin  # noqa: PLC0415
    from ..models.image_generation_server_tool_open_router import ImageGenerationServerToolOpenRouter  # noqa: PLC0415
    from ..models.messages_fallback_param import MessagesFallbackParam  # noqa: PLC0415
    from ..models.messages_message_param import MessagesMessageParam  # noqa: PLC0415
    from ..models.messages_output_config import MessagesOutputConfig  # noqa: PLC0415
    from ..models.messages_request_context_management_type_0 import MessagesRequestContextManagementType0  # noqa: PLC0415
    from ..models.messages_request_metadata import MessagesRequestMetadata  # noqa: PLC0415
    from ..models.messages_request_thinking_adaptive import MessagesRequestThinkingAdaptive  # noqa: PLC0415
    from ..models.messages_request_thinking_disabled import MessagesRequestThinkingDisabled  # noqa: PLC0415
    from ..models.messages_request_thinking_enabled import MessagesRequestThinkingEnabled  # noqa: PLC0415
    from ..models.messages_request_tool_choice_any import MessagesRequestToolChoiceAny  # noqa: PLC0415
    from ..models.messages_request_tool_choice_auto import MessagesRequestToolChoiceAuto  # noqa: PLC0415
    from ..models.messages_request_tool_choice_none import MessagesRequestToolChoiceNone  # noqa: PLC0415
    from ..models.messages_request_tool_choice_tool import MessagesRequestToolChoiceTool  # noqa: PLC0415
    from ..models.messages_request_tools_item_advisor_20260301 import MessagesRequestToolsItemAdvisor20260301  # noqa: PLC0415
    from ..models.messages_request_tools_item_bash_20250124 import MessagesRequestToolsItemBash20250124  # noqa: PLC0415
    from ..models.messages_request_tools_item_custom import MessagesRequestToolsItemCustom  # noqa: PLC0415
    from ..models.messages_request_tools_item_option_13 import MessagesRequestToolsItemOption13  # noqa: PLC0415
    from ..models.messages_request_tools_item_text_editor_20250124 import MessagesRequestToolsItemTextEditor20250124  # noqa: PLC0415
    from ..models.messages_request_tools_item_web_search_20250305 import MessagesRequestToolsItemWebSearch20250305  # noqa: PLC0415
    from ..models.messages_request_tools_item_web_search_20260209 import MessagesRequestToolsItemWebSearch20260209  # noqa: PLC0415
    from ..models.messages_search_models_server_tool import MessagesSearchModelsServerTool  # noqa: PLC0415
    from ..models.moderation_plugin import ModerationPlugin  # noqa: PLC0415
    from ..models.open_router_web_search_server_tool import OpenRouterWebSearchServerTool  # noqa: PLC0415
    from ..models.pareto_router_plugin import ParetoRouterPlugin  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415
    from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: PLC0415
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter  # noqa: PLC0415
    from ..models.stop_server_tools_when_finish_reason_is import StopServerToolsWhenFinishReasonIs  # noqa: PLC0415
    from ..models.stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall  # noqa: PLC0415
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost  # noqa: PLC0415
    from ..models.stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed  # noqa: PLC0415
    from ..models.stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs  # noqa: PLC0415
    from ..models.tool_search_server_tool import ToolSearchServerTool  # noqa: PLC0415
    from ..models.trace_config import TraceConfig  # noqa: PLC0415
    from ..models.web_fetch_plugin import WebFetchPlugin  # noqa: PLC0415
    from ..models.web_fetch_server_tool import WebFetchServerTool  # noqa: PLC0415
    from ..models.web_search_plugin import WebSearchPlugin  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="MessagesRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "messages",
        "model",
        "cache_control",
        "context_management",
        "fallbacks",
        "max_tokens",
        "metadata",
        "models",
        "output_config",
        "plugins",
        "provider",
        "route",
        "service_tier",
        "session_id",
        "speed",
        "stop_sequences",
        "stop_server_tools_when",
        "stream",
        "system",
        "temperature",
        "thinking",
        "tool_choice",
        "tools",
        "top_k",
        "top_p",
        "trace",
        "user",
    }
)


@_attrs_define(repr=False)
class MessagesRequest:
    """Request schema for Anthropic Messages API endpoint

    Example:
        {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}

    Attributes:
        messages (list[MessagesMessageParam] | None):
        model (str):
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        context_management (MessagesRequestContextManagementType0 | None | Unset):
        fallbacks (list[MessagesFallbackParam] | None | Unset): Fallback models to try if the primary model fails or
            refuses, in order. Handled by OpenRouter multi-model routing rather than Anthropic server-side fallbacks; cannot
            be combined with `models`. Each entry accepts only `model`. Maximum of 3 entries. Example: [{'model': 'claude-
            opus-4-8'}].
        max_tokens (int | Unset):
        metadata (MessagesRequestMetadata | Unset):
        models (list[str] | Unset):
        output_config (MessagesOutputConfig | Unset): Configuration for controlling output behavior. Supports the effort
            parameter and structured output format. Example: {'effort': 'medium'}.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset): Plugins you want to enable for this request, including their settings.
        provider (None | ProviderPreferences | Unset):
        route (DeprecatedRoute | None | Unset):
        service_tier (str | Unset):
        session_id (str | Unset): A unique identifier for grouping related requests (e.g., a conversation or agent
            workflow). When provided, OpenRouter uses it as the sticky routing key, routing all requests in the session to
            the same provider to maximize prompt cache hits. Also used for observability grouping. If provided in both the
            request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        speed (AnthropicSpeed | None | Unset): Controls output generation speed. When set to `fast`, uses a higher-speed
            inference configuration at premium pricing. Defaults to `standard` when omitted. Example: fast.
        stop_sequences (list[str] | Unset):
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset): Stop
            conditions for the server-tool agent loop. Any condition firing halts the loop (OR logic). When set, this
            overrides `max_tool_calls`. When a condition fires while the model is still emitting tool calls, the pending
            tool calls are executed and one final turn is made with tool calls disabled so the response ends with a natural-
            language answer instead of an unfinished tool call. Example: [{'step_count': 5, 'type': 'step_count_is'},
            {'max_cost_in_dollars': 0.5, 'type': 'max_cost'}].
        stream (bool | Unset):
        system (list[AnthropicTextBlockParam] | str | Unset):
        temperature (float | Unset):
        thinking (MessagesRequestThinkingAdaptive | MessagesRequestThinkingDisabled | MessagesRequestThinkingEnabled |
            Unset):
        tool_choice (MessagesRequestToolChoiceAny | MessagesRequestToolChoiceAuto | MessagesRequestToolChoiceNone |
            MessagesRequestToolChoiceTool | Unset):
        tools (list[AnthropicToolSearchToolBm25 | AnthropicToolSearchToolRegex | BashServerTool | DatetimeServerTool |
            ImageGenerationServerToolOpenRouter | MessagesRequestToolsItemAdvisor20260301 |
            MessagesRequestToolsItemBash20250124 | MessagesRequestToolsItemCustom | MessagesRequestToolsItemOption13 |
            MessagesRequestToolsItemTextEditor20250124 | MessagesRequestToolsItemWebSearch20250305 |
            MessagesRequestToolsItemWebSearch20260209 | MessagesSearchModelsServerTool | OpenRouterWebSearchServerTool |
            ShellServerToolOpenRouter | ToolSearchServerTool | WebFetchServerTool] | Unset):
        top_k (int | Unset):
        top_p (float | Unset):
        trace (TraceConfig | Unset): Metadata for observability and tracing. Known keys (trace_id, trace_name,
            span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom
            metadata to configured broadcast destinations. Example: {'trace_id': 'trace-abc123', 'trace_name': 'my-app-
            trace'}.
        user (str | Unset): A unique identifier representing your end-user, which helps distinguish between different
            users of your app. This allows your app to identify specific users in case of abuse reports, preventing your
            entire app from being affected by the actions of individual users. Maximum of 256 characters.
    """

    _messages: list[MessagesMessageParam] | None = _attrs_field(alias="messages")
    _model: str = _attrs_field(alias="model")
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    context_management: MessagesRequestContextManagementType0 | None | Unset = UNSET
    fallbacks: list[MessagesFallbackParam] | None | Unset = UNSET
    max_tokens: int | Unset = UNSET
    metadata: MessagesRequestMetadata | Unset = UNSET
    models: list[str] | Unset = UNSET
    output_config: MessagesOutputConfig | Unset = UNSET
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
    provider: None | ProviderPreferences | Unset = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    service_tier: str | Unset = UNSET
    session_id: str | Unset = UNSET
    speed: AnthropicSpeed | None | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
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
    stream: bool | Unset = UNSET
    system: list[AnthropicTextBlockParam] | str | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking: (
        MessagesRequestThinkingAdaptive | MessagesRequestThinkingDisabled | MessagesRequestThinkingEnabled | Unset
    ) = UNSET
    tool_choice: (
        MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | Unset
    ) = UNSET
    tools: (
        list[
            AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesRequestToolsItemAdvisor20260301
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemOption13
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesSearchModelsServerTool
            | OpenRouterWebSearchServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
        ]
        | Unset
    ) = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def messages(self) -> list[MessagesMessageParam] | None:
        value: Any = self._messages
        if value is UNSET:
            raise MissingFieldError("MessagesRequest", "messages")
        return value

    @messages.setter
    def messages(self, value: list[MessagesMessageParam] | None) -> None:
        self._messages = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("MessagesRequest", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"messages={self._messages!r}, "
            f"model={self._model!r}, "
            f"cache_control={self.cache_control!r}, "
            f"context_management={self.context_management!r}, "
            f"fallbacks={self.fallbacks!r}, "
            f"max_tokens={self.max_tokens!r}, "
            f"metadata={self.metadata!r}, "
            f"models={self.models!r}, "
            f"output_config={self.output_config!r}, "
            f"plugins={self.plugins!r}, "
            f"provider={self.provider!r}, "
            f"route={self.route!r}, "
            f"service_tier={self.service_tier!r}, "
            f"session_id={self.session_id!r}, "
            f"speed={self.speed!r}, "
            f"stop_sequences={self.stop_sequences!r}, "
            f"stop_server_tools_when={self.stop_server_tools_when!r}, "
            f"stream={self.stream!r}, "
            f"system={self.system!r}, "
            f"temperature={self.temperature!r}, "
            f"thinking={self.thinking!r}, "
            f"tool_choice={self.tool_choice!r}, "
            f"tools={self.tools!r}, "
            f"top_k={self.top_k!r}, "
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
            if isinstance(self._messages, list):
                messages = []
                for messages_type_0_item_data in self._messages:
                    messages_type_0_item = messages_type_0_item_data.to_dict()
                    messages.append(messages_type_0_item)

            else:
                messages = self._messages

        model: Any = self._model

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        context_management: Any = self.context_management
        if not (isinstance(context_management, Unset) or context_management is None):
            if isinstance(self.context_management, MessagesRequestContextManagementType0):
                context_management = self.context_management.to_dict()
            else:
                context_management = self.context_management

        fallbacks: Any = self.fallbacks
        if not (isinstance(fallbacks, Unset) or fallbacks is None):
            if isinstance(self.fallbacks, list):
                fallbacks = []
                for fallbacks_type_0_item_data in self.fallbacks:
                    fallbacks_type_0_item = fallbacks_type_0_item_data.to_dict()
                    fallbacks.append(fallbacks_type_0_item)

            else:
                fallbacks = self.fallbacks

        max_tokens: Any = self.max_tokens

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = metadata.to_dict()

        models: Any = self.models
        if not (isinstance(models, Unset) or models is None):
            models = self.models

        output_config: Any = self.output_config
        if not (isinstance(output_config, Unset) or output_config is None):
            output_config = output_config.to_dict()

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

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            if isinstance(self.provider, ProviderPreferences):
                provider = self.provider.to_dict()
            else:
                provider = self.provider

        route: Any = self.route
        if not (isinstance(route, Unset) or route is None):
            if isinstance(self.route, DeprecatedRoute):
                route = self.route.value
            else:
                route = self.route

        service_tier: Any = self.service_tier

        session_id: Any = self.session_id

        speed: Any = self.speed
        if not (isinstance(speed, Unset) or speed is None):
            if isinstance(self.speed, AnthropicSpeed):
                speed = self.speed.value
            else:
                speed = self.speed

        stop_sequences: Any = self.stop_sequences
        if not (isinstance(stop_sequences, Unset) or stop_sequences is None):
            stop_sequences = self.stop_sequences

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

        system: Any = self.system
        if not (isinstance(system, Unset) or system is None):
            if isinstance(self.system, list):
                system = []
                for system_type_1_item_data in self.system:
                    system_type_1_item = system_type_1_item_data.to_dict()
                    system.append(system_type_1_item)

            else:
                system = self.system

        temperature: Any = self.temperature

        thinking: Any = self.thinking
        if not (isinstance(thinking, Unset) or thinking is None):
            if isinstance(self.thinking, MessagesRequestThinkingEnabled):
                thinking = self.thinking.to_dict()
            elif isinstance(self.thinking, MessagesRequestThinkingDisabled):
                thinking = self.thinking.to_dict()
            else:
                thinking = self.thinking.to_dict()

        tool_choice: Any = self.tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self.tool_choice, MessagesRequestToolChoiceAuto):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, MessagesRequestToolChoiceAny):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, MessagesRequestToolChoiceNone):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, MessagesRequestToolsItemCustom):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemBash20250124):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemTextEditor20250124):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemWebSearch20250305):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemWebSearch20260209):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemAdvisor20260301):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesSearchModelsServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemOption13):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicToolSearchToolBm25):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicToolSearchToolRegex):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_k: Any = self.top_k

        top_p: Any = self.top_p

        trace: Any = self.trace
        if not (isinstance(trace, Unset) or trace is None):
            trace = trace.to_dict()

        user: Any = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if messages is not UNSET:
            field_dict["messages"] = messages
        if model is not UNSET:
            field_dict["model"] = model
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if models is not UNSET:
            field_dict["models"] = models
        if output_config is not UNSET:
            field_dict["output_config"] = output_config
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if provider is not UNSET:
            field_dict["provider"] = provider
        if route is not UNSET:
            field_dict["route"] = route
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if speed is not UNSET:
            field_dict["speed"] = speed
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if stream is not UNSET:
            field_dict["stream"] = stream
        if system is not UNSET:
            field_dict["system"] = system
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trace is not UNSET:
            field_dict["trace"] = trace
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of MessagesRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "messages" not in data:
            return False
        if "model" not in data:
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
                    f"MessagesRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "messages"
            _raw_messages = d.get("messages", UNSET)
            messages: Any = _raw_messages
            if _raw_messages is not None and _raw_messages is not UNSET:
                messages = _parse_messages(_raw_messages)

            model = d.get("model", UNSET)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            _field = "context_management"
            _raw_context_management = d.get("context_management", UNSET)
            context_management: Any = _raw_context_management
            if _raw_context_management is not None and _raw_context_management is not UNSET:
                context_management = (
                    MessagesRequestContextManagementType0.from_dict(_raw_context_management)
                    if type(_raw_context_management) is dict
                    else _parse_context_management(_raw_context_management)
                )

            _field = "fallbacks"
            _raw_fallbacks = d.get("fallbacks", UNSET)
            fallbacks: Any = _raw_fallbacks
            if _raw_fallbacks is not None and _raw_fallbacks is not UNSET:
                fallbacks = _parse_fallbacks(_raw_fallbacks)

            max_tokens = d.get("max_tokens", UNSET)

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = MessagesRequestMetadata.from_dict(_raw_metadata)

            _field = "models"
            _raw_models = d.get("models", UNSET)
            models: Any = _raw_models
            if _raw_models is not None and _raw_models is not UNSET:
                models = cast("list[str]", _raw_models)

            _field = "output_config"
            _raw_output_config = d.get("output_config", UNSET)
            output_config: Any = _raw_output_config
            if _raw_output_config is not None and _raw_output_config is not UNSET:
                output_config = MessagesOutputConfig.from_dict(_raw_output_config)

            _field = "plugins"
            _raw_plugins = d.get("plugins", UNSET)
            plugins: Any = _raw_plugins
            if _raw_plugins is not None and _raw_plugins is not UNSET:
                plugins = [_parse_plugins_item(plugins_item_data) for plugins_item_data in _raw_plugins]

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = (
                    ProviderPreferences.from_dict(_raw_provider)
                    if type(_raw_provider) is dict
                    else _parse_provider(_raw_provider)
                )

            _field = "route"
            _raw_route = d.get("route", UNSET)
            route: Any = _raw_route
            if _raw_route is not None and _raw_route is not UNSET:
                route = _parse_route(_raw_route)

            service_tier = d.get("service_tier", UNSET)

            session_id = d.get("session_id", UNSET)

            _field = "speed"
            _raw_speed = d.get("speed", UNSET)
            speed: Any = _raw_speed
            if _raw_speed is not None and _raw_speed is not UNSET:
                speed = _parse_speed(_raw_speed)

            _field = "stop_sequences"
            _raw_stop_sequences = d.get("stop_sequences", UNSET)
            stop_sequences: Any = _raw_stop_sequences
            if _raw_stop_sequences is not None and _raw_stop_sequences is not UNSET:
                stop_sequences = cast("list[str]", _raw_stop_sequences)

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

            _field = "system"
            _raw_system = d.get("system", UNSET)
            system: Any = _raw_system
            if _raw_system is not None and _raw_system is not UNSET:
                system = _parse_system(_raw_system)

            temperature = d.get("temperature", UNSET)

            _field = "thinking"
            _raw_thinking = d.get("thinking", UNSET)
            thinking: Any = _raw_thinking
            if _raw_thinking is not None and _raw_thinking is not UNSET:
                thinking = _parse_thinking(_raw_thinking)

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

            top_p = d.get("top_p", UNSET)

            _field = "trace"
            _raw_trace = d.get("trace", UNSET)
            trace: Any = _raw_trace
            if _raw_trace is not None and _raw_trace is not UNSET:
                trace = TraceConfig.from_dict(_raw_trace)

            user = d.get("user", UNSET)

        except FieldParseError as error:
            raise error.within("MessagesRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("MessagesRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        messages_request = cls(
            messages,
            model,
            cache_control,
            context_management,
            fallbacks,
            max_tokens,
            metadata,
            models,
            output_config,
            plugins,
            provider,
            route,
            service_tier,
            session_id,
            speed,
            stop_sequences,
            stop_server_tools_when,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            top_k,
            top_p,
            trace,
            user,
        )

        if not _DECLARED_KEYS.issuperset(d):
            messages_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return messages_request

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


MessagesRequest.__annotations__ = ResolvingAnnotations(MessagesRequest.__annotations__, _resolve_lazy_imports)


def _parse_messages(data: object) -> list[MessagesMessageParam] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        messages_type_0 = [
            MessagesMessageParam.from_dict(messages_type_0_item_data) for messages_type_0_item_data in data
        ]

        return messages_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[MessagesMessageParam] | None", data)


def _parse_context_management(data: object) -> MessagesRequestContextManagementType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if MessagesRequestContextManagementType0._matches(data):
        try:
            context_management_type_0 = MessagesRequestContextManagementType0.from_dict(data)

            return context_management_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        context_management_type_0 = MessagesRequestContextManagementType0.from_dict(data)

        return context_management_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("MessagesRequestContextManagementType0 | None | Unset", data)


def _parse_fallbacks(data: object) -> list[MessagesFallbackParam] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        fallbacks_type_0 = [
            MessagesFallbackParam.from_dict(fallbacks_type_0_item_data) for fallbacks_type_0_item_data in data
        ]

        return fallbacks_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[MessagesFallbackParam] | None | Unset", data)


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


def _parse_speed(data: object) -> AnthropicSpeed | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicSpeed.is_known(data):
        try:
            speed_type_0 = AnthropicSpeed._value2member_map_.get(data) or AnthropicSpeed._parse(data)

            return speed_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        speed_type_0 = AnthropicSpeed._value2member_map_.get(data) or AnthropicSpeed._parse(data)

        return speed_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicSpeed | None | Unset", data)


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


def _parse_system(data: object) -> list[AnthropicTextBlockParam] | str | Unset:
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        system_type_1 = [AnthropicTextBlockParam.from_dict(system_type_1_item_data) for system_type_1_item_data in data]

        return system_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[AnthropicTextBlockParam] | str | Unset", data)


def _parse_thinking(
    data: object,
) -> MessagesRequestThinkingAdaptive | MessagesRequestThinkingDisabled | MessagesRequestThinkingEnabled | Unset:
    if data is UNSET:
        return UNSET
    if MessagesRequestThinkingEnabled._matches(data):
        try:
            thinking_type_0 = MessagesRequestThinkingEnabled.from_dict(data)

            return thinking_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestThinkingDisabled._matches(data):
        try:
            thinking_type_1 = MessagesRequestThinkingDisabled.from_dict(data)

            return thinking_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestThinkingAdaptive._matches(data):
        try:
            thinking_type_2 = MessagesRequestThinkingAdaptive.from_dict(data)

            return thinking_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        thinking_type_0 = MessagesRequestThinkingEnabled.from_dict(data)

        return thinking_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        thinking_type_1 = MessagesRequestThinkingDisabled.from_dict(data)

        return thinking_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    thinking_type_2 = MessagesRequestThinkingAdaptive.from_dict(data)

    return thinking_type_2


def _parse_tool_choice(
    data: object,
) -> (
    MessagesRequestToolChoiceAny
    | MessagesRequestToolChoiceAuto
    | MessagesRequestToolChoiceNone
    | MessagesRequestToolChoiceTool
    | Unset
):
    if data is UNSET:
        return UNSET
    if MessagesRequestToolChoiceAuto._matches(data):
        try:
            tool_choice_type_0 = MessagesRequestToolChoiceAuto.from_dict(data)

            return tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolChoiceAny._matches(data):
        try:
            tool_choice_type_1 = MessagesRequestToolChoiceAny.from_dict(data)

            return tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolChoiceNone._matches(data):
        try:
            tool_choice_type_2 = MessagesRequestToolChoiceNone.from_dict(data)

            return tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolChoiceTool._matches(data):
        try:
            tool_choice_type_3 = MessagesRequestToolChoiceTool.from_dict(data)

            return tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_0 = MessagesRequestToolChoiceAuto.from_dict(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = MessagesRequestToolChoiceAny.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_2 = MessagesRequestToolChoiceNone.from_dict(data)

        return tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tool_choice_type_3 = MessagesRequestToolChoiceTool.from_dict(data)

    return tool_choice_type_3


def _parse_tools_item(
    data: object,
) -> (
    AnthropicToolSearchToolBm25
    | AnthropicToolSearchToolRegex
    | BashServerTool
    | DatetimeServerTool
    | ImageGenerationServerToolOpenRouter
    | MessagesRequestToolsItemAdvisor20260301
    | MessagesRequestToolsItemBash20250124
    | MessagesRequestToolsItemCustom
    | MessagesRequestToolsItemOption13
    | MessagesRequestToolsItemTextEditor20250124
    | MessagesRequestToolsItemWebSearch20250305
    | MessagesRequestToolsItemWebSearch20260209
    | MessagesSearchModelsServerTool
    | OpenRouterWebSearchServerTool
    | ShellServerToolOpenRouter
    | ToolSearchServerTool
    | WebFetchServerTool
):
    if MessagesRequestToolsItemCustom._matches(data):
        try:
            tools_item_type_0 = MessagesRequestToolsItemCustom.from_dict(data)

            return tools_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolsItemBash20250124._matches(data):
        try:
            tools_item_type_1 = MessagesRequestToolsItemBash20250124.from_dict(data)

            return tools_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolsItemTextEditor20250124._matches(data):
        try:
            tools_item_type_2 = MessagesRequestToolsItemTextEditor20250124.from_dict(data)

            return tools_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolsItemWebSearch20250305._matches(data):
        try:
            tools_item_type_3 = MessagesRequestToolsItemWebSearch20250305.from_dict(data)

            return tools_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolsItemWebSearch20260209._matches(data):
        try:
            tools_item_type_4 = MessagesRequestToolsItemWebSearch20260209.from_dict(data)

            return tools_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolsItemAdvisor20260301._matches(data):
        try:
            tools_item_type_5 = MessagesRequestToolsItemAdvisor20260301.from_dict(data)

            return tools_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BashServerTool._matches(data):
        try:
            tools_item_type_6 = BashServerTool.from_dict(data)

            return tools_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if DatetimeServerTool._matches(data):
        try:
            tools_item_type_7 = DatetimeServerTool.from_dict(data)

            return tools_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ImageGenerationServerToolOpenRouter._matches(data):
        try:
            tools_item_type_8 = ImageGenerationServerToolOpenRouter.from_dict(data)

            return tools_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesSearchModelsServerTool._matches(data):
        try:
            tools_item_type_9 = MessagesSearchModelsServerTool.from_dict(data)

            return tools_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if WebFetchServerTool._matches(data):
        try:
            tools_item_type_10 = WebFetchServerTool.from_dict(data)

            return tools_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenRouterWebSearchServerTool._matches(data):
        try:
            tools_item_type_11 = OpenRouterWebSearchServerTool.from_dict(data)

            return tools_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if MessagesRequestToolsItemOption13._matches(data):
        try:
            tools_item_type_12 = MessagesRequestToolsItemOption13.from_dict(data)

            return tools_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolSearchToolBm25._matches(data):
        try:
            tools_item_type_13 = AnthropicToolSearchToolBm25.from_dict(data)

            return tools_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolSearchToolRegex._matches(data):
        try:
            tools_item_type_14 = AnthropicToolSearchToolRegex.from_dict(data)

            return tools_item_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellServerToolOpenRouter._matches(data):
        try:
            tools_item_type_15 = ShellServerToolOpenRouter.from_dict(data)

            return tools_item_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ToolSearchServerTool._matches(data):
        try:
            tools_item_type_16 = ToolSearchServerTool.from_dict(data)

            return tools_item_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_0 = MessagesRequestToolsItemCustom.from_dict(data)

        return tools_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_1 = MessagesRequestToolsItemBash20250124.from_dict(data)

        return tools_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_2 = MessagesRequestToolsItemTextEditor20250124.from_dict(data)

        return tools_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_3 = MessagesRequestToolsItemWebSearch20250305.from_dict(data)

        return tools_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_4 = MessagesRequestToolsItemWebSearch20260209.from_dict(data)

        return tools_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_5 = MessagesRequestToolsItemAdvisor20260301.from_dict(data)

        return tools_item_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_6 = BashServerTool.from_dict(data)

        return tools_item_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_7 = DatetimeServerTool.from_dict(data)

        return tools_item_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_8 = ImageGenerationServerToolOpenRouter.from_dict(data)

        return tools_item_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_9 = MessagesSearchModelsServerTool.from_dict(data)

        return tools_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_10 = WebFetchServerTool.from_dict(data)

        return tools_item_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_11 = OpenRouterWebSearchServerTool.from_dict(data)

        return tools_item_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_12 = MessagesRequestToolsItemOption13.from_dict(data)

        return tools_item_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_13 = AnthropicToolSearchToolBm25.from_dict(data)

        return tools_item_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_14 = AnthropicToolSearchToolRegex.from_dict(data)

        return tools_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_15 = ShellServerToolOpenRouter.from_dict(data)

        return tools_item_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_16 = ToolSearchServerTool.from_dict(data)

    return tools_item_type_16
