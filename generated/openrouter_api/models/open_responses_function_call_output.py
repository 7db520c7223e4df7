from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_function_call_output_type import OpenResponsesFunctionCallOutputType
from ..models.tool_call_status import ToolCallStatus
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


T = TypeVar("T", bound="OpenResponsesFunctionCallOutput")


@_attrs_define
class OpenResponsesFunctionCallOutput:
    """What your code returned for a function call.

    Example:
        {'type': 'function_call_output', 'call_id': 'call-abc123', 'output': '{"temperature": 22}'}

    Attributes:
        type_ (OpenResponsesFunctionCallOutputType):
        call_id (str):
        output (list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText |
            ResponseInputVideo] | str):
        id (None | str | Unset):
        status (ToolCallStatus | Unset): Progress of a tool call or output item.
    """

    type_: OpenResponsesFunctionCallOutputType
    call_id: str
    output: (
        list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo] | str
    )
    id: None | str | Unset = UNSET
    status: ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        call_id: Any = self.call_id

        output: Any = self.output
        if not (isinstance(output, Unset) or output is None):
            if isinstance(self.output, list):
                output = []
                for output_type_1_item_data in self.output:
                    output_type_1_item: dict[str, Any]
                    if isinstance(output_type_1_item_data, ResponseInputText):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    elif isinstance(output_type_1_item_data, ResponseInputImage):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    elif isinstance(output_type_1_item_data, ResponseInputFile):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    elif isinstance(output_type_1_item_data, ResponseInputAudio):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    else:
                        output_type_1_item = output_type_1_item_data.to_dict()

                    output.append(output_type_1_item)

            else:
                output = self.output

        id: Any = self.id
        if not (isinstance(id, Unset) or id is None):
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if output is not UNSET:
            field_dict["output"] = output
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenResponsesFunctionCallOutput and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OpenResponsesFunctionCallOutputType.is_known(data["type"]):
            return False
        if "call_id" not in data:
            return False
        if "output" not in data:
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
            type_ = OpenResponsesFunctionCallOutputType._parse(_raw_type_)

        call_id = d.pop("call_id", UNSET)

        _raw_output = d.pop("output", UNSET)
        output: Any = _raw_output
        if _raw_output is not None and _raw_output is not UNSET:
            output = _parse_output(_raw_output)

        id = d.pop("id", UNSET)

        _raw_status = d.pop("status", UNSET)
        status: Any = _raw_status
        if _raw_status is not None and _raw_status is not UNSET:
            _status = _raw_status
            status: ToolCallStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ToolCallStatus._parse(_status)

        open_responses_function_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
        )

        open_responses_function_call_output.additional_properties = d
        return open_responses_function_call_output

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


def _parse_output(
    data: object,
) -> list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_type_1 = []
        _output_type_1 = data
        for output_type_1_item_data in _output_type_1:
            output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

            output_type_1.append(output_type_1_item)

        return output_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[ResponseInputAudio | ResponseInputFile | ResponseInputImage | ResponseInputText | ResponseInputVideo] | str",
        data,
    )


def _parse_output_type_1_item(
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
