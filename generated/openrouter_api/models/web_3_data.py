from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_3_transfer_intent import Web3TransferIntent

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Web3TransferIntent
    from ..models.web_3_transfer_intent import Web3TransferIntent  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="Web3Data")


@_attrs_define
class Web3Data:
    """On-chain payment data.

    Attributes:
        transfer_intent (Web3TransferIntent): The transfer to sign and send.
    """

    transfer_intent: Web3TransferIntent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        transfer_intent: Any = self.transfer_intent
        if not (isinstance(transfer_intent, Unset) or transfer_intent is None):
            transfer_intent = self.transfer_intent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if transfer_intent is not UNSET:
            field_dict["transfer_intent"] = transfer_intent

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Web3Data and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "transfer_intent" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_transfer_intent = d.pop("transfer_intent", UNSET)
        transfer_intent: Any = _raw_transfer_intent
        if _raw_transfer_intent is not None and _raw_transfer_intent is not UNSET:
            transfer_intent = Web3TransferIntent.from_dict(_raw_transfer_intent)

        web_3_data = cls(
            transfer_intent=transfer_intent,
        )

        web_3_data.additional_properties = d
        return web_3_data

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
