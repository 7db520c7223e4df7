from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.generation_response_data import GenerationResponseData

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, GenerationResponseData
    if _lazy_imports_resolved:
        return
    from ..models.generation_response_data import GenerationResponseData  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GenerationResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class GenerationResponse:
    """Generation response

    Example:
        {'data': {'api_type': 'completions', 'app_id': 12345, 'cache_discount': None, 'cancelled': False, 'created_at':
            '2024-07-15T23:33:19.433273+00:00', 'data_region': 'global', 'external_user': 'user-123', 'finish_reason':
            'stop', 'generation_time': 1200, 'http_referer': 'https://openrouter.ai/', 'id':
            'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG', 'is_byok': False, 'latency': 1250, 'model': 'sao10k/l3-stheno-8b',
            'moderation_latency': 50, 'native_finish_reason': 'stop', 'native_tokens_cached': 3, 'native_tokens_completion':
            25, 'native_tokens_completion_images': 0, 'native_tokens_prompt': 10, 'native_tokens_reasoning': 5,
            'num_fetches': 0, 'num_input_audio_prompt': 0, 'num_media_completion': 0, 'num_media_prompt': 1,
            'num_search_results': 5, 'origin': 'https://openrouter.ai/', 'preset_id':
            'a9e8d400-592a-494f-908c-375efa66cafd', 'provider_name': 'Infermatic', 'provider_responses': None, 'request_id':
            'req-1727282430-aBcDeFgHiJkLmNoPqRsT', 'router': 'openrouter/auto', 'service_tier': 'priority', 'session_id':
            None, 'streamed': True, 'tokens_completion': 25, 'tokens_prompt': 10, 'total_cost': 0.0015, 'upstream_id':
            'chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946', 'upstream_inference_cost': 0.0012, 'usage': 0.0015,
            'user_agent': 'Mozilla/5.0', 'web_search_engine': 'exa', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}}

    Attributes:
        data (GenerationResponseData): Generation data
    """

    _data: GenerationResponseData = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> GenerationResponseData:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("GenerationResponse", "data")
        return value

    @data.setter
    def data(self, value: GenerationResponseData) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = self._data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationResponse and its fixed values."""
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
                    f"GenerationResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = GenerationResponseData.from_dict(_raw_data)

        except FieldParseError as error:
            raise error.within("GenerationResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GenerationResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return generation_response

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


GenerationResponse.__annotations__ = ResolvingAnnotations(GenerationResponse.__annotations__, _resolve_lazy_imports)
