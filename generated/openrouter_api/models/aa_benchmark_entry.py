from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="AABenchmarkEntry")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"agentic_index", "coding_index", "intelligence_index"})


@_attrs_define(repr=False)
class AABenchmarkEntry:
    """Artificial Analysis benchmark index scores.

    Example:
        {'agentic_index': 55.8, 'coding_index': 63.2, 'intelligence_index': 71.4}

    Attributes:
        agentic_index (float | None): Artificial Analysis Agentic Index score Example: 55.8.
        coding_index (float | None): Artificial Analysis Coding Index score Example: 63.2.
        intelligence_index (float | None): Artificial Analysis Intelligence Index score Example: 71.4.
    """

    _agentic_index: float | None = _attrs_field(alias="agentic_index")
    _coding_index: float | None = _attrs_field(alias="coding_index")
    _intelligence_index: float | None = _attrs_field(alias="intelligence_index")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def agentic_index(self) -> float | None:
        value: Any = self._agentic_index
        if value is UNSET:
            raise MissingFieldError("AABenchmarkEntry", "agentic_index")
        return value

    @agentic_index.setter
    def agentic_index(self, value: float | None) -> None:
        self._agentic_index = value

    @property
    def coding_index(self) -> float | None:
        value: Any = self._coding_index
        if value is UNSET:
            raise MissingFieldError("AABenchmarkEntry", "coding_index")
        return value

    @coding_index.setter
    def coding_index(self, value: float | None) -> None:
        self._coding_index = value

    @property
    def intelligence_index(self) -> float | None:
        value: Any = self._intelligence_index
        if value is UNSET:
            raise MissingFieldError("AABenchmarkEntry", "intelligence_index")
        return value

    @intelligence_index.setter
    def intelligence_index(self, value: float | None) -> None:
        self._intelligence_index = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"agentic_index={self._agentic_index!r}, "
            f"coding_index={self._coding_index!r}, "
            f"intelligence_index={self._intelligence_index!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        agentic_index: Any = self._agentic_index

        coding_index: Any = self._coding_index

        intelligence_index: Any = self._intelligence_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if agentic_index is not UNSET:
            field_dict["agentic_index"] = agentic_index
        if coding_index is not UNSET:
            field_dict["coding_index"] = coding_index
        if intelligence_index is not UNSET:
            field_dict["intelligence_index"] = intelligence_index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AABenchmarkEntry and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "agentic_index" not in data:
            return False
        if "coding_index" not in data:
            return False
        if "intelligence_index" not in data:
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
                    f"AABenchmarkEntry is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        agentic_index = d.get("agentic_index", UNSET)

        coding_index = d.get("coding_index", UNSET)

        intelligence_index = d.get("intelligence_index", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        aa_benchmark_entry = cls(
            agentic_index,
            coding_index,
            intelligence_index,
        )

        if not _DECLARED_KEYS.issuperset(d):
            aa_benchmark_entry.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return aa_benchmark_entry

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
