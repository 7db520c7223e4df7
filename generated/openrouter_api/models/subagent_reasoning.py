from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subagent_reasoning_effort import SubagentReasoningEffort
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="SubagentReasoning")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"effort", "max_tokens"})


@_attrs_define(repr=False)
class SubagentReasoning:
    """Reasoning configuration forwarded to the subagent call. Use this to control reasoning effort and token budget for
    models that support extended thinking.

        Example:
            {'effort': 'low'}

        Attributes:
            effort (SubagentReasoningEffort | Unset): Reasoning effort level for the subagent call.
            max_tokens (int | Unset): Maximum number of reasoning tokens the subagent may use. Forwarded to the subagent
                call as `reasoning.max_tokens`.
    """

    effort: SubagentReasoningEffort | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"effort={self.effort!r}, "
            f"max_tokens={self.max_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        effort: Any = self.effort
        if not (isinstance(effort, Unset) or effort is None):
            effort = effort.value

        max_tokens: Any = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if effort is not UNSET:
            field_dict["effort"] = effort
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SubagentReasoning and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "effort" in data and not SubagentReasoningEffort.is_known(data["effort"]):
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
                    f"SubagentReasoning is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "effort"
            _raw_effort = d.get("effort", UNSET)
            effort: Any = _raw_effort
            if _raw_effort is not None and _raw_effort is not UNSET:
                effort = SubagentReasoningEffort._value2member_map_.get(_raw_effort) or SubagentReasoningEffort._parse(
                    _raw_effort
                )

            max_tokens = d.get("max_tokens", UNSET)

        except FieldParseError as error:
            raise error.within("SubagentReasoning", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SubagentReasoning", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        subagent_reasoning = cls(
            effort,
            max_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            subagent_reasoning.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return subagent_reasoning

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
