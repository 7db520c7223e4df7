from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.model import Model

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Model
    if _lazy_imports_resolved:
        return
    from ..models.model import Model  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ModelResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class ModelResponse:
    """Single model response

    Example:
        {'data': {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens'], 'supported_voices': None, 'top_provider':
            {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}}}

    Attributes:
        data (Model): Information about an AI model available on OpenRouter Example: {'architecture':
            {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192, 'created': 1692901234,
            'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can solve difficult problems
            with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4', 'knowledge_cutoff': None, 'links':
            {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}, 'name': 'GPT-4', 'per_request_limits': None, 'pricing':
            {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'reasoning': {'default_effort':
            'medium', 'default_enabled': True, 'mandatory': False, 'supported_efforts': ['high', 'medium', 'low',
            'minimal']}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens'], 'supported_voices': None,
            'top_provider': {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}}.
    """

    _data: Model = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> Model:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ModelResponse", "data")
        return value

    @data.setter
    def data(self, value: Model) -> None:
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
        """True if data is an object with every required key of ModelResponse and its fixed values."""
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
                    f"ModelResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = Model.from_dict(_raw_data)

        except FieldParseError as error:
            raise error.within("ModelResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ModelResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        model_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            model_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return model_response

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


ModelResponse.__annotations__ = ResolvingAnnotations(ModelResponse.__annotations__, _resolve_lazy_imports)
