from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rankings_daily_meta_version import RankingsDailyMetaVersion
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="RankingsDailyMeta")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"as_of", "end_date", "start_date", "version"})


@_attrs_define(repr=False)
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

    _as_of: str = _attrs_field(alias="as_of")
    _end_date: str = _attrs_field(alias="end_date")
    _start_date: str = _attrs_field(alias="start_date")
    _version: RankingsDailyMetaVersion = _attrs_field(alias="version")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def as_of(self) -> str:
        value: Any = self._as_of
        if value is UNSET:
            raise MissingFieldError("RankingsDailyMeta", "as_of")
        return value

    @as_of.setter
    def as_of(self, value: str) -> None:
        self._as_of = value

    @property
    def end_date(self) -> str:
        value: Any = self._end_date
        if value is UNSET:
            raise MissingFieldError("RankingsDailyMeta", "end_date")
        return value

    @end_date.setter
    def end_date(self, value: str) -> None:
        self._end_date = value

    @property
    def start_date(self) -> str:
        value: Any = self._start_date
        if value is UNSET:
            raise MissingFieldError("RankingsDailyMeta", "start_date")
        return value

    @start_date.setter
    def start_date(self, value: str) -> None:
        self._start_date = value

    @property
    def version(self) -> RankingsDailyMetaVersion:
        value: Any = self._version
        if value is UNSET:
            raise MissingFieldError("RankingsDailyMeta", "version")
        return value

    @version.setter
    def version(self, value: RankingsDailyMetaVersion) -> None:
        self._version = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"as_of={self._as_of!r}, "
            f"end_date={self._end_date!r}, "
            f"start_date={self._start_date!r}, "
            f"version={self._version!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        as_of: Any = self._as_of

        end_date: Any = self._end_date

        start_date: Any = self._start_date

        version: Any = self._version
        if not (isinstance(version, Unset) or version is None):
            version = self._version.value

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"RankingsDailyMeta is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            as_of = d.get("as_of", UNSET)

            end_date = d.get("end_date", UNSET)

            start_date = d.get("start_date", UNSET)

            _field = "version"
            _raw_version = d.get("version", UNSET)
            version: Any = _raw_version
            if _raw_version is not None and _raw_version is not UNSET:
                version = RankingsDailyMetaVersion._value2member_map_.get(
                    _raw_version
                ) or RankingsDailyMetaVersion._parse(_raw_version)

        except FieldParseError as error:
            raise error.within("RankingsDailyMeta", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("RankingsDailyMeta", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        rankings_daily_meta = cls(
            as_of,
            end_date,
            start_date,
            version,
        )

        if not _DECLARED_KEYS.issuperset(d):
            rankings_daily_meta.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
