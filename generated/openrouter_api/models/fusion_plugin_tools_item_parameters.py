from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResolvingAnnotations

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item_parameters_additional_property_type_5 import (
        FusionPluginToolsItemParametersAdditionalPropertyType5,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FusionPluginToolsItemParametersAdditionalPropertyType5
    if _lazy_imports_resolved:
        return
    from ..models.fusion_plugin_tools_item_parameters_additional_property_type_5 import (
        FusionPluginToolsItemParametersAdditionalPropertyType5,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="FusionPluginToolsItemParameters")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class FusionPluginToolsItemParameters:
    """Optional configuration forwarded as the tool's `parameters` object."""

    additional_properties: dict[
        str,
        bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertyType5
        | list[bool | float | None | str]
        | None
        | str,
    ] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_4_item_data in prop:
                    additional_property_type_4_item: bool | float | None | str
                    additional_property_type_4_item = additional_property_type_4_item_data
                    field_dict[prop_name].append(additional_property_type_4_item)

            elif isinstance(prop, FusionPluginToolsItemParametersAdditionalPropertyType5):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of FusionPluginToolsItemParameters and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"FusionPluginToolsItemParameters is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        fusion_plugin_tools_item_parameters = cls()

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _DECLARED_KEYS:
                continue
            if prop_dict is None:
                additional_properties[prop_name] = None
                continue
            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        fusion_plugin_tools_item_parameters.additional_properties = additional_properties
        return fusion_plugin_tools_item_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertyType5
        | list[bool | float | None | str]
        | None
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertyType5
        | list[bool | float | None | str]
        | None
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


FusionPluginToolsItemParameters.__annotations__ = ResolvingAnnotations(
    FusionPluginToolsItemParameters.__annotations__, _resolve_lazy_imports
)


def _parse_additional_property(
    data: object,
) -> (
    bool | float | FusionPluginToolsItemParametersAdditionalPropertyType5 | list[bool | float | None | str] | None | str
):
    if data is None:
        return data
    if FusionPluginToolsItemParametersAdditionalPropertyType5._matches(data):
        try:
            additional_property_type_5 = FusionPluginToolsItemParametersAdditionalPropertyType5.from_dict(data)

            return additional_property_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        additional_property_type_4 = [
            additional_property_type_4_item_data for additional_property_type_4_item_data in data
        ]

        return additional_property_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        additional_property_type_5 = FusionPluginToolsItemParametersAdditionalPropertyType5.from_dict(data)

        return additional_property_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "bool | float | FusionPluginToolsItemParametersAdditionalPropertyType5 | list[bool | float | None | str] | None | str",
        data,
    )
