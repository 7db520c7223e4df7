from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="ExchangeAuthCodeForApiKeyResponse200")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"key", "user_id"})


@_attrs_define(repr=False)
class ExchangeAuthCodeForApiKeyResponse200:
    """
    Example:
        {'key': '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', 'user_id':
            'user_2yOPcMpKoQhcd4bVgSMlELRaIah'}

    Attributes:
        key (str): The API key to use for OpenRouter requests Example: sk-
            or-v1-0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a5271146f7464951c96.
        user_id (None | str): User ID associated with the API key Example: user_2yOPcMpKoQhcd4bVgSMlELRaIah.
    """

    _key: str = _attrs_field(alias="key")
    _user_id: None | str = _attrs_field(alias="user_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def key(self) -> str:
        value: Any = self._key
        if value is UNSET:
            raise MissingFieldError("ExchangeAuthCodeForApiKeyResponse200", "key")
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    @property
    def user_id(self) -> None | str:
        value: Any = self._user_id
        if value is UNSET:
            raise MissingFieldError("ExchangeAuthCodeForApiKeyResponse200", "user_id")
        return value

    @user_id.setter
    def user_id(self, value: None | str) -> None:
        self._user_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"key={self._key!r}, "
            f"user_id={self._user_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key: Any = self._key

        user_id: Any = self._user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if key is not UNSET:
            field_dict["key"] = key
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ExchangeAuthCodeForApiKeyResponse200 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "key" not in data:
            return False
        if "user_id" not in data:
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
                    f"ExchangeAuthCodeForApiKeyResponse200 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        key = d.get("key", UNSET)

        user_id = d.get("user_id", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        exchange_auth_code_for_api_key_response_200 = cls(
            key,
            user_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            exchange_auth_code_for_api_key_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return exchange_auth_code_for_api_key_response_200

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
