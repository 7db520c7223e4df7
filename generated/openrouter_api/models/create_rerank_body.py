from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_rerank_body_documents_item_option_2 import CreateRerankBodyDocumentsItemOption2
    from ..models.provider_preferences import ProviderPreferences

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateRerankBodyDocumentsItemOption2, ProviderPreferences
    if _lazy_imports_resolved:
        return
    from ..models.create_rerank_body_documents_item_option_2 import CreateRerankBodyDocumentsItemOption2  # noqa: PLC0415
    from ..models.provider_preferences import ProviderPreferences  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateRerankBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"documents", "model", "query", "provider", "top_n"})


@_attrs_define(repr=False)
class CreateRerankBody:
    """Rerank request input

    Example:
        {'documents': ['Paris is the capital of France.', 'Berlin is the capital of Germany.'], 'model':
            'cohere/rerank-v3.5', 'query': 'What is the capital of France?', 'top_n': 3}

    Attributes:
        documents (list[CreateRerankBodyDocumentsItemOption2 | str]): The list of documents to rerank. Documents may be
            plain strings, or structured objects with `text` and/or `image` for multimodal models. Example: ['Paris is the
            capital of France.', 'Berlin is the capital of Germany.'].
        model (str): The rerank model to use Example: cohere/rerank-v3.5.
        query (str): The search query to rerank documents against Example: What is the capital of France?.
        provider (None | ProviderPreferences | Unset): Provider routing preferences for the request.
        top_n (int | Unset): Number of most relevant documents to return Example: 3.
    """

    _documents: list[CreateRerankBodyDocumentsItemOption2 | str] = _attrs_field(alias="documents")
    _model: str = _attrs_field(alias="model")
    _query: str = _attrs_field(alias="query")
    provider: None | ProviderPreferences | Unset = UNSET
    top_n: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def documents(self) -> list[CreateRerankBodyDocumentsItemOption2 | str]:
        value: Any = self._documents
        if value is UNSET:
            raise MissingFieldError("CreateRerankBody", "documents")
        return value

    @documents.setter
    def documents(self, value: list[CreateRerankBodyDocumentsItemOption2 | str]) -> None:
        self._documents = value

    @property
    def model(self) -> str:
        value: Any = self._model
        if value is UNSET:
            raise MissingFieldError("CreateRerankBody", "model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._model = value

    @property
    def query(self) -> str:
        value: Any = self._query
        if value is UNSET:
            raise MissingFieldError("CreateRerankBody", "query")
        return value

    @query.setter
    def query(self, value: str) -> None:
        self._query = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"documents={self._documents!r}, "
            f"model={self._model!r}, "
            f"query={self._query!r}, "
            f"provider={self.provider!r}, "
            f"top_n={self.top_n!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        documents: Any = self._documents
        if not (isinstance(documents, Unset) or documents is None):
            documents = []
            for documents_item_data in self._documents:
                documents_item: dict[str, Any] | str
                if isinstance(documents_item_data, CreateRerankBodyDocumentsItemOption2):
                    documents_item = documents_item_data.to_dict()
                else:
                    documents_item = documents_item_data
                documents.append(documents_item)

        model: Any = self._model

        query: Any = self._query

        provider: Any = self.provider
        if not (isinstance(provider, Unset) or provider is None):
            if isinstance(self.provider, ProviderPreferences):
                provider = self.provider.to_dict()
            else:
                provider = self.provider

        top_n: Any = self.top_n

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if documents is not UNSET:
            field_dict["documents"] = documents
        if model is not UNSET:
            field_dict["model"] = model
        if query is not UNSET:
            field_dict["query"] = query
        if provider is not UNSET:
            field_dict["provider"] = provider
        if top_n is not UNSET:
            field_dict["top_n"] = top_n

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateRerankBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "documents" not in data:
            return False
        if "model" not in data:
            return False
        if "query" not in data:
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
                    f"CreateRerankBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "documents"
            _raw_documents = d.get("documents", UNSET)
            documents: Any = _raw_documents
            if _raw_documents is not None and _raw_documents is not UNSET:
                documents = [_parse_documents_item(documents_item_data) for documents_item_data in _raw_documents]

            model = d.get("model", UNSET)

            query = d.get("query", UNSET)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = (
                    ProviderPreferences.from_dict(_raw_provider)
                    if type(_raw_provider) is dict
                    else _parse_provider(_raw_provider)
                )

            top_n = d.get("top_n", UNSET)

        except FieldParseError as error:
            raise error.within("CreateRerankBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateRerankBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_rerank_body = cls(
            documents,
            model,
            query,
            provider,
            top_n,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_rerank_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_rerank_body

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


CreateRerankBody.__annotations__ = ResolvingAnnotations(CreateRerankBody.__annotations__, _resolve_lazy_imports)


def _parse_documents_item(data: object) -> CreateRerankBodyDocumentsItemOption2 | str:
    if CreateRerankBodyDocumentsItemOption2._matches(data):
        try:
            documents_item_type_1 = CreateRerankBodyDocumentsItemOption2.from_dict(data)

            return documents_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        documents_item_type_1 = CreateRerankBodyDocumentsItemOption2.from_dict(data)

        return documents_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CreateRerankBodyDocumentsItemOption2 | str", data)


def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ProviderPreferences._matches(data):
        try:
            provider_type_0 = ProviderPreferences.from_dict(data)

            return provider_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        provider_type_0 = ProviderPreferences.from_dict(data)

        return provider_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ProviderPreferences | Unset", data)
