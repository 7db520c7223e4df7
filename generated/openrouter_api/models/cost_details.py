from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="CostDetails")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"upstream_inference_completions_cost", "upstream_inference_prompt_cost", "upstream_inference_cost"}
)


@_attrs_define(repr=False)
class CostDetails:
    """Breakdown of upstream inference costs

    Example:
        {'upstream_inference_completions_cost': 0.0004, 'upstream_inference_cost': None,
            'upstream_inference_prompt_cost': 0.0008}

    Attributes:
        upstream_inference_completions_cost (float):
        upstream_inference_prompt_cost (float):
        upstream_inference_cost (float | None | Unset):
    """

    _upstream_inference_completions_cost: float = _attrs_field(alias="upstream_inference_completions_cost")
    _upstream_inference_prompt_cost: float = _attrs_field(alias="upstream_inference_prompt_cost")
    upstream_inference_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def upstream_inference_completions_cost(self) -> float:
        value: Any = self._upstream_inference_completions_cost
        if value is UNSET:
            raise MissingFieldError("CostDetails", "upstream_inference_completions_cost")
        return value

    @upstream_inference_completions_cost.setter
    def upstream_inference_completions_cost(self, value: float) -> None:
        self._upstream_inference_completions_cost = value

    @property
    def upstream_inference_prompt_cost(self) -> float:
        value: Any = self._upstream_inference_prompt_cost
        if value is UNSET:
            raise MissingFieldError("CostDetails", "upstream_inference_prompt_cost")
        return value

    @upstream_inference_prompt_cost.setter
    def upstream_inference_prompt_cost(self, value: float) -> None:
        self._upstream_inference_prompt_cost = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"upstream_inference_completions_cost={self._upstream_inference_completions_cost!r}, "
            f"upstream_inference_prompt_cost={self._upstream_inference_prompt_cost!r}, "
            f"upstream_inference_cost={self.upstream_inference_cost!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        upstream_inference_completions_cost: Any = self._upstream_inference_completions_cost

        upstream_inference_prompt_cost: Any = self._upstream_inference_prompt_cost

        upstream_inference_cost: Any = self.upstream_inference_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if upstream_inference_completions_cost is not UNSET:
            field_dict["upstream_inference_completions_cost"] = upstream_inference_completions_cost
        if upstream_inference_prompt_cost is not UNSET:
            field_dict["upstream_inference_prompt_cost"] = upstream_inference_prompt_cost
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CostDetails and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "upstream_inference_completions_cost" not in data:
            return False
        if "upstream_inference_prompt_cost" not in data:
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
                    f"CostDetails is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        upstream_inference_completions_cost = d.get("upstream_inference_completions_cost", UNSET)

        upstream_inference_prompt_cost = d.get("upstream_inference_prompt_cost", UNSET)

        upstream_inference_cost = d.get("upstream_inference_cost", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        cost_details = cls(
            upstream_inference_completions_cost,
            upstream_inference_prompt_cost,
            upstream_inference_cost,
        )

        if not _DECLARED_KEYS.issuperset(d):
            cost_details.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return cost_details

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
