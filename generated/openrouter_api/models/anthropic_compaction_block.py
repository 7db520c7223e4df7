from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_compaction_block_type import AnthropicCompactionBlockType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicCompactionBlock")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "type", "encrypted_content"})


@_attrs_define(repr=False)
class AnthropicCompactionBlock:
    """
    Example:
        {'content': 'Compacted summary of conversation.', 'type': 'compaction'}

    Attributes:
        content (None | str):
        type_ (AnthropicCompactionBlockType):
        encrypted_content (None | str | Unset):
    """

    _content: None | str = _attrs_field(alias="content")
    _type_: AnthropicCompactionBlockType = _attrs_field(alias="type_")
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> None | str:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicCompactionBlock", "content")
        return value

    @content.setter
    def content(self, value: None | str) -> None:
        self._content = value

    @property
    def type_(self) -> AnthropicCompactionBlockType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicCompactionBlock", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicCompactionBlockType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"type_={self._type_!r}, "
            f"encrypted_content={self.encrypted_content!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        content: Any = self._content

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        encrypted_content: Any = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCompactionBlock and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCompactionBlockType.is_known(data["type"]):
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
                    f"AnthropicCompactionBlock is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            content = d.get("content", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicCompactionBlockType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicCompactionBlockType._parse(_raw_type_)

            encrypted_content = d.get("encrypted_content", UNSET)

        except FieldParseError as error:
            raise error.within("AnthropicCompactionBlock", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicCompactionBlock", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_compaction_block = cls(
            content,
            type_,
            encrypted_content,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_compaction_block.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return anthropic_compaction_block

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
