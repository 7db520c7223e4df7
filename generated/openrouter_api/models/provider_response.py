from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_name import ProviderName
from ..models.provider_response_routed_service_tier import ProviderResponseRoutedServiceTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderResponse")


@_attrs_define
class ProviderResponse:
    """One attempt at a provider while serving a generation.

    Attributes:
        status (int | None): HTTP status the provider answered with.
        id (str | Unset): Id the provider gave the attempt.
        endpoint_id (str | Unset): Endpoint tried.
        model_permaslug (str | Unset): Permanent slug of the model at that endpoint.
        provider_name (ProviderName | Unset): Display name of an inference provider. New providers appear often, so
            treat this list as open. Example: OpenAI.
        latency (float | Unset): Duration of the attempt, in milliseconds.
        is_byok (bool | Unset): Whether the caller's own provider key was used.
        routed_service_tier (ProviderResponseRoutedServiceTier | Unset): Service tier the request was sent to; the
            provider decides what is billed.
    """

    status: int | None
    id: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    model_permaslug: str | Unset = UNSET
    provider_name: ProviderName | Unset = UNSET
    latency: float | Unset = UNSET
    is_byok: bool | Unset = UNSET
    routed_service_tier: ProviderResponseRoutedServiceTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = self.status

        id: Any = self.id

        endpoint_id: Any = self.endpoint_id

        model_permaslug: Any = self.model_permaslug

        provider_name: Any = self.provider_name
        if not (isinstance(provider_name, Unset) or provider_name is None):
            provider_name = UNSET
            if not isinstance(self.provider_name, Unset):
                provider_name = self.provider_name.value

        latency: Any = self.latency

        is_byok: Any = self.is_byok

        routed_service_tier: Any = self.routed_service_tier
        if not (isinstance(routed_service_tier, Unset) or routed_service_tier is None):
            routed_service_tier = UNSET
            if not isinstance(self.routed_service_tier, Unset):
                routed_service_tier = self.routed_service_tier.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if latency is not UNSET:
            field_dict["latency"] = latency
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if routed_service_tier is not UNSET:
            field_dict["routed_service_tier"] = routed_service_tier

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "status" not in data:
            return False
        if "provider_name" in data and not ProviderName.is_known(data["provider_name"]):
            return False
        if "routed_service_tier" in data and not ProviderResponseRoutedServiceTier.is_known(
            data["routed_service_tier"]
        ):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        id = d.pop("id", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        model_permaslug = d.pop("model_permaslug", UNSET)

        _raw_provider_name = d.pop("provider_name", UNSET)
        provider_name: Any = _raw_provider_name
        if _raw_provider_name is not None and _raw_provider_name is not UNSET:
            _provider_name = _raw_provider_name
            provider_name: ProviderName | Unset
            if isinstance(_provider_name, Unset):
                provider_name = UNSET
            else:
                provider_name = ProviderName._parse(_provider_name)

        latency = d.pop("latency", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        _raw_routed_service_tier = d.pop("routed_service_tier", UNSET)
        routed_service_tier: Any = _raw_routed_service_tier
        if _raw_routed_service_tier is not None and _raw_routed_service_tier is not UNSET:
            _routed_service_tier = _raw_routed_service_tier
            routed_service_tier: ProviderResponseRoutedServiceTier | Unset
            if isinstance(_routed_service_tier, Unset):
                routed_service_tier = UNSET
            else:
                routed_service_tier = ProviderResponseRoutedServiceTier._parse(_routed_service_tier)

        provider_response = cls(
            status=status,
            id=id,
            endpoint_id=endpoint_id,
            model_permaslug=model_permaslug,
            provider_name=provider_name,
            latency=latency,
            is_byok=is_byok,
            routed_service_tier=routed_service_tier,
        )

        provider_response.additional_properties = d
        return provider_response

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
