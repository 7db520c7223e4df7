from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_failed_event_type import ResponseFailedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_responses_non_streaming_response import OpenResponsesNonStreamingResponse

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenResponsesNonStreamingResponse
    from ..models.open_responses_non_streaming_response import OpenResponsesNonStreamingResponse  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseFailedEvent")


@_attrs_define
class ResponseFailedEvent:
    """Generation failed; response.error says why.

    Attributes:
        type_ (ResponseFailedEventType):
        response (OpenResponsesNonStreamingResponse): A finished response, echoing the request settings next to the
            output. Example: {'id': 'resp_abc123', 'object': 'response', 'created_at': 1700000000, 'completed_at':
            1700000010, 'model': 'openai/gpt-4o', 'status': 'completed', 'error': None, 'incomplete_details': None,
            'instructions': None, 'metadata': None, 'temperature': None, 'top_p': None, 'presence_penalty': None,
            'frequency_penalty': None, 'parallel_tool_calls': True, 'tool_choice': 'auto', 'tools': [], 'output': [{'type':
            'message', 'id': 'msg-abc123', 'role': 'assistant', 'status': 'completed', 'content': [{'type': 'output_text',
            'text': 'Why did the chicken cross the road? To get to the other side!', 'annotations': []}]}], 'usage':
            {'input_tokens': 10, 'input_tokens_details': {'cached_tokens': 0}, 'output_tokens': 20, 'output_tokens_details':
            {'reasoning_tokens': 0}, 'total_tokens': 30}}.
        sequence_number (int): Position of the event in the stream.
    """

    type_: ResponseFailedEventType
    response: OpenResponsesNonStreamingResponse
    sequence_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        response: Any = self.response
        if not (isinstance(response, Unset) or response is None):
            response = self.response.to_dict()

        sequence_number: Any = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if response is not UNSET:
            field_dict["response"] = response
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseFailedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseFailedEventType.is_known(data["type"]):
            return False
        if "response" not in data:
            return False
        if "sequence_number" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ResponseFailedEventType._parse(_raw_type_)

        _raw_response = d.pop("response", UNSET)
        response: Any = _raw_response
        if _raw_response is not None and _raw_response is not UNSET:
            response = OpenResponsesNonStreamingResponse.from_dict(_raw_response)

        sequence_number = d.pop("sequence_number", UNSET)

        response_failed_event = cls(
            type_=type_,
            response=response,
            sequence_number=sequence_number,
        )

        response_failed_event.additional_properties = d
        return response_failed_event

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
