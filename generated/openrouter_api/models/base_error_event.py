from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_error_event_type import BaseErrorEventType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="BaseErrorEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"code", "message", "param", "sequence_number", "type"})


@_attrs_define(repr=False)
class BaseErrorEvent:
    """Event emitted when an error occurs during streaming

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.', 'param': None,
            'sequence_number': 2, 'type': 'error'}

    Attributes:
        code (None | str):
        message (str):
        param (None | str):
        sequence_number (int):
        type_ (BaseErrorEventType):
    """

    _code: None | str = _attrs_field(alias="code")
    _message: str = _attrs_field(alias="message")
    _param: None | str = _attrs_field(alias="param")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: BaseErrorEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def code(self) -> None | str:
        value: Any = self._code
        if value is UNSET:
            raise MissingFieldError("BaseErrorEvent", "code")
        return value

    @code.setter
    def code(self, value: None | str) -> None:
        self._code = value

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("BaseErrorEvent", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    @property
    def param(self) -> None | str:
        value: Any = self._param
        if value is UNSET:
            raise MissingFieldError("BaseErrorEvent", "param")
        return value

    @param.setter
    def param(self, value: None | str) -> None:
        self._param = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("BaseErrorEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> BaseErrorEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BaseErrorEvent", "type")
        return value

    @type_.setter
    def type_(self, value: BaseErrorEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"code={self._code!r}, "
            f"message={self._message!r}, "
            f"param={self._param!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        code: Any = self._code

        message: Any = self._message

        param: Any = self._param

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseErrorEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
            return False
        if "message" not in data:
            return False
        if "param" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not BaseErrorEventType.is_known(data["type"]):
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
                    f"BaseErrorEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            code = d.get("code", UNSET)

            message = d.get("message", UNSET)

            param = d.get("param", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BaseErrorEventType._value2member_map_.get(_raw_type_) or BaseErrorEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("BaseErrorEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseErrorEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_error_event = cls(
            code,
            message,
            param,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_error_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_error_event

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
