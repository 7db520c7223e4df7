from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_response_item_type import McpApprovalResponseItemType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="McpApprovalResponseItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"approval_request_id", "approve", "type", "id", "reason"})


@_attrs_define(repr=False)
class McpApprovalResponseItem:
    """User response to an MCP tool approval request

    Example:
        {'approval_request_id': 'approval-abc123', 'approve': True, 'reason': 'Approved for execution', 'type':
            'mcp_approval_response'}

    Attributes:
        approval_request_id (str):
        approve (bool):
        type_ (McpApprovalResponseItemType):
        id (None | str | Unset):
        reason (None | str | Unset):
    """

    _approval_request_id: str = _attrs_field(alias="approval_request_id")
    _approve: bool = _attrs_field(alias="approve")
    _type_: McpApprovalResponseItemType = _attrs_field(alias="type_")
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def approval_request_id(self) -> str:
        value: Any = self._approval_request_id
        if value is UNSET:
            raise MissingFieldError("McpApprovalResponseItem", "approval_request_id")
        return value

    @approval_request_id.setter
    def approval_request_id(self, value: str) -> None:
        self._approval_request_id = value

    @property
    def approve(self) -> bool:
        value: Any = self._approve
        if value is UNSET:
            raise MissingFieldError("McpApprovalResponseItem", "approve")
        return value

    @approve.setter
    def approve(self, value: bool) -> None:
        self._approve = value

    @property
    def type_(self) -> McpApprovalResponseItemType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("McpApprovalResponseItem", "type")
        return value

    @type_.setter
    def type_(self, value: McpApprovalResponseItemType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"approval_request_id={self._approval_request_id!r}, "
            f"approve={self._approve!r}, "
            f"type_={self._type_!r}, "
            f"id={self.id!r}, "
            f"reason={self.reason!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        approval_request_id: Any = self._approval_request_id

        approve: Any = self._approve

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        id: Any = self.id

        reason: Any = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if approve is not UNSET:
            field_dict["approve"] = approve
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of McpApprovalResponseItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "approval_request_id" not in data:
            return False
        if "approve" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not McpApprovalResponseItemType.is_known(data["type"]):
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
                    f"McpApprovalResponseItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            approval_request_id = d.get("approval_request_id", UNSET)

            approve = d.get("approve", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = McpApprovalResponseItemType._value2member_map_.get(
                    _raw_type_
                ) or McpApprovalResponseItemType._parse(_raw_type_)

            id = d.get("id", UNSET)

            reason = d.get("reason", UNSET)

        except FieldParseError as error:
            raise error.within("McpApprovalResponseItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("McpApprovalResponseItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        mcp_approval_response_item = cls(
            approval_request_id,
            approve,
            type_,
            id,
            reason,
        )

        if not _DECLARED_KEYS.issuperset(d):
            mcp_approval_response_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return mcp_approval_response_item

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
