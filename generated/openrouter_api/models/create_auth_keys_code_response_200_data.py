from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="CreateAuthKeysCodeResponse200Data")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"app_id", "created_at", "id"})


@_attrs_define(repr=False)
class CreateAuthKeysCodeResponse200Data:
    """Auth code data

    Example:
        {'app_id': 12345, 'created_at': '2025-08-24T10:30:00Z', 'id': 'auth_code_xyz789'}

    Attributes:
        app_id (int): The application ID associated with this auth code Example: 12345.
        created_at (str): ISO 8601 timestamp of when the auth code was created Example: 2025-08-24T10:30:00Z.
        id (str): The authorization code ID to use in the exchange request Example: auth_code_xyz789.
    """

    _app_id: int = _attrs_field(alias="app_id")
    _created_at: str = _attrs_field(alias="created_at")
    _id: str = _attrs_field(alias="id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def app_id(self) -> int:
        value: Any = self._app_id
        if value is UNSET:
            raise MissingFieldError("CreateAuthKeysCodeResponse200Data", "app_id")
        return value

    @app_id.setter
    def app_id(self, value: int) -> None:
        self._app_id = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("CreateAuthKeysCodeResponse200Data", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("CreateAuthKeysCodeResponse200Data", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"app_id={self._app_id!r}, "
            f"created_at={self._created_at!r}, "
            f"id={self._id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        app_id: Any = self._app_id

        created_at: Any = self._created_at

        id: Any = self._id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateAuthKeysCodeResponse200Data and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "app_id" not in data:
            return False
        if "created_at" not in data:
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
                    f"CreateAuthKeysCodeResponse200Data is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        app_id = d.get("app_id", UNSET)

        created_at = d.get("created_at", UNSET)

        id = d.get("id", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_auth_keys_code_response_200_data = cls(
            app_id,
            created_at,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_auth_keys_code_response_200_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_auth_keys_code_response_200_data

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
