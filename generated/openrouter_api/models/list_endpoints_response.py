from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from ..models.public_endpoint import PublicEndpoint

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ListEndpointsResponseArchitecture, PublicEndpoint
    if _lazy_imports_resolved:
        return
    from ..models.list_endpoints_response_architecture import ListEndpointsResponseArchitecture  # noqa: PLC0415
    from ..models.public_endpoint import PublicEndpoint  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ListEndpointsResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"architecture", "created", "description", "endpoints", "id", "name"})


@_attrs_define(repr=False)
class ListEndpointsResponse:
    """List of available endpoints for a model

    Example:
        {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'created': 1692901234, 'description': 'GPT-4 is a large
            multimodal model that can solve difficult problems with greater accuracy.', 'endpoints': [{'context_length':
            8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85}, 'max_completion_tokens': 4096,
            'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4', 'name': 'OpenAI: GPT-4',
            'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'provider_name':
            'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature', 'top_p', 'max_tokens',
            'frequency_penalty', 'presence_penalty'], 'supports_implicit_caching': True, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}], 'id': 'openai/gpt-4', 'name': 'GPT-4'}

    Attributes:
        architecture (ListEndpointsResponseArchitecture):
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        description (str): Description of the model Example: GPT-4 is a large multimodal model that can solve difficult
            problems with greater accuracy..
        endpoints (list[PublicEndpoint]): List of available endpoints for this model
        id (str): Unique identifier for the model Example: openai/gpt-4.
        name (str): Display name of the model Example: GPT-4.
    """

    _architecture: ListEndpointsResponseArchitecture = _attrs_field(alias="architecture")
    _created: int = _attrs_field(alias="created")
    _description: str = _attrs_field(alias="description")
    _endpoints: list[PublicEndpoint] = _attrs_field(alias="endpoints")
    _id: str = _attrs_field(alias="id")
    _name: str = _attrs_field(alias="name")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def architecture(self) -> ListEndpointsResponseArchitecture:
        value: Any = self._architecture
        if value is UNSET:
            raise MissingFieldError("ListEndpointsResponse", "architecture")
        return value

    @architecture.setter
    def architecture(self, value: ListEndpointsResponseArchitecture) -> None:
        self._architecture = value

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("ListEndpointsResponse", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def description(self) -> str:
        value: Any = self._description
        if value is UNSET:
            raise MissingFieldError("ListEndpointsResponse", "description")
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._description = value

    @property
    def endpoints(self) -> list[PublicEndpoint]:
        value: Any = self._endpoints
        if value is UNSET:
            raise MissingFieldError("ListEndpointsResponse", "endpoints")
        return value

    @endpoints.setter
    def endpoints(self, value: list[PublicEndpoint]) -> None:
        self._endpoints = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ListEndpointsResponse", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ListEndpointsResponse", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"architecture={self._architecture!r}, "
            f"created={self._created!r}, "
            f"description={self._description!r}, "
            f"endpoints={self._endpoints!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        architecture: Any = self._architecture
        if not (isinstance(architecture, Unset) or architecture is None):
            architecture = self._architecture.to_dict()

        created: Any = self._created

        description: Any = self._description

        endpoints: Any = self._endpoints
        if not (isinstance(endpoints, Unset) or endpoints is None):
            endpoints = []
            for endpoints_item_data in self._endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        id: Any = self._id

        name: Any = self._name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListEndpointsResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "architecture" not in data:
            return False
        if "created" not in data:
            return False
        if "description" not in data:
            return False
        if "endpoints" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ListEndpointsResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "architecture"
            _raw_architecture = d.get("architecture", UNSET)
            architecture: Any = _raw_architecture
            if _raw_architecture is not None and _raw_architecture is not UNSET:
                architecture = ListEndpointsResponseArchitecture.from_dict(_raw_architecture)

            created = d.get("created", UNSET)

            description = d.get("description", UNSET)

            _field = "endpoints"
            _raw_endpoints = d.get("endpoints", UNSET)
            endpoints: Any = _raw_endpoints
            if _raw_endpoints is not None and _raw_endpoints is not UNSET:
                endpoints = [PublicEndpoint.from_dict(endpoints_item_data) for endpoints_item_data in _raw_endpoints]

            id = d.get("id", UNSET)

            name = d.get("name", UNSET)

        except FieldParseError as error:
            raise error.within("ListEndpointsResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListEndpointsResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_endpoints_response = cls(
            architecture,
            created,
            description,
            endpoints,
            id,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_endpoints_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


ListEndpointsResponse.__annotations__ = ResolvingAnnotations(
    ListEndpointsResponse.__annotations__, _resolve_lazy_imports
)
