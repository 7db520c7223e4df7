from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="GenerationContentErrorAttempt")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"code", "message", "provider_name", "raw"})


@_attrs_define(repr=False)
class GenerationContentErrorAttempt:
    """A single failed upstream attempt recorded for the generation

    Example:
        {'code': 429, 'message': 'Provider returned error', 'provider_name': 'Google', 'raw':
            '{"error":{"code":429,"message":"Resource exhausted"}}'}

    Attributes:
        code (int): HTTP status returned by this attempt Example: 429.
        message (str): Error message returned by this attempt Example: Provider returned error.
        provider_name (None | str): Provider that served this attempt, when known Example: Google.
        raw (None | str): Raw error body returned by the provider, when stored Example:
            {"error":{"code":429,"message":"Resource exhausted"}}.
    """

    _code: int = _attrs_field(alias="code")
    _message: str = _attrs_field(alias="message")
    _provider_name: None | str = _attrs_field(alias="provider_name")
    _raw: None | str = _attrs_field(alias="raw")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def code(self) -> int:
        value: Any = self._code
        if value is UNSET:
            raise MissingFieldError("GenerationContentErrorAttempt", "code")
        return value

    @code.setter
    def code(self, value: int) -> None:
        self._code = value

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("GenerationContentErrorAttempt", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    @property
    def provider_name(self) -> None | str:
        value: Any = self._provider_name
        if value is UNSET:
            raise MissingFieldError("GenerationContentErrorAttempt", "provider_name")
        return value

    @provider_name.setter
    def provider_name(self, value: None | str) -> None:
        self._provider_name = value

    @property
    def raw(self) -> None | str:
        value: Any = self._raw
        if value is UNSET:
            raise MissingFieldError("GenerationContentErrorAttempt", "raw")
        return value

    @raw.setter
    def raw(self, value: None | str) -> None:
        self._raw = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"code={self._code!r}, "
            f"message={self._message!r}, "
            f"provider_name={self._provider_name!r}, "
            f"raw={self._raw!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        code: Any = self._code

        message: Any = self._message

        provider_name: Any = self._provider_name

        raw: Any = self._raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationContentErrorAttempt and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
            return False
        if "message" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "raw" not in data:
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
                    f"GenerationContentErrorAttempt is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        code = d.get("code", UNSET)

        message = d.get("message", UNSET)

        provider_name = d.get("provider_name", UNSET)

        raw = d.get("raw", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_content_error_attempt = cls(
            code,
            message,
            provider_name,
            raw,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_content_error_attempt.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return generation_content_error_attempt

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
