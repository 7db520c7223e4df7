from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from ..models.public_endpoint import PublicEndpoint

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ListEndpointsResponseArchitecture, PublicEndpoint
    from ..models.list_endpoints_response_architecture import ListEndpointsResponseArchitecture  # noqa: PLC0415
    from ..models.public_endpoint import PublicEndpoint  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ListEndpointsResponse")


@_attrs_define
class ListEndpointsResponse:
    """A model with the list of its endpoints.

    Attributes:
        id (str): Model id.
        name (str): Display name of the model.
        created (int): When the model was added, Unix seconds.
        description (str): Prose description of the model.
        architecture (ListEndpointsResponseArchitecture): Inputs, outputs and tokenizer of the model; here every field
            is present.
        endpoints (list[PublicEndpoint]): One entry per provider endpoint.
    """

    id: str
    name: str
    created: int
    description: str
    architecture: ListEndpointsResponseArchitecture
    endpoints: list[PublicEndpoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        name: Any = self.name

        created: Any = self.created

        description: Any = self.description

        architecture: Any = self.architecture
        if not (isinstance(architecture, Unset) or architecture is None):
            architecture = self.architecture.to_dict()

        endpoints: Any = self.endpoints
        if not (isinstance(endpoints, Unset) or endpoints is None):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListEndpointsResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "created" not in data:
            return False
        if "description" not in data:
            return False
        if "architecture" not in data:
            return False
        if "endpoints" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        description = d.pop("description", UNSET)

        _raw_architecture = d.pop("architecture", UNSET)
        architecture: Any = _raw_architecture
        if _raw_architecture is not None and _raw_architecture is not UNSET:
            architecture = ListEndpointsResponseArchitecture.from_dict(_raw_architecture)

        _raw_endpoints = d.pop("endpoints", UNSET)
        endpoints: Any = _raw_endpoints
        if _raw_endpoints is not None and _raw_endpoints is not UNSET:
            endpoints = []
            _endpoints = _raw_endpoints
            for endpoints_item_data in _endpoints:
                endpoints_item = PublicEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        list_endpoints_response = cls(
            id=id,
            name=name,
            created=created,
            description=description,
            architecture=architecture,
            endpoints=endpoints,
        )

        list_endpoints_response.additional_properties = d
        return list_endpoints_response

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
