from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_thinking_enabled_type import AnthropicThinkingEnabledType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicThinkingEnabled")


@_attrs_define
class AnthropicThinkingEnabled:
    """Think with the given token budget.

    Attributes:
        type_ (AnthropicThinkingEnabledType):
        budget_tokens (int):
    """

    type_: AnthropicThinkingEnabledType
    budget_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        budget_tokens: Any = self.budget_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if budget_tokens is not UNSET:
            field_dict["budget_tokens"] = budget_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicThinkingEnabled and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicThinkingEnabledType.is_known(data["type"]):
            return False
        if "budget_tokens" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicThinkingEnabledType._parse(_raw_type_)

        budget_tokens = d.pop("budget_tokens", UNSET)

        anthropic_thinking_enabled = cls(
            type_=type_,
            budget_tokens=budget_tokens,
        )

        anthropic_thinking_enabled.additional_properties = d
        return anthropic_thinking_enabled

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
