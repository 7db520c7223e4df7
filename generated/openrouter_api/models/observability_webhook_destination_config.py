from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_webhook_destination_config_method import ObservabilityWebhookDestinationConfigMethod
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_webhook_destination_config_headers import ObservabilityWebhookDestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityWebhookDestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_webhook_destination_config_headers import ObservabilityWebhookDestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityWebhookDestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"url", "headers", "method"})


@_attrs_define(repr=False)
class ObservabilityWebhookDestinationConfig:
    """
    Attributes:
        url (str):
        headers (ObservabilityWebhookDestinationConfigHeaders | Unset):
        method (ObservabilityWebhookDestinationConfigMethod | Unset):  Default:
            ObservabilityWebhookDestinationConfigMethod.POST.
    """

    _url: str = _attrs_field(alias="url")
    headers: ObservabilityWebhookDestinationConfigHeaders | Unset = UNSET
    method: ObservabilityWebhookDestinationConfigMethod | Unset = ObservabilityWebhookDestinationConfigMethod.POST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def url(self) -> str:
        value: Any = self._url
        if value is UNSET:
            raise MissingFieldError("ObservabilityWebhookDestinationConfig", "url")
        return value

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"url={self._url!r}, "
            f"headers={self.headers!r}, "
            f"method={self.method!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        url: Any = self._url

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        method: Any = self.method
        if not (isinstance(method, Unset) or method is None):
            method = method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityWebhookDestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "url" not in data:
            return False
        if "method" in data and not ObservabilityWebhookDestinationConfigMethod.is_known(data["method"]):
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
                    f"ObservabilityWebhookDestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            url = d.get("url", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityWebhookDestinationConfigHeaders.from_dict(_raw_headers)

            _field = "method"
            _raw_method = d.get("method", UNSET)
            method: Any = _raw_method
            if _raw_method is not None and _raw_method is not UNSET:
                method = ObservabilityWebhookDestinationConfigMethod._value2member_map_.get(
                    _raw_method
                ) or ObservabilityWebhookDestinationConfigMethod._parse(_raw_method)

        except FieldParseError as error:
            raise error.within("ObservabilityWebhookDestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityWebhookDestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_webhook_destination_config = cls(
            url,
            headers,
            method,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_webhook_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_webhook_destination_config

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


ObservabilityWebhookDestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityWebhookDestinationConfig.__annotations__, _resolve_lazy_imports
)
