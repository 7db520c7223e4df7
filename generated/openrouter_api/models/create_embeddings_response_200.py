from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_response_200_object import CreateEmbeddingsResponse200Object
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_embeddings_response_200_data_item import CreateEmbeddingsResponse200DataItem
    from ..models.create_embeddings_response_200_usage import CreateEmbeddingsResponse200Usage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateEmbeddingsResponse200DataItem, CreateEmbeddingsResponse200Usage
    if _lazy_imports_resolved:
        return
    from ..models.create_embeddings_response_200_data_item import CreateEmbeddingsResponse200DataItem  # noqa: PLC0415
    from ..models.create_embeddings_response_200_usage import CreateEmbeddingsResponse200Usage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateEmbeddingsResponse200")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "model", "object", "id", "usage", "provider"})


@_attrs_define(repr=False)
class CreateEmbeddingsResponse200:
    """Embeddings response containing embedding vectors

    Example:
        {'data': [{'embedding': [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}], 'model':
            'openai/text-embedding-3-small', 'object': 'list', 'usage': {'prompt_tokens': 8, 'total_tokens': 8}}

    Attributes:
        data (list[CreateEmbeddingsResponse200DataItem]): List of embedding objects Example: [{'embedding':
            [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}].
        model (str): The model used for embeddings Example: openai/text-embedding-3-small.
        object_ (CreateEmbeddingsResponse200Object):
        id (str | Unset): Unique identifier for the embeddings response Example: embd-1234567890.
        usage (CreateEmbeddingsResponse200Usage | Unset): Token usage statistics Example: {'prompt_tokens': 8,
            'total_tokens': 8}.
        provider (str | Unset): Name of the provider that served the request Example: OpenAI.
    """

    _data: list[CreateEmbeddingsResponse200DataItem] = _attrs_field(alias="data")
    _model: str = _attrs_field(alias="model")
    _object_: CreateEmbeddingsResponse200Object = _attrs_field(alias="object_")
    id: str | Unset = UNSET
    usage: CreateEmbeddingsResponse200Usage | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[CreateEmbeddingsResponse200DataItem]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200", "data")
        return value

    @data.setter
    def data(self, value: list[CreateEmbeddingsResponse200DataItem]) -> None:
        self._data = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def object_(self) -> CreateEmbeddingsResponse200Object:
        value: Any = self._object_
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200", "object")
        return value

    @object_.setter
    def object_(self, value: CreateEmbeddingsResponse200Object) -> None:
        self._object_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"model={self._model!r}, "
            f"object_={self._object_!r}, "
            f"id={self.id!r}, "
            f"usage={self.usage!r}, "
            f"provider={self.provider!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        model: Any = self._model

        object_: Any = self._object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self._object_.value

        id: Any = self.id

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        provider: Any = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsResponse200 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "model" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not CreateEmbeddingsResponse200Object.is_known(data["object"]):
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
                    f"CreateEmbeddingsResponse200 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [CreateEmbeddingsResponse200DataItem.from_dict(data_item_data) for data_item_data in _raw_data]

            model = d.get("model", UNSET)

            _field = "object"
            _raw_object_ = d.get("object", UNSET)
            object_: Any = _raw_object_
            if _raw_object_ is not None and _raw_object_ is not UNSET:
                object_ = CreateEmbeddingsResponse200Object._value2member_map_.get(
                    _raw_object_
                ) or CreateEmbeddingsResponse200Object._parse(_raw_object_)

            id = d.get("id", UNSET)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = CreateEmbeddingsResponse200Usage.from_dict(_raw_usage)

            provider = d.get("provider", UNSET)

        except FieldParseError as error:
            raise error.within("CreateEmbeddingsResponse200", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateEmbeddingsResponse200", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_response_200 = cls(
            data,
            model,
            object_,
            id,
            usage,
            provider,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_embeddings_response_200

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


CreateEmbeddingsResponse200.__annotations__ = ResolvingAnnotations(
    CreateEmbeddingsResponse200.__annotations__, _resolve_lazy_imports
)
