from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_format import ReasoningDetailFormat
from ..models.reasoning_detail_text_type import ReasoningDetailTextType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasoningDetailText")


@_attrs_define
class ReasoningDetailText:
    """Reasoning as plain text, possibly signed.

    Example:
        {'type': 'reasoning.text', 'text': 'Let me work through this step by step...', 'format': 'anthropic-claude-v1',
            'index': 0}

    Attributes:
        type_ (ReasoningDetailTextType):
        text (None | str | Unset):
        signature (None | str | Unset):
        id (None | str | Unset):
        format_ (None | ReasoningDetailFormat | Unset):
        index (int | Unset):
    """

    type_: ReasoningDetailTextType
    text: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    format_: None | ReasoningDetailFormat | Unset = UNSET
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        text: Any = self.text
        if not (isinstance(text, Unset) or text is None):
            if isinstance(self.text, Unset):
                text = UNSET
            else:
                text = self.text

        signature: Any = self.signature
        if not (isinstance(signature, Unset) or signature is None):
            if isinstance(self.signature, Unset):
                signature = UNSET
            else:
                signature = self.signature

        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, Unset):
                format_ = UNSET
            elif isinstance(self.format_, ReasoningDetailFormat):
                format_ = self.format_.value
            else:
                format_ = self.format_

        index: Any = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if signature is not UNSET:
            field_dict["signature"] = signature
        if id is not UNSET:
            field_dict["id"] = id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ReasoningDetailText and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ReasoningDetailTextType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ReasoningDetailTextType._parse(_raw_type_)

        text = d.pop("text", UNSET)

        signature = d.pop("signature", UNSET)

        id = d.pop("id", UNSET)

        _raw_format_ = d.pop("format", UNSET)
        format_: Any = _raw_format_
        if _raw_format_ is not None and _raw_format_ is not UNSET:
            format_ = _parse_format_(_raw_format_)

        index = d.pop("index", UNSET)

        reasoning_detail_text = cls(
            type_=type_,
            text=text,
            signature=signature,
            id=id,
            format_=format_,
            index=index,
        )

        reasoning_detail_text.additional_properties = d
        return reasoning_detail_text

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


def _parse_format_(data: object) -> None | ReasoningDetailFormat | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ReasoningDetailFormat.is_known(data):
        try:
            format_type_0 = ReasoningDetailFormat._parse(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        format_type_0 = ReasoningDetailFormat._parse(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ReasoningDetailFormat | Unset", data)
