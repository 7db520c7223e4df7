from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_sentry_destination_config_headers import ObservabilitySentryDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilitySentryDestinationConfigHeaders
    from ..models.observability_sentry_destination_config_headers import ObservabilitySentryDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilitySentryDestinationConfig")


@_attrs_define
class ObservabilitySentryDestinationConfig:
    """
    Attributes:
        dsn (str):
        otlp_endpoint (str):
        headers (ObservabilitySentryDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    dsn: str
    otlp_endpoint: str
    headers: ObservabilitySentryDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        dsn: Any = self.dsn

        otlp_endpoint: Any = self.otlp_endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if dsn is not UNSET:
            field_dict["dsn"] = dsn
        if otlp_endpoint is not UNSET:
            field_dict["otlpEndpoint"] = otlp_endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilitySentryDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "dsn" not in data:
            return False
        if "otlpEndpoint" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        dsn = d.pop("dsn", UNSET)

        otlp_endpoint = d.pop("otlpEndpoint", UNSET)

        _raw_headers = d.pop("headers", UNSET)
        headers: Any = _raw_headers
        if _raw_headers is not None and _raw_headers is not UNSET:
            _headers = _raw_headers
            headers: ObservabilitySentryDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilitySentryDestinationConfigHeaders.from_dict(_headers)

        observability_sentry_destination_config = cls(
            dsn=dsn,
            otlp_endpoint=otlp_endpoint,
            headers=headers,
        )

        observability_sentry_destination_config.additional_properties = d
        return observability_sentry_destination_config

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
