from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_thinking_block_type import AnthropicThinkingBlockType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnthropicThinkingBlock")


@_attrs_define
class AnthropicThinkingBlock:
    """
    Example:
        {'signature': 'sig_abc123', 'thinking': 'Let me think about this...', 'type': 'thinking'}

    Attributes:
        signature (str):
        thinking (str):
        type_ (AnthropicThinkingBlockType):
    """

    signature: str
    thinking: str
    type_: AnthropicThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signature: Any = self.signature

        thinking: Any = self.thinking

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if signature is not UNSET:
            field_dict["signature"] = signature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicThinkingBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "signature" not in data:
            return False
        if "thinking" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicThinkingBlockType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signature = d.pop("signature", UNSET)

        thinking = d.pop("thinking", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicThinkingBlockType._parse(_raw_type_)

        anthropic_thinking_block = cls(
            signature=signature,
            thinking=thinking,
            type_=type_,
        )

        anthropic_thinking_block.additional_properties = d
        return anthropic_thinking_block

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
