from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_sort_config_by_type_1 import ProviderSortConfigByType1
from ..models.provider_sort_config_by_type_2_type_1 import ProviderSortConfigByType2Type1
from ..models.provider_sort_config_by_type_3_type_1 import ProviderSortConfigByType3Type1
from ..models.provider_sort_config_partition_type_1 import ProviderSortConfigPartitionType1
from ..models.provider_sort_config_partition_type_2_type_1 import ProviderSortConfigPartitionType2Type1
from ..models.provider_sort_config_partition_type_3_type_1 import ProviderSortConfigPartitionType3Type1
from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="ProviderSortConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"by", "partition"})


@_attrs_define(repr=False)
class ProviderSortConfig:
    """The provider sorting strategy (price, throughput, latency)

    Example:
        {'by': 'price', 'partition': 'model'}

    Attributes:
        by (None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset):
            The provider sorting strategy (price, throughput, latency) Example: price.
        partition (None | ProviderSortConfigPartitionType1 | ProviderSortConfigPartitionType2Type1 |
            ProviderSortConfigPartitionType3Type1 | Unset): Partitioning strategy for sorting: "model" (default) groups
            endpoints by model before sorting (fallback models remain fallbacks), "none" sorts all endpoints together
            regardless of model. Example: model.
    """

    by: None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset = (
        UNSET
    )
    partition: (
        None
        | ProviderSortConfigPartitionType1
        | ProviderSortConfigPartitionType2Type1
        | ProviderSortConfigPartitionType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"by={self.by!r}, "
            f"partition={self.partition!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        by: Any = self.by
        if not (isinstance(by, Unset) or by is None):
            if isinstance(self.by, ProviderSortConfigByType1):
                by = self.by.value
            elif isinstance(self.by, ProviderSortConfigByType2Type1):
                by = self.by.value
            elif isinstance(self.by, ProviderSortConfigByType3Type1):
                by = self.by.value
            else:
                by = self.by

        partition: Any = self.partition
        if not (isinstance(partition, Unset) or partition is None):
            if isinstance(self.partition, ProviderSortConfigPartitionType1):
                partition = self.partition.value
            elif isinstance(self.partition, ProviderSortConfigPartitionType2Type1):
                partition = self.partition.value
            elif isinstance(self.partition, ProviderSortConfigPartitionType3Type1):
                partition = self.partition.value
            else:
                partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if by is not UNSET:
            field_dict["by"] = by
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderSortConfig and its fixed values."""
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
                    f"ProviderSortConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "by"
            _raw_by = d.get("by", UNSET)
            by: Any = _raw_by
            if _raw_by is not None and _raw_by is not UNSET:
                by = _parse_by(_raw_by)

            _field = "partition"
            _raw_partition = d.get("partition", UNSET)
            partition: Any = _raw_partition
            if _raw_partition is not None and _raw_partition is not UNSET:
                partition = _parse_partition(_raw_partition)

        except FieldParseError as error:
            raise error.within("ProviderSortConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ProviderSortConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        provider_sort_config = cls(
            by,
            partition,
        )

        if not _DECLARED_KEYS.issuperset(d):
            provider_sort_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return provider_sort_config

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


def _parse_by(
    data: object,
) -> None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderSortConfigByType1.is_known(data):
        try:
            by_type_1 = ProviderSortConfigByType1._value2member_map_.get(data) or ProviderSortConfigByType1._parse(data)

            return by_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderSortConfigByType2Type1.is_known(data):
        try:
            by_type_2_type_1 = ProviderSortConfigByType2Type1._value2member_map_.get(
                data
            ) or ProviderSortConfigByType2Type1._parse(data)

            return by_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderSortConfigByType3Type1.is_known(data):
        try:
            by_type_3_type_1 = ProviderSortConfigByType3Type1._value2member_map_.get(
                data
            ) or ProviderSortConfigByType3Type1._parse(data)

            return by_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        by_type_1 = ProviderSortConfigByType1._value2member_map_.get(data) or ProviderSortConfigByType1._parse(data)

        return by_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        by_type_2_type_1 = ProviderSortConfigByType2Type1._value2member_map_.get(
            data
        ) or ProviderSortConfigByType2Type1._parse(data)

        return by_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        by_type_3_type_1 = ProviderSortConfigByType3Type1._value2member_map_.get(
            data
        ) or ProviderSortConfigByType3Type1._parse(data)

        return by_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | ProviderSortConfigByType1 | ProviderSortConfigByType2Type1 | ProviderSortConfigByType3Type1 | Unset",
        data,
    )


def _parse_partition(
    data: object,
) -> (
    None
    | ProviderSortConfigPartitionType1
    | ProviderSortConfigPartitionType2Type1
    | ProviderSortConfigPartitionType3Type1
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderSortConfigPartitionType1.is_known(data):
        try:
            partition_type_1 = ProviderSortConfigPartitionType1._value2member_map_.get(
                data
            ) or ProviderSortConfigPartitionType1._parse(data)

            return partition_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderSortConfigPartitionType2Type1.is_known(data):
        try:
            partition_type_2_type_1 = ProviderSortConfigPartitionType2Type1._value2member_map_.get(
                data
            ) or ProviderSortConfigPartitionType2Type1._parse(data)

            return partition_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ProviderSortConfigPartitionType3Type1.is_known(data):
        try:
            partition_type_3_type_1 = ProviderSortConfigPartitionType3Type1._value2member_map_.get(
                data
            ) or ProviderSortConfigPartitionType3Type1._parse(data)

            return partition_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        partition_type_1 = ProviderSortConfigPartitionType1._value2member_map_.get(
            data
        ) or ProviderSortConfigPartitionType1._parse(data)

        return partition_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        partition_type_2_type_1 = ProviderSortConfigPartitionType2Type1._value2member_map_.get(
            data
        ) or ProviderSortConfigPartitionType2Type1._parse(data)

        return partition_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        partition_type_3_type_1 = ProviderSortConfigPartitionType3Type1._value2member_map_.get(
            data
        ) or ProviderSortConfigPartitionType3Type1._parse(data)

        return partition_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "None | ProviderSortConfigPartitionType1 | ProviderSortConfigPartitionType2Type1 | ProviderSortConfigPartitionType3Type1 | Unset",
        data,
    )
