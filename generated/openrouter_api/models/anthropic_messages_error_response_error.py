from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_messages_error_response_error_type import AnthropicMessagesErrorResponseErrorType
from ..models.api_error_type import ApiErrorType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicMessagesErrorResponseError")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"message", "type", "error_type"})


@_attrs_define(repr=False)
class AnthropicMessagesErrorResponseError:
    """
    Attributes:
        message (str):
        type_ (AnthropicMessagesErrorResponseErrorType):
        error_type (ApiErrorType | Unset): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
    """

    _message: str = _attrs_field(alias="message")
    _type_: AnthropicMessagesErrorResponseErrorType = _attrs_field(alias="type_")
    error_type: ApiErrorType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("AnthropicMessagesErrorResponseError", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    @property
    def type_(self) -> AnthropicMessagesErrorResponseErrorType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicMessagesErrorResponseError", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicMessagesErrorResponseErrorType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"message={self._message!r}, "
            f"type_={self._type_!r}, "
            f"error_type={self.error_type!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        message: Any = self._message

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        error_type: Any = self.error_type
        if not (isinstance(error_type, Unset) or error_type is None):
            error_type = error_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error_type is not UNSET:
            field_dict["error_type"] = error_type

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessagesErrorResponseError and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "message" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicMessagesErrorResponseErrorType.is_known(data["type"]):
            return False
        if "error_type" in data and not ApiErrorType.is_known(data["error_type"]):
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
                    f"AnthropicMessagesErrorResponseError is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            message = d.get("message", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicMessagesErrorResponseErrorType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicMessagesErrorResponseErrorType._parse(_raw_type_)

            _field = "error_type"
            _raw_error_type = d.get("error_type", UNSET)
            error_type: Any = _raw_error_type
            if _raw_error_type is not None and _raw_error_type is not UNSET:
                error_type = ApiErrorType._value2member_map_.get(_raw_error_type) or ApiErrorType._parse(
                    _raw_error_type
                )

        except FieldParseError as error:
            raise error.within("AnthropicMessagesErrorResponseError", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicMessagesErrorResponseError", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_messages_error_response_error = cls(
            message,
            type_,
            error_type,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_messages_error_response_error.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_messages_error_response_error

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
