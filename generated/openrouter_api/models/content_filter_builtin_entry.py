from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentFilterBuiltinEntry")


@_attrs_define
class ContentFilterBuiltinEntry:
    """A built-in detector and what to do when it fires.

    Attributes:
        slug (str): Detector name, such as email.
        action (str): What happens on a match, such as redact.
        label (None | str | Unset): Replacement text used when redacting.
    """

    slug: str
    action: str
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: Any = self.slug

        action: Any = self.action

        label: Any = self.label
        if not (isinstance(label, Unset) or label is None):
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if slug is not UNSET:
            field_dict["slug"] = slug
        if action is not UNSET:
            field_dict["action"] = action
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ContentFilterBuiltinEntry and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "slug" not in data:
            return False
        if "action" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        action = d.pop("action", UNSET)

        label = d.pop("label", UNSET)

        content_filter_builtin_entry = cls(
            slug=slug,
            action=action,
            label=label,
        )

        content_filter_builtin_entry.additional_properties = d
        return content_filter_builtin_entry

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
