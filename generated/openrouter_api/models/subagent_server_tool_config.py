from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.subagent_nested_tool import SubagentNestedTool
    from ..models.subagent_reasoning import SubagentReasoning

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, SubagentNestedTool, SubagentReasoning
    if _lazy_imports_resolved:
        return
    from ..models.subagent_nested_tool import SubagentNestedTool  # noqa: PLC0415
    from ..models.subagent_reasoning import SubagentReasoning  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="SubagentServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "inherit_functions",
        "inherited_function_names",
        "instructions",
        "max_completion_tokens",
        "max_tool_calls",
        "model",
        "name",
        "reasoning",
        "temperature",
        "tools",
    }
)


@_attrs_define(repr=False)
class SubagentServerToolConfig:
    """Configuration for one openrouter:subagent server tool entry.

    Example:
        {'model': '~anthropic/claude-haiku-latest', 'name': 'summarizer'}

    Attributes:
        inherit_functions (bool | Unset): EXPERIMENTAL — subject to change without notice. When true, the subagent
            inherits every client function defined in the request's top-level `tools` list. Supported on the Responses API
            (`/api/v1/responses`) only; other APIs reject it with a `400`. Example: True.
        inherited_function_names (list[str] | Unset): EXPERIMENTAL — subject to change without notice. Names of the top-
            level function tools that the subagent will inherit. Any tool that matches by name will be copied fully into the
            tools array of the subagent. When `inherit_functions` is `true`, this list does nothing, because every client
            function will be inherited by default. Names are trimmed before validation, so a whitespace-only name is
            rejected with a `400`. Supported on the Responses API (`/api/v1/responses`) only; other APIs reject it with a
            `400`. Example: ['lookup_order'].
        instructions (str | Unset): System instructions for the subagent. When omitted, the subagent responds with no
            system prompt of its own. Example: You are a fast, focused worker. Complete the task exactly as described..
        max_completion_tokens (int | Unset): Maximum number of output tokens (including reasoning) the subagent may
            produce. When omitted, the provider's default applies. Example: 2048.
        max_tool_calls (int | Unset): Maximum number of tool-calling steps the subagent may take during its agentic
            loop. Capped at 25. Only relevant when the subagent is given tools. Forwarded to the subagent call as
            `max_tool_calls`. Example: 5.
        model (str | Unset): Slug of the model that executes delegated tasks (any OpenRouter model). Typically a
            smaller, cheaper, faster model than the one delegating. When omitted, the model from the outer API request is
            used. The subagent tool itself cannot be the subagent model. Example: ~anthropic/claude-haiku-latest.
        name (str | Unset): Optional name for this subagent. The model sees one tool per named subagent (and one default
            for an unnamed entry). Names must be unique across subagent entries. Letters, digits, spaces, underscores, and
            dashes; trimmed; 1–64 chars. Example: summarizer.
        reasoning (SubagentReasoning | Unset): Reasoning configuration forwarded to the subagent call. Use this to
            control reasoning effort and token budget for models that support extended thinking. Example: {'effort': 'low'}.
        temperature (float | Unset): Sampling temperature forwarded to the subagent call. When omitted, the provider's
            default applies. Example: 0.7.
        tools (list[SubagentNestedTool] | Unset): Tools the subagent may use while executing a delegated task. The
            subagent runs as an agentic sub-agent over these tools, then returns its outcome. Only OpenRouter server tools
            are supported — function tools are rejected — and the list must not include the subagent tool itself.
    """

    inherit_functions: bool | Unset = UNSET
    inherited_function_names: list[str] | Unset = UNSET
    instructions: str | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tool_calls: int | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: SubagentReasoning | Unset = UNSET
    temperature: float | Unset = UNSET
    tools: list[SubagentNestedTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"inherit_functions={self.inherit_functions!r}, "
            f"inherited_function_names={self.inherited_function_names!r}, "
            f"instructions={self.instructions!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"max_tool_calls={self.max_tool_calls!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"reasoning={self.reasoning!r}, "
            f"temperature={self.temperature!r}, "
            f"tools={self.tools!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        inherit_functions: Any = self.inherit_functions

        inherited_function_names: Any = self.inherited_function_names
        if not (isinstance(inherited_function_names, Unset) or inherited_function_names is None):
            inherited_function_names = self.inherited_function_names

        instructions: Any = self.instructions

        max_completion_tokens: Any = self.max_completion_tokens

        max_tool_calls: Any = self.max_tool_calls

        model: Any = self.model

        name: Any = self.name

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

        if inherit_functions is not UNSET:
            field_dict["inherit_functions"] = inherit_functions
        if inherited_function_names is not UNSET:
            field_dict["inherited_function_names"] = inherited_function_names
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SubagentServerToolConfig and its fixed values."""
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
                    f"SubagentServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            inherit_functions = d.get("inherit_functions", UNSET)

            _field = "inherited_function_names"
            _raw_inherited_function_names = d.get("inherited_function_names", UNSET)
            inherited_function_names: Any = _raw_inherited_function_names
            if _raw_inherited_function_names is not None and _raw_inherited_function_names is not UNSET:
                inherited_function_names = cast("list[str]", _raw_inherited_function_names)

            instructions = d.get("instructions", UNSET)

            max_completion_tokens = d.get("max_completion_tokens", UNSET)

            max_tool_calls = d.get("max_tool_calls", UNSET)

            model = d.get("model", UNSET)

            name = d.get("name", UNSET)

            _field = "reasoning"
            _raw_reasoning = d.get("reasoning", UNSET)
            reasoning: Any = _raw_reasoning
            if _raw_reasoning is not None and _raw_reasoning is not UNSET:
                reasoning = SubagentReasoning.from_dict(_raw_reasoning)

            temperature = d.get("temperature", UNSET)

            _field = "tools"
            _raw_tools = d.get("tools", UNSET)
            tools: Any = _raw_tools
            if _raw_tools is not None and _raw_tools is not UNSET:
                tools = [SubagentNestedTool.from_dict(tools_item_data) for tools_item_data in _raw_tools]

        except FieldParseError as error:
            raise error.within("SubagentServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SubagentServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        subagent_server_tool_config = cls(
            inherit_functions,
            inherited_function_names,
            instructions,
            max_completion_tokens,
            max_tool_calls,
            model,
            name,
            reasoning,
            temperature,
            tools,
        )

        if not _DECLARED_KEYS.issuperset(d):
            subagent_server_tool_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return subagent_server_tool_config

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


SubagentServerToolConfig.__annotations__ = ResolvingAnnotations(
    SubagentServerToolConfig.__annotations__, _resolve_lazy_imports
)
