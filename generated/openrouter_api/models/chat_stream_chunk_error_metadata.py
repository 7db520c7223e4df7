from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_error_type import ApiErrorType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ChatStreamChunkErrorMetadata")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error_type", "provider_code"})


@_attrs_define(repr=False)
class ChatStreamChunkErrorMetadata:
    """Structured error metadata

    Attributes:
        error_type (ApiErrorType): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
        provider_code (str | Unset): Upstream provider-specific error code, when available
    """

    _error_type: ApiErrorType = _attrs_field(alias="error_type")
    provider_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error_type(self) -> ApiErrorType:
        value: Any = self._error_type
        if value is UNSET:
            raise MissingFieldError("ChatStreamChunkErrorMetadata", "error_type")
        return value

    @error_type.setter
    def error_type(self, value: ApiErrorType) -> None:
        self._error_type = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error_type={self._error_type!r}, "
            f"provider_code={self.provider_code!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        error_type: Any = self._error_type
        if not (isinstance(error_type, Unset) or error_type is None):
            error_type = self._error_type.value

        provider_code: Any = self.provider_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if provider_code is not UNSET:
            field_dict["provider_code"] = provider_code

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ChatStreamChunkErrorMetadata and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error_type" not in data:
            return False
        if "error_type" in data and not ApiErrorType.is_known(data["error_type"]):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ChatStreamChunkErrorMetadata is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "error_type"
            _raw_error_type = d.get("error_type", UNSET)
            error_type: Any = _raw_error_type
            if _raw_error_type is not None and _raw_error_type is not UNSET:
                error_type = ApiErrorType._value2member_map_.get(_raw_error_type) or ApiErrorType._parse(
                    _raw_error_type
                )

            provider_code = d.get("provider_code", UNSET)

        except FieldParseError as error:
            raise error.within("ChatStreamChunkErrorMetadata", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ChatStreamChunkErrorMetadata", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        chat_stream_chunk_error_metadata = cls(
            error_type,
            provider_code,
        )

        if not _DECLARED_KEYS.issuperset(d):
            chat_stream_chunk_error_metadata.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return chat_stream_chunk_error_metadata

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
