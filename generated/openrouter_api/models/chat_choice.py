from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_finish_reason_enum import ChatFinishReasonEnum
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_token_logprobs import ChatTokenLogprobs

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatAssistantMessage, ChatTokenLogprobs
    if _lazy_imports_resolved:
        return
    from ..models.chat_assistant_message import ChatAssistantMessage  # noqa: PLC0415
    from ..models.chat_token_logprobs import ChatTokenLogprobs  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatChoice")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"finish_reason", "index", "message", "logprobs", "native_finish_reason"})


@_attrs_define(repr=False)
class ChatChoice:
    """Chat completion choice

    Example:
        {'finish_reason': 'stop', 'index': 0, 'logprobs': None, 'message': {'content': 'The capital of France is
            Paris.', 'role': 'assistant'}}

    Attributes:
        finish_reason (ChatFinishReasonEnum | None):
        index (int): Choice index Example: 0.
        message (ChatAssistantMessage): Assistant message for requests and responses Example: {'content': 'The capital
            of France is Paris.', 'model': 'openai/gpt-4o', 'role': 'assistant'}.
        logprobs (ChatTokenLogprobs | None | Unset):
        native_finish_reason (None | str | Unset): The finish reason as the provider reported it (e.g. `end_turn`,
            `tool_use`, `completed`) Example: end_turn.
    """

    _finish_reason: ChatFinishReasonEnum | None = _attrs_field(alias="finish_reason")
    _index: int = _attrs_field(alias="index")
    _message: ChatAssistantMessage = _attrs_field(alias="message")
    logprobs: ChatTokenLogprobs | None | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def finish_reason(self) -> ChatFinishReasonEnum | None:
        value: Any = self._finish_reason
        if value is UNSET:
            raise MissingFieldError("ChatChoice", "finish_reason")
        return value

    @finish_reason.setter
    def finish_reason(self, value: ChatFinishReasonEnum | None) -> None:
        self._finish_reason = value

    @property
    def index(self) -> int:
        value: Any = self._index
        if value is UNSET:
            raise MissingFieldError("ChatChoice", "index")
        return value

    @index.setter
    def index(self, value: int) -> None:
        self._index = value

    @property
    def message(self) -> ChatAssistantMessage:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("ChatChoice", "message")
        return value

    @message.setter
    def message(self, value: ChatAssistantMessage) -> None:
        self._message = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"finish_reason={self._finish_reason!r}, "
            f"index={self._index!r}, "
            f"message={self._message!r}, "
            f"logprobs={self.logprobs!r}, "
            f"native_finish_reason={self.native_finish_reason!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        finish_reason: Any = self._finish_reason
        if not (isinstance(finish_reason, Unset) or finish_reason is None):
            if isinstance(self._finish_reason, ChatFinishReasonEnum):
                finish_reason = self._finish_reason.value
            else:
                finish_reason = self._finish_reason

        index: Any = self._index

        message: Any = self._message
        if not (isinstance(message, Unset) or message is None):
            message = self._message.to_dict()

        logprobs: Any = self.logprobs
        if not (isinstance(logprobs, Unset) or logprobs is None):
            if isinstance(self.logprobs, ChatTokenLogprobs):
                logprobs = self.logprobs.to_dict()
            else:
                logprobs = self.logprobs

        native_finish_reason: Any = self.native_finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if index is not UNSET:
            field_dict["index"] = index
        if message is not UNSET:
            field_dict["message"] = message
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatChoice and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "finish_reason" not in data:
            return False
        if "index" not in data:
            return False
        if "message" not in data:
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
                    f"ChatChoice is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "finish_reason"
            _raw_finish_reason = d.get("finish_reason", UNSET)
            finish_reason: Any = _raw_finish_reason
            if _raw_finish_reason is not None and _raw_finish_reason is not UNSET:
                finish_reason = _parse_finish_reason(_raw_finish_reason)

            index = d.get("index", UNSET)

            _field = "message"
            _raw_message = d.get("message", UNSET)
            message: Any = _raw_message
            if _raw_message is not None and _raw_message is not UNSET:
                message = ChatAssistantMessage.from_dict(_raw_message)

            _field = "logprobs"
            _raw_logprobs = d.get("logprobs", UNSET)
            logprobs: Any = _raw_logprobs
            if _raw_logprobs is not None and _raw_logprobs is not UNSET:
                logprobs = (
                    ChatTokenLogprobs.from_dict(_raw_logprobs)
                    if type(_raw_logprobs) is dict
                    else _parse_logprobs(_raw_logprobs)
                )

            native_finish_reason = d.get("native_finish_reason", UNSET)

        except FieldParseError as error:
            raise error.within("ChatChoice", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatChoice", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_choice = cls(
            finish_reason,
            index,
            message,
            logprobs,
            native_finish_reason,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_choice.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return chat_choice

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


ChatChoice.__annotations__ = ResolvingAnnotations(ChatChoice.__annotations__, _resolve_lazy_imports)


def _parse_finish_reason(data: object) -> ChatFinishReasonEnum | None:
    if data is None:
        return data
    if ChatFinishReasonEnum.is_known(data):
        try:
            finish_reason_type_0 = ChatFinishReasonEnum._value2member_map_.get(data) or ChatFinishReasonEnum._parse(
                data
            )

            return finish_reason_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        finish_reason_type_0 = ChatFinishReasonEnum._value2member_map_.get(data) or ChatFinishReasonEnum._parse(data)

        return finish_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatFinishReasonEnum | None", data)


def _parse_logprobs(data: object) -> ChatTokenLogprobs | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatTokenLogprobs._matches(data):
        try:
            logprobs_type_0 = ChatTokenLogprobs.from_dict(data)

            return logprobs_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        logprobs_type_0 = ChatTokenLogprobs.from_dict(data)

        return logprobs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatTokenLogprobs | None | Unset", data)
