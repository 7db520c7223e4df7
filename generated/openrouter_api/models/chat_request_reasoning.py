from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_reasoning_summary_verbosity_enum import ChatReasoningSummaryVerbosityEnum
from ..models.chat_request_reasoning_effort_type_1 import ChatRequestReasoningEffortType1
from ..models.chat_request_reasoning_effort_type_2_type_1 import ChatRequestReasoningEffortType2Type1
from ..models.chat_request_reasoning_effort_type_3_type_1 import ChatRequestReasoningEffortType3Type1
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="ChatRequestReasoning")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"effort", "summary"})


@_attrs_define(repr=False)
class ChatRequestReasoning:
    """Configuration options for reasoning models

    Example:
        {'effort': 'medium', 'summary': 'concise'}

    Attributes:
        effort (ChatRequestReasoningEffortType1 | ChatRequestReasoningEffortType2Type1 |
            ChatRequestReasoningEffortType3Type1 | None | Unset): Constrains effort on reasoning for reasoning models
            Example: medium.
        summary (ChatReasoningSummaryVerbosityEnum | None | Unset):
    """

    effort: (
        ChatRequestReasoningEffortType1
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset
    ) = UNSET
    summary: ChatReasoningSummaryVerbosityEnum | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"effort={self.effort!r}, "
            f"summary={self.summary!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        effort: Any = self.effort
        if not (isinstance(effort, Unset) or effort is None):
            if isinstance(self.effort, ChatRequestReasoningEffortType1):
                effort = self.effort.value
            elif isinstance(self.effort, ChatRequestReasoningEffortType2Type1):
                effort = self.effort.value
            elif isinstance(self.effort, ChatRequestReasoningEffortType3Type1):
                effort = self.effort.value
            else:
                effort = self.effort

        summary: Any = self.summary
        if not (isinstance(summary, Unset) or summary is None):
            if isinstance(self.summary, ChatReasoningSummaryVerbosityEnum):
                summary = self.summary.value
            else:
                summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatRequestReasoning and its fixed values."""
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
                    f"ChatRequestReasoning is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "effort"
            _raw_effort = d.get("effort", UNSET)
            effort: Any = _raw_effort
            if _raw_effort is not None and _raw_effort is not UNSET:
                effort = _parse_effort(_raw_effort)

            _field = "summary"
            _raw_summary = d.get("summary", UNSET)
            summary: Any = _raw_summary
            if _raw_summary is not None and _raw_summary is not UNSET:
                summary = _parse_summary(_raw_summary)

        except FieldParseError as error:
            raise error.within("ChatRequestReasoning", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatRequestReasoning", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_request_reasoning = cls(
            effort,
            summary,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_request_reasoning.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_request_reasoning

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


def _parse_effort(
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
            effort_type_1 = ChatRequestReasoningEffortType1._value2member_map_.get(
                data
            ) or ChatRequestReasoningEffortType1._parse(data)

            return effort_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatRequestReasoningEffortType2Type1.is_known(data):
        try:
            effort_type_2_type_1 = ChatRequestReasoningEffortType2Type1._value2member_map_.get(
                data
            ) or ChatRequestReasoningEffortType2Type1._parse(data)

            return effort_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ChatRequestReasoningEffortType3Type1.is_known(data):
        try:
            effort_type_3_type_1 = ChatRequestReasoningEffortType3Type1._value2member_map_.get(
                data
            ) or ChatRequestReasoningEffortType3Type1._parse(data)

            return effort_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_1 = ChatRequestReasoningEffortType1._value2member_map_.get(
            data
        ) or ChatRequestReasoningEffortType1._parse(data)

        return effort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_2_type_1 = ChatRequestReasoningEffortType2Type1._value2member_map_.get(
            data
        ) or ChatRequestReasoningEffortType2Type1._parse(data)

        return effort_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_3_type_1 = ChatRequestReasoningEffortType3Type1._value2member_map_.get(
            data
        ) or ChatRequestReasoningEffortType3Type1._parse(data)

        return effort_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ChatRequestReasoningEffortType1 | ChatRequestReasoningEffortType2Type1 | ChatRequestReasoningEffortType3Type1 | None | Unset",
        data,
    )


def _parse_summary(data: object) -> ChatReasoningSummaryVerbosityEnum | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatReasoningSummaryVerbosityEnum.is_known(data):
        try:
            summary_type_0 = ChatReasoningSummaryVerbosityEnum._value2member_map_.get(
                data
            ) or ChatReasoningSummaryVerbosityEnum._parse(data)

            return summary_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = ChatReasoningSummaryVerbosityEnum._value2member_map_.get(
            data
        ) or ChatReasoningSummaryVerbosityEnum._parse(data)

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatReasoningSummaryVerbosityEnum | None | Unset", data)
