from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_datadog_destination_config_headers import ObservabilityDatadogDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityDatadogDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_datadog_destination_config_headers import ObservabilityDatadogDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityDatadogDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"apiKey", "mlApp", "headers", "url"})


@_attrs_define(repr=False)
class ObservabilityDatadogDestinationConfig:
    """
    Attributes:
        api_key (str): Datadog API key must have LLM Observability permissions. Create at:
        ml_app (str): Name to identify your application in Datadog LLM Observability
        headers (ObservabilityDatadogDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        url (str | Unset): Datadog API URL for your region (e.g., https://api.datadoghq.com,
            https://api.us3.datadoghq.com, https://api.datadoghq.eu) Default: 'https://api.us5.datadoghq.com'.
    """

    _api_key: str = _attrs_field(alias="api_key")
    _ml_app: str = _attrs_field(alias="ml_app")
    headers: ObservabilityDatadogDestinationConfigHeaders | Unset = UNSET
    url: str | Unset = "https://api.us5.datadoghq.com"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_key(self) -> str:
        value: Any = self._api_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityDatadogDestinationConfig", "apiKey")
        return value

    @api_key.setter
    def api_key(self, value: str) -> None:
        self._api_key = value

    @property
    def ml_app(self) -> str:
        value: Any = self._ml_app
        if value is UNSET:
            raise MissingFieldError("ObservabilityDatadogDestinationConfig", "mlApp")
        return value

    @ml_app.setter
    def ml_app(self, value: str) -> None:
        self._ml_app = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_key={self._api_key!r}, "
            f"ml_app={self._ml_app!r}, "
            f"headers={self.headers!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key: Any = self._api_key

        ml_app: Any = self._ml_app

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        url: Any = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if ml_app is not UNSET:
            field_dict["mlApp"] = ml_app
        if headers is not UNSET:
            field_dict["headers"] = headers
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityDatadogDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "apiKey" not in data:
            return False
        if "mlApp" not in data:
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
                    f"ObservabilityDatadogDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            api_key = d.get("apiKey", UNSET)

            ml_app = d.get("mlApp", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityDatadogDestinationConfigHeaders.from_dict(_raw_headers)

            url = d.get("url", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilityDatadogDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityDatadogDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_datadog_destination_config = cls(
            api_key,
            ml_app,
            headers,
            url,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_datadog_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_datadog_destination_config

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


ObservabilityDatadogDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityDatadogDestinationConfig.__annotations__, _resolve_lazy_imports
)
