from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_use_server_tool_environment import ComputerUseServerToolEnvironment
from ..models.computer_use_server_tool_type import ComputerUseServerToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerUseServerTool")


@_attrs_define
class ComputerUseServerTool:
    """Computer use preview tool configuration

    Example:
        {'display_height': 768, 'display_width': 1024, 'environment': 'linux', 'type': 'computer_use_preview'}

    Attributes:
        display_height (int):
        display_width (int):
        environment (ComputerUseServerToolEnvironment):
        type_ (ComputerUseServerToolType):
    """

    display_height: int
    display_width: int
    environment: ComputerUseServerToolEnvironment
    type_: ComputerUseServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_height: Any = self.display_height

        display_width: Any = self.display_width

        environment: Any = self.environment
        if not (isinstance(environment, Unset) or environment is None):
            environment = self.environment.value

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if display_height is not UNSET:
            field_dict["display_height"] = display_height
        if display_width is not UNSET:
            field_dict["display_width"] = display_width
        if environment is not UNSET:
            field_dict["environment"] = environment
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ComputerUseServerTool and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "display_height" not in data:
            return False
        if "display_width" not in data:
            return False
        if "environment" not in data:
            return False
        if "environment" in data and not ComputerUseServerToolEnvironment.is_known(data["environment"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ComputerUseServerToolType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_height = d.pop("display_height", UNSET)

        display_width = d.pop("display_width", UNSET)

        _raw_environment = d.pop("environment", UNSET)
        environment: Any = _raw_environment
        if _raw_environment is not None and _raw_environment is not UNSET:
            environment = ComputerUseServerToolEnvironment._parse(_raw_environment)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ComputerUseServerToolType._parse(_raw_type_)

        computer_use_server_tool = cls(
            display_height=display_height,
            display_width=display_width,
            environment=environment,
            type_=type_,
        )

        computer_use_server_tool.additional_properties = d
        return computer_use_server_tool

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
