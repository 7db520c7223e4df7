from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ErrorDetail
    from ..models.error_detail import ErrorDetail  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The error envelope returned with every non-2xx status.

    Attributes:
        error (ErrorDetail): What went wrong.
        user_id (None | str | Unset): The user the failed request belongs to, when known.
    """

    error: ErrorDetail
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        error: Any = self.error
        if not (isinstance(error, Unset) or error is None):
            error = self.error.to_dict()

        user_id: Any = self.user_id
        if not (isinstance(user_id, Unset) or user_id is None):
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ErrorResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_error = d.pop("error", UNSET)
        error: Any = _raw_error
        if _raw_error is not None and _raw_error is not UNSET:
            error = ErrorDetail.from_dict(_raw_error)

        user_id = d.pop("user_id", UNSET)

        error_response = cls(
            error=error,
            user_id=user_id,
        )

        error_response.additional_properties = d
        return error_response

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
