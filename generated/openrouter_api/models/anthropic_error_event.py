from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_error_event_type import AnthropicErrorEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_error_detail import AnthropicErrorDetail

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicErrorDetail
    from ..models.anthropic_error_detail import AnthropicErrorDetail  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicErrorEvent")


@_attrs_define
class AnthropicErrorEvent:
    """An error ended the stream.

    Attributes:
        type_ (AnthropicErrorEventType):
        error (AnthropicErrorDetail): What went wrong, Anthropic style.
    """

    type_: AnthropicErrorEventType
    error: AnthropicErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicErrorEvent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicErrorEventType.is_known(data["type"]):
            return False
        if "error" not in data:
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
            type_ = AnthropicErrorEventType._parse(_raw_type_)

        _raw_error = d.pop("error", UNSET)
        error: Any = _raw_error
        if _raw_error is not None and _raw_error is not UNSET:
            error = AnthropicErrorDetail.from_dict(_raw_error)

        anthropic_error_event = cls(
            type_=type_,
            error=error,
        )

        anthropic_error_event.additional_properties = d
        return anthropic_error_event

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
