from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_output_item_status import ApplyPatchCallOutputItemStatus
from ..models.apply_patch_call_output_item_type import ApplyPatchCallOutputItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchCallOutputItem")


@_attrs_define
class ApplyPatchCallOutputItem:
    """The client's echo of an `apply_patch_call` after applying the patch. `output` is an optional human-readable log;
    `status` is `completed` when the patch was applied successfully, `failed` otherwise.

        Example:
            {'call_id': 'call_abc123', 'output': 'Applied patch to /src/main.ts', 'status': 'completed', 'type':
                'apply_patch_call_output'}

        Attributes:
            call_id (str):
            status (ApplyPatchCallOutputItemStatus):
            type_ (ApplyPatchCallOutputItemType):
            id (None | str | Unset):
            output (None | str | Unset):
    """

    call_id: str
    status: ApplyPatchCallOutputItemStatus
    type_: ApplyPatchCallOutputItemType
    id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id: Any = self.call_id

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = self.status.value

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

        output: Any = self.output
        if not (isinstance(output, Unset) or output is None):
            if isinstance(self.output, Unset):
                output = UNSET
            else:
                output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ApplyPatchCallOutputItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_id" not in data:
            return False
        if "status" not in data:
            return False
        if "status" in data and not ApplyPatchCallOutputItemStatus.is_known(data["status"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ApplyPatchCallOutputItemType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id", UNSET)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            status = ApplyPatchCallOutputItemStatus._parse(_raw_status)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ApplyPatchCallOutputItemType._parse(_raw_type_)

        id = d.pop("id", UNSET)

        output = d.pop("output", UNSET)

        apply_patch_call_output_item = cls(
            call_id=call_id,
            status=status,
            type_=type_,
            id=id,
            output=output,
        )

        apply_patch_call_output_item.additional_properties = d
        return apply_patch_call_output_item

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
