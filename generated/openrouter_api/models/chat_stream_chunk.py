from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_stream_chunk_object import ChatStreamChunkObject
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_stream_choice import ChatStreamChoice
    from ..models.chat_stream_chunk_error import ChatStreamChunkError
    from ..models.chat_usage import ChatUsage
    from ..models.open_router_metadata import OpenRouterMetadata

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatStreamChoice, ChatStreamChunkError, ChatUsage, OpenRouterMetadata
    if _lazy_imports_resolved:
        return
    from ..models.chat_stream_choice import ChatStreamChoice  # noqa: PLC0415
    from ..models.chat_stream_chunk_error import ChatStreamChunkError  # noqa: PLC0415
    from ..models.chat_usage import ChatUsage  # noqa: PLC0415
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamChunk")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "choices",
        "created",
        "id",
        "model",
        "object",
        "error",
        "openrouter_metadata",
        "service_tier",
        "system_fingerprint",
        "usage",
        "provider",
    }
)


@_attrs_define(repr=False)
class ChatStreamChunk:
    """Streaming chat completion chunk

    Example:
        {'choices': [{'delta': {'content': 'Hello', 'role': 'assistant'}, 'finish_reason': None, 'index': 0}],
            'created': 1677652288, 'id': 'chatcmpl-123', 'model': 'openai/gpt-4', 'object': 'chat.completion.chunk'}

    Attributes:
        choices (list[ChatStreamChoice]): List of streaming chunk choices
        created (int): Unix timestamp of creation Example: 1677652288.
        id (str): Unique chunk identifier Example: chatcmpl-123.
        model (str): Model used for completion Example: openai/gpt-4.
        object_ (ChatStreamChunkObject):
        error (ChatStreamChunkError | Unset): Error information Example: {'code': 429, 'message': 'Rate limit exceeded',
            'metadata': {'error_type': 'rate_limit_exceeded'}}.
        openrouter_metadata (OpenRouterMetadata | Unset):  Example: {'attempt': 1, 'endpoints': {'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 1}, 'is_byok': False, 'region': 'iad',
            'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary': 'available=1, selected=OpenAI'}.
        service_tier (None | str | Unset): The service tier used by the upstream provider for this request Example:
            default.
        system_fingerprint (str | Unset): System fingerprint Example: fp_44709d6fcb.
        usage (ChatUsage | Unset): Token usage statistics Example: {'completion_tokens': 15,
            'completion_tokens_details': {'reasoning_tokens': 5}, 'cost': 0.0012, 'cost_details':
            {'upstream_inference_completions_cost': 0.0004, 'upstream_inference_cost': None,
            'upstream_inference_prompt_cost': 0.0008}, 'is_byok': False, 'prompt_tokens': 10, 'prompt_tokens_details':
            {'cached_tokens': 2}, 'server_tool_use_details': {'tool_calls_executed': 2, 'tool_calls_requested': 2},
            'total_tokens': 25}.
        provider (str | Unset): Name of the provider that served the request Example: Amazon Bedrock.
    """

    _choices: list[ChatStreamChoice] = _attrs_field(alias="choices")
    _created: int = _attrs_field(alias="created")
    _id: str = _attrs_field(alias="id")
    _model: str = _attrs_field(alias="model")
    _object_: ChatStreamChunkObject = _attrs_field(alias="object_")
    error: ChatStreamChunkError | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    system_fingerprint: str | Unset = UNSET
    usage: ChatUsage | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def choices(self) -> list[ChatStreamChoice]:
        value: Any = self._choices
        if value is UNSET:
            raise MissingFieldError("ChatStreamChunk", "choices")
        return value

    @choices.setter
    def choices(self, value: list[ChatStreamChoice]) -> None:
        self._choices = value

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("ChatStreamChunk", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ChatStreamChunk", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("ChatStreamChunk", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def object_(self) -> ChatStreamChunkObject:
        value: Any = self._object_
        if value is UNSET:
            raise MissingFieldError("ChatStreamChunk", "object")
        return value

    @object_.setter
    def object_(self, value: ChatStreamChunkObject) -> None:
        self._object_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"choices={self._choices!r}, "
            f"created={self._created!r}, "
            f"id={self._id!r}, "
            f"model={self._model!r}, "
            f"object_={self._object_!r}, "
            f"error={self.error!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"service_tier={self.service_tier!r}, "
            f"system_fingerprint={self.system_fingerprint!r}, "
            f"usage={self.usage!r}, "
            f"provider={self.provider!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        choices: Any = self._choices
        if not (isinstance(choices, Unset) or choices is None):
            choices = []
            for choices_item_data in self._choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        created: Any = self._created

        id: Any = self._id

        model: Any = self._model

        object_: Any = self._object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self._object_.value

        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            error = error.to_dict()

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            openrouter_metadata = openrouter_metadata.to_dict()

        service_tier: Any = self.service_tier

        system_fingerprint: Any = self.system_fingerprint

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        provider: Any = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if choices is not UNSET:
            field_dict["choices"] = choices
        if created is not UNSET:
            field_dict["created"] = created
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if error is not UNSET:
            field_dict["error"] = error
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamChunk and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "choices" not in data:
            return False
        if "created" not in data:
            return False
        if "id" not in data:
            return False
        if "model" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not ChatStreamChunkObject.is_known(data["object"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ChatStreamChunk is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "choices"
            _raw_choices = d.get("choices", UNSET)
            choices: Any = _raw_choices
            if _raw_choices is not None and _raw_choices is not UNSET:
                choices = [ChatStreamChoice.from_dict(choices_item_data) for choices_item_data in _raw_choices]

            created = d.get("created", UNSET)

            id = d.get("id", UNSET)

            model = d.get("model", UNSET)

            _field = "object"
            _raw_object_ = d.get("object", UNSET)
            object_: Any = _raw_object_
            if _raw_object_ is not None and _raw_object_ is not UNSET:
                object_ = ChatStreamChunkObject._value2member_map_.get(_raw_object_) or ChatStreamChunkObject._parse(
                    _raw_object_
                )

            _field = "error"
            _raw_error = d.get("error", UNSET)
            error: Any = _raw_error
            if _raw_error is not None and _raw_error is not UNSET:
                error = ChatStreamChunkError.from_dict(_raw_error)

            _field = "openrouter_metadata"
            _raw_openrouter_metadata = d.get("openrouter_metadata", UNSET)
            openrouter_metadata: Any = _raw_openrouter_metadata
            if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
                openrouter_metadata = OpenRouterMetadata.from_dict(_raw_openrouter_metadata)

            service_tier = d.get("service_tier", UNSET)

            system_fingerprint = d.get("system_fingerprint", UNSET)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = ChatUsage.from_dict(_raw_usage)

            provider = d.get("provider", UNSET)

        except FieldParseError as error:
            raise error.within("ChatStreamChunk", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatStreamChunk", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_stream_chunk = cls(
            choices,
            created,
            id,
            model,
            object_,
            error,
            openrouter_metadata,
            service_tier,
            system_fingerprint,
            usage,
            provider,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_stream_chunk.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_stream_chunk

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


ChatStreamChunk.__annotations__ = ResolvingAnnotations(ChatStreamChunk.__annotations__, _resolve_lazy_imports)
