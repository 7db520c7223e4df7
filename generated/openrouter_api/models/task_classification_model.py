from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="TaskClassificationModel")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "tag_token_share", "tag_usage_share"})


@_attrs_define(repr=False)
class TaskClassificationModel:
    """
    Example:
        {'id': 'openai/gpt-4.1-mini', 'tag_token_share': 0.75, 'tag_usage_share': 0.55}

    Attributes:
        id (str): Model identifier (permaslug). Example: openai/gpt-4.1-mini.
        tag_token_share (float): Fraction of this classification's sampled token volume attributed to this model (0–1).
            Sums to ≤1 across the returned models (only top-N are included and unattributed requests are excluded). Example:
            0.75.
        tag_usage_share (float): Fraction of this classification's sampled requests attributed to this model (0–1). Sums
            to ≤1 across the returned models (only top-N are included and unattributed requests are excluded). Example:
            0.55.
    """

    _id: str = _attrs_field(alias="id")
    _tag_token_share: float = _attrs_field(alias="tag_token_share")
    _tag_usage_share: float = _attrs_field(alias="tag_usage_share")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("TaskClassificationModel", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def tag_token_share(self) -> float:
        value: Any = self._tag_token_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationModel", "tag_token_share")
        return value

    @tag_token_share.setter
    def tag_token_share(self, value: float) -> None:
        self._tag_token_share = value

    @property
    def tag_usage_share(self) -> float:
        value: Any = self._tag_usage_share
        if value is UNSET:
            raise MissingFieldError("TaskClassificationModel", "tag_usage_share")
        return value

    @tag_usage_share.setter
    def tag_usage_share(self, value: float) -> None:
        self._tag_usage_share = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"tag_token_share={self._tag_token_share!r}, "
            f"tag_usage_share={self._tag_usage_share!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id

        tag_token_share: Any = self._tag_token_share

        tag_usage_share: Any = self._tag_usage_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if tag_token_share is not UNSET:
            field_dict["tag_token_share"] = tag_token_share
        if tag_usage_share is not UNSET:
            field_dict["tag_usage_share"] = tag_usage_share

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of TaskClassificationModel and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "tag_token_share" not in data:
            return False
        if "tag_usage_share" not in data:
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
                    f"TaskClassificationModel is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        id = d.get("id", UNSET)

        tag_token_share = d.get("tag_token_share", UNSET)

        tag_usage_share = d.get("tag_usage_share", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        task_classification_model = cls(
            id,
            tag_token_share,
            tag_usage_share,
        )

        if not _DECLARED_KEYS.issuperset(d):
            task_classification_model.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return task_classification_model

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
