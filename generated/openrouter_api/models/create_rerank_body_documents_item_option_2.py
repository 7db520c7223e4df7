from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRerankBodyDocumentsItemOption2")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"image", "text"})


@_attrs_define(repr=False)
class CreateRerankBodyDocumentsItemOption2:
    """A structured document with optional text and/or image content. At least one of `text` or `image` must be provided.

    Attributes:
        image (str | Unset): An image associated with the document, as a remote URL (http/https) or a base64-encoded
            data URI (data:image/...). Example: https://upload.wikimedia.org/wikipedia/commons/thumb/8/8b/Phytogenic.png.
        text (str | Unset): The document text Example: AI enables robots to perceive, plan, and act autonomously..
    """

    image: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"image={self.image!r}, "
            f"text={self.text!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        image: Any = self.image

        text: Any = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if image is not UNSET:
            field_dict["image"] = image
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateRerankBodyDocumentsItemOption2 and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"CreateRerankBodyDocumentsItemOption2 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        image = d.get("image", UNSET)

        text = d.get("text", UNSET)

        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_rerank_body_documents_item_option_2 = cls(
            image,
            text,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_rerank_body_documents_item_option_2.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_rerank_body_documents_item_option_2

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
