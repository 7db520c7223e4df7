from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_reasoning_summary_part_added_event_type import BaseReasoningSummaryPartAddedEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ReasoningSummaryText
    from ..models.reasoning_summary_text import ReasoningSummaryText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseReasoningSummaryPartAddedEvent")


@_attrs_define
class BaseReasoningSummaryPartAddedEvent:
    """Event emitted when a reasoning summary part is added

    Example:
        {'item_id': 'item-1', 'output_index': 0, 'part': {'text': '', 'type': 'summary_text'}, 'sequence_number': 3,
            'summary_index': 0, 'type': 'response.reasoning_summary_part.added'}

    Attributes:
        item_id (str):
        output_index (int):
        part (ReasoningSummaryText):  Example: {'text': 'Analyzed the problem using first principles', 'type':
            'summary_text'}.
        sequence_number (int):
        summary_index (int):
        type_ (BaseReasoningSummaryPartAddedEventType):
    """

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type_: BaseReasoningSummaryPartAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        item_id: Any = self.item_id

        output_index: Any = self.output_index

        part: Any = self.part
        if not (isinstance(part, Unset) or part is None):
            part = self.part.to_dict()

        sequence_number: Any = self.sequence_number

        summary_index: Any = self.summary_index

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if part is not UNSET:
            field_dict["part"] = part
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if summary_index is not UNSET:
            field_dict["summary_index"] = summary_index
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseReasoningSummaryPartAddedEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "part" not in data:
            return False
        if "sequence_number" not in data:
            return False
        if "summary_index" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not BaseReasoningSummaryPartAddedEventType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        _raw_part = d.pop("part", UNSET)
        part: Any = _raw_part
        if _raw_part is not None and _raw_part is not UNSET:
            part = ReasoningSummaryText.from_dict(_raw_part)

        sequence_number = d.pop("sequence_number", UNSET)

        summary_index = d.pop("summary_index", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = BaseReasoningSummaryPartAddedEventType._parse(_raw_type_)

        base_reasoning_summary_part_added_event = cls(
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            summary_index=summary_index,
            type_=type_,
        )

        base_reasoning_summary_part_added_event.additional_properties = d
        return base_reasoning_summary_part_added_event

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
