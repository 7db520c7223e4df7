from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMessageTokenLogprobTopLogprobsItem")


@_attrs_define
class ChatMessageTokenLogprobTopLogprobsItem:
    """
    Attributes:
        token (str):
        logprob (float):
        bytes_ (list[int] | None):
    """

    token: str
    logprob: float
    bytes_: list[int] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: Any = self.token

        logprob: Any = self.logprob

        bytes_: Any = self.bytes_
        if not (isinstance(bytes_, Unset) or bytes_ is None):
            if isinstance(self.bytes_, list):
                bytes_ = self.bytes_

            else:
                bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if token is not UNSET:
            field_dict["token"] = token
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatMessageTokenLogprobTopLogprobsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "token" not in data:
            return False
        if "logprob" not in data:
            return False
        if "bytes" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        logprob = d.pop("logprob", UNSET)

        _raw_bytes_ = d.pop("bytes", UNSET)
        bytes_: Any = _raw_bytes_
        if _raw_bytes_ is not None and _raw_bytes_ is not UNSET:
            bytes_ = _parse_bytes_(_raw_bytes_)

        chat_message_token_logprob_top_logprobs_item = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
        )

        chat_message_token_logprob_top_logprobs_item.additional_properties = d
        return chat_message_token_logprob_top_logprobs_item

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


def _parse_bytes_(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        bytes_type_0 = cast("list[int]", data)

        return bytes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[int] | None", data)
