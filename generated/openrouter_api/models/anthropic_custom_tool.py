from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_custom_tool_type_type_1 import AnthropicCustomToolTypeType1
from ..models.anthropic_custom_tool_type_type_2_type_1 import AnthropicCustomToolTypeType2Type1
from ..models.anthropic_custom_tool_type_type_3_type_1 import AnthropicCustomToolTypeType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.anthropic_custom_tool_input_schema import AnthropicCustomToolInputSchema

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControl, AnthropicCustomToolInputSchema
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415
    from ..models.anthropic_custom_tool_input_schema import AnthropicCustomToolInputSchema  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicCustomTool")


@_attrs_define
class AnthropicCustomTool:
    """A tool your code runs.

    Example:
        {'name': 'get_weather', 'description': 'Get the current weather in a location', 'input_schema': {'type':
            'object', 'properties': {'location': {'type': 'string'}}, 'required': ['location']}}

    Attributes:
        name (str):
        input_schema (AnthropicCustomToolInputSchema): JSON Schema of the tool input.
        type_ (AnthropicCustomToolTypeType1 | AnthropicCustomToolTypeType2Type1 | AnthropicCustomToolTypeType3Type1 |
            None | Unset):
        description (str | Unset):
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
    """

    name: str
    input_schema: AnthropicCustomToolInputSchema
    type_: (
        AnthropicCustomToolTypeType1
        | AnthropicCustomToolTypeType2Type1
        | AnthropicCustomToolTypeType3Type1
        | None
        | Unset
    ) = UNSET
    description: str | Unset = UNSET
    cache_control: AnthropicCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self.name

        input_schema: Any = self.input_schema
        if not (isinstance(input_schema, Unset) or input_schema is None):
            input_schema = self.input_schema.to_dict()

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AnthropicCustomToolTypeType1):
                type_ = self.type_.value
            elif isinstance(self.type_, AnthropicCustomToolTypeType2Type1):
                type_ = self.type_.value
            elif isinstance(self.type_, AnthropicCustomToolTypeType3Type1):
                type_ = self.type_.value
            else:
                type_ = self.type_

        description: Any = self.description

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCustomTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "input_schema" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _raw_input_schema = d.pop("input_schema", UNSET)
        input_schema: Any = _raw_input_schema
        if _raw_input_schema is not None and _raw_input_schema is not UNSET:
            input_schema = AnthropicCustomToolInputSchema.from_dict(_raw_input_schema)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = _parse_type_(_raw_type_)

        description = d.pop("description", UNSET)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        anthropic_custom_tool = cls(
            name=name,
            input_schema=input_schema,
            type_=type_,
            description=description,
            cache_control=cache_control,
        )

        anthropic_custom_tool.additional_properties = d
        return anthropic_custom_tool

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


def _parse_type_(
    data: object,
) -> (
    AnthropicCustomToolTypeType1 | AnthropicCustomToolTypeType2Type1 | AnthropicCustomToolTypeType3Type1 | None | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicCustomToolTypeType1.is_known(data):
        try:
            type_type_1 = AnthropicCustomToolTypeType1._parse(data)

            return type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCustomToolTypeType2Type1.is_known(data):
        try:
            type_type_2_type_1 = AnthropicCustomToolTypeType2Type1._parse(data)

            return type_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicCustomToolTypeType3Type1.is_known(data):
        try:
            type_type_3_type_1 = AnthropicCustomToolTypeType3Type1._parse(data)

            return type_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_1 = AnthropicCustomToolTypeType1._parse(data)

        return type_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_2_type_1 = AnthropicCustomToolTypeType2Type1._parse(data)

        return type_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_3_type_1 = AnthropicCustomToolTypeType3Type1._parse(data)

        return type_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "AnthropicCustomToolTypeType1 | AnthropicCustomToolTypeType2Type1 | AnthropicCustomToolTypeType3Type1 | None | Unset",
        data,
    )
