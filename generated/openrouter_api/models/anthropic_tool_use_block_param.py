from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_use_block_param_type import AnthropicToolUseBlockParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control import AnthropicCacheControl
    from ..models.anthropic_tool_use_block_param_input import AnthropicToolUseBlockParamInput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCacheControl, AnthropicToolUseBlockParamInput
    from ..models.anthropic_cache_control import AnthropicCacheControl  # noqa: PLC0415
    from ..models.anthropic_tool_use_block_param_input import AnthropicToolUseBlockParamInput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicToolUseBlockParam")


@_attrs_define
class AnthropicToolUseBlockParam:
    """A tool call the assistant made earlier.

    Attributes:
        type_ (AnthropicToolUseBlockParamType):
        id (str):
        name (str):
        input_ (AnthropicToolUseBlockParamInput):
        cache_control (AnthropicCacheControl | Unset): A prompt-cache breakpoint in Anthropic's style. Example: {'type':
            'ephemeral'}.
    """

    type_: AnthropicToolUseBlockParamType
    id: str
    name: str
    input_: AnthropicToolUseBlockParamInput
    cache_control: AnthropicCacheControl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        id: Any = self.id

        name: Any = self.name

        input_: Any = self.input_
        if not (isinstance(input_, Unset) or input_ is None):
            input_ = self.input_.to_dict()

        cache_control: Any = self.cache_control
        if not (isinstance(cache_control, Unset) or cache_control is None):
            cache_control = UNSET
            if not isinstance(self.cache_control, Unset):
                cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicToolUseBlockParam and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicToolUseBlockParamType.is_known(data["type"]):
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "input" not in data:
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
            type_ = AnthropicToolUseBlockParamType._parse(_raw_type_)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_input_ = d.pop("input", UNSET)
        input_: Any = _raw_input_
        if _raw_input_ is not None and _raw_input_ is not UNSET:
            input_ = AnthropicToolUseBlockParamInput.from_dict(_raw_input_)

        _raw_cache_control = d.pop("cache_control", UNSET)
        cache_control: Any = _raw_cache_control
        if _raw_cache_control is not None and _raw_cache_control is not UNSET:
            _cache_control = _raw_cache_control
            cache_control: AnthropicCacheControl | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControl.from_dict(_cache_control)

        anthropic_tool_use_block_param = cls(
            type_=type_,
            id=id,
            name=name,
            input_=input_,
            cache_control=cache_control,
        )

        anthropic_tool_use_block_param.additional_properties = d
        return anthropic_tool_use_block_param

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
