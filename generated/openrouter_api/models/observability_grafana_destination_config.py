from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_grafana_destination_config_headers import ObservabilityGrafanaDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityGrafanaDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_grafana_destination_config_headers import ObservabilityGrafanaDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityGrafanaDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"apiKey", "instanceId", "baseUrl", "headers"})


@_attrs_define(repr=False)
class ObservabilityGrafanaDestinationConfig:
    """
    Attributes:
        api_key (str):
        instance_id (str):
        base_url (str | Unset):  Default: 'https://otlp-gateway-prod-us-west-0.grafana.net'.
        headers (ObservabilityGrafanaDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    _api_key: str = _attrs_field(alias="api_key")
    _instance_id: str = _attrs_field(alias="instance_id")
    base_url: str | Unset = "https://otlp-gateway-prod-us-west-0.grafana.net"
    headers: ObservabilityGrafanaDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_key(self) -> str:
        value: Any = self._api_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestinationConfig", "apiKey")
        return value

    @api_key.setter
    def api_key(self, value: str) -> None:
        self._api_key = value

    @property
    def instance_id(self) -> str:
        value: Any = self._instance_id
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestinationConfig", "instanceId")
        return value

    @instance_id.setter
    def instance_id(self, value: str) -> None:
        self._instance_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_key={self._api_key!r}, "
            f"instance_id={self._instance_id!r}, "
            f"base_url={self.base_url!r}, "
            f"headers={self.headers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key: Any = self._api_key

        instance_id: Any = self._instance_id

        base_url: Any = self.base_url

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityGrafanaDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "apiKey" not in data:
            return False
        if "instanceId" not in data:
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
                    f"ObservabilityGrafanaDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            api_key = d.get("apiKey", UNSET)

            instance_id = d.get("instanceId", UNSET)

            base_url = d.get("baseUrl", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityGrafanaDestinationConfigHeaders.from_dict(_raw_headers)

        except FieldParseError as error:
            raise error.within("ObservabilityGrafanaDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityGrafanaDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_grafana_destination_config = cls(
            api_key,
            instance_id,
            base_url,
            headers,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_grafana_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_grafana_destination_config

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


ObservabilityGrafanaDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityGrafanaDestinationConfig.__annotations__, _resolve_lazy_imports
)
