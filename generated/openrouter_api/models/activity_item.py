from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityItem")


@_attrs_define
class ActivityItem:
    """Usage of one endpoint of one model on one UTC day.

    Attributes:
        date (str): UTC day, YYYY-MM-DD.
        model (str): Model id.
        model_permaslug (str): Permanent slug of the model version.
        endpoint_id (str): Endpoint used.
        provider_name (str): Provider behind the endpoint.
        usage (float): OpenRouter credits spent, in USD.
        byok_usage_inference (float): Spend billed to the caller's own provider keys, in USD.
        requests (int): Number of requests.
        prompt_tokens (int): Input tokens.
        completion_tokens (int): Output tokens.
        reasoning_tokens (int): Reasoning tokens.
        workspace_id (str | Unset): Workspace of the row, present when results are split by workspace.
    """

    date: str
    model: str
    model_permaslug: str
    endpoint_id: str
    provider_name: str
    usage: float
    byok_usage_inference: float
    requests: int
    prompt_tokens: int
    completion_tokens: int
    reasoning_tokens: int
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: Any = self.date

        model: Any = self.model

        model_permaslug: Any = self.model_permaslug

        endpoint_id: Any = self.endpoint_id

        provider_name: Any = self.provider_name

        usage: Any = self.usage

        byok_usage_inference: Any = self.byok_usage_inference

        requests: Any = self.requests

        prompt_tokens: Any = self.prompt_tokens

        completion_tokens: Any = self.completion_tokens

        reasoning_tokens: Any = self.reasoning_tokens

        workspace_id: Any = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if date is not UNSET:
            field_dict["date"] = date
        if model is not UNSET:
            field_dict["model"] = model
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if usage is not UNSET:
            field_dict["usage"] = usage
        if byok_usage_inference is not UNSET:
            field_dict["byok_usage_inference"] = byok_usage_inference
        if requests is not UNSET:
            field_dict["requests"] = requests
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ActivityItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "date" not in data:
            return False
        if "model" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "endpoint_id" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "usage" not in data:
            return False
        if "byok_usage_inference" not in data:
            return False
        if "requests" not in data:
            return False
        if "prompt_tokens" not in data:
            return False
        if "completion_tokens" not in data:
            return False
        if "reasoning_tokens" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        model = d.pop("model", UNSET)

        model_permaslug = d.pop("model_permaslug", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        usage = d.pop("usage", UNSET)

        byok_usage_inference = d.pop("byok_usage_inference", UNSET)

        requests = d.pop("requests", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        reasoning_tokens = d.pop("reasoning_tokens", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        activity_item = cls(
            date=date,
            model=model,
            model_permaslug=model_permaslug,
            endpoint_id=endpoint_id,
            provider_name=provider_name,
            usage=usage,
            byok_usage_inference=byok_usage_inference,
            requests=requests,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            reasoning_tokens=reasoning_tokens,
            workspace_id=workspace_id,
        )

        activity_item.additional_properties = d
        return activity_item

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
