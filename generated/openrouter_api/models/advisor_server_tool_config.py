from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.advisor_reasoning import AdvisorReasoning

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AdvisorReasoning
    if _lazy_imports_resolved:
        return
    from ..models.advisor_reasoning import AdvisorReasoning  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AdvisorServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "forward_transcript",
        "instructions",
        "max_completion_tokens",
        "model",
        "name",
        "reasoning",
        "stream",
        "temperature",
    }
)


@_attrs_define(repr=False)
class AdvisorServerToolConfig:
    """Configuration for one openrouter:advisor server tool entry.

    Example:
        {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}

    Attributes:
        forward_transcript (bool | Unset): When true, the full parent conversation is forwarded to the advisor so it
            sees the same context the executor does (and the tool-call `prompt`, if given, is appended as a final user
            turn). When false or omitted, the advisor receives only the `prompt` the executor passes in the tool call.
            Example: False.
        instructions (str | Unset): System instructions for the advisor sub-agent. When omitted, the advisor responds
            with no system prompt of its own. Example: You are a senior staff engineer. Give a focused, decisive plan..
        max_completion_tokens (int | Unset): Maximum number of output tokens (including reasoning) the advisor may
            produce. When omitted, the provider's default applies. Example: 2048.
        model (str | Unset): Slug of the advisor model to consult (any OpenRouter model). When omitted, the executor can
            choose it via the tool call's `model` argument; if neither is set, the model from the outer API request is used.
            Example: ~anthropic/claude-opus-latest.
        name (str | Unset): Optional name for this advisor. The model sees one tool per named advisor (and one default
            for an unnamed entry). Names must be unique across advisor entries. Letters, digits, spaces, underscores, and
            dashes; trimmed; 1–64 chars. Example: reviewer.
        reasoning (AdvisorReasoning | Unset): Reasoning configuration forwarded to the advisor call. Use this to control
            reasoning effort and token budget for models that support extended thinking. Example: {'effort': 'high'}.
        stream (bool | Unset): When true, the advisor's advice streams incrementally as it is produced. In the Responses
            API this emits `response.output_text.delta` events targeting the advisor output item; the final `advice` field
            is still set on the completed item. Has no effect on the Chat Completions API (where the advice arrives only as
            the final tool result). When false or omitted, the advice arrives only as the final result. Example: False.
        temperature (float | Unset): Sampling temperature forwarded to the advisor call. When omitted, the provider's
            default applies. Example: 0.7.
    """

    forward_transcript: bool | Unset = UNSET
    instructions: str | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    reasoning: AdvisorReasoning | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"forward_transcript={self.forward_transcript!r}, "
            f"instructions={self.instructions!r}, "
            f"max_completion_tokens={self.max_completion_tokens!r}, "
            f"model={self.model!r}, "
            f"name={self.name!r}, "
            f"reasoning={self.reasoning!r}, "
            f"stream={self.stream!r}, "
            f"temperature={self.temperature!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        forward_transcript: Any = self.forward_transcript

        instructions: Any = self.instructions

        max_completion_tokens: Any = self.max_completion_tokens

        model: Any = self.model

        name: Any = self.name

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = reasoning.to_dict()

        stream: Any = self.stream

        temperature: Any = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if forward_transcript is not UNSET:
            field_dict["forward_transcript"] = forward_transcript
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AdvisorServerToolConfig and its fixed values."""
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
                    f"AdvisorServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            forward_transcript = d.get("forward_transcript", UNSET)

            instructions = d.get("instructions", UNSET)

            max_completion_tokens = d.get("max_completion_tokens", UNSET)

            model = d.get("model", UNSET)

            name = d.get("name", UNSET)

            _field = "reasoning"
            _raw_reasoning = d.get("reasoning", UNSET)
            reasoning: Any = _raw_reasoning
            if _raw_reasoning is not None and _raw_reasoning is not UNSET:
                reasoning = AdvisorReasoning.from_dict(_raw_reasoning)

            stream = d.get("stream", UNSET)

            temperature = d.get("temperature", UNSET)

        except FieldParseError as error:
            raise error.within("AdvisorServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AdvisorServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        advisor_server_tool_config = cls(
            forward_transcript,
            instructions,
            max_completion_tokens,
            model,
            name,
            reasoning,
            stream,
            temperature,
        )

        if not _DECLARED_KEYS.issuperset(d):
            advisor_server_tool_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return advisor_server_tool_config

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


AdvisorServerToolConfig.__annotations__ = ResolvingAnnotations(
    AdvisorServerToolConfig.__annotations__, _resolve_lazy_imports
)
