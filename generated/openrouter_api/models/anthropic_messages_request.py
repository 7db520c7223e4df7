from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_messages_request_service_tier import AnthropicMessagesRequestServiceTier
from ..models.deprecated_route import DeprecatedRoute
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.anthropic_context_management import AnthropicContextManagement
    from ..models.anthropic_custom_tool import AnthropicCustomTool
    from ..models.anthropic_fallback_model import AnthropicFallbackModel
    from ..models.anthropic_messages_metadata import AnthropicMessagesMetadata
    from ..models.anthropic_output_config import AnthropicOutputConfig
    from ..models.anthropic_server_tool import AnthropicServerTool
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_thinking_adaptive import AnthropicThinkingAdaptive
    from ..models.anthropic_thinking_disabled import AnthropicThinkingDisabled
    from ..models.anthropic_thinking_enabled import AnthropicThinkingEnabled
    from ..models.anthropic_tool_choice_any import AnthropicToolChoiceAny
    from ..models.anthropic_tool_choice_auto import AnthropicToolChoiceAuto
    from ..models.anthropic_tool_choice_none import AnthropicToolChoiceNone
    from ..models.anthropic_tool_choice_tool import AnthropicToolChoiceTool
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_anthropic_message_param import OpenRouterAnthropicMessageParam
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
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
        AnthropicContextManagement, \
        AnthropicCustomTool, \
        AnthropicFallbackModel, \
        AnthropicMessagesMetadata, \
        AnthropicOutputConfig, \
        AnthropicServerTool, \
        AnthropicTextBlockParam, \
        AnthropicThinkingAdaptive, \
        AnthropicThinkingDisabled, \
        AnthropicThinkingEnabled, \
        AnthropicToolChoiceAny, \
        AnthropicToolChoiceAuto, \
        AnthropicToolChoiceNone, \
        AnthropicToolChoiceTool, \
        AutoRouterPlugin, \
        FileParserPlugin, \
        ModerationPlugin, \
        OpenRouterAnthropicMessageParam, \
        ProviderPreferences, \
        ResponseHealingPlugin, \
        TraceConfig, \
        WebSearchPlugin
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415
    from ..models.anthropic_context_management import AnthropicContextManagement  # noqa: PLC0415
    from ..models.anthropic_custom_tool import AnthropicCustomTool  # noqa: PLC0415
    from ..models.anthropic_fallback_model import AnthropicFallbackModel  # noqa: PLC0415
    from ..models.anthropic_messages_metadata import AnthropicMessagesMetadata  # noqa: PLC0415
    from ..models.anthropic_output_config import AnthropicOutputConfig  # noqa: PLC0415
    from ..models.anthropic_server_tool import AnthropicServerTool  # noqa: PLC0415
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam  # noqa: PLC0415
    from ..models.anthropic_thinking_adaptive import AnthropicThinkingAdaptive  # noqa: PLC0415
    from ..models.anthropic_thinking_disabled import AnthropicThinkingDisabled  # noqa: PLC0415
    from ..models.anthropic_thinking_enabled import AnthropicThinkingEnabled  # noqa: PLC0415
    from ..models.anthropic_tool_choice_any import AnthropicToolChoiceAny  # noqa: PLC0415
    from ..models.anthropic_tool_choice_auto import AnthropicToolChoiceAuto  # noqa: PLC0415
    from ..models.anthropic_tool_choice_none import AnthropicToolChoiceNone  # noqa: PLC0415
    from ..models.anthropic_tool_choice_tool import AnthropicToolChoiceTool  # noqa: PLC0415
    from ..models.auto_router_plugin import AutoRouterPlugin  # noqa: PLC0415
    from ..models.file_parser_plugin import FileParserPlugin  # noqa: PLC0415
    from ..models.moderation_plugin import ModerationPlugin  # noqa: PLC0415
    from ..models.open_router_anthropic_message_param import OpenRouterAnthropicMessageParam  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415
    from ..models.response_healing_plugin import ResponseHealingPlugin  # noqa: PLC0415
    from ..models.trace_config import TraceConfig  # noqa: PLC0415
    from ..models.web_search_plugin import WebSearchPlugin  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicMessagesRequest")


@_attrs_define
class AnthropicMessagesRequest:
    """The body of a Messages request, in Anthropic's format with OpenRouter's routing fields added.

    Example:
        {'model': 'anthropic/claude-sonnet-4', 'max_tokens': 1024, 'messages': [{'role': 'user', 'content': 'Hello,
            Claude'}]}

    Attributes:
        model (str): A model slug, optionally with a variant suffix such as :nitro, :floor, :free, :exacto, :thinking or
            :online. Example: openai/gpt-4o.
        messages (list[OpenRouterAnthropicMessageParam]): Alternating user and assistant turns.
        max_tokens (int | Unset): Upper bound on generated tokens.
        system (list[AnthropicTextBlockParam] | str | Unset): System prompt, as a string or a list of text blocks.
        metadata (AnthropicMessagesMetadata | Unset): Request metadata.
        stop_sequences (list[str] | Unset):
        stream (bool | Unset):  Default: False.
        temperature (float | Unset):
        top_p (float | Unset):
        top_k (int | Unset):
        tools (list[AnthropicCustomTool | AnthropicServerTool] | Unset):
        tool_choice (AnthropicToolChoiceAny | AnthropicToolChoiceAuto | AnthropicToolChoiceNone |
            AnthropicToolChoiceTool | Unset): How the model should use tools, typed by `type`.
        thinking (AnthropicThinkingAdaptive | AnthropicThinkingDisabled | AnthropicThinkingEnabled | Unset): Extended
            thinking, typed by `type`.
        service_tier (AnthropicMessagesRequestServiceTier | Unset): auto or standard_only.
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
        context_management (AnthropicContextManagement | None | Unset):
        output_config (AnthropicOutputConfig | Unset): Output controls such as effort and a structured-output format.
        speed (str | Unset): Requested generation speed mode, for models that offer one.
        provider (None | ProviderPreferences | Unset):
        plugins (list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin]
            | Unset): Plugins to enable for this request.
        route (DeprecatedRoute | None | Unset):
        models (list[str] | Unset): Models to try in order; later ones are used when earlier ones fail or are
            unavailable. Example: ['openai/gpt-4o', 'anthropic/claude-sonnet-4'].
        fallbacks (list[AnthropicFallbackModel] | Unset): Up to three fallback models tried in order; do not combine
            with models.
        user (str | Unset):
        session_id (str | Unset):
        trace (TraceConfig | Unset): Tracing metadata for observability. trace_id, trace_name, span_name,
            generation_name and parent_span_id are recognised; other keys are forwarded as custom metadata. Example:
            {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}.
    """

    model: str
    messages: list[OpenRouterAnthropicMessageParam]
    max_tokens: int | Unset = UNSET
    system: list[AnthropicTextBlockParam] | str | Unset = UNSET
    metadata: AnthropicMessagesMetadata | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    stream: bool | Unset = False
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    top_k: int | Unset = UNSET
    tools: list[AnthropicCustomTool | AnthropicServerTool] | Unset = UNSET
    tool_choice: (
        AnthropicToolChoiceAny | AnthropicToolChoiceAuto | AnthropicToolChoiceNone | AnthropicToolChoiceTool | Unset
    ) = UNSET
    thinking: AnthropicThinkingAdaptive | AnthropicThinkingDisabled | AnthropicThinkingEnabled | Unset = UNSET
    service_tier: AnthropicMessagesRequestServiceTier | Unset = UNSET
    cache_control: AnthropicCacheControl | Unset = UNSET
    context_management: AnthropicContextManagement | None | Unset = UNSET
    output_config: AnthropicOutputConfig | Unset = UNSET
    speed: str | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    plugins: (
        list[AutoRouterPlugin | FileParserPlugin | ModerationPlugin | ResponseHealingPlugin | WebSearchPlugin] | Unset
    ) = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    models: list[str] | Unset = UNSET
    fallbacks: list[AnthropicFallbackModel] | Unset = UNSET
    user: str | Unset = UNSET
    session_id: str | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        model: Any = self.model

        messages: Any = self.messages
        if not (isinstance(messages, Unset) or messages is None):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        max_tokens: Any = self.max_tokens

        system: Any = self.system
        if not (isinstance(system, Unset) or system is None):
            if isinstance(self.system, Unset):
                system = UNSET
            elif isinstance(self.system, list):
                system = []
                for system_type_1_item_data in self.system:
                    system_type_1_item = system_type_1_item_data.to_dict()
                    system.append(system_type_1_item)

            else:
                system = self.system

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = UNSET
            if not isinstance(self.metadata, Unset):
                metadata = self.metadata.to_dict()

        stop_sequences: Any = self.stop_sequences
        if not (isinstance(stop_sequences, Unset) or stop_sequences is None):
            stop_sequences = UNSET
            if not isinstance(self.stop_sequences, Unset):
                stop_sequences = self.stop_sequences

        stream: Any = self.stream

        temperature: Any = self.temperature

        top_p: Any = self.top_p

        top_k: Any = self.top_k

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, AnthropicCustomTool):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data.to_dict()

                    tools.append(tools_item)

        tool_choice: Any = self.tool_choice
        if not (isinstance(tool_choice, Unset) or tool_choice is None):
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, AnthropicToolChoiceAuto):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, AnthropicToolChoiceAny):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, AnthropicToolChoiceTool):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        thinking: Any = self.thinking
        if not (isinstance(thinking, Unset) or thinking is None):
            if isinstance(self.thinking, Unset):
                thinking = UNSET
            elif isinstance(self.thinking, AnthropicThinkingEnabled):
                thinking = self.thinking.to_dict()
            elif isinstance(self.thinking, AnthropicThinkingDisabled):
                thinking = self.thinking.to_dict()
            else:
                thinking = self.thinking.to_dict()

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            service_tier = UNSET
            if not isinstance(self.service_tier, Unset):
                service_tier = self.service_tier.value

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        context_management: Any = self.context_management
        if not (isinstance(context_management, Unset) or context_management is None):
            if isinstance(self.context_management, Unset):
                context_management = UNSET
            elif isinstance(self.context_management, AnthropicContextManagement):
                context_management = self.context_management.to_dict()
            else:
                context_management = self.context_management

        output_config: Any = self.output_config
        if not (isinstance(output_config, Unset) or output_config is None):
            output_config = UNSET
            if not isinstance(self.output_config, Unset):
                output_config = self.output_config.to_dict()

        speed: Any = self.speed

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

        models: Any = self.models
        if not (isinstance(models, Unset) or models is None):
            models = UNSET
            if not isinstance(self.models, Unset):
                models = self.models

        fallbacks: Any = self.fallbacks
        if not (isinstance(fallbacks, Unset) or fallbacks is None):
            fallbacks = UNSET
            if not isinstance(self.fallbacks, Unset):
                fallbacks = []
                for fallbacks_item_data in self.fallbacks:
                    fallbacks_item = fallbacks_item_data.to_dict()
                    fallbacks.append(fallbacks_item)

        user: Any = self.user

        session_id: Any = self.session_id

        trace: Any = self.trace
        if not (isinstance(trace, Unset) or trace is None):
            trace = UNSET
            if not isinstance(self.trace, Unset):
                trace = self.trace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if messages is not UNSET:
            field_dict["messages"] = messages
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if system is not UNSET:
            field_dict["system"] = system
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if output_config is not UNSET:
            field_dict["output_config"] = output_config
        if speed is not UNSET:
            field_dict["speed"] = speed
        if provider is not UNSET:
            field_dict["provider"] = provider
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if route is not UNSET:
            field_dict["route"] = route
        if models is not UNSET:
            field_dict["models"] = models
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if user is not UNSET:
            field_dict["user"] = user
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessagesRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "messages" not in data:
            return False
        if "service_tier" in data and not AnthropicMessagesRequestServiceTier.is_known(data["service_tier"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        _raw_messages = d.pop("messages", UNSET)
        messages: Any = _raw_messages
        if _raw_messages is not None and _raw_messages is not UNSET:
            messages = []
            _messages = _raw_messages
            for messages_item_data in _messages:
                messages_item = OpenRouterAnthropicMessageParam.from_dict(messages_item_data)

                messages.append(messages_item)

        max_tokens = d.pop("max_tokens", UNSET)

        _raw_system = d.pop("system", UNSET)
        system: Any = _raw_system
        if _raw_system is not None and _raw_system is not UNSET:
            system = _parse_system(_raw_system)

        _raw_metadata = d.pop("metadata", UNSET)
        metadata: Any = _raw_metadata
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            _metadata = _raw_metadata
            metadata: AnthropicMessagesMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = AnthropicMessagesMetadata.from_dict(_metadata)

        _raw_stop_sequences = d.pop("stop_sequences", UNSET)
        stop_sequences: Any = _raw_stop_sequences
        if _raw_stop_sequences is not None and _raw_stop_sequences is not UNSET:
            stop_sequences = cast("list[str]", _raw_stop_sequences)

        stream = d.pop("stream", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        top_k = d.pop("top_k", UNSET)

        _raw_tools = d.pop("tools", UNSET)
        tools: Any = _raw_tools
        if _raw_tools is not None and _raw_tools is not UNSET:
            _tools = _raw_tools
            tools: list[AnthropicCustomTool | AnthropicServerTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                for tools_item_data in _tools:
                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: Any = _raw_tool_choice
        if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        _raw_thinking = d.pop("thinking", UNSET)
        thinking: Any = _raw_thinking
        if _raw_thinking is not None and _raw_thinking is not UNSET:
            thinking = _parse_thinking(_raw_thinking)

        _raw_service_tier = d.pop("service_tier", UNSET)
        service_tier: Any = _raw_service_tier
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            _service_tier = _raw_service_tier
            service_tier: AnthropicMessagesRequestServiceTier | Unset
            if isinstance(_service_tier, Unset):
                service_tier = UNSET
            else:
                service_tier = AnthropicMessagesRequestServiceTier._parse(_service_tier)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        _raw_context_management = d.pop("context_management", UNSET)
        context_management: Any = _raw_context_management
        if _raw_context_management is not None and _raw_context_management is not UNSET:
            context_management = _parse_context_management(_raw_context_management)

        _raw_output_config = d.pop("output_config", UNSET)
        output_config: Any = _raw_output_config
        if _raw_output_config is not None and _raw_output_config is not UNSET:
            _output_config = _raw_output_config
            output_config: AnthropicOutputConfig | Unset
            if isinstance(_output_config, Unset):
                output_config = UNSET
            else:
                output_config = AnthropicOutputConfig.from_dict(_output_config)

        speed = d.pop("speed", UNSET)

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

        _raw_models = d.pop("models", UNSET)
        models: Any = _raw_models
        if _raw_models is not None and _raw_models is not UNSET:
            models = cast("list[str]", _raw_models)

        _raw_fallbacks = d.pop("fallbacks", UNSET)
        fallbacks: Any = _raw_fallbacks
        if _raw_fallbacks is not None and _raw_fallbacks is not UNSET:
            _fallbacks = _raw_fallbacks
            fallbacks: list[AnthropicFallbackModel] | Unset = UNSET
            if _fallbacks is not UNSET:
                fallbacks = []
                for fallbacks_item_data in _fallbacks:
                    fallbacks_item = AnthropicFallbackModel.from_dict(fallbacks_item_data)

                    fallbacks.append(fallbacks_item)

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

        anthropic_messages_request = cls(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            system=system,
            metadata=metadata,
            stop_sequences=stop_sequences,
            stream=stream,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            tools=tools,
            tool_choice=tool_choice,
            thinking=thinking,
            service_tier=service_tier,
            cache_control=cache_control,
            context_management=context_management,
            output_config=output_config,
            speed=speed,
            provider=provider,
            plugins=plugins,
            route=route,
            models=models,
            fallbacks=fallbacks,
            user=user,
            session_id=session_id,
            trace=trace,
        )

        anthropic_messages_request.additional_properties = d
        return anthropic_messages_request

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


def _parse_system(data: object) -> list[AnthropicTextBlockParam] | str | Unset:
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        system_type_1 = []
        _system_type_1 = data
        for system_type_1_item_data in _system_type_1:
            system_type_1_item = AnthropicTextBlockParam.from_dict(system_type_1_item_data)

            system_type_1.append(system_type_1_item)

        return system_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[AnthropicTextBlockParam] | str | Unset", data)


def _parse_tools_item(data: object) -> AnthropicCustomTool | AnthropicServerTool:
    if AnthropicCustomTool._matches(data):
        try:
            componentsschemas_anthropic_tool_type_0 = AnthropicCustomTool.from_dict(data)

            return componentsschemas_anthropic_tool_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicServerTool._matches(data):
        try:
            componentsschemas_anthropic_tool_type_1 = AnthropicServerTool.from_dict(data)

            return componentsschemas_anthropic_tool_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_tool_type_0 = AnthropicCustomTool.from_dict(data)

        return componentsschemas_anthropic_tool_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_tool_type_1 = AnthropicServerTool.from_dict(data)

    return componentsschemas_anthropic_tool_type_1


def _parse_tool_choice(
    data: object,
) -> AnthropicToolChoiceAny | AnthropicToolChoiceAuto | AnthropicToolChoiceNone | AnthropicToolChoiceTool | Unset:
    if data is UNSET:
        return UNSET
    if AnthropicToolChoiceAuto._matches(data):
        try:
            componentsschemas_anthropic_tool_choice_type_0 = AnthropicToolChoiceAuto.from_dict(data)

            return componentsschemas_anthropic_tool_choice_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolChoiceAny._matches(data):
        try:
            componentsschemas_anthropic_tool_choice_type_1 = AnthropicToolChoiceAny.from_dict(data)

            return componentsschemas_anthropic_tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolChoiceTool._matches(data):
        try:
            componentsschemas_anthropic_tool_choice_type_2 = AnthropicToolChoiceTool.from_dict(data)

            return componentsschemas_anthropic_tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicToolChoiceNone._matches(data):
        try:
            componentsschemas_anthropic_tool_choice_type_3 = AnthropicToolChoiceNone.from_dict(data)

            return componentsschemas_anthropic_tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_tool_choice_type_0 = AnthropicToolChoiceAuto.from_dict(data)

        return componentsschemas_anthropic_tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_tool_choice_type_1 = AnthropicToolChoiceAny.from_dict(data)

        return componentsschemas_anthropic_tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_tool_choice_type_2 = AnthropicToolChoiceTool.from_dict(data)

        return componentsschemas_anthropic_tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_tool_choice_type_3 = AnthropicToolChoiceNone.from_dict(data)

    return componentsschemas_anthropic_tool_choice_type_3


def _parse_thinking(
    data: object,
) -> AnthropicThinkingAdaptive | AnthropicThinkingDisabled | AnthropicThinkingEnabled | Unset:
    if data is UNSET:
        return UNSET
    if AnthropicThinkingEnabled._matches(data):
        try:
            componentsschemas_anthropic_thinking_config_type_0 = AnthropicThinkingEnabled.from_dict(data)

            return componentsschemas_anthropic_thinking_config_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingDisabled._matches(data):
        try:
            componentsschemas_anthropic_thinking_config_type_1 = AnthropicThinkingDisabled.from_dict(data)

            return componentsschemas_anthropic_thinking_config_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicThinkingAdaptive._matches(data):
        try:
            componentsschemas_anthropic_thinking_config_type_2 = AnthropicThinkingAdaptive.from_dict(data)

            return componentsschemas_anthropic_thinking_config_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_thinking_config_type_0 = AnthropicThinkingEnabled.from_dict(data)

        return componentsschemas_anthropic_thinking_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_thinking_config_type_1 = AnthropicThinkingDisabled.from_dict(data)

        return componentsschemas_anthropic_thinking_config_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_thinking_config_type_2 = AnthropicThinkingAdaptive.from_dict(data)

    return componentsschemas_anthropic_thinking_config_type_2


def _parse_context_management(data: object) -> AnthropicContextManagement | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicContextManagement._matches(data):
        try:
            context_management_type_0 = AnthropicContextManagement.from_dict(data)

            return context_management_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        context_management_type_0 = AnthropicContextManagement.from_dict(data)

        return context_management_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicContextManagement | None | Unset", data)


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
