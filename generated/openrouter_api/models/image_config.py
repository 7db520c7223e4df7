from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class ImageConfig:
    """Provider-specific image configuration options. Keys and values vary by model/provider. See
    https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.

        Example:
            {'aspect_ratio': '16:9', 'quality': 'high'}

    """

    additional_properties: dict[str, float | list[Any] | str] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageConfig and its fixed values."""
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
                    f"ImageConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_config = cls()

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _DECLARED_KEYS:
                continue
            if prop_dict is None:
                additional_properties[prop_name] = None
                continue
            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        image_config.additional_properties = additional_properties
        return image_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | list[Any] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | list[Any] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_additional_property(data: object) -> float | list[Any] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        additional_property_type_2 = cast("list[Any]", data)

        return additional_property_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("float | list[Any] | str", data)
