from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, MissingFieldError, Unset

T = TypeVar("T", bound="ActivityItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "byok_usage_inference",
        "completion_tokens",
        "date",
        "endpoint_id",
        "model",
        "model_permaslug",
        "prompt_tokens",
        "provider_name",
        "reasoning_tokens",
        "requests",
        "usage",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class ActivityItem:
    """
    Example:
        {'byok_usage_inference': 0.012, 'completion_tokens': 125, 'date': '2025-08-24', 'endpoint_id':
            '550e8400-e29b-41d4-a716-446655440000', 'model': 'openai/gpt-4.1', 'model_permaslug':
            'openai/gpt-4.1-2025-04-14', 'prompt_tokens': 50, 'provider_name': 'OpenAI', 'reasoning_tokens': 25, 'requests':
            5, 'usage': 0.015}

    Attributes:
        byok_usage_inference (float): BYOK inference cost in USD (external credits spent) Example: 0.012.
        completion_tokens (int): Total completion tokens generated Example: 125.
        date (str): Date of the activity (YYYY-MM-DD format) Example: 2025-08-24.
        endpoint_id (str): Unique identifier for the endpoint Example: 550e8400-e29b-41d4-a716-446655440000.
        model (str): Model slug (e.g., "openai/gpt-4.1") Example: openai/gpt-4.1.
        model_permaslug (str): Model permaslug (e.g., "openai/gpt-4.1-2025-04-14") Example: openai/gpt-4.1-2025-04-14.
        prompt_tokens (int): Total prompt tokens used Example: 50.
        provider_name (str): Name of the provider serving this endpoint Example: OpenAI.
        reasoning_tokens (int): Total reasoning tokens used Example: 25.
        requests (int): Number of requests made Example: 5.
        usage (float): Total cost in USD (OpenRouter credits spent) Example: 0.015.
        workspace_id (str | Unset): ID of the workspace this activity is attributed to. Only present when
            `group_by=workspace` is passed; the response is then split per workspace. Activity recorded before workspace
            resolution existed is attributed to the account default workspace. Example:
            550e8400-e29b-41d4-a716-446655440000.
    """

    _byok_usage_inference: float = _attrs_field(alias="byok_usage_inference")
    _completion_tokens: int = _attrs_field(alias="completion_tokens")
    _date: str = _attrs_field(alias="date")
    _endpoint_id: str = _attrs_field(alias="endpoint_id")
    _model: str = _attrs_field(alias="model")
    _model_permaslug: str = _attrs_field(alias="model_permaslug")
    _prompt_tokens: int = _attrs_field(alias="prompt_tokens")
    _provider_name: str = _attrs_field(alias="provider_name")
    _reasoning_tokens: int = _attrs_field(alias="reasoning_tokens")
    _requests: int = _attrs_field(alias="requests")
    _usage: float = _attrs_field(alias="usage")
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def byok_usage_inference(self) -> float:
        value: Any = self._byok_usage_inference
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "byok_usage_inference")
        return value

    @byok_usage_inference.setter
    def byok_usage_inference(self, value: float) -> None:
        self._byok_usage_inference = value

    @property
    def completion_tokens(self) -> int:
        value: Any = self._completion_tokens
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "completion_tokens")
        return value

    @completion_tokens.setter
    def completion_tokens(self, value: int) -> None:
        self._completion_tokens = value

    @property
    def date(self) -> str:
        value: Any = self._date
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "date")
        return value

    @date.setter
    def date(self, value: str) -> None:
        self._date = value

    @property
    def endpoint_id(self) -> str:
        value: Any = self._endpoint_id
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "endpoint_id")
        return value

    @endpoint_id.setter
    def endpoint_id(self, value: str) -> None:
        self._endpoint_id = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def model_permaslug(self) -> str:
        value: Any = self._model_permaslug
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "model_permaslug")
        return value

    @model_permaslug.setter
    def model_permaslug(self, value: str) -> None:
        self._model_permaslug = value

    @property
    def prompt_tokens(self) -> int:
        value: Any = self._prompt_tokens
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "prompt_tokens")
        return value

    @prompt_tokens.setter
    def prompt_tokens(self, value: int) -> None:
        self._prompt_tokens = value

    @property
    def provider_name(self) -> str:
        value: Any = self._provider_name
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "provider_name")
        return value

    @provider_name.setter
    def provider_name(self, value: str) -> None:
        self._provider_name = value

    @property
    def reasoning_tokens(self) -> int:
        value: Any = self._reasoning_tokens
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "reasoning_tokens")
        return value

    @reasoning_tokens.setter
    def reasoning_tokens(self, value: int) -> None:
        self._reasoning_tokens = value

    @property
    def requests(self) -> int:
        value: Any = self._requests
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "requests")
        return value

    @requests.setter
    def requests(self, value: int) -> None:
        self._requests = value

    @property
    def usage(self) -> float:
        value: Any = self._usage
        if value is UNSET:
            raise MissingFieldError("ActivityItem", "usage")
        return value

    @usage.setter
    def usage(self, value: float) -> None:
        self._usage = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"byok_usage_inference={self._byok_usage_inference!r}, "
            f"completion_tokens={self._completion_tokens!r}, "
            f"date={self._date!r}, "
            f"endpoint_id={self._endpoint_id!r}, "
            f"model={self._model!r}, "
            f"model_permaslug={self._model_permaslug!r}, "
            f"prompt_tokens={self._prompt_tokens!r}, "
            f"provider_name={self._provider_name!r}, "
            f"reasoning_tokens={self._reasoning_tokens!r}, "
            f"requests={self._requests!r}, "
            f"usage={self._usage!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        byok_usage_inference: Any = self._byok_usage_inference

        completion_tokens: Any = self._completion_tokens

        date: Any = self._date

        endpoint_id: Any = self._endpoint_id

        model: Any = self._model

        model_permaslug: Any = self._model_permaslug

        prompt_tokens: Any = self._prompt_tokens

        provider_name: Any = self._provider_name

        reasoning_tokens: Any = self._reasoning_tokens

        requests: Any = self._requests

        usage: Any = self._usage

        workspace_id: Any = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if byok_usage_inference is not UNSET:
            field_dict["byok_usage_inference"] = byok_usage_inference
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if date is not UNSET:
            field_dict["date"] = date
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if model is not UNSET:
            field_dict["model"] = model
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens
        if requests is not UNSET:
            field_dict["requests"] = requests
        if usage is not UNSET:
            field_dict["usage"] = usage
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ActivityItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "byok_usage_inference" not in data:
            return False
        if "completion_tokens" not in data:
            return False
        if "date" not in data:
            return False
        if "endpoint_id" not in data:
            return False
        if "model" not in data:
            return False
        if "model_permaslug" not in data:
            return False
        if "prompt_tokens" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "reasoning_tokens" not in data:
            return False
        if "requests" not in data:
            return False
        if "usage" not in data:
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
                    f"ActivityItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        byok_usage_inference = d.get("byok_usage_inference", UNSET)

        completion_tokens = d.get("completion_tokens", UNSET)

        date = d.get("date", UNSET)

        endpoint_id = d.get("endpoint_id", UNSET)

        model = d.get("model", UNSET)

        model_permaslug = d.get("model_permaslug", UNSET)

        prompt_tokens = d.get("prompt_tokens", UNSET)

        provider_name = d.get("provider_name", UNSET)

        reasoning_tokens = d.get("reasoning_tokens", UNSET)

        requests = d.get("requests", UNSET)

        usage = d.get("usage", UNSET)

        workspace_id = d.get("workspace_id", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        activity_item = cls(
            byok_usage_inference,
            completion_tokens,
            date,
            endpoint_id,
            model,
            model_permaslug,
            prompt_tokens,
            provider_name,
            reasoning_tokens,
            requests,
            usage,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            activity_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
