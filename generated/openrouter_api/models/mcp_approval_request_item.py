from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_request_item_type import McpApprovalRequestItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="McpApprovalRequestItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"arguments", "id", "name", "server_label", "type"})


@_attrs_define(repr=False)
class McpApprovalRequestItem:
    """Request for approval to execute an MCP tool

    Example:
        {'arguments': '{"id":"123"}', 'id': 'approval-abc123', 'name': 'delete_record', 'server_label': 'database-
            server', 'type': 'mcp_approval_request'}

    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type_ (McpApprovalRequestItemType):
    """

    _arguments: str = _attrs_field(alias="arguments")
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    _server_label: str = _attrs_field(alias="server_label")
    _type_: McpApprovalRequestItemType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def arguments(self) -> str:
        value: Any = self._arguments
        if value is UNSET:
            raise MissingFieldError("McpApprovalRequestItem", "arguments")
        return value

    @arguments.setter
    def arguments(self, value: str) -> None:
        self._arguments = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("McpApprovalRequestItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("McpApprovalRequestItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def server_label(self) -> str:
        value: Any = self._server_label
        if value is UNSET:
            raise MissingFieldError("McpApprovalRequestItem", "server_label")
        return value

    @server_label.setter
    def server_label(self, value: str) -> None:
        self._server_label = value

    @property
    def type_(self) -> McpApprovalRequestItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("McpApprovalRequestItem", "type")
        return value

    @type_.setter
    def type_(self, value: McpApprovalRequestItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"arguments={self._arguments!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"server_label={self._server_label!r}, "
            f"type_={self._type_!r}, "
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

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpApprovalRequestItem and its fixed values."""
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
        if "type" in data and not McpApprovalRequestItemType.is_known(data["type"]):
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
                    f"McpApprovalRequestItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                type_ = McpApprovalRequestItemType._value2member_map_.get(
                    _raw_type_
                ) or McpApprovalRequestItemType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("McpApprovalRequestItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpApprovalRequestItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_approval_request_item = cls(
            arguments,
            id,
            name,
            server_label,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_approval_request_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return mcp_approval_request_item

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
