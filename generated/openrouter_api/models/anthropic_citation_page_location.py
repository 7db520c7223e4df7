from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_page_location_type import AnthropicCitationPageLocationType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicCitationPageLocation")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"cited_text", "document_index", "document_title", "end_page_number", "file_id", "start_page_number", "type"}
)


@_attrs_define(repr=False)
class AnthropicCitationPageLocation:
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_page_number': 2,
            'file_id': None, 'start_page_number': 1, 'type': 'page_location'}

    Attributes:
        cited_text (str):
        document_index (int):
        document_title (None | str):
        end_page_number (int):
        file_id (None | str):
        start_page_number (int):
        type_ (AnthropicCitationPageLocationType):
    """

    _cited_text: str = _attrs_field(alias="cited_text")
    _document_index: int = _attrs_field(alias="document_index")
    _document_title: None | str = _attrs_field(alias="document_title")
    _end_page_number: int = _attrs_field(alias="end_page_number")
    _file_id: None | str = _attrs_field(alias="file_id")
    _start_page_number: int = _attrs_field(alias="start_page_number")
    _type_: AnthropicCitationPageLocationType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cited_text(self) -> str:
        value: Any = self._cited_text
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "cited_text")
        return value

    @cited_text.setter
    def cited_text(self, value: str) -> None:
        self._cited_text = value

    @property
    def document_index(self) -> int:
        value: Any = self._document_index
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "document_index")
        return value

    @document_index.setter
    def document_index(self, value: int) -> None:
        self._document_index = value

    @property
    def document_title(self) -> None | str:
        value: Any = self._document_title
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "document_title")
        return value

    @document_title.setter
    def document_title(self, value: None | str) -> None:
        self._document_title = value

    @property
    def end_page_number(self) -> int:
        value: Any = self._end_page_number
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "end_page_number")
        return value

    @end_page_number.setter
    def end_page_number(self, value: int) -> None:
        self._end_page_number = value

    @property
    def file_id(self) -> None | str:
        value: Any = self._file_id
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "file_id")
        return value

    @file_id.setter
    def file_id(self, value: None | str) -> None:
        self._file_id = value

    @property
    def start_page_number(self) -> int:
        value: Any = self._start_page_number
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "start_page_number")
        return value

    @start_page_number.setter
    def start_page_number(self, value: int) -> None:
        self._start_page_number = value

    @property
    def type_(self) -> AnthropicCitationPageLocationType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationPageLocation", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicCitationPageLocationType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cited_text={self._cited_text!r}, "
            f"document_index={self._document_index!r}, "
            f"document_title={self._document_title!r}, "
            f"end_page_number={self._end_page_number!r}, "
            f"file_id={self._file_id!r}, "
            f"start_page_number={self._start_page_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cited_text: Any = self._cited_text

        document_index: Any = self._document_index

        document_title: Any = self._document_title

        end_page_number: Any = self._end_page_number

        file_id: Any = self._file_id

        start_page_number: Any = self._start_page_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text
        if document_index is not UNSET:
            field_dict["document_index"] = document_index
        if document_title is not UNSET:
            field_dict["document_title"] = document_title
        if end_page_number is not UNSET:
            field_dict["end_page_number"] = end_page_number
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if start_page_number is not UNSET:
            field_dict["start_page_number"] = start_page_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCitationPageLocation and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "cited_text" not in data:
            return False
        if "document_index" not in data:
            return False
        if "document_title" not in data:
            return False
        if "end_page_number" not in data:
            return False
        if "file_id" not in data:
            return False
        if "start_page_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCitationPageLocationType.is_known(data["type"]):
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
                    f"AnthropicCitationPageLocation is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            cited_text = d.get("cited_text", UNSET)

            document_index = d.get("document_index", UNSET)

            document_title = d.get("document_title", UNSET)

            end_page_number = d.get("end_page_number", UNSET)

            file_id = d.get("file_id", UNSET)

            start_page_number = d.get("start_page_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicCitationPageLocationType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicCitationPageLocationType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicCitationPageLocation", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicCitationPageLocation", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_citation_page_location = cls(
            cited_text,
            document_index,
            document_title,
            end_page_number,
            file_id,
            start_page_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_citation_page_location.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_citation_page_location

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
