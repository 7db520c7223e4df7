from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_use_server_tool_environment import ComputerUseServerToolEnvironment
from ..models.computer_use_server_tool_type import ComputerUseServerToolType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ComputerUseServerTool")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"display_height", "display_width", "environment", "type"})


@_attrs_define(repr=False)
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

    _display_height: int = _attrs_field(alias="display_height")
    _display_width: int = _attrs_field(alias="display_width")
    _environment: ComputerUseServerToolEnvironment = _attrs_field(alias="environment")
    _type_: ComputerUseServerToolType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def display_height(self) -> int:
        value: Any = self._display_height
        if value is UNSET:
            raise MissingFieldError("ComputerUseServerTool", "display_height")
        return value

    @display_height.setter
    def display_height(self, value: int) -> None:
        self._display_height = value

    @property
    def display_width(self) -> int:
        value: Any = self._display_width
        if value is UNSET:
            raise MissingFieldError("ComputerUseServerTool", "display_width")
        return value

    @display_width.setter
    def display_width(self, value: int) -> None:
        self._display_width = value

    @property
    def environment(self) -> ComputerUseServerToolEnvironment:
        value: Any = self._environment
        if value is UNSET:
            raise MissingFieldError("ComputerUseServerTool", "environment")
        return value

    @environment.setter
    def environment(self, value: ComputerUseServerToolEnvironment) -> None:
        self._environment = value

    @property
    def type_(self) -> ComputerUseServerToolType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ComputerUseServerTool", "type")
        return value

    @type_.setter
    def type_(self, value: ComputerUseServerToolType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"display_height={self._display_height!r}, "
            f"display_width={self._display_width!r}, "
            f"environment={self._environment!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        display_height: Any = self._display_height

        display_width: Any = self._display_width

        environment: Any = self._environment
        if not (isinstance(environment, Unset) or environment is None):
            environment = self._environment.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ComputerUseServerTool is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            display_height = d.get("display_height", UNSET)

            display_width = d.get("display_width", UNSET)

            _field = "environment"
            _raw_environment = d.get("environment", UNSET)
            environment: Any = _raw_environment
            if _raw_environment is not None and _raw_environment is not UNSET:
                environment = ComputerUseServerToolEnvironment._value2member_map_.get(
                    _raw_environment
                ) or ComputerUseServerToolEnvironment._parse(_raw_environment)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ComputerUseServerToolType._value2member_map_.get(
                    _raw_type_
                ) or ComputerUseServerToolType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("ComputerUseServerTool", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ComputerUseServerTool", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        computer_use_server_tool = cls(
            display_height,
            display_width,
            environment,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            computer_use_server_tool.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
