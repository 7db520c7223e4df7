from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_custom_tool_type import OpenResponsesCustomToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_responses_custom_tool_format_grammar import OpenResponsesCustomToolFormatGrammar
    from ..models.open_responses_custom_tool_format_text import OpenResponsesCustomToolFormatText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenResponsesCustomToolFormatGrammar, OpenResponsesCustomToolFormatText
    from ..models.open_responses_custom_tool_format_grammar import OpenResponsesCustomToolFormatGrammar  # noqa: PLC0415
    from ..models.open_responses_custom_tool_format_text import OpenResponsesCustomToolFormatText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesCustomTool")


@_attrs_define
class OpenResponsesCustomTool:
    """A tool whose input is free text, optionally constrained by a grammar.

    Attributes:
        type_ (OpenResponsesCustomToolType):
        name (str):
        description (str | Unset):
        format_ (OpenResponsesCustomToolFormatGrammar | OpenResponsesCustomToolFormatText | Unset): Plain text, or text
            matching a lark or regex grammar.
    """

    type_: OpenResponsesCustomToolType
    name: str
    description: str | Unset = UNSET
    format_: OpenResponsesCustomToolFormatGrammar | OpenResponsesCustomToolFormatText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        name: Any = self.name

        description: Any = self.description

        format_: Any = self.format_
        if not (isinstance(format_, Unset) or format_ is None):
            if isinstance(self.format_, Unset):
                format_ = UNSET
            elif isinstance(self.format_, OpenResponsesCustomToolFormatText):
                format_ = self.format_.to_dict()
            else:
                format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesCustomTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenResponsesCustomToolType.is_known(data["type"]):
            return False
        if "name" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = OpenResponsesCustomToolType._parse(_raw_type_)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _raw_format_ = d.pop("format", UNSET)
        format_: Any = _raw_format_
        if _raw_format_ is not None and _raw_format_ is not UNSET:
            format_ = _parse_format_(_raw_format_)

        open_responses_custom_tool = cls(
            type_=type_,
            name=name,
            description=description,
            format_=format_,
        )

        open_responses_custom_tool.additional_properties = d
        return open_responses_custom_tool

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


def _parse_format_(data: object) -> OpenResponsesCustomToolFormatGrammar | OpenResponsesCustomToolFormatText | Unset:
    if data is UNSET:
        return UNSET
    if OpenResponsesCustomToolFormatText._matches(data):
        try:
            format_type_0 = OpenResponsesCustomToolFormatText.from_dict(data)

            return format_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenResponsesCustomToolFormatGrammar._matches(data):
        try:
            format_type_1 = OpenResponsesCustomToolFormatGrammar.from_dict(data)

            return format_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        format_type_0 = OpenResponsesCustomToolFormatText.from_dict(data)

        return format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    format_type_1 = OpenResponsesCustomToolFormatGrammar.from_dict(data)

    return format_type_1
