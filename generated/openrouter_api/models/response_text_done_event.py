from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_text_done_event_type import ResponseTextDoneEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_token_logprob import ResponsesTokenLogprob

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ResponsesTokenLogprob
    from ..models.responses_token_logprob import ResponsesTokenLogprob  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseTextDoneEvent")


@_attrs_define
class ResponseTextDoneEvent:
    """The full text of a content part.

    Attributes:
        type_ (ResponseTextDoneEventType):
        item_id (str):
        output_index (int):
        content_index (int):
        text (str):
        sequence_number (int): Position of the event in the stream.
        logprobs (list[ResponsesTokenLogprob] | Unset):
    """

    type_: ResponseTextDoneEventType
    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int
    logprobs: list[ResponsesTokenLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        item_id: Any = self.item_id

        output_index: Any = self.output_index

        content_index: Any = self.content_index

        text: Any = self.text

        sequence_number: Any = self.sequence_number

        logprobs: Any = self.logprobs
        if not (isinstance(logprobs, Unset) or logprobs is None):
            logprobs = UNSET
            if not isinstance(self.logprobs, Unset):
                logprobs = []
                for logprobs_item_data in self.logprobs:
                    logprobs_item = logprobs_item_data.to_dict()
                    logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if text is not UNSET:
            field_dict["text"] = text
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseTextDoneEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseTextDoneEventType.is_known(data["type"]):
            return False
        if "item_id" not in data:
            return False
        if "output_index" not in data:
            return False
        if "content_index" not in data:
            return False
        if "text" not in data:
            return False
        if "sequence_number" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = ResponseTextDoneEventType._parse(_raw_type_)

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        text = d.pop("text", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_logprobs = d.pop("logprobs", UNSET)
        logprobs: Any = _raw_logprobs
        if _raw_logprobs is not None and _raw_logprobs is not UNSET:
            _logprobs = _raw_logprobs
            logprobs: list[ResponsesTokenLogprob] | Unset = UNSET
            if _logprobs is not UNSET:
                logprobs = []
                for logprobs_item_data in _logprobs:
                    logprobs_item = ResponsesTokenLogprob.from_dict(logprobs_item_data)

                    logprobs.append(logprobs_item)

        response_text_done_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            text=text,
            sequence_number=sequence_number,
            logprobs=logprobs,
        )

        response_text_done_event.additional_properties = d
        return response_text_done_event

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
