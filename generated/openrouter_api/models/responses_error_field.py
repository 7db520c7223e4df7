from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_error_field_code import ResponsesErrorFieldCode
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ResponsesErrorField")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"code", "message"})


@_attrs_define(repr=False)
class ResponsesErrorField:
    """Error information returned from the API

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.'}

    Attributes:
        code (ResponsesErrorFieldCode):
        message (str):
    """

    _code: ResponsesErrorFieldCode = _attrs_field(alias="code")
    _message: str = _attrs_field(alias="message")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def code(self) -> ResponsesErrorFieldCode:
        value: Any = self._code
        if value is UNSET:
            raise MissingFieldError("ResponsesErrorField", "code")
        return value

    @code.setter
    def code(self, value: ResponsesErrorFieldCode) -> None:
        self._code = value

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("ResponsesErrorField", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"code={self._code!r}, "
            f"message={self._message!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        code: Any = self._code
        if not (isinstance(code, Unset) or code is None):
            code = self._code.value

        message: Any = self._message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponsesErrorField and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
            return False
        if "code" in data and not ResponsesErrorFieldCode.is_known(data["code"]):
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
                    f"ResponsesErrorField is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "code"
            _raw_code = d.get("code", UNSET)
            code: Any = _raw_code
            if _raw_code is not None and _raw_code is not UNSET:
                code = ResponsesErrorFieldCode._value2member_map_.get(_raw_code) or ResponsesErrorFieldCode._parse(
                    _raw_code
                )

            message = d.get("message", UNSET)

        except FieldParseError as error:
            raise error.within("ResponsesErrorField", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ResponsesErrorField", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        responses_error_field = cls(
            code,
            message,
        )

        if not _DECLARED_KEYS.issuperset(d):
            responses_error_field.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return responses_error_field

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
