from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_content_part_done_event_type import BaseContentPartDoneEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.response_output_text import ResponseOutputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenAIResponsesRefusalContent, ReasoningTextContent, ResponseOutputText
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent  # noqa: PLC0415
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseContentPartDoneEvent")


@_attrs_define
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

    content_index: int
    item_id: str
    output_index: int
    part: OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText
    sequence_number: int
    type_: BaseContentPartDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content_index: Any = self.content_index

        item_id: Any = self.item_id

        output_index: Any = self.output_index

        part: Any = self.part
        if not (isinstance(part, Unset) or part is None):
            if isinstance(self.part, ResponseOutputText):
                part = self.part.to_dict()
            elif isinstance(self.part, OpenAIResponsesRefusalContent):
                part = self.part.to_dict()
            else:
                part = self.part.to_dict()

        sequence_number: Any = self.sequence_number

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

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
        d = dict(src_dict)
        content_index = d.pop("content_index", UNSET)

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        _raw_part = d.pop("part", UNSET)
        part: Any = _raw_part
        if _raw_part is not None and _raw_part is not UNSET:
            part = _parse_part(_raw_part)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = BaseContentPartDoneEventType._parse(_raw_type_)

        base_content_part_done_event = cls(
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            type_=type_,
        )

        base_content_part_done_event.additional_properties = d
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
