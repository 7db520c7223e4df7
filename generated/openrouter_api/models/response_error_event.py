from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_error_event_type import ResponseErrorEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_error_event_error import ResponseErrorEventError

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ResponseErrorEventError
    from ..models.response_error_event_error import ResponseErrorEventError  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ResponseErrorEvent")


@_attrs_define
class ResponseErrorEvent:
    """An error ended the stream. Code and message come at the top level or, in older streams, inside error.

    Attributes:
        type_ (ResponseErrorEventType):
        code (None | str | Unset):
        message (str | Unset):
        param (None | str | Unset):
        error (ResponseErrorEventError | Unset):
        sequence_number (int | Unset): Position of the event in the stream.
    """

    type_: ResponseErrorEventType
    code: None | str | Unset = UNSET
    message: str | Unset = UNSET
    param: None | str | Unset = UNSET
    error: ResponseErrorEventError | Unset = UNSET
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        code: Any = self.code
        if not (isinstance(code, Unset) or code is None):
            if isinstance(self.code, Unset):
                code = UNSET
            else:
                code = self.code

        message: Any = self.message

        param: Any = self.param
        if not (isinstance(param, Unset) or param is None):
            if isinstance(self.param, Unset):
                param = UNSET
            else:
                param = self.param

        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            error = UNSET
            if not isinstance(self.error, Unset):
                error = self.error.to_dict()

        sequence_number: Any = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param
        if error is not UNSET:
            field_dict["error"] = error
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ResponseErrorEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not ResponseErrorEventType.is_known(data["type"]):
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
            type_ = ResponseErrorEventType._parse(_raw_type_)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        param = d.pop("param", UNSET)

        _raw_error = d.pop("error", UNSET)
        error: Any = _raw_error
        if _raw_error is not None and _raw_error is not UNSET:
            _error = _raw_error
            error: ResponseErrorEventError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ResponseErrorEventError.from_dict(_error)

        sequence_number = d.pop("sequence_number", UNSET)

        response_error_event = cls(
            type_=type_,
            code=code,
            message=message,
            param=param,
            error=error,
            sequence_number=sequence_number,
        )

        response_error_event.additional_properties = d
        return response_error_event

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
