from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_message_phase_type_0 import OutputMessagePhaseType0
from ..models.output_message_phase_type_1 import OutputMessagePhaseType1
from ..models.output_message_role import OutputMessageRole
from ..models.output_message_status_type_0 import OutputMessageStatusType0
from ..models.output_message_status_type_1 import OutputMessageStatusType1
from ..models.output_message_status_type_2 import OutputMessageStatusType2
from ..models.output_message_type import OutputMessageType
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


T = TypeVar("T", bound="OutputMessageItem")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "id", "role", "type", "phase", "status"})


@_attrs_define(repr=False)
class OutputMessageItem:
    """An output message item

    Example:
        {'content': [{'annotations': [], 'text': 'Hello! How can I help you?', 'type': 'output_text'}], 'id': 'msg-123',
            'role': 'assistant', 'status': 'completed', 'type': 'message'}

    Attributes:
        content (list[OpenAIResponsesRefusalContent | ResponseOutputText]):
        id (str):
        role (OutputMessageRole):
        type_ (OutputMessageType):
        phase (None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset): The phase of an assistant message. Use
            `commentary` for an intermediate assistant message and `final_answer` for the final assistant message. For
            follow-up requests with models like `gpt-5.3-codex` and later, preserve and resend phase on all assistant
            messages. Omitting it can degrade performance. Not used for user messages.
        status (OutputMessageStatusType0 | OutputMessageStatusType1 | OutputMessageStatusType2 | Unset):
    """

    _content: list[OpenAIResponsesRefusalContent | ResponseOutputText] = _attrs_field(alias="content")
    _id: str = _attrs_field(alias="id")
    _role: OutputMessageRole = _attrs_field(alias="role")
    _type_: OutputMessageType = _attrs_field(alias="type_")
    phase: None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset = UNSET
    status: OutputMessageStatusType0 | OutputMessageStatusType1 | OutputMessageStatusType2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[OpenAIResponsesRefusalContent | ResponseOutputText]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("OutputMessageItem", "content")
        return value

    @content.setter
    def content(self, value: list[OpenAIResponsesRefusalContent | ResponseOutputText]) -> None:
        self._content = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("OutputMessageItem", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def role(self) -> OutputMessageRole:
        value: Any = self._role
        if value is UNSET:
            raise MissingFieldError("OutputMessageItem", "role")
        return value

    @role.setter
    def role(self, value: OutputMessageRole) -> None:
        self._role = value

    @property
    def type_(self) -> OutputMessageType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("OutputMessageItem", "type")
        return value

    @type_.setter
    def type_(self, value: OutputMessageType) -> None:
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
            content = []
            for content_item_data in self._content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, ResponseOutputText):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        id: Any = self._id

        role: Any = self._role
        if not (isinstance(role, Unset) or role is None):
            role = self._role.value

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        phase: Any = self.phase
        if not (isinstance(phase, Unset) or phase is None):
            if isinstance(self.phase, OutputMessagePhaseType0):
                phase = self.phase.value
            elif isinstance(self.phase, OutputMessagePhaseType1):
                phase = self.phase.value
            else:
                phase = self.phase

        status: Any = self.status
        if not (isinstance(status, Unset) or status is None):
            if isinstance(self.status, OutputMessageStatusType0):
                status = self.status.value
            elif isinstance(self.status, OutputMessageStatusType1):
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
        """True if data is an object with every required key of OutputMessageItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "id" not in data:
            return False
        if "role" not in data:
            return False
        if "role" in data and not OutputMessageRole.is_known(data["role"]):
            return False
        if "type" not in data:
            return False
        if "type" in data and not OutputMessageType.is_known(data["type"]):
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
                    f"OutputMessageItem is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [_parse_content_item(content_item_data) for content_item_data in _raw_content]

            id = d.get("id", UNSET)

            _field = "role"
            _raw_role = d.get("role", UNSET)
            role: Any = _raw_role
            if _raw_role is not None and _raw_role is not UNSET:
                role = OutputMessageRole._value2member_map_.get(_raw_role) or OutputMessageRole._parse(_raw_role)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = OutputMessageType._value2member_map_.get(_raw_type_) or OutputMessageType._parse(_raw_type_)

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
            raise error.within("OutputMessageItem", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputMessageItem", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_message_item = cls(
            content,
            id,
            role,
            type_,
            phase,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_message_item.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return output_message_item

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


OutputMessageItem.__annotations__ = ResolvingAnnotations(OutputMessageItem.__annotations__, _resolve_lazy_imports)


def _parse_content_item(data: object) -> OpenAIResponsesRefusalContent | ResponseOutputText:
    if ResponseOutputText._matches(data):
        try:
            content_item_type_0 = ResponseOutputText.from_dict(data)

            return content_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OpenAIResponsesRefusalContent._matches(data):
        try:
            content_item_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

            return content_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        content_item_type_0 = ResponseOutputText.from_dict(data)

        return content_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_1 = OpenAIResponsesRefusalContent.from_dict(data)

    return content_item_type_1


def _parse_phase(data: object) -> None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if OutputMessagePhaseType0.is_known(data):
        try:
            phase_type_0 = OutputMessagePhaseType0._value2member_map_.get(data) or OutputMessagePhaseType0._parse(data)

            return phase_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMessagePhaseType1.is_known(data):
        try:
            phase_type_1 = OutputMessagePhaseType1._value2member_map_.get(data) or OutputMessagePhaseType1._parse(data)

            return phase_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = OutputMessagePhaseType0._value2member_map_.get(data) or OutputMessagePhaseType0._parse(data)

        return phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_1 = OutputMessagePhaseType1._value2member_map_.get(data) or OutputMessagePhaseType1._parse(data)

        return phase_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | OutputMessagePhaseType0 | OutputMessagePhaseType1 | Unset", data)


def _parse_status(
    data: object,
) -> OutputMessageStatusType0 | OutputMessageStatusType1 | OutputMessageStatusType2 | Unset:
    if data is UNSET:
        return UNSET
    if OutputMessageStatusType0.is_known(data):
        try:
            status_type_0 = OutputMessageStatusType0._value2member_map_.get(data) or OutputMessageStatusType0._parse(
                data
            )

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMessageStatusType1.is_known(data):
        try:
            status_type_1 = OutputMessageStatusType1._value2member_map_.get(data) or OutputMessageStatusType1._parse(
                data
            )

            return status_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if OutputMessageStatusType2.is_known(data):
        try:
            status_type_2 = OutputMessageStatusType2._value2member_map_.get(data) or OutputMessageStatusType2._parse(
                data
            )

            return status_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = OutputMessageStatusType0._value2member_map_.get(data) or OutputMessageStatusType0._parse(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_1 = OutputMessageStatusType1._value2member_map_.get(data) or OutputMessageStatusType1._parse(data)

        return status_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    status_type_2 = OutputMessageStatusType2._value2member_map_.get(data) or OutputMessageStatusType2._parse(data)

    return status_type_2
