from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.scim_group_mapping import ScimGroupMapping

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ScimGroupMapping
    if _lazy_imports_resolved:
        return
    from ..models.scim_group_mapping import ScimGroupMapping  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ListScimGroupMappingsResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "total_count"})


@_attrs_define(repr=False)
class ListScimGroupMappingsResponse:
    """
    Attributes:
        data (list[ScimGroupMapping]):
        total_count (int):
    """

    _data: list[ScimGroupMapping] = _attrs_field(alias="data")
    _total_count: int = _attrs_field(alias="total_count")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[ScimGroupMapping]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ListScimGroupMappingsResponse", "data")
        return value

    @data.setter
    def data(self, value: list[ScimGroupMapping]) -> None:
        self._data = value

    @property
    def total_count(self) -> int:
        value: Any = self._total_count
        if value is UNSET:
            raise MissingFieldError("ListScimGroupMappingsResponse", "total_count")
        return value

    @total_count.setter
    def total_count(self, value: int) -> None:
        self._total_count = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"total_count={self._total_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        total_count: Any = self._total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListScimGroupMappingsResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "total_count" not in data:
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
                    f"ListScimGroupMappingsResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [ScimGroupMapping.from_dict(data_item_data) for data_item_data in _raw_data]

            total_count = d.get("total_count", UNSET)

        except FieldParseError as error:
            raise error.within("ListScimGroupMappingsResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListScimGroupMappingsResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_scim_group_mappings_response = cls(
            data,
            total_count,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_scim_group_mappings_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return list_scim_group_mappings_response

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


ListScimGroupMappingsResponse.__annotations__ = ResolvingAnnotations(
    ListScimGroupMappingsResponse.__annotations__, _resolve_lazy_imports
)
