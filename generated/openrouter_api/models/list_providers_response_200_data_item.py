from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_providers_response_200_data_item_datacenters_type_0_item import (
    ListProvidersResponse200DataItemDatacentersType0Item,
)
from ..models.list_providers_response_200_data_item_headquarters_type_1 import (
    ListProvidersResponse200DataItemHeadquartersType1,
)
from ..models.list_providers_response_200_data_item_headquarters_type_2_type_1 import (
    ListProvidersResponse200DataItemHeadquartersType2Type1,
)
from ..models.list_providers_response_200_data_item_headquarters_type_3_type_1 import (
    ListProvidersResponse200DataItemHeadquartersType3Type1,
)
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ListProvidersResponse200DataItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"name", "privacy_policy_url", "slug", "datacenters", "headquarters", "status_page_url", "terms_of_service_url"}
)


@_attrs_define(repr=False)
class ListProvidersResponse200DataItem:
    """
    Example:
        {'datacenters': ['US', 'IE'], 'headquarters': 'US', 'name': 'OpenAI', 'privacy_policy_url':
            'https://openai.com/privacy', 'slug': 'openai', 'status_page_url': 'https://status.openai.com',
            'terms_of_service_url': 'https://openai.com/terms'}

    Attributes:
        name (str): Display name of the provider Example: OpenAI.
        privacy_policy_url (None | str): URL to the provider's privacy policy Example: https://openai.com/privacy.
        slug (str): URL-friendly identifier for the provider Example: openai.
        datacenters (list[ListProvidersResponse200DataItemDatacentersType0Item] | None | Unset): ISO 3166-1 Alpha-2
            country codes of the provider datacenter locations Example: ['US', 'IE'].
        headquarters (ListProvidersResponse200DataItemHeadquartersType1 |
            ListProvidersResponse200DataItemHeadquartersType2Type1 | ListProvidersResponse200DataItemHeadquartersType3Type1
            | None | Unset): ISO 3166-1 Alpha-2 country code of the provider headquarters Example: US.
        status_page_url (None | str | Unset): URL to the provider's status page Example: https://status.openai.com.
        terms_of_service_url (None | str | Unset): URL to the provider's terms of service Example:
            https://openai.com/terms.
    """

    _name: str = _attrs_field(alias="name")
    _privacy_policy_url: None | str = _attrs_field(alias="privacy_policy_url")
    _slug: str = _attrs_field(alias="slug")
    datacenters: list[ListProvidersResponse200DataItemDatacentersType0Item] | None | Unset = UNSET
    headquarters: (
        ListProvidersResponse200DataItemHeadquartersType1
        | ListProvidersResponse200DataItemHeadquartersType2Type1
        | ListProvidersResponse200DataItemHeadquartersType3Type1
        | None
        | Unset
    ) = UNSET
    status_page_url: None | str | Unset = UNSET
    terms_of_service_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ListProvidersResponse200DataItem", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def privacy_policy_url(self) -> None | str:
        value: Any = self._privacy_policy_url
        if value is UNSET:
            raise MissingFieldError("ListProvidersResponse200DataItem", "privacy_policy_url")
        return value

    @privacy_policy_url.setter
    def privacy_policy_url(self, value: None | str) -> None:
        self._privacy_policy_url = value

    @property
    def slug(self) -> str:
        value: Any = self._slug
        if value is UNSET:
            raise MissingFieldError("ListProvidersResponse200DataItem", "slug")
        return value

    @slug.setter
    def slug(self, value: str) -> None:
        self._slug = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
            f"privacy_policy_url={self._privacy_policy_url!r}, "
            f"slug={self._slug!r}, "
            f"datacenters={self.datacenters!r}, "
            f"headquarters={self.headquarters!r}, "
            f"status_page_url={self.status_page_url!r}, "
            f"terms_of_service_url={self.terms_of_service_url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        name: Any = self._name

        privacy_policy_url: Any = self._privacy_policy_url

        slug: Any = self._slug

        datacenters: Any = self.datacenters
        if not (isinstance(datacenters, Unset) or datacenters is None):
            if isinstance(self.datacenters, list):
                datacenters = []
                for datacenters_type_0_item_data in self.datacenters:
                    datacenters_type_0_item = datacenters_type_0_item_data.value
                    datacenters.append(datacenters_type_0_item)

            else:
                datacenters = self.datacenters

        headquarters: Any = self.headquarters
        if not (isinstance(headquarters, Unset) or headquarters is None):
            if isinstance(self.headquarters, ListProvidersResponse200DataItemHeadquartersType1):
                headquarters = self.headquarters.value
            elif isinstance(self.headquarters, ListProvidersResponse200DataItemHeadquartersType2Type1):
                headquarters = self.headquarters.value
            elif isinstance(self.headquarters, ListProvidersResponse200DataItemHeadquartersType3Type1):
                headquarters = self.headquarters.value
            else:
                headquarters = self.headquarters

        status_page_url: Any = self.status_page_url

        terms_of_service_url: Any = self.terms_of_service_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
        if privacy_policy_url is not UNSET:
            field_dict["privacy_policy_url"] = privacy_policy_url
        if slug is not UNSET:
            field_dict["slug"] = slug
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters
        if headquarters is not UNSET:
            field_dict["headquarters"] = headquarters
        if status_page_url is not UNSET:
            field_dict["status_page_url"] = status_page_url
        if terms_of_service_url is not UNSET:
            field_dict["terms_of_service_url"] = terms_of_service_url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListProvidersResponse200DataItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
            return False
        if "privacy_policy_url" not in data:
            return False
        if "slug" not in data:
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
                    f"ListProvidersResponse200DataItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

            privacy_policy_url = d.get("privacy_policy_url", UNSET)

            slug = d.get("slug", UNSET)

            _field = "datacenters"
            _raw_datacenters = d.get("datacenters", UNSET)
            datacenters: Any = _raw_datacenters
            if _raw_datacenters is not None and _raw_datacenters is not UNSET:
                datacenters = _parse_datacenters(_raw_datacenters)

            _field = "headquarters"
            _raw_headquarters = d.get("headquarters", UNSET)
            headquarters: Any = _raw_headquarters
            if _raw_headquarters is not None and _raw_headquarters is not UNSET:
                headquarters = _parse_headquarters(_raw_headquarters)

            status_page_url = d.get("status_page_url", UNSET)

            terms_of_service_url = d.get("terms_of_service_url", UNSET)

        except FieldParseError as error:
            raise error.within("ListProvidersResponse200DataItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListProvidersResponse200DataItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_providers_response_200_data_item = cls(
            name,
            privacy_policy_url,
            slug,
            datacenters,
            headquarters,
            status_page_url,
            terms_of_service_url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_providers_response_200_data_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return list_providers_response_200_data_item

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


def _parse_datacenters(data: object) -> list[ListProvidersResponse200DataItemDatacentersType0Item] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        datacenters_type_0 = [
            ListProvidersResponse200DataItemDatacentersType0Item._value2member_map_.get(datacenters_type_0_item_data)
            or ListProvidersResponse200DataItemDatacentersType0Item._parse(datacenters_type_0_item_data)
            for datacenters_type_0_item_data in data
        ]

        return datacenters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ListProvidersResponse200DataItemDatacentersType0Item] | None | Unset", data)


def _parse_headquarters(
    data: object,
) -> (
    ListProvidersResponse200DataItemHeadquartersType1
    | ListProvidersResponse200DataItemHeadquartersType2Type1
    | ListProvidersResponse200DataItemHeadquartersType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ListProvidersResponse200DataItemHeadquartersType1.is_known(data):
        try:
            headquarters_type_1 = ListProvidersResponse200DataItemHeadquartersType1._value2member_map_.get(
                data
            ) or ListProvidersResponse200DataItemHeadquartersType1._parse(data)

            return headquarters_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ListProvidersResponse200DataItemHeadquartersType2Type1.is_known(data):
        try:
            headquarters_type_2_type_1 = ListProvidersResponse200DataItemHeadquartersType2Type1._value2member_map_.get(
                data
            ) or ListProvidersResponse200DataItemHeadquartersType2Type1._parse(data)

            return headquarters_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ListProvidersResponse200DataItemHeadquartersType3Type1.is_known(data):
        try:
            headquarters_type_3_type_1 = ListProvidersResponse200DataItemHeadquartersType3Type1._value2member_map_.get(
                data
            ) or ListProvidersResponse200DataItemHeadquartersType3Type1._parse(data)

            return headquarters_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        headquarters_type_1 = ListProvidersResponse200DataItemHeadquartersType1._value2member_map_.get(
            data
        ) or ListProvidersResponse200DataItemHeadquartersType1._parse(data)

        return headquarters_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        headquarters_type_2_type_1 = ListProvidersResponse200DataItemHeadquartersType2Type1._value2member_map_.get(
            data
        ) or ListProvidersResponse200DataItemHeadquartersType2Type1._parse(data)

        return headquarters_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        headquarters_type_3_type_1 = ListProvidersResponse200DataItemHeadquartersType3Type1._value2member_map_.get(
            data
        ) or ListProvidersResponse200DataItemHeadquartersType3Type1._parse(data)

        return headquarters_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "ListProvidersResponse200DataItemHeadquartersType1 | ListProvidersResponse200DataItemHeadquartersType2Type1 | ListProvidersResponse200DataItemHeadquartersType3Type1 | None | Unset",
        data,
    )
