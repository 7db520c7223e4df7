from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_object import EmbeddingObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """One embedding vector.

    Attributes:
        object_ (EmbeddingObject):
        embedding (list[float] | str): The vector, or a base64 string when encoding_format is base64.
        index (int | Unset): Position of the matching input.
    """

    object_: EmbeddingObject
    embedding: list[float] | str
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: Any = self.object_
        if not (isinstance(object_, Unset) or object_ is None):
            object_ = self.object_.value

        embedding: Any = self.embedding
        if not (isinstance(embedding, Unset) or embedding is None):
            if isinstance(self.embedding, list):
                embedding = self.embedding

            else:
                embedding = self.embedding

        index: Any = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if object_ is not UNSET:
            field_dict["object"] = object_
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Embedding and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "object" not in data:
            return False
        if "object" in data and not EmbeddingObject.is_known(data["object"]):
            return False
        if "embedding" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        object_: Any = _raw_object_
        if _raw_object_ is not None and _raw_object_ is not UNSET:
            object_ = EmbeddingObject._parse(_raw_object_)

        _raw_embedding = d.pop("embedding", UNSET)
        embedding: Any = _raw_embedding
        if _raw_embedding is not None and _raw_embedding is not UNSET:
            embedding = _parse_embedding(_raw_embedding)

        index = d.pop("index", UNSET)

        embedding = cls(
            object_=object_,
            embedding=embedding,
            index=index,
        )

        embedding.additional_properties = d
        return embedding

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
