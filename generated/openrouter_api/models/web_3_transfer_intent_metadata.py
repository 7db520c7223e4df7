from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Web3TransferIntentMetadata")


@_attrs_define
class Web3TransferIntentMetadata:
    """Where the transfer goes.

    Attributes:
        chain_id (int):
        contract_address (str):
        sender (str):
    """

    chain_id: int
    contract_address: str
    sender: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id: Any = self.chain_id

        contract_address: Any = self.contract_address

        sender: Any = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if contract_address is not UNSET:
            field_dict["contract_address"] = contract_address
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Web3TransferIntentMetadata and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "chain_id" not in data:
            return False
        if "contract_address" not in data:
            return False
        if "sender" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chain_id", UNSET)

        contract_address = d.pop("contract_address", UNSET)

        sender = d.pop("sender", UNSET)

        web_3_transfer_intent_metadata = cls(
            chain_id=chain_id,
            contract_address=contract_address,
            sender=sender,
        )

        web_3_transfer_intent_metadata.additional_properties = d
        return web_3_transfer_intent_metadata

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
