from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_context import ReasoningContext
from ..models.reasoning_effort import ReasoningEffort
from ..models.reasoning_mode import ReasoningMode
from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="ReasoningConfigOption1")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"context", "effort", "mode", "summary", "enabled", "max_tokens"})


@_attrs_define(repr=False)
class ReasoningConfigOption1:
    """
    Attributes:
        context (None | ReasoningContext | Unset):
        effort (None | ReasoningEffort | Unset):
        mode (None | ReasoningMode | Unset):
        summary (None | ReasoningSummaryVerbosity | Unset):
        enabled (bool | None | Unset):
        max_tokens (int | None | Unset):
    """

    context: None | ReasoningContext | Unset = UNSET
    effort: None | ReasoningEffort | Unset = UNSET
    mode: None | ReasoningMode | Unset = UNSET
    summary: None | ReasoningSummaryVerbosity | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"context={self.context!r}, "
            f"effort={self.effort!r}, "
            f"mode={self.mode!r}, "
            f"summary={self.summary!r}, "
            f"enabled={self.enabled!r}, "
            f"max_tokens={self.max_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        context: Any = self.context
        if not (isinstance(context, Unset) or context is None):
            if isinstance(self.context, ReasoningContext):
                context = self.context.value
            else:
                context = self.context

        effort: Any = self.effort
        if not (isinstance(effort, Unset) or effort is None):
            if isinstance(self.effort, ReasoningEffort):
                effort = self.effort.value
            else:
                effort = self.effort

        mode: Any = self.mode
        if not (isinstance(mode, Unset) or mode is None):
            if isinstance(self.mode, ReasoningMode):
                mode = self.mode.value
            else:
                mode = self.mode

        summary: Any = self.summary
        if not (isinstance(summary, Unset) or summary is None):
            if isinstance(self.summary, ReasoningSummaryVerbosity):
                summary = self.summary.value
            else:
                summary = self.summary

        enabled: Any = self.enabled

        max_tokens: Any = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if context is not UNSET:
            field_dict["context"] = context
        if effort is not UNSET:
            field_dict["effort"] = effort
        if mode is not UNSET:
            field_dict["mode"] = mode
        if summary is not UNSET:
            field_dict["summary"] = summary
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningConfigOption1 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ReasoningConfigOption1 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "context"
            _raw_context = d.get("context", UNSET)
            context: Any = _raw_context
            if _raw_context is not None and _raw_context is not UNSET:
                context = _parse_context(_raw_context)

            _field = "effort"
            _raw_effort = d.get("effort", UNSET)
            effort: Any = _raw_effort
            if _raw_effort is not None and _raw_effort is not UNSET:
                effort = _parse_effort(_raw_effort)

            _field = "mode"
            _raw_mode = d.get("mode", UNSET)
            mode: Any = _raw_mode
            if _raw_mode is not None and _raw_mode is not UNSET:
                mode = _parse_mode(_raw_mode)

            _field = "summary"
            _raw_summary = d.get("summary", UNSET)
            summary: Any = _raw_summary
            if _raw_summary is not None and _raw_summary is not UNSET:
                summary = _parse_summary(_raw_summary)

            enabled = d.get("enabled", UNSET)

            max_tokens = d.get("max_tokens", UNSET)

        except FieldParseError as error:
            raise error.within("ReasoningConfigOption1", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ReasoningConfigOption1", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        reasoning_config_option_1 = cls(
            context,
            effort,
            mode,
            summary,
            enabled,
            max_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            reasoning_config_option_1.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return reasoning_config_option_1

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


def _parse_context(data: object) -> None | ReasoningContext | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningContext.is_known(data):
        try:
            context_type_0 = ReasoningContext._value2member_map_.get(data) or ReasoningContext._parse(data)

            return context_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        context_type_0 = ReasoningContext._value2member_map_.get(data) or ReasoningContext._parse(data)

        return context_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningContext | Unset", data)


def _parse_effort(data: object) -> None | ReasoningEffort | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningEffort.is_known(data):
        try:
            effort_type_0 = ReasoningEffort._value2member_map_.get(data) or ReasoningEffort._parse(data)

            return effort_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = ReasoningEffort._value2member_map_.get(data) or ReasoningEffort._parse(data)

        return effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningEffort | Unset", data)


def _parse_mode(data: object) -> None | ReasoningMode | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningMode.is_known(data):
        try:
            mode_type_0 = ReasoningMode._value2member_map_.get(data) or ReasoningMode._parse(data)

            return mode_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        mode_type_0 = ReasoningMode._value2member_map_.get(data) or ReasoningMode._parse(data)

        return mode_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningMode | Unset", data)


def _parse_summary(data: object) -> None | ReasoningSummaryVerbosity | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningSummaryVerbosity.is_known(data):
        try:
            summary_type_0 = ReasoningSummaryVerbosity._value2member_map_.get(data) or ReasoningSummaryVerbosity._parse(
                data
            )

            return summary_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = ReasoningSummaryVerbosity._value2member_map_.get(data) or ReasoningSummaryVerbosity._parse(
            data
        )

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningSummaryVerbosity | Unset", data)
