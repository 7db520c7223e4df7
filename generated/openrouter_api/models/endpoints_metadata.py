from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.endpoint_info import EndpointInfo

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, EndpointInfo
    if _lazy_imports_resolved:
        return
    from ..models.endpoint_info import EndpointInfo  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="EndpointsMetadata")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"available", "total"})


@_attrs_define(repr=False)
class EndpointsMetadata:
    """
    Example:
        {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 3}

    Attributes:
        available (list[EndpointInfo]):
        total (int):
    """

    _available: list[EndpointInfo] = _attrs_field(alias="available")
    _total: int = _attrs_field(alias="total")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def available(self) -> list[EndpointInfo]:
        value: Any = self._available
        if value is UNSET:
            raise MissingFieldError("EndpointsMetadata", "available")
        return value

    @available.setter
    def available(self, value: list[EndpointInfo]) -> None:
        self._available = value

    @property
    def total(self) -> int:
        value: Any = self._total
        if value is UNSET:
            raise MissingFieldError("EndpointsMetadata", "total")
        return value

    @total.setter
    def total(self, value: int) -> None:
        self._total = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"available={self._available!r}, "
            f"total={self._total!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        available: Any = self._available
        if not (isinstance(available, Unset) or available is None):
            available = []
            for available_item_data in self._available:
                available_item = available_item_data.to_dict()
                available.append(available_item)

        total: Any = self._total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if available is not UNSET:
            field_dict["available"] = available
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of EndpointsMetadata and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "available" not in data:
            return False
        if "total" not in data:
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
                    f"EndpointsMetadata is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "available"
            _raw_available = d.get("available", UNSET)
            available: Any = _raw_available
            if _raw_available is not None and _raw_available is not UNSET:
                available = [EndpointInfo.from_dict(available_item_data) for available_item_data in _raw_available]

            total = d.get("total", UNSET)

        except FieldParseError as error:
            raise error.within("EndpointsMetadata", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("EndpointsMetadata", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        endpoints_metadata = cls(
            available,
            total,
        )

        if not _DECLARED_KEYS.issuperset(d):
            endpoints_metadata.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return endpoints_metadata

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


EndpointsMetadata.__annotations__ = ResolvingAnnotations(EndpointsMetadata.__annotations__, _resolve_lazy_imports)
