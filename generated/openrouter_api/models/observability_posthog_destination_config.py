from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_posthog_destination_config_headers import ObservabilityPosthogDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityPosthogDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_posthog_destination_config_headers import ObservabilityPosthogDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityPosthogDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"apiKey", "endpoint", "headers"})


@_attrs_define(repr=False)
class ObservabilityPosthogDestinationConfig:
    """
    Attributes:
        api_key (str):
        endpoint (str | Unset):  Default: 'https://us.i.posthog.com'.
        headers (ObservabilityPosthogDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    _api_key: str = _attrs_field(alias="api_key")
    endpoint: str | Unset = "https://us.i.posthog.com"
    headers: ObservabilityPosthogDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_key(self) -> str:
        value: Any = self._api_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityPosthogDestinationConfig", "apiKey")
        return value

    @api_key.setter
    def api_key(self, value: str) -> None:
        self._api_key = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_key={self._api_key!r}, "
            f"endpoint={self.endpoint!r}, "
            f"headers={self.headers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key: Any = self._api_key

        endpoint: Any = self.endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityPosthogDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "apiKey" not in data:
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
                    f"ObservabilityPosthogDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            api_key = d.get("apiKey", UNSET)

            endpoint = d.get("endpoint", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityPosthogDestinationConfigHeaders.from_dict(_raw_headers)

        except FieldParseError as error:
            raise error.within("ObservabilityPosthogDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityPosthogDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_posthog_destination_config = cls(
            api_key,
            endpoint,
            headers,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_posthog_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_posthog_destination_config

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


ObservabilityPosthogDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityPosthogDestinationConfig.__annotations__, _resolve_lazy_imports
)
