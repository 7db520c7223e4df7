from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inputs_option_2_item_message_phase_type_0 import InputsOption2ItemMessagePhaseType0
from ..models.inputs_option_2_item_message_phase_type_1 import InputsOption2ItemMessagePhaseType1
from ..models.inputs_option_2_item_message_role import InputsOption2ItemMessageRole
from ..models.inputs_option_2_item_message_status_type_0 import InputsOption2ItemMessageStatusType0
from ..models.inputs_option_2_item_message_status_type_1 import InputsOption2ItemMessageStatusType1
from ..models.inputs_option_2_item_message_status_type_2 import InputsOption2ItemMessageStatusType2
from ..models.inputs_option_2_item_message_type import InputsOption2ItemMessageType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenAIResponsesRefusalContent, ResponseOutputText
    if _lazy_imports_resolved:
        return
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent  # noqa: PLC0415
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="InputsOption2ItemMessage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "id", "role", "type", "phase", "status"})


@_attrs_define(repr=False)
class InputsOption2ItemMessage:
    """An output message item

    Example:
        {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id': 'msg-123',
            'role': 'assistant', 'status': 'completed', 'type': 'message'}

    Attributes:
        content (list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str):
        id (str):
        role (InputsOption2ItemMessageRole):
        type_ (InputsOption2ItemMessageType):  Default: InputsOption2ItemMessageType.MESSAGE.
        phase (InputsOption2ItemMessagePhaseType0 | InputsOption2ItemMessagePhaseType1 | None | Unset): The phase of an
            assistant message. Use `commentary` for an intermediate assistant message and `final_answer` for the final
            assistant message. For follow-up requests with models like `gpt-5.3-codex` and later, preserve and resend phase
            on all assistant messages. Omitting it can degrade performance. Not used for user messages.
        status (InputsOption2ItemMessageStatusType0 | InputsOption2ItemMessageStatusType1 |
            InputsOption2ItemMessageStatusType2 | Unset):
    """

    _content: list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str = _attrs_field(alias="content")
    _id: str = _attrs_field(alias="id")
    _role: InputsOption2ItemMessageRole = _attrs_field(alias="role")
    _type_: InputsOption2ItemMessageType = _attrs_field(alias="type_", default=InputsOption2ItemMessageType.MESSAGE)
    phase: InputsOption2ItemMessagePhaseType0 | InputsOption2ItemMessagePhaseType1 | None | Unset = UNSET
    status: (
        InputsOption2ItemMessageStatusType0
        | InputsOption2ItemMessageStatusType1
        | InputsOption2ItemMessageStatusType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("InputsOption2ItemMessage", "content")
        return value

    @content.setter
    def content(self, value: list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str) -> None:
        self._content = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("InputsOption2ItemMessage", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def role(self) -> InputsOption2ItemMessageRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("InputsOption2ItemMessage", "role")
        return value

    @role.setter
    def role(self, value: InputsOption2ItemMessageRole) -> None:
        self._role = value

    @property
    def type_(self) -> InputsOption2ItemMessageType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("InputsOption2ItemMessage", "type")
        return value

    @type_.setter
    def type_(self, value: InputsOption2ItemMessageType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"id={self._id!r}, "
            f"role={self._role!r}, "
            f"type_={self._type_!r}, "
            f"phase={self.phase!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, list):
                content = []
                for content_type_0_item_data in self._content:
                    content_type_0_item: dict[str, Any]
                    if isinstance(content_type_0_item_data, ResponseOutputText):
                        content_type_0_item = content_type_0_item_data.to_dict()
                    else:
                        content_type_0_item = content_type_0_item_data.to_dict()

                    content.append(content_type_0_item)

            else:
                content = self._content

        id: Any = self._id

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        phase: Any = self.phase
        if not (isinstance(phase, Unset) or phase is None):
            if isinstance(self.phase, InputsOption2ItemMessagePhaseType0):
                phase = self.phase.value
            elif isinstance(self.phase, InputsOption2ItemMessagePhaseType1):
                phase = self.phase.value
            else:
                phase = self.phase

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, InputsOption2ItemMessageStatusType0):
                status = self.status.value
            elif isinstance(self.status, InputsOption2ItemMessageStatusType1):
                status = self.status.value
            else:
                status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_
        if phase is not UNSET:
            field_dict["phase"] = phase
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of InputsOption2ItemMessage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "id" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not InputsOption2ItemMessageRole.is_known(data["role"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not InputsOption2ItemMessageType.is_known(data["type"]):
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
                    f"InputsOption2ItemMessage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            id = d.get("id", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = InputsOption2ItemMessageRole._value2member_map_.get(
                    _raw_role
                ) or InputsOption2ItemMessageRole._parse(_raw_role)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = InputsOption2ItemMessageType._value2member_map_.get(
                    _raw_type_
                ) or InputsOption2ItemMessageType._parse(_raw_type_)

            _field = "phase"
            _raw_phase = d.get("phase", UNSET)
            phase: Any = _raw_phase
            if _raw_phase is not None and _raw_phase is not UNSET:
                phase = _parse_phase(_raw_phase)

            _field = "status"
            _raw_status = d.get("status", UNSET)
            status: Any = _raw_status
            if _raw_status is not None and _raw_status is not UNSET:
                status = _parse_status(_raw_status)

        except FieldParseError as error:
            raise error.within("InputsOption2ItemMessage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("InputsOption2ItemMessage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        inputs_option_2_item_message = cls(
            content,
            id,
            role,
            type_,
            phase,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            inputs_option_2_item_message.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return inputs_option_2_item_message

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


InputsOption2ItemMessage.__annotations__ = ResolvingAnnotations(
    InputsOption2ItemMessage.__annotations__, _resolve_lazy_imports
)


def _parse_content(data: object) -> list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = [_parse_content_type_0_item(content_type_0_item_data) for content_type_0_item_data in data]

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[OpenAIResponsesRefusalContent | ResponseOutputText] | None | str", data)


def _parse_content_type_0_item(data: object) -> OpenAIResponsesRefusalContent | ResponseOutputText:
    if ResponseOutputText._matches(data):
        try:
            content_type_0_item_type_0 = ResponseOutputText.from_dict(data)

            return content_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesRefusalContent._matches(data):
        try:
            content_type_0_item_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

            return content_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_type_0_item_type_0 = ResponseOutputText.from_dict(data)

        return content_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_type_0_item_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

    return content_type_0_item_type_1


def _parse_phase(
    data: object,
) -> InputsOption2ItemMessagePhaseType0 | InputsOption2ItemMessagePhaseType1 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if InputsOption2ItemMessagePhaseType0.is_known(data):
        try:
            phase_type_0 = InputsOption2ItemMessagePhaseType0._value2member_map_.get(
                data
            ) or InputsOption2ItemMessagePhaseType0._parse(data)

            return phase_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputsOption2ItemMessagePhaseType1.is_known(data):
        try:
            phase_type_1 = InputsOption2ItemMessagePhaseType1._value2member_map_.get(
                data
            ) or InputsOption2ItemMessagePhaseType1._parse(data)

            return phase_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = InputsOption2ItemMessagePhaseType0._value2member_map_.get(
            data
        ) or InputsOption2ItemMessagePhaseType0._parse(data)

        return phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_1 = InputsOption2ItemMessagePhaseType1._value2member_map_.get(
            data
        ) or InputsOption2ItemMessagePhaseType1._parse(data)

        return phase_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("InputsOption2ItemMessagePhaseType0 | InputsOption2ItemMessagePhaseType1 | None | Unset", data)


def _parse_status(
    data: object,
) -> (
    InputsOption2ItemMessageStatusType0
    | InputsOption2ItemMessageStatusType1
    | InputsOption2ItemMessageStatusType2
    | Unset
):
    if data is UNSET:
        return UNSET
    if InputsOption2ItemMessageStatusType0.is_known(data):
        try:
            status_type_0 = InputsOption2ItemMessageStatusType0._value2member_map_.get(
                data
            ) or InputsOption2ItemMessageStatusType0._parse(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputsOption2ItemMessageStatusType1.is_known(data):
        try:
            status_type_1 = InputsOption2ItemMessageStatusType1._value2member_map_.get(
                data
            ) or InputsOption2ItemMessageStatusType1._parse(data)

            return status_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if InputsOption2ItemMessageStatusType2.is_known(data):
        try:
            status_type_2 = InputsOption2ItemMessageStatusType2._value2member_map_.get(
                data
            ) or InputsOption2ItemMessageStatusType2._parse(data)

            return status_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = InputsOption2ItemMessageStatusType0._value2member_map_.get(
            data
        ) or InputsOption2ItemMessageStatusType0._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_1 = InputsOption2ItemMessageStatusType1._value2member_map_.get(
            data
        ) or InputsOption2ItemMessageStatusType1._parse(data)

        return status_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    status_type_2 = InputsOption2ItemMessageStatusType2._value2member_map_.get(
        data
    ) or InputsOption2ItemMessageStatusType2._parse(data)

    return status_type_2
