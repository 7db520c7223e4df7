from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RouterParams")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"quality_floor", "throughput_floor", "version_group"})


@_attrs_define(repr=False)
class RouterParams:
    """
    Example:
        {'version_group': 'anthropic/claude-sonnet-4'}

    Attributes:
        quality_floor (float | Unset):
        throughput_floor (float | Unset):
        version_group (str | Unset):
    """

    quality_floor: float | Unset = UNSET
    throughput_floor: float | Unset = UNSET
    version_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"quality_floor={self.quality_floor!r}, "
            f"throughput_floor={self.throughput_floor!r}, "
            f"version_group={self.version_group!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        quality_floor: Any = self.quality_floor

        throughput_floor: Any = self.throughput_floor

        version_group: Any = self.version_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if quality_floor is not UNSET:
            field_dict["quality_floor"] = quality_floor
        if throughput_floor is not UNSET:
            field_dict["throughput_floor"] = throughput_floor
        if version_group is not UNSET:
            field_dict["version_group"] = version_group

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of RouterParams and its fixed values."""
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
                    f"RouterParams is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        quality_floor = d.get("quality_floor", UNSET)

        throughput_floor = d.get("throughput_floor", UNSET)

        version_group = d.get("version_group", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        router_params = cls(
            quality_floor,
            throughput_floor,
            version_group,
        )

        if not _DECLARED_KEYS.issuperset(d):
            router_params.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return router_params

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
