from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderInfo")


@_attrs_define
class ProviderInfo:
    """One inference provider.

    Attributes:
        name (str): Display name.
        slug (str): Slug used in provider routing preferences.
        privacy_policy_url (None | str): Link to the provider's privacy policy.
        terms_of_service_url (None | str | Unset): Link to the provider's terms of service.
        status_page_url (None | str | Unset): Link to the provider's status page.
        headquarters (None | str | Unset): Country of the provider's head office (ISO 3166-1 alpha-2).
        datacenters (list[str] | None | Unset): Countries where the provider runs inference (ISO 3166-1 alpha-2).
    """

    name: str
    slug: str
    privacy_policy_url: None | str
    terms_of_service_url: None | str | Unset = UNSET
    status_page_url: None | str | Unset = UNSET
    headquarters: None | str | Unset = UNSET
    datacenters: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any = self.name

        slug: Any = self.slug

        privacy_policy_url: Any = self.privacy_policy_url
        if not (isinstance(privacy_policy_url, Unset) or privacy_policy_url is None):
            privacy_policy_url = self.privacy_policy_url

        terms_of_service_url: Any = self.terms_of_service_url
        if not (isinstance(terms_of_service_url, Unset) or terms_of_service_url is None):
            if isinstance(self.terms_of_service_url, Unset):
                terms_of_service_url = UNSET
            else:
                terms_of_service_url = self.terms_of_service_url

        status_page_url: Any = self.status_page_url
        if not (isinstance(status_page_url, Unset) or status_page_url is None):
            if isinstance(self.status_page_url, Unset):
                status_page_url = UNSET
            else:
                status_page_url = self.status_page_url

        headquarters: Any = self.headquarters
        if not (isinstance(headquarters, Unset) or headquarters is None):
            if isinstance(self.headquarters, Unset):
                headquarters = UNSET
            else:
                headquarters = self.headquarters

        datacenters: Any = self.datacenters
        if not (isinstance(datacenters, Unset) or datacenters is None):
            if isinstance(self.datacenters, Unset):
                datacenters = UNSET
            elif isinstance(self.datacenters, list):
                datacenters = self.datacenters

            else:
                datacenters = self.datacenters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if privacy_policy_url is not UNSET:
            field_dict["privacy_policy_url"] = privacy_policy_url
        if terms_of_service_url is not UNSET:
            field_dict["terms_of_service_url"] = terms_of_service_url
        if status_page_url is not UNSET:
            field_dict["status_page_url"] = status_page_url
        if headquarters is not UNSET:
            field_dict["headquarters"] = headquarters
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ProviderInfo and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "slug" not in data:
            return False
        if "privacy_policy_url" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        privacy_policy_url = d.pop("privacy_policy_url", UNSET)

        terms_of_service_url = d.pop("terms_of_service_url", UNSET)

        status_page_url = d.pop("status_page_url", UNSET)

        headquarters = d.pop("headquarters", UNSET)

        _raw_datacenters = d.pop("datacenters", UNSET)
        datacenters: Any = _raw_datacenters
        if _raw_datacenters is not None and _raw_datacenters is not UNSET:
            datacenters = _parse_datacenters(_raw_datacenters)

        provider_info = cls(
            name=name,
            slug=slug,
            privacy_policy_url=privacy_policy_url,
            terms_of_service_url=terms_of_service_url,
            status_page_url=status_page_url,
            headquarters=headquarters,
            datacenters=datacenters,
        )

        provider_info.additional_properties = d
        return provider_info

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


def _parse_datacenters(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        datacenters_type_0 = cast("list[str]", data)

        return datacenters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)
