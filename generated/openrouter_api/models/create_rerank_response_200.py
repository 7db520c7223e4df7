from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_rerank_response_200_results_item import CreateRerankResponse200ResultsItem
    from ..models.create_rerank_response_200_usage import CreateRerankResponse200Usage

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateRerankResponse200ResultsItem, CreateRerankResponse200Usage
    if _lazy_imports_resolved:
        return
    from ..models.create_rerank_response_200_results_item import CreateRerankResponse200ResultsItem  # noqa: PLC0415
    from ..models.create_rerank_response_200_usage import CreateRerankResponse200Usage  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateRerankResponse200")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"model", "results", "id", "provider", "usage"})


@_attrs_define(repr=False)
class CreateRerankResponse200:
    """Rerank response containing ranked results

    Example:
        {'id': 'gen-rerank-1234567890-abc', 'model': 'cohere/rerank-v3.5', 'results': [{'document': {'text': 'Paris is
            the capital of France.'}, 'index': 0, 'relevance_score': 0.98}], 'usage': {'search_units': 1, 'total_tokens':
            150}}

    Attributes:
        model (str): The model used for reranking Example: cohere/rerank-v3.5.
        results (list[CreateRerankResponse200ResultsItem]): List of rerank results sorted by relevance Example:
            [{'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}].
        id (str | Unset): Unique identifier for the rerank response (ORID format) Example: gen-rerank-1234567890-abc.
        provider (str | Unset): The provider that served the rerank request Example: Cohere.
        usage (CreateRerankResponse200Usage | Unset): Usage statistics Example: {'search_units': 1, 'total_tokens':
            150}.
    """

    _model: str = _attrs_field(alias="model")
    _results: list[CreateRerankResponse200ResultsItem] = _attrs_field(alias="results")
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage: CreateRerankResponse200Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("CreateRerankResponse200", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def results(self) -> list[CreateRerankResponse200ResultsItem]:
        value: Any = self._results
        if value is UNSET:
            raise MissingFieldError("CreateRerankResponse200", "results")
        return value

    @results.setter
    def results(self, value: list[CreateRerankResponse200ResultsItem]) -> None:
        self._results = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"model={self._model!r}, "
            f"results={self._results!r}, "
            f"id={self.id!r}, "
            f"provider={self.provider!r}, "
            f"usage={self.usage!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        model: Any = self._model

        results: Any = self._results
        if not (isinstance(results, Unset) or results is None):
            results = []
            for results_item_data in self._results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        id: Any = self.id

        provider: Any = self.provider

        usage: Any = self.usage
        if not (isinstance(usage, Unset) or usage is None):
            usage = usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if model is not UNSET:
            field_dict["model"] = model
        if results is not UNSET:
            field_dict["results"] = results
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateRerankResponse200 and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "model" not in data:
            return False
        if "results" not in data:
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
                    f"CreateRerankResponse200 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            model = d.get("model", UNSET)

            _field = "results"
            _raw_results = d.get("results", UNSET)
            results: Any = _raw_results
            if _raw_results is not None and _raw_results is not UNSET:
                results = [
                    CreateRerankResponse200ResultsItem.from_dict(results_item_data)
                    for results_item_data in _raw_results
                ]

            id = d.get("id", UNSET)

            provider = d.get("provider", UNSET)

            _field = "usage"
            _raw_usage = d.get("usage", UNSET)
            usage: Any = _raw_usage
            if _raw_usage is not None and _raw_usage is not UNSET:
                usage = CreateRerankResponse200Usage.from_dict(_raw_usage)

        except FieldParseError as error:
            raise error.within("CreateRerankResponse200", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateRerankResponse200", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_rerank_response_200 = cls(
            model,
            results,
            id,
            provider,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_rerank_response_200.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_rerank_response_200

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


CreateRerankResponse200.__annotations__ = ResolvingAnnotations(
    CreateRerankResponse200.__annotations__, _resolve_lazy_imports
)
