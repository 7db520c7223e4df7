from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PerRequestLimits")


@_attrs_define
class PerRequestLimits:
    """Token caps per request, when the model has any.

    Attributes:
        prompt_tokens (float): Most input tokens per request.
        completion_tokens (float): Most output tokens per request.
    """

    prompt_tokens: float
    completion_tokens: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens: Any = self.prompt_tokens

        completion_tokens: Any = self.completion_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PerRequestLimits and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "prompt_tokens" not in data:
            return False
        if "completion_tokens" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        per_request_limits = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )

        per_request_limits.additional_properties = d
        return per_request_limits

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
