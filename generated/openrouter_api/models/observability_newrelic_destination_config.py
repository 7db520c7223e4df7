from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_newrelic_destination_config_region import ObservabilityNewrelicDestinationConfigRegion
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_newrelic_destination_config_headers import ObservabilityNewrelicDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityNewrelicDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_newrelic_destination_config_headers import ObservabilityNewrelicDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityNewrelicDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"licenseKey", "headers", "region"})


@_attrs_define(repr=False)
class ObservabilityNewrelicDestinationConfig:
    """
    Attributes:
        license_key (str):
        headers (ObservabilityNewrelicDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
        region (ObservabilityNewrelicDestinationConfigRegion | Unset):  Default:
            ObservabilityNewrelicDestinationConfigRegion.US.
    """

    _license_key: str = _attrs_field(alias="license_key")
    headers: ObservabilityNewrelicDestinationConfigHeaders | Unset = UNSET
    region: ObservabilityNewrelicDestinationConfigRegion | Unset = ObservabilityNewrelicDestinationConfigRegion.US
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def license_key(self) -> str:
        value: Any = self._license_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityNewrelicDestinationConfig", "licenseKey")
        return value

    @license_key.setter
    def license_key(self, value: str) -> None:
        self._license_key = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"license_key={self._license_key!r}, "
            f"headers={self.headers!r}, "
            f"region={self.region!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        license_key: Any = self._license_key

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        region: Any = self.region
        if not (isinstance(region, Unset) or region is None):
            region = region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if license_key is not UNSET:
            field_dict["licenseKey"] = license_key
        if headers is not UNSET:
            field_dict["headers"] = headers
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityNewrelicDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "licenseKey" not in data:
            return False
        if "region" in data and not ObservabilityNewrelicDestinationConfigRegion.is_known(data["region"]):
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
                    f"ObservabilityNewrelicDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            license_key = d.get("licenseKey", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityNewrelicDestinationConfigHeaders.from_dict(_raw_headers)

            _field = "region"
            _raw_region = d.get("region", UNSET)
            region: Any = _raw_region
            if _raw_region is not None and _raw_region is not UNSET:
                region = ObservabilityNewrelicDestinationConfigRegion._value2member_map_.get(
                    _raw_region
                ) or ObservabilityNewrelicDestinationConfigRegion._parse(_raw_region)

        except FieldParseError as error:
            raise error.within("ObservabilityNewrelicDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityNewrelicDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_newrelic_destination_config = cls(
            license_key,
            headers,
            region,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_newrelic_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_newrelic_destination_config

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


ObservabilityNewrelicDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityNewrelicDestinationConfig.__annotations__, _resolve_lazy_imports
)
