from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResolvingAnnotations

if TYPE_CHECKING:
    from ..models.boolean_capability import BooleanCapability
    from ..models.enum_capability import EnumCapability
    from ..models.range_capability import RangeCapability

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, BooleanCapability, EnumCapability, RangeCapability
    if _lazy_imports_resolved:
        return
    from ..models.boolean_capability import BooleanCapability  # noqa: PLC0415
    from ..models.enum_capability import EnumCapability  # noqa: PLC0415
    from ..models.range_capability import RangeCapability  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="SupportedParameters")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset()


@_attrs_define(repr=False)
class SupportedParameters:
    """Union of supported parameters across every endpoint of this model. Coarse discovery aid; the definitive per-endpoint
    set is behind the endpoints URL.

        Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
                '2K', '4K']}, 'seed': {'type': 'boolean'}}

    """

    additional_properties: dict[str, BooleanCapability | EnumCapability | RangeCapability] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, EnumCapability):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, RangeCapability):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SupportedParameters and its fixed values."""
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
                    f"SupportedParameters is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        supported_parameters = cls()

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _DECLARED_KEYS:
                continue
            if prop_dict is None:
                additional_properties[prop_name] = None
                continue
            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        supported_parameters.additional_properties = additional_properties
        return supported_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BooleanCapability | EnumCapability | RangeCapability:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BooleanCapability | EnumCapability | RangeCapability) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


SupportedParameters.__annotations__ = ResolvingAnnotations(SupportedParameters.__annotations__, _resolve_lazy_imports)


def _parse_additional_property(data: object) -> BooleanCapability | EnumCapability | RangeCapability:
    if EnumCapability._matches(data):
        try:
            componentsschemas_capability_descriptor_type_0 = EnumCapability.from_dict(data)

            return componentsschemas_capability_descriptor_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if RangeCapability._matches(data):
        try:
            componentsschemas_capability_descriptor_type_1 = RangeCapability.from_dict(data)

            return componentsschemas_capability_descriptor_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if BooleanCapability._matches(data):
        try:
            componentsschemas_capability_descriptor_type_2 = BooleanCapability.from_dict(data)

            return componentsschemas_capability_descriptor_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_capability_descriptor_type_0 = EnumCapability.from_dict(data)

        return componentsschemas_capability_descriptor_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_capability_descriptor_type_1 = RangeCapability.from_dict(data)

        return componentsschemas_capability_descriptor_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_capability_descriptor_type_2 = BooleanCapability.from_dict(data)

    return componentsschemas_capability_descriptor_type_2
