from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_response_object import CreateEmbeddingsResponseObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_embeddings_response_usage import CreateEmbeddingsResponseUsage
    from ..models.embedding import Embedding

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateEmbeddingsResponseUsage, Embedding
    from ..models.create_embeddings_response_usage import CreateEmbeddingsResponseUsage  # noqa: PLC0415
    from ..models.embedding import Embedding  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsResponse")


@_attrs_define
class CreateEmbeddingsResponse:
    """The embeddings, one per input.

    Example:
        {'id': 'gen-emb-1234567890-abc', 'object': 'list', 'model': 'openai/text-embedding-3-small', 'data': [{'object':
            'embedding', 'index': 0, 'embedding': [0.0023064255, -0.009327292]}], 'usage': {'prompt_tokens': 9,
            'total_tokens': 9}}

    Attributes:
        object_ (CreateEmbeddingsResponseObject):
        data (list[Embedding]):
        model (str):
        id (str | Unset):
        provider (str | Unset):
        usage (CreateEmbeddingsResponseUsage | Unset): Tokens counted and cost.
    """

    object_: CreateEmbeddingsResponseObject
    data: list[Embedding]
    model: str
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage: CreateEmbeddingsResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        object_: Any = self.object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self.object_.value

        data: Any = self.data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        model: Any = self.model

        id: Any = self.id

        provider: Any = self.provider

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = UNSET
            if not isinstance(self.usage, Unset):
                usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if object_ is not UNSET:
            field_dict["object"] = object_
        if data is not UNSET:
            field_dict["data"] = data
        if model is not UNSET:
            field_dict["model"] = model
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "object" not in data:
            return False
        if "object" in data and not CreateEmbeddingsResponseObject.is_known(data["object"]):
            return False
        if "data" not in data:
            return False
        if "model" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        object_: Any = _raw_object_
        if _raw_object_ is not None and _raw_object_ is not UNSET:
            object_ = CreateEmbeddingsResponseObject._parse(_raw_object_)

        _raw_data = d.pop("data", UNSET)
        data: Any = _raw_data
        if _raw_data is not None and _raw_data is not UNSET:
            data = []
            _data = _raw_data
            for data_item_data in _data:
                data_item = Embedding.from_dict(data_item_data)

                data.append(data_item)

        model = d.pop("model", UNSET)

        id = d.pop("id", UNSET)

        provider = d.pop("provider", UNSET)

        _raw_usage = d.pop("usage", UNSET)
        usage: Any = _raw_usage
        if _raw_usage is not None and _raw_usage is not UNSET:
            _usage = _raw_usage
            usage: CreateEmbeddingsResponseUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = CreateEmbeddingsResponseUsage.from_dict(_usage)

        create_embeddings_response = cls(
            object_=object_,
            data=data,
            model=model,
            id=id,
            provider=provider,
            usage=usage,
        )

        create_embeddings_response.additional_properties = d
        return create_embeddings_response

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
