from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ResponseOutputTextLogprobsItemTopLogprobsItem
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseOutputTextLogprobsItem")


@_attrs_define
class ResponseOutputTextLogprobsItem:
    """
    Attributes:
        bytes_ (list[int]):
        logprob (float):
        token (str):
        top_logprobs (list[ResponseOutputTextLogprobsItemTopLogprobsItem]):
    """

    bytes_: list[int]
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsItemTopLogprobsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        bytes_: Any = self.bytes_
        if not (isinstance(bytes_, Unset) or bytes_ is None):
            bytes_ = self.bytes_

        logprob: Any = self.logprob

        token: Any = self.token

        top_logprobs: Any = self.top_logprobs
        if not (isinstance(top_logprobs, Unset) or top_logprobs is None):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if token is not UNSET:
            field_dict["token"] = token
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseOutputTextLogprobsItem and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "bytes" not in data:
            return False
        if "logprob" not in data:
            return False
        if "token" not in data:
            return False
        if "top_logprobs" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_bytes_ = d.pop("bytes", UNSET)
        bytes_: Any = _raw_bytes_
        if _raw_bytes_ is not None and _raw_bytes_ is not UNSET:
            bytes_ = cast("list[int]", _raw_bytes_)

        logprob = d.pop("logprob", UNSET)

        token = d.pop("token", UNSET)

        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: Any = _raw_top_logprobs
        if _raw_top_logprobs is not None and _raw_top_logprobs is not UNSET:
            top_logprobs = []
            _top_logprobs = _raw_top_logprobs
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = ResponseOutputTextLogprobsItemTopLogprobsItem.from_dict(top_logprobs_item_data)

                top_logprobs.append(top_logprobs_item)

        response_output_text_logprobs_item = cls(
            bytes_=bytes_,
            logprob=logprob,
            token=token,
            top_logprobs=top_logprobs,
        )

        response_output_text_logprobs_item.additional_properties = d
        return response_output_text_logprobs_item

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
