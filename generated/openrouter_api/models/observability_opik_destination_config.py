from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_opik_destination_config_headers import ObservabilityOpikDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityOpikDestinationConfigHeaders
    from ..models.observability_opik_destination_config_headers import ObservabilityOpikDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityOpikDestinationConfig")


@_attrs_define
class ObservabilityOpikDestinationConfig:
    """
    Attributes:
        api_key (str):
        project_name (str):
        workspace (str):
        headers (ObservabilityOpikDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    project_name: str
    workspace: str
    headers: ObservabilityOpikDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key: Any = self.api_key

        project_name: Any = self.project_name

        workspace: Any = self.workspace

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityOpikDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "apiKey" not in data:
            return False
        if "projectName" not in data:
            return False
        if "workspace" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        api_key = d.pop("apiKey", UNSET)

        project_name = d.pop("projectName", UNSET)

        workspace = d.pop("workspace", UNSET)

        _raw_headers = d.pop("headers", UNSET)
        headers: Any = _raw_headers
        if _raw_headers is not None and _raw_headers is not UNSET:
            _headers = _raw_headers
            headers: ObservabilityOpikDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityOpikDestinationConfigHeaders.from_dict(_headers)

        observability_opik_destination_config = cls(
            api_key=api_key,
            project_name=project_name,
            workspace=workspace,
            headers=headers,
        )

        observability_opik_destination_config.additional_properties = d
        return observability_opik_destination_config

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
