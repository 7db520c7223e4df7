from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ModelAliasTarget")


@_attrs_define
class ModelAliasTarget:
    """For a "latest" alias, the concrete model it currently points to.

    Attributes:
        slug (str): Id of the concrete model.
        name (str): Display name of the concrete model.
    """

    slug: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: Any = self.slug

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelAliasTarget and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "slug" not in data:
            return False
        if "name" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        name = d.pop("name", UNSET)

        model_alias_target = cls(
            slug=slug,
            name=name,
        )

        model_alias_target.additional_properties = d
        return model_alias_target

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
