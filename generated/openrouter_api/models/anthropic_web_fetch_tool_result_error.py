from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_fetch_tool_result_error_error_code import AnthropicWebFetchToolResultErrorErrorCode
from ..models.anthropic_web_fetch_tool_result_error_type import AnthropicWebFetchToolResultErrorType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicWebFetchToolResultError")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error_code", "type"})


@_attrs_define(repr=False)
class AnthropicWebFetchToolResultError:
    """
    Example:
        {'error_code': 'unavailable', 'type': 'web_fetch_tool_result_error'}

    Attributes:
        error_code (AnthropicWebFetchToolResultErrorErrorCode):
        type_ (AnthropicWebFetchToolResultErrorType):
    """

    _error_code: AnthropicWebFetchToolResultErrorErrorCode = _attrs_field(alias="error_code")
    _type_: AnthropicWebFetchToolResultErrorType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error_code(self) -> AnthropicWebFetchToolResultErrorErrorCode:
        value: Any = self._error_code
        if value is UNSET:
            raise MissingFieldError("AnthropicWebFetchToolResultError", "error_code")
        return value

    @error_code.setter
    def error_code(self, value: AnthropicWebFetchToolResultErrorErrorCode) -> None:
        self._error_code = value

    @property
    def type_(self) -> AnthropicWebFetchToolResultErrorType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicWebFetchToolResultError", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicWebFetchToolResultErrorType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error_code={self._error_code!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        error_code: Any = self._error_code
        if not (isinstance(error_code, Unset) or error_code is None):
            error_code = self._error_code.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicWebFetchToolResultError and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error_code" not in data:
            return False
        if "error_code" in data and not AnthropicWebFetchToolResultErrorErrorCode.is_known(data["error_code"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicWebFetchToolResultErrorType.is_known(data["type"]):
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
                    f"AnthropicWebFetchToolResultError is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "error_code"
            _raw_error_code = d.get("error_code", UNSET)
            error_code: Any = _raw_error_code
            if _raw_error_code is not None and _raw_error_code is not UNSET:
                error_code = AnthropicWebFetchToolResultErrorErrorCode._value2member_map_.get(
                    _raw_error_code
                ) or AnthropicWebFetchToolResultErrorErrorCode._parse(_raw_error_code)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicWebFetchToolResultErrorType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicWebFetchToolResultErrorType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicWebFetchToolResultError", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicWebFetchToolResultError", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_web_fetch_tool_result_error = cls(
            error_code,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_web_fetch_tool_result_error.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_web_fetch_tool_result_error

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
