from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.model import Model
    from ..models.models_list_response_links import ModelsListResponseLinks

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, Model, ModelsListResponseLinks
    if _lazy_imports_resolved:
        return
    from ..models.model import Model  # noqa: PLC0415
    from ..models.models_list_response_links import ModelsListResponseLinks  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ModelsListResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data", "links", "total_count"})


@_attrs_define(repr=False)
class ModelsListResponse:
    """List of available models

    Example:
        {'data': [{'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens', 'frequency_penalty', 'presence_penalty'],
            'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}], 'links': {'next': '/api/v1/models?offset=500&limit=500'}, 'total_count': 150}

    Attributes:
        data (list[Model]): List of available models Example: [{'architecture': {'input_modalities': ['text'],
            'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer': 'GPT'},
            'canonical_slug': 'openai/gpt-4', 'context_length': 8192, 'created': 1692901234, 'default_parameters': None,
            'description': 'GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.',
            'expiration_date': None, 'id': 'openai/gpt-4', 'knowledge_cutoff': None, 'links': {'details':
            '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4', 'per_request_limits': None, 'pricing': {'completion':
            '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'supported_parameters': ['temperature', 'top_p',
            'max_tokens'], 'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}].
        links (ModelsListResponseLinks): Pagination links
        total_count (int): Total number of models matching the query Example: 150.
    """

    _data: list[Model] = _attrs_field(alias="data")
    _links: ModelsListResponseLinks = _attrs_field(alias="links")
    _total_count: int = _attrs_field(alias="total_count")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(self) -> list[Model]:
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("ModelsListResponse", "data")
        return value

    @data.setter
    def data(self, value: list[Model]) -> None:
        self._data = value

    @property
    def links(self) -> ModelsListResponseLinks:
        value: Any = self._links
        if value is UNSET:
            raise MissingFieldError("ModelsListResponse", "links")
        return value

    @links.setter
    def links(self, value: ModelsListResponseLinks) -> None:
        self._links = value

    @property
    def total_count(self) -> int:
        value: Any = self._total_count
        if value is UNSET:
            raise MissingFieldError("ModelsListResponse", "total_count")
        return value

    @total_count.setter
    def total_count(self, value: int) -> None:
        self._total_count = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"data={self._data!r}, "
            f"links={self._links!r}, "
            f"total_count={self._total_count!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            data = []
            for componentsschemas_models_list_response_data_item_data in self._data:
                componentsschemas_models_list_response_data_item = (
                    componentsschemas_models_list_response_data_item_data.to_dict()
                )
                data.append(componentsschemas_models_list_response_data_item)

        links: Any = self._links
        if not (isinstance(links, Unset) or links is None):
            links = self._links.to_dict()

        total_count: Any = self._total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data
        if links is not UNSET:
            field_dict["links"] = links
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ModelsListResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
            return False
        if "links" not in data:
            return False
        if "total_count" not in data:
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
                    f"ModelsListResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = [
                    Model.from_dict(componentsschemas_models_list_response_data_item_data)
                    for componentsschemas_models_list_response_data_item_data in _raw_data
                ]

            _field = "links"
            _raw_links = d.get("links", UNSET)
            links: Any = _raw_links
            if _raw_links is not None and _raw_links is not UNSET:
                links = ModelsListResponseLinks.from_dict(_raw_links)

            total_count = d.get("total_count", UNSET)

        except FieldParseError as error:
            raise error.within("ModelsListResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ModelsListResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        models_list_response = cls(
            data,
            links,
            total_count,
        )

        if not _DECLARED_KEYS.issuperset(d):
            models_list_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return models_list_response

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


ModelsListResponse.__annotations__ = ResolvingAnnotations(ModelsListResponse.__annotations__, _resolve_lazy_imports)
