from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatReasoningConfig")


@_attrs_define
class ChatReasoningConfig:
    """Reasoning settings. Give either effort or max_tokens.

    Example:
        {'effort': 'medium', 'summary': 'concise'}

    Attributes:
        effort (None | ReasoningEffort | Unset):
        summary (None | ReasoningSummaryVerbosity | Unset):
        max_tokens (int | None | Unset): Token budget for reasoning, for models that take one.
        exclude (bool | None | Unset): Reason, but leave the reasoning out of the response.
        enabled (bool | None | Unset): Turn reasoning on with default settings.
    """

    effort: None | ReasoningEffort | Unset = UNSET
    summary: None | ReasoningSummaryVerbosity | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: Any = self.effort
        if not (isinstance(effort, Unset) or effort is None):
            if isinstance(self.effort, Unset):
                effort = UNSET
            elif isinstance(self.effort, ReasoningEffort):
                effort = self.effort.value
            else:
                effort = self.effort

        summary: Any = self.summary
        if not (isinstance(summary, Unset) or summary is None):
            if isinstance(self.summary, Unset):
                summary = UNSET
            elif isinstance(self.summary, ReasoningSummaryVerbosity):
                summary = self.summary.value
            else:
                summary = self.summary

        max_tokens: Any = self.max_tokens
        if not (isinstance(max_tokens, Unset) or max_tokens is None):
            if isinstance(self.max_tokens, Unset):
                max_tokens = UNSET
            else:
                max_tokens = self.max_tokens

        exclude: Any = self.exclude
        if not (isinstance(exclude, Unset) or exclude is None):
            if isinstance(self.exclude, Unset):
                exclude = UNSET
            else:
                exclude = self.exclude

        enabled: Any = self.enabled
        if not (isinstance(enabled, Unset) or enabled is None):
            if isinstance(self.enabled, Unset):
                enabled = UNSET
            else:
                enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatReasoningConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_effort = d.pop("effort", UNSET)
        effort: Any = _raw_effort
        if _raw_effort is not None and _raw_effort is not UNSET:
            effort = _parse_effort(_raw_effort)

        _raw_summary = d.pop("summary", UNSET)
        summary: Any = _raw_summary
        if _raw_summary is not None and _raw_summary is not UNSET:
            summary = _parse_summary(_raw_summary)

        max_tokens = d.pop("max_tokens", UNSET)

        exclude = d.pop("exclude", UNSET)

        enabled = d.pop("enabled", UNSET)

        chat_reasoning_config = cls(
            effort=effort,
            summary=summary,
            max_tokens=max_tokens,
            exclude=exclude,
            enabled=enabled,
        )

        chat_reasoning_config.additional_properties = d
        return chat_reasoning_config

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


def _parse_effort(data: object) -> None | ReasoningEffort | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningEffort.is_known(data):
        try:
            effort_type_0 = ReasoningEffort._parse(data)

            return effort_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = ReasoningEffort._parse(data)

        return effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningEffort | Unset", data)


def _parse_summary(data: object) -> None | ReasoningSummaryVerbosity | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningSummaryVerbosity.is_known(data):
        try:
            summary_type_0 = ReasoningSummaryVerbosity._parse(data)

            return summary_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = ReasoningSummaryVerbosity._parse(data)

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningSummaryVerbosity | Unset", data)
