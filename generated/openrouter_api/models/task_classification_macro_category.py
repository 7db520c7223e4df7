from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="TaskClassificationMacroCategory")


@_attrs_define
class TaskClassificationMacroCategory:
    """
    Example:
        {'key': 'code', 'label': 'Code', 'token_share': 0.52, 'usage_share': 0.45}

    Attributes:
        key (str): Macro-category identifier. Example: code.
        label (str): Human-readable label for the macro-category. Example: Code.
        token_share (float): Combined token share of all classifications in this macro-category (0–1). Example: 0.52.
        usage_share (float): Combined usage share of all classifications in this macro-category (0–1). Example: 0.45.
    """

    key: str
    label: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: Any = self.key

        label: Any = self.label

        token_share: Any = self.token_share

        usage_share: Any = self.usage_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if token_share is not UNSET:
            field_dict["token_share"] = token_share
        if usage_share is not UNSET:
            field_dict["usage_share"] = usage_share

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TaskClassificationMacroCategory and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "key" not in data:
            return False
        if "label" not in data:
            return False
        if "token_share" not in data:
            return False
        if "usage_share" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        label = d.pop("label", UNSET)

        token_share = d.pop("token_share", UNSET)

        usage_share = d.pop("usage_share", UNSET)

        task_classification_macro_category = cls(
            key=key,
            label=label,
            token_share=token_share,
            usage_share=usage_share,
        )

        task_classification_macro_category.additional_properties = d
        return task_classification_macro_category

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
