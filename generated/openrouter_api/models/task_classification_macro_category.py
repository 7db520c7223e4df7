from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="TaskClassificationMacroCategory")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"key", "label", "token_share", "usage_share"})


@_attrs_define(repr=False)
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

    _key: str = _attrs_field(alias="key")
    _label: str = _attrs_field(alias="label")
    _token_share: float = _attrs_field(alias="token_share")
    _usage_share: float = _attrs_field(alias="usage_share")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def key(self) -> str:
        value: Any = self._key
        if value is UNSET:
            raise MissingFieldError("TaskClassificationMacroCategory", "key")
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    @property
    def label(self) -> str:
        value: Any = self._label
        if value is UNSET:
            raise MissingFieldError("TaskClassificationMacroCategory", "label")
        return value

    @label.setter
    def label(self, value: str) -> None:
        self._label = value

    @property
    def token_share(self) -> float:
        value: Any = self._token_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationMacroCategory", "token_share")
        return value

    @token_share.setter
    def token_share(self, value: float) -> None:
        self._token_share = value

    @property
    def usage_share(self) -> float:
        value: Any = self._usage_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationMacroCategory", "usage_share")
        return value

    @usage_share.setter
    def usage_share(self, value: float) -> None:
        self._usage_share = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"key={self._key!r}, "
            f"label={self._label!r}, "
            f"token_share={self._token_share!r}, "
            f"usage_share={self._usage_share!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key: Any = self._key

        label: Any = self._label

        token_share: Any = self._token_share

        usage_share: Any = self._usage_share

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"TaskClassificationMacroCategory is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        key = d.get("key", UNSET)

        label = d.get("label", UNSET)

        token_share = d.get("token_share", UNSET)

        usage_share = d.get("usage_share", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        task_classification_macro_category = cls(
            key,
            label,
            token_share,
            usage_share,
        )

        if not _DECLARED_KEYS.issuperset(d):
            task_classification_macro_category.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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
