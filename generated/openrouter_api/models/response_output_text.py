from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_text_type import ResponseOutputTextType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.response_output_text_logprobs_item import ResponseOutputTextLogprobsItem
    from ..models.url_citation import URLCitation

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, FileCitation, FilePath, ResponseOutputTextLogprobsItem, URLCitation
    if _lazy_imports_resolved:
        return
    from ..models.file_citation import FileCitation  # noqa: PLC0415
    from ..models.file_path import FilePath  # noqa: PLC0415
    from ..models.response_output_text_logprobs_item import ResponseOutputTextLogprobsItem  # noqa: PLC0415
    from ..models.url_citation import URLCitation  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseOutputText")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"text", "type", "annotations", "logprobs"})


@_attrs_define(repr=False)
class ResponseOutputText:
    """
    Example:
        {'annotations': [{'end_index': 42, 'start_index': 0, 'title': 'Paris - Wikipedia', 'type': 'url_citation',
            'url': 'https://en.wikipedia.org/wiki/Paris'}], 'text': 'The capital of France is Paris.', 'type':
            'output_text'}

    Attributes:
        text (str):
        type_ (ResponseOutputTextType):
        annotations (list[FileCitation | FilePath | URLCitation] | Unset):
        logprobs (list[ResponseOutputTextLogprobsItem] | Unset):
    """

    _text: str = _attrs_field(alias="text")
    _type_: ResponseOutputTextType = _attrs_field(alias="type_")
    annotations: list[FileCitation | FilePath | URLCitation] | Unset = UNSET
    logprobs: list[ResponseOutputTextLogprobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def text(self) -> str:
        value: Any = self._text
        if value is UNSET:
            raise MissingFieldError("ResponseOutputText", "text")
        return value

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def type_(self) -> ResponseOutputTextType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ResponseOutputText", "type")
        return value

    @type_.setter
    def type_(self, value: ResponseOutputTextType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"text={self._text!r}, "
            f"type_={self._type_!r}, "
            f"annotations={self.annotations!r}, "
            f"logprobs={self.logprobs!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        text: Any = self._text

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        annotations: Any = self.annotations
        if not (isinstance(annotations, Unset) or annotations is None):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, FileCitation):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, URLCitation):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        logprobs: Any = self.logprobs
        if not (isinstance(logprobs, Unset) or logprobs is None):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseOutputText and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "text" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseOutputTextType.is_known(data["type"]):
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
                    f"ResponseOutputText is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            text = d.get("text", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ResponseOutputTextType._value2member_map_.get(_raw_type_) or ResponseOutputTextType._parse(
                    _raw_type_
                )

            _field = "annotations"
            _raw_annotations = d.get("annotations", UNSET)
            annotations: Any = _raw_annotations
            if _raw_annotations is not None and _raw_annotations is not UNSET:
                annotations = [
                    _parse_annotations_item(annotations_item_data) for annotations_item_data in _raw_annotations
                ]

            _field = "logprobs"
            _raw_logprobs = d.get("logprobs", UNSET)
            logprobs: Any = _raw_logprobs
            if _raw_logprobs is not None and _raw_logprobs is not UNSET:
                logprobs = [
                    ResponseOutputTextLogprobsItem.from_dict(logprobs_item_data) for logprobs_item_data in _raw_logprobs
                ]

        except FieldParseError as error:
            raise error.within("ResponseOutputText", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ResponseOutputText", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        response_output_text = cls(
            text,
            type_,
            annotations,
            logprobs,
        )

        if not _DECLARED_KEYS.issuperset(d):
            response_output_text.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return response_output_text

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


ResponseOutputText.__annotations__ = ResolvingAnnotations(ResponseOutputText.__annotations__, _resolve_lazy_imports)


def _parse_annotations_item(data: object) -> FileCitation | FilePath | URLCitation:
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
