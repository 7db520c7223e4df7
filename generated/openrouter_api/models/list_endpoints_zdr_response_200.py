from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.public_endpoint import PublicEndpoint

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PublicEndpoint
    if _lazy_imports_resolved:
        return
    from ..models.public_endpoint import PublicEndpoint  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ListEndpointsZdrResponse200")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class ListEndpointsZdrResponse200:
    """
    Example:
        {'data': [{'context_length': 8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85},
            'max_completion_tokens': 4096, 'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4',
            'name': 'OpenAI: GPT-4', 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'provider_name': 'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature',
            'top_p', 'max_tokens'], 'supports_implicit_caching': True, 'supports_voice_cloning': False, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}]}

    Attributes:
        data (list[PublicEndpoint]):
    """

    _data: list[PublicEndpoint] = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[PublicEndpoint]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ListEndpointsZdrResponse200", "data")
        return value

    @data.setter
    def data(self, value: list[PublicEndpoint]) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for data_item_data in self._data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ListEndpointsZdrResponse200 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
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
                    f"ListEndpointsZdrResponse200 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [PublicEndpoint.from_dict(data_item_data) for data_item_data in _raw_data]

        except FieldParseError as error:
            raise error.within("ListEndpointsZdrResponse200", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ListEndpointsZdrResponse200", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        list_endpoints_zdr_response_200 = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            list_endpoints_zdr_response_200.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return list_endpoints_zdr_response_200

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


ListEndpointsZdrResponse200.__annotations__ = ResolvingAnnotations(
    ListEndpointsZdrResponse200.__annotations__, _resolve_lazy_imports
)
