from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_output_item_type import LocalShellCallOutputItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="LocalShellCallOutputItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "output", "type", "status"})


@_attrs_define(repr=False)
class LocalShellCallOutputItem:
    """Output from a local shell command execution

    Example:
        {'id': 'output-abc123', 'output': 'total 24\\ndrwxr-xr-x  5 user  staff  160 Jan  1 12:00 .', 'status':
            'completed', 'type': 'local_shell_call_output'}

    Attributes:
        id (str):
        output (str):
        type_ (LocalShellCallOutputItemType):
        status (None | ToolCallStatus | Unset):
    """

    _id: str = _attrs_field(alias="id")
    _output: str = _attrs_field(alias="output")
    _type_: LocalShellCallOutputItemType = _attrs_field(alias="type_")
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("LocalShellCallOutputItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def output(self) -> str:
        value: Any = self._output
        if value is UNSET:
            raise MissingFieldError("LocalShellCallOutputItem", "output")
        return value

    @output.setter
    def output(self, value: str) -> None:
        self._output = value

    @property
    def type_(self) -> LocalShellCallOutputItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("LocalShellCallOutputItem", "type")
        return value

    @type_.setter
    def type_(self, value: LocalShellCallOutputItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"output={self._output!r}, "
            f"type_={self._type_!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id

        output: Any = self._output

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, ToolCallStatus):
                status = self.status.value
            else:
                status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of LocalShellCallOutputItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "output" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not LocalShellCallOutputItemType.is_known(data["type"]):
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
                    f"LocalShellCallOutputItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            output = d.get("output", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = LocalShellCallOutputItemType._value2member_map_.get(
                    _raw_type_
                ) or LocalShellCallOutputItemType._parse(_raw_type_)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("LocalShellCallOutputItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("LocalShellCallOutputItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        local_shell_call_output_item = cls(
            id,
            output,
            type_,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            local_shell_call_output_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return local_shell_call_output_item

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


def _parse_status(data: object) -> None | ToolCallStatus | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ToolCallStatus.is_known(data):
        try:
            status_type_0 = ToolCallStatus._value2member_map_.get(data) or ToolCallStatus._parse(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = ToolCallStatus._value2member_map_.get(data) or ToolCallStatus._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ToolCallStatus | Unset", data)
