from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Web3TransferIntentCallData")


@_attrs_define
class Web3TransferIntentCallData:
    """Arguments of the transfer contract call.

    Attributes:
        deadline (str):
        fee_amount (str):
        id (str):
        operator (str):
        prefix (str):
        recipient (str):
        recipient_amount (str):
        recipient_currency (str):
        refund_destination (str):
        signature (str):
    """

    deadline: str
    fee_amount: str
    id: str
    operator: str
    prefix: str
    recipient: str
    recipient_amount: str
    recipient_currency: str
    refund_destination: str
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deadline: Any = self.deadline

        fee_amount: Any = self.fee_amount

        id: Any = self.id

        operator: Any = self.operator

        prefix: Any = self.prefix

        recipient: Any = self.recipient

        recipient_amount: Any = self.recipient_amount

        recipient_currency: Any = self.recipient_currency

        refund_destination: Any = self.refund_destination

        signature: Any = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if id is not UNSET:
            field_dict["id"] = id
        if operator is not UNSET:
            field_dict["operator"] = operator
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if recipient_amount is not UNSET:
            field_dict["recipient_amount"] = recipient_amount
        if recipient_currency is not UNSET:
            field_dict["recipient_currency"] = recipient_currency
        if refund_destination is not UNSET:
            field_dict["refund_destination"] = refund_destination
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Web3TransferIntentCallData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "deadline" not in data:
            return False
        if "fee_amount" not in data:
            return False
        if "id" not in data:
            return False
        if "operator" not in data:
            return False
        if "prefix" not in data:
            return False
        if "recipient" not in data:
            return False
        if "recipient_amount" not in data:
            return False
        if "recipient_currency" not in data:
            return False
        if "refund_destination" not in data:
            return False
        if "signature" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = d.pop("deadline", UNSET)

        fee_amount = d.pop("fee_amount", UNSET)

        id = d.pop("id", UNSET)

        operator = d.pop("operator", UNSET)

        prefix = d.pop("prefix", UNSET)

        recipient = d.pop("recipient", UNSET)

        recipient_amount = d.pop("recipient_amount", UNSET)

        recipient_currency = d.pop("recipient_currency", UNSET)

        refund_destination = d.pop("refund_destination", UNSET)

        signature = d.pop("signature", UNSET)

        web_3_transfer_intent_call_data = cls(
            deadline=deadline,
            fee_amount=fee_amount,
            id=id,
            operator=operator,
            prefix=prefix,
            recipient=recipient,
            recipient_amount=recipient_amount,
            recipient_currency=recipient_currency,
            refund_destination=refund_destination,
            signature=signature,
        )

        web_3_transfer_intent_call_data.additional_properties = d
        return web_3_transfer_intent_call_data

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
