from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError

T = TypeVar("T", bound="UnifiedBenchmarksSearchRunConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"max_agent_turns", "reasoning_effort", "temperature"})


@_attrs_define(repr=False)
class UnifiedBenchmarksSearchRunConfig:
    """Published lane configuration, included only when include_run_config=true. Only the agent turn count, reasoning
    effort, and temperature are exposed; other harness settings are intentionally not part of the public contract.

        Attributes:
            max_agent_turns (int | None): Agent-turn count for the published lane, or null for plugin lanes. Example: 25.
            reasoning_effort (None | str): Reasoning effort configured for the published lane, or null when omitted.
                Example: high.
            temperature (float | None): Sampling temperature configured for the published lane, or null when omitted.
                Example: 0.2.
    """

    _max_agent_turns: int | None = _attrs_field(alias="max_agent_turns")
    _reasoning_effort: None | str = _attrs_field(alias="reasoning_effort")
    _temperature: float | None = _attrs_field(alias="temperature")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def max_agent_turns(self) -> int | None:
        value: Any = self._max_agent_turns
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchRunConfig", "max_agent_turns")
        return value

    @max_agent_turns.setter
    def max_agent_turns(self, value: int | None) -> None:
        self._max_agent_turns = value

    @property
    def reasoning_effort(self) -> None | str:
        value: Any = self._reasoning_effort
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchRunConfig", "reasoning_effort")
        return value

    @reasoning_effort.setter
    def reasoning_effort(self, value: None | str) -> None:
        self._reasoning_effort = value

    @property
    def temperature(self) -> float | None:
        value: Any = self._temperature
        if value is UNSET:
            raise MissingFieldError("UnifiedBenchmarksSearchRunConfig", "temperature")
        return value

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        self._temperature = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"max_agent_turns={self._max_agent_turns!r}, "
            f"reasoning_effort={self._reasoning_effort!r}, "
            f"temperature={self._temperature!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        max_agent_turns: Any = self._max_agent_turns

        reasoning_effort: Any = self._reasoning_effort

        temperature: Any = self._temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if max_agent_turns is not UNSET:
            field_dict["max_agent_turns"] = max_agent_turns
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UnifiedBenchmarksSearchRunConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "max_agent_turns" not in data:
            return False
        if "reasoning_effort" not in data:
            return False
        if "temperature" not in data:
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
                    f"UnifiedBenchmarksSearchRunConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        max_agent_turns = d.get("max_agent_turns", UNSET)

        reasoning_effort = d.get("reasoning_effort", UNSET)

        temperature = d.get("temperature", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        unified_benchmarks_search_run_config = cls(
            max_agent_turns,
            reasoning_effort,
            temperature,
        )

        if not _DECLARED_KEYS.issuperset(d):
            unified_benchmarks_search_run_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return unified_benchmarks_search_run_config

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
