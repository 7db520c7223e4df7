from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_sentry_destination_config_headers import ObservabilitySentryDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilitySentryDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_sentry_destination_config_headers import ObservabilitySentryDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilitySentryDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"dsn", "otlpEndpoint", "headers"})


@_attrs_define(repr=False)
class ObservabilitySentryDestinationConfig:
    """
    Attributes:
        dsn (str):
        otlp_endpoint (str):
        headers (ObservabilitySentryDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    _dsn: str = _attrs_field(alias="dsn")
    _otlp_endpoint: str = _attrs_field(alias="otlp_endpoint")
    headers: ObservabilitySentryDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def dsn(self) -> str:
        value: Any = self._dsn
        if value is UNSET:
            raise MissingFieldError("ObservabilitySentryDestinationConfig", "dsn")
        return value

    @dsn.setter
    def dsn(self, value: str) -> None:
        self._dsn = value

    @property
    def otlp_endpoint(self) -> str:
        value: Any = self._otlp_endpoint
        if value is UNSET:
            raise MissingFieldError("ObservabilitySentryDestinationConfig", "otlpEndpoint")
        return value

    @otlp_endpoint.setter
    def otlp_endpoint(self, value: str) -> None:
        self._otlp_endpoint = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"dsn={self._dsn!r}, "
            f"otlp_endpoint={self._otlp_endpoint!r}, "
            f"headers={self.headers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        dsn: Any = self._dsn

        otlp_endpoint: Any = self._otlp_endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ObservabilitySentryDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            dsn = d.get("dsn", UNSET)

            otlp_endpoint = d.get("otlpEndpoint", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilitySentryDestinationConfigHeaders.from_dict(_raw_headers)

        except FieldParseError as error:
            raise error.within("ObservabilitySentryDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilitySentryDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_sentry_destination_config = cls(
            dsn,
            otlp_endpoint,
            headers,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_sentry_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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


ObservabilitySentryDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilitySentryDestinationConfig.__annotations__, _resolve_lazy_imports
)
