from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_streaming_response_chunk_object import ChatStreamingResponseChunkObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_generation_token_usage import ChatGenerationTokenUsage
    from ..models.chat_stream_error import ChatStreamError
    from ..models.chat_streaming_choice import ChatStreamingChoice
    from ..models.open_router_metadata import OpenRouterMetadata

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatGenerationTokenUsage, ChatStreamError, ChatStreamingChoice, OpenRouterMetadata
    from ..models.chat_generation_token_usage import ChatGenerationTokenUsage  # noqa: PLC0415
    from ..models.chat_stream_error import ChatStreamError  # noqa: PLC0415
    from ..models.chat_streaming_choice import ChatStreamingChoice  # noqa: PLC0415
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamingResponseChunk")


@_attrs_define
class ChatStreamingResponseChunk:
    """The JSON of one `data:` event of a chat completion stream. The stream ends with `data: [DONE]`.

    Example:
        {'id': 'chatcmpl-123', 'object': 'chat.completion.chunk', 'created': 1677652288, 'model': 'openai/gpt-4',
            'provider': 'OpenAI', 'choices': [{'index': 0, 'delta': {'role': 'assistant', 'content': 'Hello'},
            'finish_reason': None}]}

    Attributes:
        id (str):
        object_ (ChatStreamingResponseChunkObject):
        created (int):
        model (str):
        choices (list[ChatStreamingChoice]): Usually one entry; empty in the final usage chunk.
        provider (str | Unset):
        system_fingerprint (None | str | Unset):
        service_tier (None | str | Unset):
        usage (ChatGenerationTokenUsage | Unset): Tokens counted and credits charged for the request. Example:
            {'prompt_tokens': 10, 'completion_tokens': 15, 'total_tokens': 25, 'cost': 0.0012, 'is_byok': False,
            'prompt_tokens_details': {'cached_tokens': 2}, 'completion_tokens_details': {'reasoning_tokens': 5}}.
        error (ChatStreamError | Unset): An error reported inside a 200 response (in a stream chunk or a choice).
        openrouter_metadata (OpenRouterMetadata | Unset): Routing details, returned when the X-OpenRouter-Metadata
            header is enabled. Example: {'attempt': 1, 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'region': 'iad',
            'is_byok': False, 'summary': 'available=1, selected=OpenAI', 'endpoints': {'total': 1, 'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}]}}.
    """

    id: str
    object_: ChatStreamingResponseChunkObject
    created: int
    model: str
    choices: list[ChatStreamingChoice]
    provider: str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    usage: ChatGenerationTokenUsage | Unset = UNSET
    error: ChatStreamError | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        object_: Any = self.object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self.object_.value

        created: Any = self.created

        model: Any = self.model

        choices: Any = self.choices
        if not (isinstance(choices, Unset) or choices is None):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        provider: Any = self.provider

        system_fingerprint: Any = self.system_fingerprint
        if not (isinstance(system_fingerprint, Unset) or system_fingerprint is None):
            if isinstance(self.system_fingerprint, Unset):
                system_fingerprint = UNSET
            else:
                system_fingerprint = self.system_fingerprint

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            else:
                service_tier = self.service_tier

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            error = UNSET
            if not isinstance(self.error, Unset):
                error = self.error.to_dict()

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            openrouter_metadata = UNSET
            if not isinstance(self.openrouter_metadata, Unset):
                openrouter_metadata = self.openrouter_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if choices is not UNSET:
            field_dict["choices"] = choices
        if provider is not UNSET:
            field_dict["provider"] = provider
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamingResponseChunk and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not ChatStreamingResponseChunkObject.is_known(data["object"]):
            return False
        if "created" not in data:
            return False
        if "model" not in data:
            return False
        if "choices" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        object_: Any = _raw_object_
        if _raw_object_ is not None and _raw_object_ is not UNSET:
            object_ = ChatStreamingResponseChunkObject._parse(_raw_object_)

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        _raw_choices = d.pop("choices", UNSET)
        choices: Any = _raw_choices
        if _raw_choices is not None and _raw_choices is not UNSET:
            choices = []
            _choices = _raw_choices
            for choices_item_data in _choices:
                choices_item = ChatStreamingChoice.from_dict(choices_item_data)

                choices.append(choices_item)

        provider = d.pop("provider", UNSET)

        system_fingerprint = d.pop("system_fingerprint", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        _raw_usage = d.pop("usage", UNSET)
        usage: Any = _raw_usage
        if _raw_usage is not None and _raw_usage is not UNSET:
            _usage = _raw_usage
            usage: ChatGenerationTokenUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = ChatGenerationTokenUsage.from_dict(_usage)

        _raw_error = d.pop("error", UNSET)
        error: Any = _raw_error
        if _raw_error is not None and _raw_error is not UNSET:
            _error = _raw_error
            error: ChatStreamError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ChatStreamError.from_dict(_error)

        _raw_openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: Any = _raw_openrouter_metadata
        if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
            _openrouter_metadata = _raw_openrouter_metadata
            openrouter_metadata: OpenRouterMetadata | Unset
            if isinstance(_openrouter_metadata, Unset):
                openrouter_metadata = UNSET
            else:
                openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        chat_streaming_response_chunk = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
            usage=usage,
            error=error,
            openrouter_metadata=openrouter_metadata,
        )

        chat_streaming_response_chunk.additional_properties = d
        return chat_streaming_response_chunk

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
