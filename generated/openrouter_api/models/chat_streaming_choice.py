from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_finish_reason import ChatCompletionFinishReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_token_logprobs import ChatMessageTokenLogprobs
    from ..models.chat_streaming_delta import ChatStreamingDelta

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ChatMessageTokenLogprobs, ChatStreamingDelta
    from ..models.chat_message_token_logprobs import ChatMessageTokenLogprobs  # noqa: PLC0415
    from ..models.chat_streaming_delta import ChatStreamingDelta  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ChatStreamingChoice")


@_attrs_define
class ChatStreamingChoice:
    """The change to one choice carried by a chunk.

    Attributes:
        index (int):
        delta (ChatStreamingDelta): New pieces of the assistant message; append them to what came before.
        finish_reason (ChatCompletionFinishReason | None):
        native_finish_reason (None | str | Unset):
        logprobs (ChatMessageTokenLogprobs | None | Unset):
    """

    index: int
    delta: ChatStreamingDelta
    finish_reason: ChatCompletionFinishReason | None
    native_finish_reason: None | str | Unset = UNSET
    logprobs: ChatMessageTokenLogprobs | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        index: Any = self.index

        delta: Any = self.delta
        if not (isinstance(delta, Unset) or delta is None):
            delta = self.delta.to_dict()

        finish_reason: Any = self.finish_reason
        if not (isinstance(finish_reason, Unset) or finish_reason is None):
            if isinstance(self.finish_reason, ChatCompletionFinishReason):
                finish_reason = self.finish_reason.value
            else:
                finish_reason = self.finish_reason

        native_finish_reason: Any = self.native_finish_reason
        if not (isinstance(native_finish_reason, Unset) or native_finish_reason is None):
            if isinstance(self.native_finish_reason, Unset):
                native_finish_reason = UNSET
            else:
                native_finish_reason = self.native_finish_reason

        logprobs: Any = self.logprobs
        if not (isinstance(logprobs, Unset) or logprobs is None):
            if isinstance(self.logprobs, Unset):
                logprobs = UNSET
            elif isinstance(self.logprobs, ChatMessageTokenLogprobs):
                logprobs = self.logprobs.to_dict()
            else:
                logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if index is not UNSET:
            field_dict["index"] = index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamingChoice and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "index" not in data:
            return False
        if "delta" not in data:
            return False
        if "finish_reason" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_delta = d.pop("delta", UNSET)
        delta: Any = _raw_delta
        if _raw_delta is not None and _raw_delta is not UNSET:
            delta = ChatStreamingDelta.from_dict(_raw_delta)

        _raw_finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: Any = _raw_finish_reason
        if _raw_finish_reason is not None and _raw_finish_reason is not UNSET:
            finish_reason = _parse_finish_reason(_raw_finish_reason)

        native_finish_reason = d.pop("native_finish_reason", UNSET)

        _raw_logprobs = d.pop("logprobs", UNSET)
        logprobs: Any = _raw_logprobs
        if _raw_logprobs is not None and _raw_logprobs is not UNSET:
            logprobs = _parse_logprobs(_raw_logprobs)

        chat_streaming_choice = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
            logprobs=logprobs,
        )

        chat_streaming_choice.additional_properties = d
        return chat_streaming_choice

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


def _parse_finish_reason(data: object) -> ChatCompletionFinishReason | None:
    if data is None:
        return data
    if ChatCompletionFinishReason.is_known(data):
        try:
            finish_reason_type_0 = ChatCompletionFinishReason._parse(data)

            return finish_reason_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        finish_reason_type_0 = ChatCompletionFinishReason._parse(data)

        return finish_reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatCompletionFinishReason | None", data)


def _parse_logprobs(data: object) -> ChatMessageTokenLogprobs | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ChatMessageTokenLogprobs._matches(data):
        try:
            logprobs_type_0 = ChatMessageTokenLogprobs.from_dict(data)

            return logprobs_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        logprobs_type_0 = ChatMessageTokenLogprobs.from_dict(data)

        return logprobs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ChatMessageTokenLogprobs | None | Unset", data)
