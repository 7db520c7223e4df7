from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_browser_use_server_tool_item_type import OutputBrowserUseServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputBrowserUseServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "action", "id", "screenshotB64"})


@_attrs_define(repr=False)
class OutputBrowserUseServerToolItem:
    """An openrouter:browser_use server tool output item

    Example:
        {'action': 'screenshot', 'id': 'bu_tmp_abc123', 'status': 'completed', 'type': 'openrouter:browser_use'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputBrowserUseServerToolItemType):
        action (str | Unset):
        id (str | Unset):
        screenshot_b64 (str | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputBrowserUseServerToolItemType = _attrs_field(alias="type_")
    action: str | Unset = UNSET
    id: str | Unset = UNSET
    screenshot_b64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputBrowserUseServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputBrowserUseServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputBrowserUseServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputBrowserUseServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"action={self.action!r}, "
            f"id={self.id!r}, "
            f"screenshot_b64={self.screenshot_b64!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        action: Any = self.action

        id: Any = self.id

        screenshot_b64: Any = self.screenshot_b64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if id is not UNSET:
            field_dict["id"] = id
        if screenshot_b64 is not UNSET:
            field_dict["screenshotB64"] = screenshot_b64

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputBrowserUseServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputBrowserUseServerToolItemType.is_known(data["type"]):
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
                    f"OutputBrowserUseServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputBrowserUseServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputBrowserUseServerToolItemType._parse(_raw_type_)

            action = d.get("action", UNSET)

            id = d.get("id", UNSET)

            screenshot_b64 = d.get("screenshotB64", UNSET)

        except FieldParseError as error:
            raise error.within("OutputBrowserUseServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputBrowserUseServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_browser_use_server_tool_item = cls(
            status,
            type_,
            action,
            id,
            screenshot_b64,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_browser_use_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_browser_use_server_tool_item

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
