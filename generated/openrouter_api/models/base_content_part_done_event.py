from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_content_part_done_event_type import BaseContentPartDoneEventType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.response_output_text import ResponseOutputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenAIResponsesRefusalContent, ReasoningTextContent, ResponseOutputText
    if _lazy_imports_resolved:
        return
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent  # noqa: PLC0415
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseContentPartDoneEvent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"content_index", "item_id", "output_index", "part", "sequence_number", "type"}
)


@_attrs_define(repr=False)
class BaseContentPartDoneEvent:
    """Event emitted when a content part is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'part': {'annotations': [], 'text': 'Hello! How can
            I help you?', 'type': 'output_text'}, 'sequence_number': 7, 'type': 'response.content_part.done'}

    Attributes:
        content_index (int):
        item_id (str):
        output_index (int):
        part (OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText):
        sequence_number (int):
        type_ (BaseContentPartDoneEventType):
    """

    _content_index: int = _attrs_field(alias="content_index")
    _item_id: str = _attrs_field(alias="item_id")
    _output_index: int = _attrs_field(alias="output_index")
    _part: OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText = _attrs_field(alias="part")
    _sequence_number: int = _attrs_field(alias="sequence_number")
    _type_: BaseContentPartDoneEventType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content_index(self) -> int:
        value: Any = self._content_index
        if value is UNSET:
            raise MissingFieldError("BaseContentPartDoneEvent", "content_index")
        return value

    @content_index.setter
    def content_index(self, value: int) -> None:
        self._content_index = value

    @property
    def item_id(self) -> str:
        value: Any = self._item_id
        if value is UNSET:
            raise MissingFieldError("BaseContentPartDoneEvent", "item_id")
        return value

    @item_id.setter
    def item_id(self, value: str) -> None:
        self._item_id = value

    @property
    def output_index(self) -> int:
        value: Any = self._output_index
        if value is UNSET:
            raise MissingFieldError("BaseContentPartDoneEvent", "output_index")
        return value

    @output_index.setter
    def output_index(self, value: int) -> None:
        self._output_index = value

    @property
    def part(self) -> OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText:
        value: Any = self._part
        if value is UNSET:
            raise MissingFieldError("BaseContentPartDoneEvent", "part")
        return value

    @part.setter
    def part(self, value: OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText) -> None:
        self._part = value

    @property
    def sequence_number(self) -> int:
        value: Any = self._sequence_number
        if value is UNSET:
            raise MissingFieldError("BaseContentPartDoneEvent", "sequence_number")
        return value

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._sequence_number = value

    @property
    def type_(self) -> BaseContentPartDoneEventType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("BaseContentPartDoneEvent", "type")
        return value

    @type_.setter
    def type_(self, value: BaseContentPartDoneEventType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content_index={self._content_index!r}, "
            f"item_id={self._item_id!r}, "
            f"output_index={self._output_index!r}, "
            f"part={self._part!r}, "
            f"sequence_number={self._sequence_number!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content_index: Any = self._content_index

        item_id: Any = self._item_id

        output_index: Any = self._output_index

        part: Any = self._part
        if not (isinstance(part, Unset) or part is None):
            if isinstance(self._part, ResponseOutputText):
                part = self._part.to_dict()
            elif isinstance(self._part, OpenAIResponsesRefusalContent):
                part = self._part.to_dict()
            else:
                part = self._part.to_dict()

        sequence_number: Any = self._sequence_number

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if part is not UNSET:
            field_dict["part"] = part
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseContentPartDoneEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content_index" not in data:
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "part" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not BaseContentPartDoneEventType.is_known(data["type"]):
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
                    f"BaseContentPartDoneEvent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            content_index = d.get("content_index", UNSET)

            item_id = d.get("item_id", UNSET)

            output_index = d.get("output_index", UNSET)

            _field = "part"
            _raw_part = d.get("part", UNSET)
            part: Any = _raw_part
            if _raw_part is not None and _raw_part is not UNSET:
                part = _parse_part(_raw_part)

            sequence_number = d.get("sequence_number", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = BaseContentPartDoneEventType._value2member_map_.get(
                    _raw_type_
                ) or BaseContentPartDoneEventType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("BaseContentPartDoneEvent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseContentPartDoneEvent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_content_part_done_event = cls(
            content_index,
            item_id,
            output_index,
            part,
            sequence_number,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_content_part_done_event.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_content_part_done_event

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


BaseContentPartDoneEvent.__annotations__ = ResolvingAnnotations(
    BaseContentPartDoneEvent.__annotations__, _resolve_lazy_imports
)


def _parse_part(data: object) -> OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText:
    if ResponseOutputText._matches(data):
        try:
            part_type_0 = ResponseOutputText.from_dict(data)

            return part_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesRefusalContent._matches(data):
        try:
            part_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

            return part_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ReasoningTextContent._matches(data):
        try:
            part_type_2 = ReasoningTextContent.from_dict(data)

            return part_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        part_type_0 = ResponseOutputText.from_dict(data)

        return part_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        part_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

        return part_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    part_type_2 = ReasoningTextContent.from_dict(data)

    return part_type_2
