from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_data import GenerationData

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, GenerationData
    from ..models.generation_data import GenerationData  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GenerationResponse")


@_attrs_define
class GenerationResponse:
    """Metadata of one generation.

    Example:
        {'data': {'id': 'gen-1756032000-Xy7pQ2rLmN4vB8sT', 'upstream_id': 'chatcmpl-C1a2B3c4D5e6F7g8H9', 'total_cost':
            0.000418, 'cache_discount': None, 'upstream_inference_cost': None, 'created_at':
            '2025-08-24T10:40:01.512+00:00', 'model': 'openai/gpt-4o-mini', 'app_id': None, 'streamed': True, 'cancelled':
            False, 'provider_name': 'OpenAI', 'latency': 612, 'moderation_latency': None, 'generation_time': 1840,
            'finish_reason': 'stop', 'native_finish_reason': 'stop', 'tokens_prompt': 1210, 'tokens_completion': 395,
            'native_tokens_prompt': 1187, 'native_tokens_completion': 402, 'native_tokens_completion_images': 0,
            'native_tokens_reasoning': 0, 'native_tokens_cached': 1024, 'num_media_prompt': None, 'num_input_audio_prompt':
            None, 'num_media_completion': 0, 'num_search_results': None, 'num_fetches': None, 'web_search_engine': None,
            'origin': 'https://example.org/', 'usage': 0.000418, 'is_byok': False, 'external_user': None, 'api_type':
            'completions', 'preset_id': None, 'router': None, 'request_id': 'req-1756032000-Qm3vR8tYp2', 'session_id': None,
            'service_tier': None, 'provider_responses': [{'id': 'chatcmpl-C1a2B3c4D5e6F7g8H9', 'endpoint_id':
            '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', 'model_permaslug': 'openai/gpt-4o-mini-2024-07-18', 'provider_name':
            'OpenAI', 'status': 200, 'latency': 598, 'is_byok': False}], 'user_agent': 'python-httpx/0.28.1',
            'http_referer': 'https://example.org/', 'data_region': 'global', 'workspace_id': None}}

    Attributes:
        data (GenerationData): What OpenRouter recorded about one generation.
    """

    data: GenerationData
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
        """True if data is an object with every required key of GenerationResponse and its fixed values."""
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
            data = GenerationData.from_dict(_raw_data)

        generation_response = cls(
            data=data,
        )

        generation_response.additional_properties = d
        return generation_response

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
