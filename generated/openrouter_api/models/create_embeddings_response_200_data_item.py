from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_response_200_data_item_object import CreateEmbeddingsResponse200DataItemObject
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CreateEmbeddingsResponse200DataItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"embedding", "object", "index"})


@_attrs_define(repr=False)
class CreateEmbeddingsResponse200DataItem:
    """A single embedding object

    Example:
        {'embedding': [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}

    Attributes:
        embedding (list[float] | str): Embedding vector as an array of floats or a base64 string Example: [0.0023064255,
            -0.009327292, 0.015797347].
        object_ (CreateEmbeddingsResponse200DataItemObject):
        index (int | Unset): Index of the embedding in the input list Example: 0.
    """

    _embedding: list[float] | str = _attrs_field(alias="embedding")
    _object_: CreateEmbeddingsResponse200DataItemObject = _attrs_field(alias="object_")
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def embedding(self) -> list[float] | str:
        value: Any = self._embedding
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200DataItem", "embedding")
        return value

    @embedding.setter
    def embedding(self, value: list[float] | str) -> None:
        self._embedding = value

    @property
    def object_(self) -> CreateEmbeddingsResponse200DataItemObject:
        value: Any = self._object_
        if value is UNSET:
            raise MissingFieldError("CreateEmbeddingsResponse200DataItem", "object")
        return value

    @object_.setter
    def object_(self, value: CreateEmbeddingsResponse200DataItemObject) -> None:
        self._object_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"embedding={self._embedding!r}, "
            f"object_={self._object_!r}, "
            f"index={self.index!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        embedding: Any = self._embedding
        if not (isinstance(embedding, Unset) or embedding is None):
            if isinstance(self._embedding, list):
                embedding = self._embedding

            else:
                embedding = self._embedding

        object_: Any = self._object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self._object_.value

        index: Any = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if object_ is not UNSET:
            field_dict["object"] = object_
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateEmbeddingsResponse200DataItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "embedding" not in data:
            return False
        if "object" not in data:
            return False
        if "object" in data and not CreateEmbeddingsResponse200DataItemObject.is_known(data["object"]):
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
                    f"CreateEmbeddingsResponse200DataItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "embedding"
            _raw_embedding = d.get("embedding", UNSET)
            embedding: Any = _raw_embedding
            if _raw_embedding is not None and _raw_embedding is not UNSET:
                embedding = _parse_embedding(_raw_embedding)

            _field = "object"
            _raw_object_ = d.get("object", UNSET)
            object_: Any = _raw_object_
            if _raw_object_ is not None and _raw_object_ is not UNSET:
                object_ = CreateEmbeddingsResponse200DataItemObject._value2member_map_.get(
                    _raw_object_
                ) or CreateEmbeddingsResponse200DataItemObject._parse(_raw_object_)

            index = d.get("index", UNSET)

        except FieldParseError as error:
            raise error.within("CreateEmbeddingsResponse200DataItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateEmbeddingsResponse200DataItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_embeddings_response_200_data_item = cls(
            embedding,
            object_,
            index,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_embeddings_response_200_data_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_embeddings_response_200_data_item

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


def _parse_embedding(data: object) -> list[float] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        embedding_type_0 = cast("list[float]", data)

        return embedding_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[float] | str", data)
