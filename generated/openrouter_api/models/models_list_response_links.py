from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="ModelsListResponseLinks")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"next"})


@_attrs_define(repr=False)
class ModelsListResponseLinks:
    """Pagination links

    Attributes:
        next_ (None | str): URL for the next page of results, or null if this is the last page Example:
            /api/v1/models?offset=500&limit=500.
    """

    _next_: None | str = _attrs_field(alias="next_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def next_(self) -> None | str:
        value: Any = self._next_
        if value is UNSET:
            raise MissingFieldError("ModelsListResponseLinks", "next")
        return value

    @next_.setter
    def next_(self, value: None | str) -> None:
        self._next_ = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(next_={self._next_!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        next_: Any = self._next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelsListResponseLinks and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "next" not in data:
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
                    f"ModelsListResponseLinks is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        next_ = d.get("next", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        models_list_response_links = cls(
            next_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            models_list_response_links.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return models_list_response_links

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
