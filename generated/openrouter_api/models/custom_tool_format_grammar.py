from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_format_grammar_syntax import CustomToolFormatGrammarSyntax
from ..models.custom_tool_format_grammar_type import CustomToolFormatGrammarType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CustomToolFormatGrammar")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"definition", "syntax", "type"})


@_attrs_define(repr=False)
class CustomToolFormatGrammar:
    """
    Attributes:
        definition (str):
        syntax (CustomToolFormatGrammarSyntax):
        type_ (CustomToolFormatGrammarType):
    """

    _definition: str = _attrs_field(alias="definition")
    _syntax: CustomToolFormatGrammarSyntax = _attrs_field(alias="syntax")
    _type_: CustomToolFormatGrammarType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def definition(self) -> str:
        value: Any = self._definition
        if value is UNSET:
            raise MissingFieldError("CustomToolFormatGrammar", "definition")
        return value

    @definition.setter
    def definition(self, value: str) -> None:
        self._definition = value

    @property
    def syntax(self) -> CustomToolFormatGrammarSyntax:
        value: Any = self._syntax
        if value is UNSET:
            raise MissingFieldError("CustomToolFormatGrammar", "syntax")
        return value

    @syntax.setter
    def syntax(self, value: CustomToolFormatGrammarSyntax) -> None:
        self._syntax = value

    @property
    def type_(self) -> CustomToolFormatGrammarType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CustomToolFormatGrammar", "type")
        return value

    @type_.setter
    def type_(self, value: CustomToolFormatGrammarType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"definition={self._definition!r}, "
            f"syntax={self._syntax!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        definition: Any = self._definition

        syntax: Any = self._syntax
        if not (isinstance(syntax, Unset) or syntax is None):
            syntax = self._syntax.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if definition is not UNSET:
            field_dict["definition"] = definition
        if syntax is not UNSET:
            field_dict["syntax"] = syntax
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CustomToolFormatGrammar and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "definition" not in data:
            return False
        if "syntax" not in data:
            return False
        if "syntax" in data and not CustomToolFormatGrammarSyntax.is_known(data["syntax"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not CustomToolFormatGrammarType.is_known(data["type"]):
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
                    f"CustomToolFormatGrammar is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            definition = d.get("definition", UNSET)

            _field = "syntax"
            _raw_syntax = d.get("syntax", UNSET)
            syntax: Any = _raw_syntax
            if _raw_syntax is not None and _raw_syntax is not UNSET:
                syntax = CustomToolFormatGrammarSyntax._value2member_map_.get(
                    _raw_syntax
                ) or CustomToolFormatGrammarSyntax._parse(_raw_syntax)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CustomToolFormatGrammarType._value2member_map_.get(
                    _raw_type_
                ) or CustomToolFormatGrammarType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("CustomToolFormatGrammar", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CustomToolFormatGrammar", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        custom_tool_format_grammar = cls(
            definition,
            syntax,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            custom_tool_format_grammar.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return custom_tool_format_grammar

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
