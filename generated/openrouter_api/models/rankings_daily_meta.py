from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rankings_daily_meta_version import RankingsDailyMetaVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="RankingsDailyMeta")


@_attrs_define
class RankingsDailyMeta:
    """
    Example:
        {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version': 'v1'}

    Attributes:
        as_of (str): ISO-8601 timestamp of when the response was generated. Reflects data-freshness because the
            underlying materialized view continuously ingests upstream events. Example: 2026-05-12T02:00:00.000Z.
        end_date (str): Resolved end of the date window (UTC, inclusive). Example: 2026-05-11.
        start_date (str): Resolved start of the date window (UTC, inclusive). Example: 2026-04-12.
        version (RankingsDailyMetaVersion): Dataset version. Field names and grain are stable for the life of `v1`.
    """

    as_of: str
    end_date: str
    start_date: str
    version: RankingsDailyMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of: Any = self.as_of

        end_date: Any = self.end_date

        start_date: Any = self.start_date

        version: Any = self.version
        if not (isinstance(version, Unset) or version is None):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of RankingsDailyMeta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "as_of" not in data:
            return False
        if "end_date" not in data:
            return False
        if "start_date" not in data:
            return False
        if "version" not in data:
            return False
        if "version" in data and not RankingsDailyMetaVersion.is_known(data["version"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = d.pop("as_of", UNSET)

        end_date = d.pop("end_date", UNSET)

        start_date = d.pop("start_date", UNSET)

        _raw_version = d.pop("version", UNSET)
        version: Any = _raw_version
        if _raw_version is not None and _raw_version is not UNSET:
            version = RankingsDailyMetaVersion._parse(_raw_version)

        rankings_daily_meta = cls(
            as_of=as_of,
            end_date=end_date,
            start_date=start_date,
            version=version,
        )

        rankings_daily_meta.additional_properties = d
        return rankings_daily_meta

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
