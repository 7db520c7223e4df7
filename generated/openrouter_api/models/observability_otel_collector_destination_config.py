from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityOtelCollectorDestinationConfigHeaders
    from ..models.observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityOtelCollectorDestinationConfig")


@_attrs_define
class ObservabilityOtelCollectorDestinationConfig:
    """
    Attributes:
        endpoint (str):
        headers (ObservabilityOtelCollectorDestinationConfigHeaders | Unset): Custom HTTP headers as a JSON object. For
            Axiom, use {"Authorization": "Bearer xaat-xxx", "X-Axiom-Dataset": "your-dataset"}
    """

    endpoint: str
    headers: ObservabilityOtelCollectorDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        endpoint: Any = self.endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityOtelCollectorDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "endpoint" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        _raw_headers = d.pop("headers", UNSET)
        headers: Any = _raw_headers
        if _raw_headers is not None and _raw_headers is not UNSET:
            _headers = _raw_headers
            headers: ObservabilityOtelCollectorDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityOtelCollectorDestinationConfigHeaders.from_dict(_headers)

        observability_otel_collector_destination_config = cls(
            endpoint=endpoint,
            headers=headers,
        )

        observability_otel_collector_destination_config.additional_properties = d
        return observability_otel_collector_destination_config

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
