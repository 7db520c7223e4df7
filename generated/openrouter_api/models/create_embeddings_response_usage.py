from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmbeddingsResponseUsage")


@_attrs_define
class CreateEmbeddingsResponseUsage:
    """Tokens counted and cost.

    Attributes:
        prompt_tokens (int):
        total_tokens (int):
        cost (float | Unset):
    """

    prompt_tokens: int
    total_tokens: int
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens: Any = self.prompt_tokens

        total_tokens: Any = self.total_tokens

        cost: Any = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsResponseUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "prompt_tokens" not in data:
            return False
        if "total_tokens" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        cost = d.pop("cost", UNSET)

        create_embeddings_response_usage = cls(
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            cost=cost,
        )

        create_embeddings_response_usage.additional_properties = d
        return create_embeddings_response_usage

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
