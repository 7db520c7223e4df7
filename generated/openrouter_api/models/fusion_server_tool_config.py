from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.fusion_server_tool_config_reasoning import FusionServerToolConfigReasoning
    from ..models.fusion_server_tool_config_tools_item import FusionServerToolConfigToolsItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicCacheControlDirective, \
        FusionServerToolConfigReasoning, \
        FusionServerToolConfigToolsItem
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective  # noqa: PLC0415
    from ..models.fusion_server_tool_config_reasoning import FusionServerToolConfigReasoning  # noqa: PLC0415
    from ..models.fusion_server_tool_config_tools_item import FusionServerToolConfigToolsItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FusionServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "analysis_models",
        "cache_control",
        "max_completion_tokens",
        "max_tool_calls",
        "model",
        "reasoning",
        "temperature",
        "tools",
    }
)


@_attrs_define(repr=False)
class FusionServerToolConfig:
    """Configuration for the openrouter:fusion server tool.

    Example:
        {'analysis_models': ['~anthropic/claude-opus-latest', '~openai/gpt-latest', '~google/gemini-pro-latest']}

    Attributes:
        analysis_models (list[str] | Unset): Slugs of models to run in parallel as the analysis panel. Each model
            receives the user prompt with openrouter:web_search and openrouter:web_fetch enabled, then an analyst model
            summarizes the collective output into structured analysis JSON. Capped at 8 models to bound cost amplification.
            Defaults to the Quality preset from /labs/fusion. Example: ['~anthropic/claude-opus-latest', '~openai/gpt-
            latest', '~google/gemini-pro-latest'].
        cache_control (AnthropicCacheControlDirective | Unset): Enable automatic prompt caching. When set at the top
            level, the system automatically applies cache breakpoints to the last cacheable block in the request. When set
            on an individual content block, it marks an explicit cache breakpoint; block-level markers also work on OpenAI
            models that support explicit prompt caching — OpenRouter converts them to the provider's native format. Example:
            {'type': 'ephemeral'}.
        max_completion_tokens (int | Unset): Maximum number of output tokens (including reasoning tokens) each panelist
            and the analyst model may produce per inner call. Controls the total output budget so reasoning-heavy models
            like GPT-5.5 do not exhaust their token allowance before producing visible text. Defaults to 16000 when omitted.
            Example: 16384.
        max_tool_calls (int | Unset): Maximum number of tool-calling steps each panelist (analysis model) and the
            analyst model may take during their agentic web-research loop. Models with web_search/web_fetch enabled iterate
            until they produce a text response or hit this ceiling. Defaults to 4. Capped at 16. Example: 12.
        model (str | Unset): Slug of the analyst model that produces the structured analysis JSON. Defaults to the model
            used in the outer API request. Example: ~anthropic/claude-opus-latest.
        reasoning (FusionServerToolConfigReasoning | Unset): Reasoning configuration forwarded to panelist and analyst
            inner calls. Use this to control reasoning effort and token budget for models that support extended thinking.
        temperature (float | Unset): Temperature forwarded to panelist inner calls. The analyst always runs at
            temperature 0 regardless of this value. When omitted, the provider's default applies. Example: 0.7.
        tools (list[FusionServerToolConfigToolsItem] | Unset): Server tools available to panelist and analyst inner
            calls. Each entry uses the same `{ type, parameters? }` shorthand as the outer Chat Completions request. When
            omitted, defaults to `[{ type: "openrouter:web_search" }, { type: "openrouter:web_fetch" }]`. Pass an empty
            array to disable tools entirely (panelists answer from parametric knowledge only). Example: [{'parameters':
            {'excluded_domains': ['example.com']}, 'type': 'openrouter:web_search'}, {'type': 'openrouter:web_fetch'}].
    """

    analysis_models: list[str] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    reasoning: FusionServerToolConfigReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    tools: list[FusionServerToolConfigToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"analysis_models={self.analysis_models!r}, "
            f"cache_control={self.cache_control!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"model={self.model!r}, "
            f"reasoning={self.reasoning!r}, "
            f"temperature={self.temperature!r}, "
            f"tools={self.tools!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        analysis_models: Any = self.analysis_models
        if not (isinstance(analysis_models, Unset) or analysis_models is None):
            analysis_models = self.analysis_models

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = cache_control.to_dict()

        max_completion_tokens: Any = self.max_completion_tokens

        max_tool_calls: Any = self.max_tool_calls

        model: Any = self.model

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = reasoning.to_dict()

        temperature: Any = self.temperature

        tools: Any = self.tools
        if not (isinstance(tools, Unset) or tools is None):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if analysis_models is not UNSET:
            field_dict["analysis_models"] = analysis_models
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionServerToolConfig and its fixed values."""
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
                    f"FusionServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "analysis_models"
            _raw_analysis_models = d.get("analysis_models", UNSET)
            analysis_models: Any = _raw_analysis_models
            if _raw_analysis_models is not None and _raw_analysis_models is not UNSET:
                analysis_models = cast("list[str]", _raw_analysis_models)

            _field = "cache_control"
            _raw_cache_control = d.get("cache_control", UNSET)
            cache_control: Any = _raw_cache_control
            if _raw_cache_control is not None and _raw_cache_control is not UNSET:
                cache_control = AnthropicCacheControlDirective.from_dict(_raw_cache_control)

            max_completion_tokens = d.get("max_completion_tokens", UNSET)

            max_tool_calls = d.get("max_tool_calls", UNSET)

            model = d.get("model", UNSET)

            _field = "reasoning"
            _raw_reasoning = d.get("reasoning", UNSET)
            reasoning: Any = _raw_reasoning
            if _raw_reasoning is not None and _raw_reasoning is not UNSET:
                reasoning = FusionServerToolConfigReasoning.from_dict(_raw_reasoning)

            temperature = d.get("temperature", UNSET)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [FusionServerToolConfigToolsItem.from_dict(tools_item_data) for tools_item_data in _raw_tools]

        except FieldParseError as error:
            raise error.within("FusionServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("FusionServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_server_tool_config = cls(
            analysis_models,
            cache_control,
            max_completion_tokens,
            max_tool_calls,
            model,
            reasoning,
            temperature,
            tools,
        )

        if not _DECLARED_KEYS.issuperset(d):
            fusion_server_tool_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return fusion_server_tool_config

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


FusionServerToolConfig.__annotations__ = ResolvingAnnotations(
    FusionServerToolConfig.__annotations__, _resolve_lazy_imports
)
