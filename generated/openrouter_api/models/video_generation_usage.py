from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerationUsage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"cost", "is_byok"})


@_attrs_define(repr=False)
class VideoGenerationUsage:
    """Usage and cost information for the video generation. Available once the job has completed.

    Example:
        {'cost': 0.5, 'is_byok': False}

    Attributes:
        cost (float | None | Unset): The cost of the video generation in USD.
        is_byok (bool | Unset): Whether the request was made using a Bring Your Own Key configuration.
    """

    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cost={self.cost!r}, "
            f"is_byok={self.is_byok!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cost: Any = self.cost

        is_byok: Any = self.is_byok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cost is not UNSET:
            field_dict["cost"] = cost
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of VideoGenerationUsage and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"VideoGenerationUsage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        cost = d.get("cost", UNSET)

        is_byok = d.get("is_byok", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        video_generation_usage = cls(
            cost,
            is_byok,
        )

        if not _DECLARED_KEYS.issuperset(d):
            video_generation_usage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return video_generation_usage

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
