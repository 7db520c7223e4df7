from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_annotation_added_event_type import BaseAnnotationAddedEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.url_citation import URLCitation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FileCitation, FilePath, URLCitation
    if _lazy_imports_resolved:
        return
    from ..models.file_citation import FileCitation  # noqa: PLC0415
    from ..models.file_path import FilePath  # noqa: PLC0415
    from ..models.url_citation import URLCitation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseAnnotationAddedEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"annotation", "annotation_index", "content_index", "item_id", "output_index", "sequence_number", "type"}
)


@_attrs_define(repr=False)
class BaseAnnotationAddedEvent:
    """Event emitted when a text annotation is added to output

    Example:
        {'annotation': {'end_index': 7, 'start_index': 0, 'title': 'Example', 'type': 'url_citation', 'url':
            'https://example.com'}, 'annotation_index': 0, 'content_index': 0, 'item_id': 'item-1', 'output_index': 0,
            'sequence_number': 5, 'type': 'response.output_text.annotation.added'}

    Attributes:
        annotation (FileCitation | FilePath | URLCitation):  Example: {'file_id': 'file-abc123', 'filename':
            'research_paper.pdf', 'index': 0, 'type': 'file_citation'}.
        annotation_index (int):
        content_index (int):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type_ (BaseAnnotationAddedEventType):
    """

    _annotation: FileCitation | FilePath | URLCitation = _attrs_field(alias="annotation")
    _annotation_index: int = _attrs_field(alias="annotation_index")
    _content_index: int = _attrs_field(alias="content_index")
    _item_id: str = _attrs_field(alias="item_id")
    _output_index: int = _attrs_field(alias="output_index")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: BaseAnnotationAddedEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def annotation(self) -> FileCitation | FilePath | URLCitation:
        value: Any = self._annotation
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "annotation")
        return value

    @annotation.setter
    def annotation(self, value: FileCitation | FilePath | URLCitation) -> None:
        self._annotation = value

    @property
    def annotation_index(self) -> int:
        value: Any = self._annotation_index
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "annotation_index")
        return value

    @annotation_index.setter
    def annotation_index(self, value: int) -> None:
        self._annotation_index = value

    @property
    def content_index(self) -> int:
        value: Any = self._content_index
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "content_index")
        return value

    @content_index.setter
    def content_index(self, value: int) -> None:
        self._content_index = value

    @property
    def item_id(self) -> str:
        value: Any = self._item_id
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "item_id")
        return value

    @item_id.setter
    def item_id(self, value: str) -> None:
        self._item_id = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> BaseAnnotationAddedEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BaseAnnotationAddedEvent", "type")
        return value

    @type_.setter
    def type_(self, value: BaseAnnotationAddedEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"annotation={self._annotation!r}, "
            f"annotation_index={self._annotation_index!r}, "
            f"content_index={self._content_index!r}, "
            f"item_id={self._item_id!r}, "
            f"output_index={self._output_index!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        annotation: Any = self._annotation
        if not (isinstance(annotation, Unset) or annotation is None):
            if isinstance(self._annotation, FileCitation):
                annotation = self._annotation.to_dict()
            elif isinstance(self._annotation, URLCitation):
                annotation = self._annotation.to_dict()
            else:
                annotation = self._annotation.to_dict()

        annotation_index: Any = self._annotation_index

        content_index: Any = self._content_index

        item_id: Any = self._item_id

        output_index: Any = self._output_index

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if annotation_index is not UNSET:
            field_dict["annotation_index"] = annotation_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseAnnotationAddedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "annotation" not in data:
            return False
        if "annotation_index" not in data:
            return False
        if "content_index" not in data:
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not BaseAnnotationAddedEventType.is_known(data["type"]):
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
                    f"BaseAnnotationAddedEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "annotation"
            _raw_annotation = d.get("annotation", UNSET)
            annotation: Any = _raw_annotation
            if _raw_annotation is not None and _raw_annotation is not UNSET:
                annotation = _parse_annotation(_raw_annotation)

            annotation_index = d.get("annotation_index", UNSET)

            content_index = d.get("content_index", UNSET)

            item_id = d.get("item_id", UNSET)

            output_index = d.get("output_index", UNSET)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BaseAnnotationAddedEventType._value2member_map_.get(
                    _raw_type_
                ) or BaseAnnotationAddedEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("BaseAnnotationAddedEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseAnnotationAddedEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_annotation_added_event = cls(
            annotation,
            annotation_index,
            content_index,
            item_id,
            output_index,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_annotation_added_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_annotation_added_event

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


BaseAnnotationAddedEvent.__annotations__ = ResolvingAnnotations(
    BaseAnnotationAddedEvent.__annotations__, _resolve_lazy_imports
)


def _parse_annotation(data: object) -> FileCitation | FilePath | URLCitation:
    if FileCitation._matches(data):
        try:
            componentsschemas_open_ai_responses_annotation_type_0 = FileCitation.from_dict(data)

            return componentsschemas_open_ai_responses_annotation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if URLCitation._matches(data):
        try:
            componentsschemas_open_ai_responses_annotation_type_1 = URLCitation.from_dict(data)

            return componentsschemas_open_ai_responses_annotation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if FilePath._matches(data):
        try:
            componentsschemas_open_ai_responses_annotation_type_2 = FilePath.from_dict(data)

            return componentsschemas_open_ai_responses_annotation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_annotation_type_0 = FileCitation.from_dict(data)

        return componentsschemas_open_ai_responses_annotation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_open_ai_responses_annotation_type_1 = URLCitation.from_dict(data)

        return componentsschemas_open_ai_responses_annotation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_open_ai_responses_annotation_type_2 = FilePath.from_dict(data)

    return componentsschemas_open_ai_responses_annotation_type_2
