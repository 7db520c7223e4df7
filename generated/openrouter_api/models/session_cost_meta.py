from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_cost_meta_version import SessionCostMetaVersion
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="SessionCostMeta")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"as_of", "version", "window_days", "window_end_date"})


@_attrs_define(repr=False)
class SessionCostMeta:
    """
    Attributes:
        as_of (str): ISO-8601 timestamp when the response was generated. Example: 2026-05-12T02:00:00.000Z.
        version (SessionCostMetaVersion): Dataset version.
        window_days (int | None): Number of days in the weekly session sample window, or null when no snapshot is
            published. Example: 30.
        window_end_date (None | str): UTC date of the final day in the session sample window, or null when no snapshot
            is published. Example: 2026-05-11.
    """

    _as_of: str = _attrs_field(alias="as_of")
    _version: SessionCostMetaVersion = _attrs_field(alias="version")
    _window_days: int | None = _attrs_field(alias="window_days")
    _window_end_date: None | str = _attrs_field(alias="window_end_date")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def as_of(self) -> str:
        value: Any = self._as_of
        if value is UNSET:
            raise MissingFieldError("SessionCostMeta", "as_of")
        return value

    @as_of.setter
    def as_of(self, value: str) -> None:
        self._as_of = value

    @property
    def version(self) -> SessionCostMetaVersion:
        value: Any = self._version
        if value is UNSET:
            raise MissingFieldError("SessionCostMeta", "version")
        return value

    @version.setter
    def version(self, value: SessionCostMetaVersion) -> None:
        self._version = value

    @property
    def window_days(self) -> int | None:
        value: Any = self._window_days
        if value is UNSET:
            raise MissingFieldError("SessionCostMeta", "window_days")
        return value

    @window_days.setter
    def window_days(self, value: int | None) -> None:
        self._window_days = value

    @property
    def window_end_date(self) -> None | str:
        value: Any = self._window_end_date
        if value is UNSET:
            raise MissingFieldError("SessionCostMeta", "window_end_date")
        return value

    @window_end_date.setter
    def window_end_date(self, value: None | str) -> None:
        self._window_end_date = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"as_of={self._as_of!r}, "
            f"version={self._version!r}, "
            f"window_days={self._window_days!r}, "
            f"window_end_date={self._window_end_date!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        as_of: Any = self._as_of

        version: Any = self._version
        if not (isinstance(version, Unset) or version is None):
            version = self._version.value

        window_days: Any = self._window_days

        window_end_date: Any = self._window_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if version is not UNSET:
            field_dict["version"] = version
        if window_days is not UNSET:
            field_dict["window_days"] = window_days
        if window_end_date is not UNSET:
            field_dict["window_end_date"] = window_end_date

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of SessionCostMeta and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "as_of" not in data:
            return False
        if "version" not in data:
            return False
        if "version" in data and not SessionCostMetaVersion.is_known(data["version"]):
            return False
        if "window_days" not in data:
            return False
        if "window_end_date" not in data:
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
                    f"SessionCostMeta is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            as_of = d.get("as_of", UNSET)

            _field = "version"
            _raw_version = d.get("version", UNSET)
            version: Any = _raw_version
            if _raw_version is not None and _raw_version is not UNSET:
                version = SessionCostMetaVersion._value2member_map_.get(_raw_version) or SessionCostMetaVersion._parse(
                    _raw_version
                )

            window_days = d.get("window_days", UNSET)

            window_end_date = d.get("window_end_date", UNSET)

        except FieldParseError as error:
            raise error.within("SessionCostMeta", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("SessionCostMeta", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        session_cost_meta = cls(
            as_of,
            version,
            window_days,
            window_end_date,
        )

        if not _DECLARED_KEYS.issuperset(d):
            session_cost_meta.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return session_cost_meta

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
