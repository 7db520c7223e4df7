from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_file_search_call_type import OutputItemFileSearchCallType
from ..models.web_search_status import WebSearchStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputItemFileSearchCall")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"id", "queries", "status", "type"})


@_attrs_define(repr=False)
class OutputItemFileSearchCall:
    """
    Example:
        {'id': 'filesearch-abc123', 'queries': ['machine learning algorithms', 'neural networks'], 'status':
            'completed', 'type': 'file_search_call'}

    Attributes:
        id (str):
        queries (list[str]):
        status (WebSearchStatus):  Example: completed.
        type_ (OutputItemFileSearchCallType):
    """

    _id: str = _attrs_field(alias="id")
    _queries: list[str] = _attrs_field(alias="queries")
    _status: WebSearchStatus = _attrs_field(alias="status")
    _type_: OutputItemFileSearchCallType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputItemFileSearchCall", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def queries(self) -> list[str]:
        value: Any = self._queries
        if value is UNSET:
            raise MissingFieldError("OutputItemFileSearchCall", "queries")
        return value

    @queries.setter
    def queries(self, value: list[str]) -> None:
        self._queries = value

    @property
    def status(self) -> WebSearchStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputItemFileSearchCall", "status")
        return value

    @status.setter
    def status(self, value: WebSearchStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputItemFileSearchCallType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputItemFileSearchCall", "type")
        return value

    @type_.setter
    def type_(self, value: OutputItemFileSearchCallType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"id={self._id!r}, "
            f"queries={self._queries!r}, "
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        id: Any = self._id

        queries: Any = self._queries
        if not (isinstance(queries, Unset) or queries is None):
            queries = self._queries

        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if queries is not UNSET:
            field_dict["queries"] = queries
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputItemFileSearchCall and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "queries" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not WebSearchStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputItemFileSearchCallType.is_known(data["type"]):
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
                    f"OutputItemFileSearchCall is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            id = d.get("id", UNSET)

            _field = "queries"
            _raw_queries = d.get("queries", UNSET)
            queries: Any = _raw_queries
            if _raw_queries is not None and _raw_queries is not UNSET:
                queries = cast("list[str]", _raw_queries)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = WebSearchStatus._value2member_map_.get(_raw_status) or WebSearchStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputItemFileSearchCallType._value2member_map_.get(
                    _raw_type_
                ) or OutputItemFileSearchCallType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("OutputItemFileSearchCall", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputItemFileSearchCall", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_item_file_search_call = cls(
            id,
            queries,
            status,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_item_file_search_call.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_item_file_search_call

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
