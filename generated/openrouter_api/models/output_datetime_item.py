from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_datetime_item_type import OutputDatetimeItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputDatetimeItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"datetime", "status", "timezone", "type", "id"})


@_attrs_define(repr=False)
class OutputDatetimeItem:
    """An openrouter:datetime server tool output item

    Example:
        {'datetime': '2026-03-12T14:30:00.000Z', 'id': 'dt_tmp_abc123', 'status': 'completed', 'timezone': 'UTC',
            'type': 'openrouter:datetime'}

    Attributes:
        datetime_ (str): ISO 8601 datetime string
        status (ToolCallStatus):  Example: completed.
        timezone (str): IANA timezone name
        type_ (OutputDatetimeItemType):
        id (str | Unset):
    """

    _datetime_: str = _attrs_field(alias="datetime_")
    _status: ToolCallStatus = _attrs_field(alias="status")
    _timezone: str = _attrs_field(alias="timezone")
    _type_: OutputDatetimeItemType = _attrs_field(alias="type_")
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def datetime_(self) -> str:
        value: Any = self._datetime_
        if value is UNSET:
            raise MissingFieldError("OutputDatetimeItem", "datetime")
        return value

    @datetime_.setter
    def datetime_(self, value: str) -> None:
        self._datetime_ = value

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputDatetimeItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def timezone(self) -> str:
        value: Any = self._timezone
        if value is UNSET:
            raise MissingFieldError("OutputDatetimeItem", "timezone")
        return value

    @timezone.setter
    def timezone(self, value: str) -> None:
        self._timezone = value

    @property
    def type_(self) -> OutputDatetimeItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputDatetimeItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputDatetimeItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"datetime_={self._datetime_!r}, "
            f"status={self._status!r}, "
            f"timezone={self._timezone!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        datetime_: Any = self._datetime_

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        timezone: Any = self._timezone

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputDatetimeItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "datetime" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "timezone" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputDatetimeItemType.is_known(data["type"]):
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
                    f"OutputDatetimeItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            datetime_ = d.get("datetime", UNSET)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            timezone = d.get("timezone", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputDatetimeItemType._value2member_map_.get(_raw_type_) or OutputDatetimeItemType._parse(
                    _raw_type_
                )

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("OutputDatetimeItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputDatetimeItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_datetime_item = cls(
            datetime_,
            status,
            timezone,
            type_,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_datetime_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_datetime_item

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
