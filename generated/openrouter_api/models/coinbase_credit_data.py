from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_3_data import Web3Data

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Web3Data
    from ..models.web_3_data import Web3Data  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CoinbaseCreditData")


@_attrs_define
class CoinbaseCreditData:
    """A charge and how to pay it.

    Attributes:
        id (str): Charge id.
        created_at (str): When the charge was made, ISO 8601.
        expires_at (str): When the charge lapses if unpaid, ISO 8601.
        web3_data (Web3Data): On-chain payment data.
    """

    id: str
    created_at: str
    expires_at: str
    web3_data: Web3Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        created_at: Any = self.created_at

        expires_at: Any = self.expires_at

        web3_data: Any = self.web3_data
        if not (isinstance(web3_data, Unset) or web3_data is None):
            web3_data = self.web3_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if web3_data is not UNSET:
            field_dict["web3_data"] = web3_data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CoinbaseCreditData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "created_at" not in data:
            return False
        if "expires_at" not in data:
            return False
        if "web3_data" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _raw_web3_data = d.pop("web3_data", UNSET)
        web3_data: Any = _raw_web3_data
        if _raw_web3_data is not None and _raw_web3_data is not UNSET:
            web3_data = Web3Data.from_dict(_raw_web3_data)

        coinbase_credit_data = cls(
            id=id,
            created_at=created_at,
            expires_at=expires_at,
            web3_data=web3_data,
        )

        coinbase_credit_data.additional_properties = d
        return coinbase_credit_data

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
