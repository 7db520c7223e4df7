from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityOtelCollectorDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityOtelCollectorDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"endpoint", "headers"})


@_attrs_define(repr=False)
class ObservabilityOtelCollectorDestinationConfig:
    """
    Attributes:
        endpoint (str):
        headers (ObservabilityOtelCollectorDestinationConfigHeaders | Unset): Custom HTTP headers as a JSON object. For
            Axiom, use {"Authorization": "Bearer xaat-xxx", "X-Axiom-Dataset": "your-dataset"}
    """

    _endpoint: str = _attrs_field(alias="endpoint")
    headers: ObservabilityOtelCollectorDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def endpoint(self) -> str:
        value: Any = self._endpoint
        if value is UNSET:
            raise MissingFieldError("ObservabilityOtelCollectorDestinationConfig", "endpoint")
        return value

    @endpoint.setter
    def endpoint(self, value: str) -> None:
        self._endpoint = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"endpoint={self._endpoint!r}, "
            f"headers={self.headers!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        endpoint: Any = self._endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ObservabilityOtelCollectorDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            endpoint = d.get("endpoint", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityOtelCollectorDestinationConfigHeaders.from_dict(_raw_headers)

        except FieldParseError as error:
            raise error.within("ObservabilityOtelCollectorDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityOtelCollectorDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_otel_collector_destination_config = cls(
            endpoint,
            headers,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_otel_collector_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
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


ObservabilityOtelCollectorDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityOtelCollectorDestinationConfig.__annotations__, _resolve_lazy_imports
)
