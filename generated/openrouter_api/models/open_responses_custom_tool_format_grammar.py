from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_custom_tool_format_grammar_syntax import OpenResponsesCustomToolFormatGrammarSyntax
from ..models.open_responses_custom_tool_format_grammar_type import OpenResponsesCustomToolFormatGrammarType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenResponsesCustomToolFormatGrammar")


@_attrs_define
class OpenResponsesCustomToolFormatGrammar:
    """
    Attributes:
        type_ (OpenResponsesCustomToolFormatGrammarType):
        definition (str):
        syntax (OpenResponsesCustomToolFormatGrammarSyntax):
    """

    type_: OpenResponsesCustomToolFormatGrammarType
    definition: str
    syntax: OpenResponsesCustomToolFormatGrammarSyntax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        definition: Any = self.definition

        syntax: Any = self.syntax
        if not (isinstance(syntax, Unset) or syntax is None):
            syntax = self.syntax.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if definition is not UNSET:
            field_dict["definition"] = definition
        if syntax is not UNSET:
            field_dict["syntax"] = syntax

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesCustomToolFormatGrammar and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenResponsesCustomToolFormatGrammarType.is_known(data["type"]):
            return False
        if "definition" not in data:
            return False
        if "syntax" not in data:
            return False
        if "syntax" in data and not OpenResponsesCustomToolFormatGrammarSyntax.is_known(data["syntax"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OpenResponsesCustomToolFormatGrammarType._parse(_raw_type_)

        definition = d.pop("definition", UNSET)

        _raw_syntax = d.pop("syntax", UNSET)
        syntax: Any = _raw_syntax
        if _raw_syntax is not None and _raw_syntax is not UNSET:
            syntax = OpenResponsesCustomToolFormatGrammarSyntax._parse(_raw_syntax)

        open_responses_custom_tool_format_grammar = cls(
            type_=type_,
            definition=definition,
            syntax=syntax,
        )

        open_responses_custom_tool_format_grammar.additional_properties = d
        return open_responses_custom_tool_format_grammar

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
