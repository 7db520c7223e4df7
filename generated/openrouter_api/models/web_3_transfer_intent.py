from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_3_transfer_intent_call_data import Web3TransferIntentCallData
    from ..models.web_3_transfer_intent_metadata import Web3TransferIntentMetadata

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Web3TransferIntentCallData, Web3TransferIntentMetadata
    from ..models.web_3_transfer_intent_call_data import Web3TransferIntentCallData  # noqa: PLC0415
    from ..models.web_3_transfer_intent_metadata import Web3TransferIntentMetadata  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="Web3TransferIntent")


@_attrs_define
class Web3TransferIntent:
    """The transfer to sign and send.

    Attributes:
        call_data (Web3TransferIntentCallData): Arguments of the transfer contract call.
        metadata (Web3TransferIntentMetadata): Where the transfer goes.
    """

    call_data: Web3TransferIntentCallData
    metadata: Web3TransferIntentMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        call_data: Any = self.call_data
        if not (isinstance(call_data, Unset) or call_data is None):
            call_data = self.call_data.to_dict()

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if call_data is not UNSET:
            field_dict["call_data"] = call_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Web3TransferIntent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "call_data" not in data:
            return False
        if "metadata" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_call_data = d.pop("call_data", UNSET)
        call_data: Any = _raw_call_data
        if _raw_call_data is not None and _raw_call_data is not UNSET:
            call_data = Web3TransferIntentCallData.from_dict(_raw_call_data)

        _raw_metadata = d.pop("metadata", UNSET)
        metadata: Any = _raw_metadata
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            metadata = Web3TransferIntentMetadata.from_dict(_raw_metadata)

        web_3_transfer_intent = cls(
            call_data=call_data,
            metadata=metadata,
        )

        web_3_transfer_intent.additional_properties = d
        return web_3_transfer_intent

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
