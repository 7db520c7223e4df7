from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="AnthropicContainer")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"expires_at", "id"})


@_attrs_define(repr=False)
class AnthropicContainer:
    """
    Example:
        {'expires_at': '2026-04-08T00:00:00Z', 'id': 'ctr_01abc'}

    Attributes:
        expires_at (str):
        id (str):
    """

    _expires_at: str = _attrs_field(alias="expires_at")
    _id: str = _attrs_field(alias="id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def expires_at(self) -> str:
        value: Any = self._expires_at
        if value is UNSET:
            raise MissingFieldError("AnthropicContainer", "expires_at")
        return value

    @expires_at.setter
    def expires_at(self, value: str) -> None:
        self._expires_at = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("AnthropicContainer", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"expires_at={self._expires_at!r}, "
            f"id={self._id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        expires_at: Any = self._expires_at

        id: Any = self._id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicContainer and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "expires_at" not in data:
            return False
        if "id" not in data:
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
                    f"AnthropicContainer is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        expires_at = d.get("expires_at", UNSET)

        id = d.get("id", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_container = cls(
            expires_at,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_container.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_container

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
