from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.named_tool_choice_type import NamedToolChoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_tool_choice_function import NamedToolChoiceFunction

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, NamedToolChoiceFunction
    from ..models.named_tool_choice_function import NamedToolChoiceFunction  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="NamedToolChoice")


@_attrs_define
class NamedToolChoice:
    """Forces a call to the named function.

    Attributes:
        type_ (NamedToolChoiceType):
        function (NamedToolChoiceFunction):
    """

    type_: NamedToolChoiceType
    function: NamedToolChoiceFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        function: Any = self.function
        if not (isinstance(function, Unset) or function is None):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of NamedToolChoice and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not NamedToolChoiceType.is_known(data["type"]):
            return False
        if "function" not in data:
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
            type_ = NamedToolChoiceType._parse(_raw_type_)

        _raw_function = d.pop("function", UNSET)
        function: Any = _raw_function
        if _raw_function is not None and _raw_function is not UNSET:
            function = NamedToolChoiceFunction.from_dict(_raw_function)

        named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        named_tool_choice.additional_properties = d
        return named_tool_choice

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
