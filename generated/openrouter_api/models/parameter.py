from enum import Enum
from typing import TypeGuard


class Parameter(str, Enum):
    FREQUENCY_PENALTY = "frequency_penalty"
    INCLUDE_REASONING = "include_reasoning"
    LOGIT_BIAS = "logit_bias"
    LOGPROBS = "logprobs"
    MAX_COMPLETION_TOKENS = "max_completion_tokens"
    MAX_TOKENS = "max_tokens"
    MIN_P = "min_p"
    PARALLEL_TOOL_CALLS = "parallel_tool_calls"
    PREDICTION = "prediction"
    PRESENCE_PENALTY = "presence_penalty"
    REASONING = "reasoning"
    REASONING_EFFORT = "reasoning_effort"
    REPETITION_PENALTY = "repetition_penalty"
    RESPONSE_FORMAT = "response_format"
    SEED = "seed"
    STOP = "stop"
    STRUCTURED_OUTPUTS = "structured_outputs"
    TEMPERATURE = "temperature"
    TOOLS = "tools"
    TOOL_CHOICE = "tool_choice"
    TOP_A = "top_a"
    TOP_K = "top_k"
    TOP_LOGPROBS = "top_logprobs"
    TOP_P = "top_p"
    VERBOSITY = "verbosity"
    WEB_SEARCH_OPTIONS = "web_search_options"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        if self._name_ in type(self)._member_map_:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
        return f"<{type(self).__name__} {self._value_!r} (not listed in the spec)>"

    @classmethod
    def _missing_(cls, value: object) -> "Parameter | None":
        """A value the spec does not list yet: keep it as an extra member instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        # Not an identifier, so it can never be mistaken for a listed member (some enums list one named UNKNOWN).
        member._name_ = f"unlisted({value!r})"
        member._value_ = value
        return member

    @classmethod
    def _parse(cls, value: object) -> "Parameter":
        """`cls(value)` for from_dict: a listed value is one dict lookup (what Enum.__new__ tries first), cheaper than
        calling the class through EnumMeta.__call__; anything else takes the lenient constructor (_missing_)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def is_known(cls, value: object) -> TypeGuard[str]:
        """True if `value` is one of the values listed in the spec."""
        return isinstance(value, str) and value in cls._value2member_map_
