from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_phase_type_0 import MessagePhaseType0
from ..models.open_responses_easy_input_message_role import OpenResponsesEasyInputMessageRole
from ..models.open_responses_easy_input_message_type import OpenResponsesEasyInputMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_audio import ResponseInputAudio
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText
    from ..models.response_input_video import ResponseInputVideo

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ResponseInputAudio, \
        ResponseInputFile, \
        ResponseInputImage, \
        ResponseInputText, \
        ResponseInputVideo
    from ..models.response_input_audio import ResponseInputAudio  # noqa: PLC0415
    from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
    from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
    from ..models.response_input_text import ResponseInputText  # noqa: PLC0415
    from ..models.response_input_video import ResponseInputVideo  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenResponsesEasyInputMessage")


@_attrs_define
class OpenResponsesEasyInputMessage:
    """A message in short form; content may be a plain string.

    Example:
        {'role': 'user', 'content': 'What is the weather today?'}

    Attributes:
        role (OpenResponsesEasyInputMessageRole):
        type_ (OpenResponsesEasyInputMessageType | Unset):
        content (list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText |
            ResponseInputVideo] | None | str | Unset):
        phase (MessagePhaseType0 | None | Unset): commentary for an intermediate assistant message, final_answer for the
            last one; some models expect it sent back.
    """

    role: OpenResponsesEasyInputMessageRole
    type_: OpenResponsesEasyInputMessageType | Unset = UNSET
    content: (
        list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo]
        | None
        | str
        | Unset
    ) = UNSET
    phase: MessagePhaseType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        role: Any = self.role
        if not (isinstance(role, Unset) or role is None):
            role = self.role.value

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self.content, Unset):
                content = UNSET
            elif isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, ResponseInputText):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ResponseInputImage):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ResponseInputFile):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ResponseInputAudio):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

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

        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesEasyInputMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "role" not in data:
            return False
        if "role" in data and not OpenResponsesEasyInputMessageRole.is_known(data["role"]):
            return False
        if "type" in data and not OpenResponsesEasyInputMessageType.is_known(data["type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        role: Any = _raw_role
        if _raw_role is not None and _raw_role is not UNSET:
            role = OpenResponsesEasyInputMessageRole._parse(_raw_role)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            _type_ = _raw_type_
            type_: OpenResponsesEasyInputMessageType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = OpenResponsesEasyInputMessageType._parse(_type_)

        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = _parse_content(_raw_content)

        _raw_phase = d.pop("phase", UNSET)
        phase: Any = _raw_phase
        if _raw_phase is not None and _raw_phase is not UNSET:
            phase = _parse_phase(_raw_phase)

        open_responses_easy_input_message = cls(
            role=role,
            type_=type_,
            content=content,
            phase=phase,
        )

        open_responses_easy_input_message.additional_properties = d
        return open_responses_easy_input_message

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


def _parse_content(
    data: object,
) -> (
    list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo]
    | None
    | str
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:
            content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo] | None | str | Unset",
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo:
    if ResponseInputText._matches(data):
        try:
            componentsschemas_response_input_content_item_type_0 = ResponseInputText.from_dict(data)

            return componentsschemas_response_input_content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseInputImage._matches(data):
        try:
            componentsschemas_response_input_content_item_type_1 = ResponseInputImage.from_dict(data)

            return componentsschemas_response_input_content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseInputFile._matches(data):
        try:
            componentsschemas_response_input_content_item_type_2 = ResponseInputFile.from_dict(data)

            return componentsschemas_response_input_content_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseInputAudio._matches(data):
        try:
            componentsschemas_response_input_content_item_type_3 = ResponseInputAudio.from_dict(data)

            return componentsschemas_response_input_content_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ResponseInputVideo._matches(data):
        try:
            componentsschemas_response_input_content_item_type_4 = ResponseInputVideo.from_dict(data)

            return componentsschemas_response_input_content_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_input_content_item_type_0 = ResponseInputText.from_dict(data)

        return componentsschemas_response_input_content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_input_content_item_type_1 = ResponseInputImage.from_dict(data)

        return componentsschemas_response_input_content_item_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_input_content_item_type_2 = ResponseInputFile.from_dict(data)

        return componentsschemas_response_input_content_item_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_input_content_item_type_3 = ResponseInputAudio.from_dict(data)

        return componentsschemas_response_input_content_item_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_response_input_content_item_type_4 = ResponseInputVideo.from_dict(data)

    return componentsschemas_response_input_content_item_type_4


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
