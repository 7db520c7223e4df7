from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_phase_type_0 import MessagePhaseType0
from ..models.responses_output_message_role import ResponsesOutputMessageRole
from ..models.responses_output_message_type import ResponsesOutputMessageType
from ..models.tool_call_status import ToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenAIResponsesRefusalContent, ResponseOutputText
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponsesOutputMessage")


@_attrs_define
class ResponsesOutputMessage:
    """A message written by the model.

    Attributes:
        type_ (ResponsesOutputMessageType):
        id (str):
        role (ResponsesOutputMessageRole):
        content (list[OpenAIResponsesRefusalContent | ResponseOutputText]):
        status (ToolCallStatus | Unset): Progress of a tool call or output item.
        phase (MessagePhaseType0 | None | Unset): commentary for an intermediate assistant message, final_answer for the
            last one; some models expect it sent back.
    """

    type_: ResponsesOutputMessageType
    id: str
    role: ResponsesOutputMessageRole
    content: list[OpenAIResponsesRefusalContent | ResponseOutputText]
    status: ToolCallStatus | Unset = UNSET
    phase: MessagePhaseType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        id: Any = self.id

        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, ResponseOutputText):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        phase: Any = self.phase
        if not (isinstance(phase, Unset) or phase is None):
            if isinstance(self.phase, Unset):
                phase = UNSET
            elif isinstance(self.phase, MessagePhaseType0):
                phase = self.phase.value
            else:
                phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponsesOutputMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponsesOutputMessageType.is_known(data["type"]):
            return False
        if "id" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not ResponsesOutputMessageRole.is_known(data["role"]):
            return False
        if "content" not in data:
            return False
        if "status" in data and not ToolCallStatus.is_known(data["status"]):
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
            type_ = ResponsesOutputMessageType._parse(_raw_type_)

        id = d.pop("id", UNSET)

        _raw_role = d.pop("role", UNSET)
        role: Any = _raw_role
        if _raw_role is not None and _raw_role is not UNSET:
            role = ResponsesOutputMessageRole._parse(_raw_role)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = []
            _content = _raw_content
            for content_item_data in _content:
                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            _status = _raw_status
            status: ToolCallStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ToolCallStatus._parse(_status)

        _raw_phase = d.pop("phase", UNSET)
        phase: Any = _raw_phase
        if _raw_phase is not None and _raw_phase is not UNSET:
            phase = _parse_phase(_raw_phase)

        responses_output_message = cls(
            type_=type_,
            id=id,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )

        responses_output_message.additional_properties = d
        return responses_output_message

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


def _parse_content_item(data: object) -> OpenAIResponsesRefusalContent | ResponseOutputText:
    if ResponseOutputText._matches(data):
        try:
            componentsschemas_responses_output_content_type_0 = ResponseOutputText.from_dict(data)

            return componentsschemas_responses_output_content_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesRefusalContent._matches(data):
        try:
            componentsschemas_responses_output_content_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

            return componentsschemas_responses_output_content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_responses_output_content_type_0 = ResponseOutputText.from_dict(data)

        return componentsschemas_responses_output_content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_responses_output_content_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

    return componentsschemas_responses_output_content_type_1


def _parse_phase(data: object) -> MessagePhaseType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if MessagePhaseType0.is_known(data):
        try:
            componentsschemas_message_phase_type_0 = MessagePhaseType0._parse(data)

            return componentsschemas_message_phase_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_message_phase_type_0 = MessagePhaseType0._parse(data)

        return componentsschemas_message_phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("MessagePhaseType0 | None | Unset", data)
