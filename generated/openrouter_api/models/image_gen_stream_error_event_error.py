from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="ImageGenStreamErrorEventError")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"message", "code", "param", "type"})


@_attrs_define(repr=False)
class ImageGenStreamErrorEventError:
    """Provider error details

    Attributes:
        message (str): Provider error message
        code (None | str | Unset): Provider error code, when supplied
        param (None | str | Unset): Request parameter associated with the error, when supplied
        type_ (None | str | Unset): Provider error type, when supplied
    """

    _message: str = _attrs_field(alias="message")
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("ImageGenStreamErrorEventError", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"message={self._message!r}, "
            f"code={self.code!r}, "
            f"param={self.param!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        message: Any = self._message

        code: Any = self.code

        param: Any = self.param

        type_: Any = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenStreamErrorEventError and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"ImageGenStreamErrorEventError is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        message = d.get("message", UNSET)

        code = d.get("code", UNSET)

        param = d.get("param", UNSET)

        type_ = d.get("type", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_gen_stream_error_event_error = cls(
            message,
            code,
            param,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_gen_stream_error_event_error.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return image_gen_stream_error_event_error

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
