from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_weave_destination_config_headers import ObservabilityWeaveDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityWeaveDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_weave_destination_config_headers import ObservabilityWeaveDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityWeaveDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"apiKey", "entity", "project", "baseUrl", "headers"})


@_attrs_define(repr=False)
class ObservabilityWeaveDestinationConfig:
    """
    Attributes:
        api_key (str):
        entity (str):
        project (str):
        base_url (str | Unset):  Default: 'https://trace.wandb.ai'.
        headers (ObservabilityWeaveDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
    """

    _api_key: str = _attrs_field(alias="api_key")
    _entity: str = _attrs_field(alias="entity")
    _project: str = _attrs_field(alias="project")
    base_url: str | Unset = "https://trace.wandb.ai"
    headers: ObservabilityWeaveDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_key(self) -> str:
        value: Any = self._api_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityWeaveDestinationConfig", "apiKey")
        return value

    @api_key.setter
    def api_key(self, value: str) -> None:
        self._api_key = value

    @property
    def entity(self) -> str:
        value: Any = self._entity
        if value is UNSET:
            raise MissingFieldError("ObservabilityWeaveDestinationConfig", "entity")
        return value

    @entity.setter
    def entity(self, value: str) -> None:
        self._entity = value

    @property
    def project(self) -> str:
        value: Any = self._project
        if value is UNSET:
            raise MissingFieldError("ObservabilityWeaveDestinationConfig", "project")
        return value

    @project.setter
    def project(self, value: str) -> None:
        self._project = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_key={self._api_key!r}, "
            f"entity={self._entity!r}, "
            f"project={self._project!r}, "
            f"base_url={self.base_url!r}, "
            f"headers={self.headers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key: Any = self._api_key

        entity: Any = self._entity

        project: Any = self._project

        base_url: Any = self.base_url

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if entity is not UNSET:
            field_dict["entity"] = entity
        if project is not UNSET:
            field_dict["project"] = project
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityWeaveDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "apiKey" not in data:
            return False
        if "entity" not in data:
            return False
        if "project" not in data:
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
                    f"ObservabilityWeaveDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            api_key = d.get("apiKey", UNSET)

            entity = d.get("entity", UNSET)

            project = d.get("project", UNSET)

            base_url = d.get("baseUrl", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityWeaveDestinationConfigHeaders.from_dict(_raw_headers)

        except FieldParseError as error:
            raise error.within("ObservabilityWeaveDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityWeaveDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_weave_destination_config = cls(
            api_key,
            entity,
            project,
            base_url,
            headers,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_weave_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_weave_destination_config

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


ObservabilityWeaveDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityWeaveDestinationConfig.__annotations__, _resolve_lazy_imports
)
