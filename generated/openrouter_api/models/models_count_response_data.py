from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="ModelsCountResponseData")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"count"})


@_attrs_define(repr=False)
class ModelsCountResponseData:
    """Model count data

    Example:
        {'count': 150}

    Attributes:
        count (int): Total number of available models Example: 150.
    """

    _count: int = _attrs_field(alias="count")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def count(self) -> int:
        value: Any = self._count
        if value is UNSET:
            raise MissingFieldError("ModelsCountResponseData", "count")
        return value

    @count.setter
    def count(self, value: int) -> None:
        self._count = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(count={self._count!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        count: Any = self._count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelsCountResponseData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "count" not in data:
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
                    f"ModelsCountResponseData is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        count = d.get("count", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        models_count_response_data = cls(
            count,
        )

        if not _DECLARED_KEYS.issuperset(d):
            models_count_response_data.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return models_count_response_data

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
