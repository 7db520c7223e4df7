from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_webhook_destination_config_method import ObservabilityWebhookDestinationConfigMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_webhook_destination_config_headers import ObservabilityWebhookDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityWebhookDestinationConfigHeaders
    from ..models.observability_webhook_destination_config_headers import ObservabilityWebhookDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityWebhookDestinationConfig")


@_attrs_define
class ObservabilityWebhookDestinationConfig:
    """
    Attributes:
        url (str):
        headers (ObservabilityWebhookDestinationConfigHeaders | Unset):
        method (ObservabilityWebhookDestinationConfigMethod | Unset):  Default:
            ObservabilityWebhookDestinationConfigMethod.POST.
    """

    url: str
    headers: ObservabilityWebhookDestinationConfigHeaders | Unset = UNSET
    method: ObservabilityWebhookDestinationConfigMethod | Unset = ObservabilityWebhookDestinationConfigMethod.POST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        url: Any = self.url

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

        method: Any = self.method
        if not (isinstance(method, Unset) or method is None):
            method = UNSET
            if not isinstance(self.method, Unset):
                method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityWebhookDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "url" not in data:
            return False
        if "method" in data and not ObservabilityWebhookDestinationConfigMethod.is_known(data["method"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _raw_headers = d.pop("headers", UNSET)
        headers: Any = _raw_headers
        if _raw_headers is not None and _raw_headers is not UNSET:
            _headers = _raw_headers
            headers: ObservabilityWebhookDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityWebhookDestinationConfigHeaders.from_dict(_headers)

        _raw_method = d.pop("method", UNSET)
        method: Any = _raw_method
        if _raw_method is not None and _raw_method is not UNSET:
            _method = _raw_method
            method: ObservabilityWebhookDestinationConfigMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = ObservabilityWebhookDestinationConfigMethod._parse(_method)

        observability_webhook_destination_config = cls(
            url=url,
            headers=headers,
            method=method,
        )

        observability_webhook_destination_config.additional_properties = d
        return observability_webhook_destination_config

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
