from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_call_item_type import McpCallItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="McpCallItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"arguments", "id", "name", "server_label", "type", "error", "output"})


@_attrs_define(repr=False)
class McpCallItem:
    """An MCP tool call with its output or error

    Example:
        {'arguments': '{"query":"SELECT * FROM users"}', 'id': 'mcp-call-abc123', 'name': 'query_database', 'output':
            '[{"id":1,"name":"Alice"}]', 'server_label': 'database-server', 'type': 'mcp_call'}

    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type_ (McpCallItemType):
        error (None | str | Unset):
        output (None | str | Unset):
    """

    _arguments: str = _attrs_field(alias="arguments")
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _server_label: str = _attrs_field(alias="server_label")
    _type_: McpCallItemType = _attrs_field(alias="type_")
    error: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arguments(self) -> str:
        value: Any = self._arguments
        if value is UNSET:
            raise MissingFieldError("McpCallItem", "arguments")
        return value

    @arguments.setter
    def arguments(self, value: str) -> None:
        self._arguments = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("McpCallItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("McpCallItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def server_label(self) -> str:
        value: Any = self._server_label
        if value is UNSET:
            raise MissingFieldError("McpCallItem", "server_label")
        return value

    @server_label.setter
    def server_label(self, value: str) -> None:
        self._server_label = value

    @property
    def type_(self) -> McpCallItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("McpCallItem", "type")
        return value

    @type_.setter
    def type_(self, value: McpCallItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"arguments={self._arguments!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"server_label={self._server_label!r}, "
            f"type_={self._type_!r}, "
            f"error={self.error!r}, "
            f"output={self.output!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        arguments: Any = self._arguments

        id: Any = self._id

        name: Any = self._name

        server_label: Any = self._server_label

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        error: Any = self.error

        output: Any = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error is not UNSET:
            field_dict["error"] = error
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpCallItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "arguments" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "server_label" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not McpCallItemType.is_known(data["type"]):
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
                    f"McpCallItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            arguments = d.get("arguments", UNSET)

            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

            server_label = d.get("server_label", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = McpCallItemType._value2member_map_.get(_raw_type_) or McpCallItemType._parse(_raw_type_)

            error = d.get("error", UNSET)

            output = d.get("output", UNSET)

        except FieldParseError as error:
            raise error.within("McpCallItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpCallItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_call_item = cls(
            arguments,
            id,
            name,
            server_label,
            type_,
            error,
            output,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_call_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return mcp_call_item

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
