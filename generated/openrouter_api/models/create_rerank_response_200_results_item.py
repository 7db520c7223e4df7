from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_rerank_response_200_results_item_document import CreateRerankResponse200ResultsItemDocument

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateRerankResponse200ResultsItemDocument
    if _lazy_imports_resolved:
        return
    from ..models.create_rerank_response_200_results_item_document import CreateRerankResponse200ResultsItemDocument  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateRerankResponse200ResultsItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"document", "index", "relevance_score"})


@_attrs_define(repr=False)
class CreateRerankResponse200ResultsItem:
    """A single rerank result

    Example:
        {'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}

    Attributes:
        document (CreateRerankResponse200ResultsItemDocument): The document object echoing the original input (text
            and/or image)
        index (int): Index of the document in the original input list Example: 0.
        relevance_score (float): Relevance score of the document to the query Example: 0.98.
    """

    _document: CreateRerankResponse200ResultsItemDocument = _attrs_field(alias="document")
    _index: int = _attrs_field(alias="index")
    _relevance_score: float = _attrs_field(alias="relevance_score")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def document(self) -> CreateRerankResponse200ResultsItemDocument:
        value: Any = self._document
        if value is UNSET:
            raise MissingFieldError("CreateRerankResponse200ResultsItem", "document")
        return value

    @document.setter
    def document(self, value: CreateRerankResponse200ResultsItemDocument) -> None:
        self._document = value

    @property
    def index(self) -> int:
        value: Any = self._index
        if value is UNSET:
            raise MissingFieldError("CreateRerankResponse200ResultsItem", "index")
        return value

    @index.setter
    def index(self, value: int) -> None:
        self._index = value

    @property
    def relevance_score(self) -> float:
        value: Any = self._relevance_score
        if value is UNSET:
            raise MissingFieldError("CreateRerankResponse200ResultsItem", "relevance_score")
        return value

    @relevance_score.setter
    def relevance_score(self, value: float) -> None:
        self._relevance_score = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"document={self._document!r}, "
            f"index={self._index!r}, "
            f"relevance_score={self._relevance_score!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        document: Any = self._document
        if not (isinstance(document, Unset) or document is None):
            document = self._document.to_dict()

        index: Any = self._index

        relevance_score: Any = self._relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if document is not UNSET:
            field_dict["document"] = document
        if index is not UNSET:
            field_dict["index"] = index
        if relevance_score is not UNSET:
            field_dict["relevance_score"] = relevance_score

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateRerankResponse200ResultsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "document" not in data:
            return False
        if "index" not in data:
            return False
        if "relevance_score" not in data:
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
                    f"CreateRerankResponse200ResultsItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "document"
            _raw_document = d.get("document", UNSET)
            document: Any = _raw_document
            if _raw_document is not None and _raw_document is not UNSET:
                document = CreateRerankResponse200ResultsItemDocument.from_dict(_raw_document)

            index = d.get("index", UNSET)

            relevance_score = d.get("relevance_score", UNSET)

        except FieldParseError as error:
            raise error.within("CreateRerankResponse200ResultsItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateRerankResponse200ResultsItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_rerank_response_200_results_item = cls(
            document,
            index,
            relevance_score,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_rerank_response_200_results_item.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_rerank_response_200_results_item

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


CreateRerankResponse200ResultsItem.__annotations__ = ResolvingAnnotations(
    CreateRerankResponse200ResultsItem.__annotations__, _resolve_lazy_imports
)
