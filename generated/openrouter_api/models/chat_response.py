from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_response_object import ChatResponseObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_generation_token_usage import ChatGenerationTokenUsage
    from ..models.chat_response_choice import ChatResponseChoice
    from ..models.open_router_metadata import OpenRouterMetadata

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatGenerationTokenUsage, ChatResponseChoice, OpenRouterMetadata
    from ..models.chat_generation_token_usage import ChatGenerationTokenUsage  # noqa: PLC0415
    from ..models.chat_response_choice import ChatResponseChoice  # noqa: PLC0415
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatResponse")


@_attrs_define
class ChatResponse:
    """A finished chat completion.

    Example:
        {'id': 'chatcmpl-123', 'object': 'chat.completion', 'created': 1677652288, 'model': 'openai/gpt-4',
            'system_fingerprint': 'fp_44709d6fcb', 'choices': [{'index': 0, 'finish_reason': 'stop', 'message': {'role':
            'assistant', 'content': 'The capital of France is Paris.'}}], 'usage': {'prompt_tokens': 25,
            'completion_tokens': 10, 'total_tokens': 35}}

    Attributes:
        id (str):
        object_ (ChatResponseObject):
        created (int): Unix time of creation.
        model (str):
        choices (list[ChatResponseChoice]):
        system_fingerprint (None | str):
        provider (str | Unset): The provider that served the request.
        service_tier (None | str | Unset): Tier the provider actually used.
        usage (ChatGenerationTokenUsage | Unset): Tokens counted and credits charged for the request. Example:
            {'prompt_tokens': 10, 'completion_tokens': 15, 'total_tokens': 25, 'cost': 0.0012, 'is_byok': False,
            'prompt_tokens_details': {'cached_tokens': 2}, 'completion_tokens_details': {'reasoning_tokens': 5}}.
        openrouter_metadata (OpenRouterMetadata | Unset): Routing details, returned when the X-OpenRouter-Metadata
            header is enabled. Example: {'attempt': 1, 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'region': 'iad',
            'is_byok': False, 'summary': 'available=1, selected=OpenAI', 'endpoints': {'total': 1, 'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}]}}.
    """

    id: str
    object_: ChatResponseObject
    created: int
    model: str
    choices: list[ChatResponseChoice]
    system_fingerprint: None | str
    provider: str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    usage: ChatGenerationTokenUsage | Unset = UNSET
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

        system_fingerprint: Any = self.system_fingerprint
        if not (isinstance(system_fingerprint, Unset) or system_fingerprint is None):
            system_fingerprint = self.system_fingerprint

        provider: Any = self.provider

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
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if provider is not UNSET:
            field_dict["provider"] = provider
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not ChatResponseObject.is_known(data["object"]):
            return False
        if "created" not in data:
            return False
        if "model" not in data:
            return False
        if "choices" not in data:
            return False
        if "system_fingerprint" not in data:
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
            object_ = ChatResponseObject._parse(_raw_object_)

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        _raw_choices = d.pop("choices", UNSET)
        choices: Any = _raw_choices
        if _raw_choices is not None and _raw_choices is not UNSET:
            choices = []
            _choices = _raw_choices
            for choices_item_data in _choices:
                choices_item = ChatResponseChoice.from_dict(choices_item_data)

                choices.append(choices_item)

        system_fingerprint = d.pop("system_fingerprint", UNSET)

        provider = d.pop("provider", UNSET)

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

        _raw_openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: Any = _raw_openrouter_metadata
        if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
            _openrouter_metadata = _raw_openrouter_metadata
            openrouter_metadata: OpenRouterMetadata | Unset
            if isinstance(_openrouter_metadata, Unset):
                openrouter_metadata = UNSET
            else:
                openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        chat_response = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            system_fingerprint=system_fingerprint,
            provider=provider,
            service_tier=service_tier,
            usage=usage,
            openrouter_metadata=openrouter_metadata,
        )

        chat_response.additional_properties = d
        return chat_response

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
