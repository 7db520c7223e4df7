from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="OutputComputerCallItemPendingSafetyChecksItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"code", "id", "message"})


@_attrs_define(repr=False)
class OutputComputerCallItemPendingSafetyChecksItem:
    """
    Attributes:
        code (str):
        id (str):
        message (str):
    """

    _code: str = _attrs_field(alias="code")
    _id: str = _attrs_field(alias="id")
    _message: str = _attrs_field(alias="message")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def code(self) -> str:
        value: Any = self._code
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItemPendingSafetyChecksItem", "code")
        return value

    @code.setter
    def code(self, value: str) -> None:
        self._code = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItemPendingSafetyChecksItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("OutputComputerCallItemPendingSafetyChecksItem", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"code={self._code!r}, "
            f"id={self._id!r}, "
            f"message={self._message!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        code: Any = self._code

        id: Any = self._id

        message: Any = self._message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputComputerCallItemPendingSafetyChecksItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
            return False
        if "id" not in data:
            return False
        if "message" not in data:
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
                    f"OutputComputerCallItemPendingSafetyChecksItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        code = d.get("code", UNSET)

        id = d.get("id", UNSET)

        message = d.get("message", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_computer_call_item_pending_safety_checks_item = cls(
            code,
            id,
            message,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_computer_call_item_pending_safety_checks_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_computer_call_item_pending_safety_checks_item

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
