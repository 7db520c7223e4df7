from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="KeyCodeData")


@_attrs_define
class KeyCodeData:
    """The code and the app it belongs to.

    Attributes:
        id (str): The code to exchange at /auth/keys.
        app_id (int): App the code was issued to.
        created_at (str): When the code was issued, ISO 8601.
    """

    id: str
    app_id: int
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = self.id

        app_id: Any = self.app_id

        created_at: Any = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of KeyCodeData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "app_id" not in data:
            return False
        if "created_at" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        app_id = d.pop("app_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        key_code_data = cls(
            id=id,
            app_id=app_id,
            created_at=created_at,
        )

        key_code_data.additional_properties = d
        return key_code_data

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
