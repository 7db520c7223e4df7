from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_file_search_server_tool_item_type import OutputFileSearchServerToolItemType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputFileSearchServerToolItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"status", "type", "id", "queries"})


@_attrs_define(repr=False)
class OutputFileSearchServerToolItem:
    """An openrouter:file_search server tool output item

    Example:
        {'id': 'fs_tmp_abc123', 'queries': ['search term'], 'status': 'completed', 'type': 'openrouter:file_search'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputFileSearchServerToolItemType):
        id (str | Unset):
        queries (list[str] | Unset):
    """

    _status: ToolCallStatus = _attrs_field(alias="status")
    _type_: OutputFileSearchServerToolItemType = _attrs_field(alias="type_")
    id: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> ToolCallStatus:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("OutputFileSearchServerToolItem", "status")
        return value

    @status.setter
    def status(self, value: ToolCallStatus) -> None:
        self._status = value

    @property
    def type_(self) -> OutputFileSearchServerToolItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputFileSearchServerToolItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputFileSearchServerToolItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"queries={self.queries!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status
        if not (isinstance(status, Unset) or status is None):
            status = self._status.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        queries: Any = self.queries
        if not (isinstance(queries, Unset) or queries is None):
            queries = self.queries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if queries is not UNSET:
            field_dict["queries"] = queries

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OutputFileSearchServerToolItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputFileSearchServerToolItemType.is_known(data["type"]):
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
                    f"OutputFileSearchServerToolItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = ToolCallStatus._value2member_map_.get(_raw_status) or ToolCallStatus._parse(_raw_status)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputFileSearchServerToolItemType._value2member_map_.get(
                    _raw_type_
                ) or OutputFileSearchServerToolItemType._parse(_raw_type_)

            id = d.get("id", UNSET)

            _field = "queries"
            _raw_queries = d.get("queries", UNSET)
            queries: Any = _raw_queries
            if _raw_queries is not None and _raw_queries is not UNSET:
                queries = cast("list[str]", _raw_queries)

        except FieldParseError as error:
            raise error.within("OutputFileSearchServerToolItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputFileSearchServerToolItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_file_search_server_tool_item = cls(
            status,
            type_,
            id,
            queries,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_file_search_server_tool_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_file_search_server_tool_item

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
