from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="RankingsDailyItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"date", "model_permaslug", "total_tokens"})


@_attrs_define(repr=False)
class RankingsDailyItem:
    """
    Example:
        {'date': '2026-05-11', 'model_permaslug': 'openai/gpt-4o-2024-05-13', 'total_tokens': '12345678'}

    Attributes:
        date (str): UTC calendar date the row is aggregated over (YYYY-MM-DD). Example: 2026-05-11.
        model_permaslug (str): Model variant permaslug (e.g. `openai/gpt-4o-2024-05-13`,
            `openai/gpt-4o-2024-05-13:free`). Non-default variants include a `:variant` suffix and are ranked as their own
            entry. The reserved value `other` denotes the aggregated row covering every model outside the daily top 50 for
            that date — always sorted last within its date. Example: openai/gpt-4o-2024-05-13.
        total_tokens (str): Sum of `prompt_tokens + completion_tokens` for the day, returned as a decimal string so
            64-bit values are not truncated. Example: 12345678.
    """

    _date: str = _attrs_field(alias="date")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _total_tokens: str = _attrs_field(alias="total_tokens")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def date(self) -> str:
        value: Any = self._date
        if value is UNSET:
            raise MissingFieldError("RankingsDailyItem", "date")
        return value

    @date.setter
    def date(self, value: str) -> None:
        self._date = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("RankingsDailyItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def total_tokens(self) -> str:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("RankingsDailyItem", "total_tokens")
        return value

    @total_tokens.setter
    def total_tokens(self, value: str) -> None:
        self._total_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"date={self._date!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"total_tokens={self._total_tokens!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        date: Any = self._date

        model_permaslug: Any = self._model_permaslug

        total_tokens: Any = self._total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if date is not UNSET:
            field_dict["date"] = date
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of RankingsDailyItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "date" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "total_tokens" not in data:
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
                    f"RankingsDailyItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        date = d.get("date", UNSET)

        model_permaslug = d.get("model_permaslug", UNSET)

        total_tokens = d.get("total_tokens", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        rankings_daily_item = cls(
            date,
            model_permaslug,
            total_tokens,
        )

        if not _DECLARED_KEYS.issuperset(d):
            rankings_daily_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return rankings_daily_item

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
