from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CompoundFilterFiltersItem
    if _lazy_imports_resolved:
        return
    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CompoundFilter")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"filters", "type"})


@_attrs_define(repr=False)
class CompoundFilter:
    """A compound filter that combines multiple comparison or compound filters

    Example:
        {'filters': [{'key': 'author', 'type': 'eq', 'value': 'Alice'}], 'type': 'and'}

    Attributes:
        filters (list[CompoundFilterFiltersItem]):
        type_ (CompoundFilterType):
    """

    _filters: list[CompoundFilterFiltersItem] = _attrs_field(alias="filters")
    _type_: CompoundFilterType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def filters(self) -> list[CompoundFilterFiltersItem]:
        value: Any = self._filters
        if value is UNSET:
            raise MissingFieldError("CompoundFilter", "filters")
        return value

    @filters.setter
    def filters(self, value: list[CompoundFilterFiltersItem]) -> None:
        self._filters = value

    @property
    def type_(self) -> CompoundFilterType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CompoundFilter", "type")
        return value

    @type_.setter
    def type_(self, value: CompoundFilterType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"filters={self._filters!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        filters: Any = self._filters
        if not (isinstance(filters, Unset) or filters is None):
            filters = []
            for filters_item_data in self._filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if filters is not UNSET:
            field_dict["filters"] = filters
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CompoundFilter and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "filters" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CompoundFilterType.is_known(data["type"]):
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
                    f"CompoundFilter is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "filters"
            _raw_filters = d.get("filters", UNSET)
            filters: Any = _raw_filters
            if _raw_filters is not None and _raw_filters is not UNSET:
                filters = [CompoundFilterFiltersItem.from_dict(filters_item_data) for filters_item_data in _raw_filters]

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CompoundFilterType._value2member_map_.get(_raw_type_) or CompoundFilterType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("CompoundFilter", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CompoundFilter", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        compound_filter = cls(
            filters,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            compound_filter.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return compound_filter

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


CompoundFilter.__annotations__ = ResolvingAnnotations(CompoundFilter.__annotations__, _resolve_lazy_imports)
