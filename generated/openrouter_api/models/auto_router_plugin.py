from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_router_plugin_id import AutoRouterPluginId
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoRouterPlugin")


@_attrs_define
class AutoRouterPlugin:
    """Lets the auto router choose the model, optionally from a limited set.

    Attributes:
        id (AutoRouterPluginId):
        enabled (bool | Unset):
        allowed_models (list[str] | Unset): Model patterns the router may choose from, such as anthropic/*.
    """

    id: AutoRouterPluginId
    enabled: bool | Unset = UNSET
    allowed_models: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            id = self.id.value

        enabled: Any = self.enabled

        allowed_models: Any = self.allowed_models
        if not (isinstance(allowed_models, Unset) or allowed_models is None):
            allowed_models = UNSET
            if not isinstance(self.allowed_models, Unset):
                allowed_models = self.allowed_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AutoRouterPlugin and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "id" in data and not AutoRouterPluginId.is_known(data["id"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: Any = _raw_id
        if _raw_id is not None and _raw_id is not UNSET:
            id = AutoRouterPluginId._parse(_raw_id)

        enabled = d.pop("enabled", UNSET)

        _raw_allowed_models = d.pop("allowed_models", UNSET)
        allowed_models: Any = _raw_allowed_models
        if _raw_allowed_models is not None and _raw_allowed_models is not UNSET:
            allowed_models = cast("list[str]", _raw_allowed_models)

        auto_router_plugin = cls(
            id=id,
            enabled=enabled,
            allowed_models=allowed_models,
        )

        auto_router_plugin.additional_properties = d
        return auto_router_plugin

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
