from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_charge_request_chain_id import CreateChargeRequestChainId
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChargeRequest")


@_attrs_define
class CreateChargeRequest:
    """A crypto purchase of credits.

    Attributes:
        amount (float): Credits to buy, in USD.
        sender (str): Wallet address that will pay.
        chain_id (CreateChargeRequestChainId): Chain to pay on (1 Ethereum, 137 Polygon, 8453 Base).
    """

    amount: float
    sender: str
    chain_id: CreateChargeRequestChainId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: Any = self.amount

        sender: Any = self.sender

        chain_id: Any = self.chain_id
        if not (isinstance(chain_id, Unset) or chain_id is None):
            chain_id = self.chain_id.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if amount is not UNSET:
            field_dict["amount"] = amount
        if sender is not UNSET:
            field_dict["sender"] = sender
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateChargeRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "amount" not in data:
            return False
        if "sender" not in data:
            return False
        if "chain_id" not in data:
            return False
        if "chain_id" in data and not CreateChargeRequestChainId.is_known(data["chain_id"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        sender = d.pop("sender", UNSET)

        _raw_chain_id = d.pop("chain_id", UNSET)
        chain_id: Any = _raw_chain_id
        if _raw_chain_id is not None and _raw_chain_id is not UNSET:
            chain_id = CreateChargeRequestChainId._parse(_raw_chain_id)

        create_charge_request = cls(
            amount=amount,
            sender=sender,
            chain_id=chain_id,
        )

        create_charge_request.additional_properties = d
        return create_charge_request

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
