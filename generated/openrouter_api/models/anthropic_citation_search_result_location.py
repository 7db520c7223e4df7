from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_search_result_location_type import AnthropicCitationSearchResultLocationType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="AnthropicCitationSearchResultLocation")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"cited_text", "end_block_index", "search_result_index", "source", "start_block_index", "title", "type"}
)


@_attrs_define(repr=False)
class AnthropicCitationSearchResultLocation:
    """
    Example:
        {'cited_text': 'Example cited text', 'end_block_index': 1, 'search_result_index': 0, 'source': 'example_source',
            'start_block_index': 0, 'title': 'Example Result', 'type': 'search_result_location'}

    Attributes:
        cited_text (str):
        end_block_index (int):
        search_result_index (int):
        source (str):
        start_block_index (int):
        title (None | str):
        type_ (AnthropicCitationSearchResultLocationType):
    """

    _cited_text: str = _attrs_field(alias="cited_text")
    _end_block_index: int = _attrs_field(alias="end_block_index")
    _search_result_index: int = _attrs_field(alias="search_result_index")
    _source: str = _attrs_field(alias="source")
    _start_block_index: int = _attrs_field(alias="start_block_index")
    _title: None | str = _attrs_field(alias="title")
    _type_: AnthropicCitationSearchResultLocationType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cited_text(self) -> str:
        value: Any = self._cited_text
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "cited_text")
        return value

    @cited_text.setter
    def cited_text(self, value: str) -> None:
        self._cited_text = value

    @property
    def end_block_index(self) -> int:
        value: Any = self._end_block_index
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "end_block_index")
        return value

    @end_block_index.setter
    def end_block_index(self, value: int) -> None:
        self._end_block_index = value

    @property
    def search_result_index(self) -> int:
        value: Any = self._search_result_index
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "search_result_index")
        return value

    @search_result_index.setter
    def search_result_index(self, value: int) -> None:
        self._search_result_index = value

    @property
    def source(self) -> str:
        value: Any = self._source
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "source")
        return value

    @source.setter
    def source(self, value: str) -> None:
        self._source = value

    @property
    def start_block_index(self) -> int:
        value: Any = self._start_block_index
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "start_block_index")
        return value

    @start_block_index.setter
    def start_block_index(self, value: int) -> None:
        self._start_block_index = value

    @property
    def title(self) -> None | str:
        value: Any = self._title
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "title")
        return value

    @title.setter
    def title(self, value: None | str) -> None:
        self._title = value

    @property
    def type_(self) -> AnthropicCitationSearchResultLocationType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicCitationSearchResultLocation", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicCitationSearchResultLocationType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cited_text={self._cited_text!r}, "
            f"end_block_index={self._end_block_index!r}, "
            f"search_result_index={self._search_result_index!r}, "
            f"source={self._source!r}, "
            f"start_block_index={self._start_block_index!r}, "
            f"title={self._title!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        cited_text: Any = self._cited_text

        end_block_index: Any = self._end_block_index

        search_result_index: Any = self._search_result_index

        source: Any = self._source

        start_block_index: Any = self._start_block_index

        title: Any = self._title

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text
        if end_block_index is not UNSET:
            field_dict["end_block_index"] = end_block_index
        if search_result_index is not UNSET:
            field_dict["search_result_index"] = search_result_index
        if source is not UNSET:
            field_dict["source"] = source
        if start_block_index is not UNSET:
            field_dict["start_block_index"] = start_block_index
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicCitationSearchResultLocation and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "cited_text" not in data:
            return False
        if "end_block_index" not in data:
            return False
        if "search_result_index" not in data:
            return False
        if "source" not in data:
            return False
        if "start_block_index" not in data:
            return False
        if "title" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicCitationSearchResultLocationType.is_known(data["type"]):
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
                    f"AnthropicCitationSearchResultLocation is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            cited_text = d.get("cited_text", UNSET)

            end_block_index = d.get("end_block_index", UNSET)

            search_result_index = d.get("search_result_index", UNSET)

            source = d.get("source", UNSET)

            start_block_index = d.get("start_block_index", UNSET)

            title = d.get("title", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicCitationSearchResultLocationType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicCitationSearchResultLocationType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicCitationSearchResultLocation", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicCitationSearchResultLocation", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_citation_search_result_location = cls(
            cited_text,
            end_block_index,
            search_result_index,
            source,
            start_block_index,
            title,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_citation_search_result_location.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_citation_search_result_location

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
