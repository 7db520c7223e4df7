from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoints_response import ListEndpointsResponse

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ListEndpointsResponse
    from ..models.list_endpoints_response import ListEndpointsResponse  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ModelEndpointsResponse")


@_attrs_define
class ModelEndpointsResponse:
    """A model and the endpoints serving it.

    Example:
        {'data': {'id': 'openai/gpt-4o-mini', 'name': 'OpenAI: GPT-4o-mini', 'created': 1721260800, 'description': 'A
            small, inexpensive multimodal model.', 'architecture': {'tokenizer': 'GPT', 'instruct_type': None, 'modality':
            'text+image->text', 'input_modalities': ['text', 'image', 'file'], 'output_modalities': ['text']}, 'endpoints':
            [{'name': 'OpenAI | openai/gpt-4o-mini', 'model_id': 'openai/gpt-4o-mini-2024-07-18', 'model_name': 'OpenAI:
            GPT-4o-mini', 'context_length': 128000, 'pricing': {'prompt': '0.00000015', 'completion': '0.0000006',
            'input_cache_read': '0.000000075'}, 'provider_name': 'OpenAI', 'tag': 'openai', 'quantization': 'unknown',
            'max_completion_tokens': 16384, 'max_prompt_tokens': None, 'supported_parameters': ['max_tokens', 'temperature',
            'top_p', 'tools', 'tool_choice', 'response_format', 'seed'], 'status': 0, 'uptime_last_30m': 99.9,
            'uptime_last_5m': 100, 'uptime_last_1d': 99.7, 'supports_implicit_caching': True, 'latency_last_30m': {'p50':
            410, 'p75': 560, 'p90': 820, 'p99': 1900}, 'throughput_last_30m': {'p50': 68.2, 'p75': 59.4, 'p90': 47.1, 'p99':
            22.8}}]}}

    Attributes:
        data (ListEndpointsResponse): A model with the list of its endpoints.
    """

    data: ListEndpointsResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self.data
        if not (isinstance(data, Unset) or data is None):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelEndpointsResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        data: Any = _raw_data
        if _raw_data is not None and _raw_data is not UNSET:
            data = ListEndpointsResponse.from_dict(_raw_data)

        model_endpoints_response = cls(
            data=data,
        )

        model_endpoints_response.additional_properties = d
        return model_endpoints_response

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
