from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputFusionServerToolItemFailedModelsItem")


@_attrs_define
class OutputFusionServerToolItemFailedModelsItem:
    """
    Attributes:
        error (str): Error message describing why the model failed.
        model (str): Slug of the analysis model that failed.
        status_code (int | Unset): HTTP status code from the upstream response, when available (e.g. 402, 429).
    """

    error: str
    model: str
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: Any = self.error

        model: Any = self.model

        status_code: Any = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if model is not UNSET:
            field_dict["model"] = model
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputFusionServerToolItemFailedModelsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
            return False
        if "model" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        model = d.pop("model", UNSET)

        status_code = d.pop("status_code", UNSET)

        output_fusion_server_tool_item_failed_models_item = cls(
            error=error,
            model=model,
            status_code=status_code,
        )

        output_fusion_server_tool_item_failed_models_item.additional_properties = d
        return output_fusion_server_tool_item_failed_models_item

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
