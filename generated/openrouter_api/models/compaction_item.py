from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compaction_item_type import CompactionItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CompactionItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"encrypted_content", "type", "id"})


@_attrs_define(repr=False)
class CompactionItem:
    """A context compaction marker with encrypted summary

    Example:
        {'encrypted_content': 'enc_abc123...', 'type': 'compaction'}

    Attributes:
        encrypted_content (str):
        type_ (CompactionItemType):
        id (None | str | Unset):
    """

    _encrypted_content: str = _attrs_field(alias="encrypted_content")
    _type_: CompactionItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def encrypted_content(self) -> str:
        value: Any = self._encrypted_content
        if value is UNSET:
            raise MissingFieldError("CompactionItem", "encrypted_content")
        return value

    @encrypted_content.setter
    def encrypted_content(self, value: str) -> None:
        self._encrypted_content = value

    @property
    def type_(self) -> CompactionItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CompactionItem", "type")
        return value

    @type_.setter
    def type_(self, value: CompactionItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"encrypted_content={self._encrypted_content!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        encrypted_content: Any = self._encrypted_content

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CompactionItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "encrypted_content" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CompactionItemType.is_known(data["type"]):
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
                    f"CompactionItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            encrypted_content = d.get("encrypted_content", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CompactionItemType._value2member_map_.get(_raw_type_) or CompactionItemType._parse(_raw_type_)

            id = d.get("id", UNSET)

        except FieldParseError as error:
            raise error.within("CompactionItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CompactionItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        compaction_item = cls(
            encrypted_content,
            type_,
            id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            compaction_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return compaction_item

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
