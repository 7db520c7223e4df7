from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_response_provider_name import ProviderResponseProviderName
from ..models.provider_response_routed_service_tier import ProviderResponseRoutedServiceTier
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ProviderResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"status", "endpoint_id", "id", "is_byok", "latency", "model_permaslug", "provider_name", "routed_service_tier"}
)


@_attrs_define(repr=False)
class ProviderResponse:
    """Details of a provider response for a generation attempt

    Example:
        {'endpoint_id': 'ep_abc123', 'id': 'chatcmpl-abc123', 'is_byok': False, 'latency': 1200, 'model_permaslug':
            'openai/gpt-4', 'provider_name': 'OpenAI', 'status': 200}

    Attributes:
        status (int | None): HTTP status code from the provider Example: 200.
        endpoint_id (str | Unset): Internal endpoint identifier Example: ep_abc123.
        id (str | Unset): Upstream provider response identifier Example: chatcmpl-abc123.
        is_byok (bool | Unset): Whether the request used a bring-your-own-key Example: False.
        latency (float | Unset): Response latency in milliseconds Example: 1200.
        model_permaslug (str | Unset): Canonical model slug Example: openai/gpt-4.
        provider_name (ProviderResponseProviderName | Unset): Name of the provider Example: OpenAI.
        routed_service_tier (ProviderResponseRoutedServiceTier | Unset): The service tier this request was routed to
            (e.g. flex, priority). The tier actually applied and billed is determined by the provider response and may
            differ. Example: priority.
    """

    _status: int | None = _attrs_field(alias="status")
    endpoint_id: str | Unset = UNSET
    id: str | Unset = UNSET
    is_byok: bool | Unset = UNSET
    latency: float | Unset = UNSET
    model_permaslug: str | Unset = UNSET
    provider_name: ProviderResponseProviderName | Unset = UNSET
    routed_service_tier: ProviderResponseRoutedServiceTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> int | None:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("ProviderResponse", "status")
        return value

    @status.setter
    def status(self, value: int | None) -> None:
        self._status = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"status={self._status!r}, "
            f"endpoint_id={self.endpoint_id!r}, "
            f"id={self.id!r}, "
            f"is_byok={self.is_byok!r}, "
            f"latency={self.latency!r}, "
            f"model_permaslug={self.model_permaslug!r}, "
            f"provider_name={self.provider_name!r}, "
            f"routed_service_tier={self.routed_service_tier!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        status: Any = self._status

        endpoint_id: Any = self.endpoint_id

        id: Any = self.id

        is_byok: Any = self.is_byok

        latency: Any = self.latency

        model_permaslug: Any = self.model_permaslug

        provider_name: Any = self.provider_name
        if not (isinstance(provider_name, Unset) or provider_name is None):
            provider_name = provider_name.value

        routed_service_tier: Any = self.routed_service_tier
        if not (isinstance(routed_service_tier, Unset) or routed_service_tier is None):
            routed_service_tier = routed_service_tier.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if status is not UNSET:
            field_dict["status"] = status
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if latency is not UNSET:
            field_dict["latency"] = latency
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
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
        if "provider_name" in data and not ProviderResponseProviderName.is_known(data["provider_name"]):
            return False
        if "routed_service_tier" in data and not ProviderResponseRoutedServiceTier.is_known(
            data["routed_service_tier"]
        ):
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
                    f"ProviderResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            status = d.get("status", UNSET)

            endpoint_id = d.get("endpoint_id", UNSET)

            id = d.get("id", UNSET)

            is_byok = d.get("is_byok", UNSET)

            latency = d.get("latency", UNSET)

            model_permaslug = d.get("model_permaslug", UNSET)

            _field = "provider_name"
            _raw_provider_name = d.get("provider_name", UNSET)
            provider_name: Any = _raw_provider_name
            if _raw_provider_name is not None and _raw_provider_name is not UNSET:
                provider_name = ProviderResponseProviderName._value2member_map_.get(
                    _raw_provider_name
                ) or ProviderResponseProviderName._parse(_raw_provider_name)

            _field = "routed_service_tier"
            _raw_routed_service_tier = d.get("routed_service_tier", UNSET)
            routed_service_tier: Any = _raw_routed_service_tier
            if _raw_routed_service_tier is not None and _raw_routed_service_tier is not UNSET:
                routed_service_tier = ProviderResponseRoutedServiceTier._value2member_map_.get(
                    _raw_routed_service_tier
                ) or ProviderResponseRoutedServiceTier._parse(_raw_routed_service_tier)

        except FieldParseError as error:
            raise error.within("ProviderResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ProviderResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        provider_response = cls(
            status,
            endpoint_id,
            id,
            is_byok,
            latency,
            model_permaslug,
            provider_name,
            routed_service_tier,
        )

        if not _DECLARED_KEYS.issuperset(d):
            provider_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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
