from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.payment_required_response_error_data_metadata_type_0 import (
        PaymentRequiredResponseErrorDataMetadataType0,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, PaymentRequiredResponseErrorDataMetadataType0
    if _lazy_imports_resolved:
        return
    from ..models.payment_required_response_error_data_metadata_type_0 import (
        PaymentRequiredResponseErrorDataMetadataType0,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="PaymentRequiredResponseErrorData")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"code", "message", "metadata"})


@_attrs_define(repr=False)
class PaymentRequiredResponseErrorData:
    """Error data for PaymentRequiredResponse

    Example:
        {'code': 402, 'message': 'Insufficient credits. Add more using https://openrouter.ai/credits'}

    Attributes:
        code (int):
        message (str):
        metadata (None | PaymentRequiredResponseErrorDataMetadataType0 | Unset):
    """

    _code: int = _attrs_field(alias="code")
    _message: str = _attrs_field(alias="message")
    metadata: None | PaymentRequiredResponseErrorDataMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def code(self) -> int:
        value: Any = self._code
        if value is UNSET:
            raise MissingFieldError("PaymentRequiredResponseErrorData", "code")
        return value

    @code.setter
    def code(self, value: int) -> None:
        self._code = value

    @property
    def message(self) -> str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("PaymentRequiredResponseErrorData", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"code={self._code!r}, "
            f"message={self._message!r}, "
            f"metadata={self.metadata!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        code: Any = self._code

        message: Any = self._message

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            if isinstance(self.metadata, PaymentRequiredResponseErrorDataMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of PaymentRequiredResponseErrorData and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "code" not in data:
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
                    f"PaymentRequiredResponseErrorData is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            code = d.get("code", UNSET)

            message = d.get("message", UNSET)

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = (
                    PaymentRequiredResponseErrorDataMetadataType0.from_dict(_raw_metadata)
                    if type(_raw_metadata) is dict
                    else _parse_metadata(_raw_metadata)
                )

        except FieldParseError as error:
            raise error.within("PaymentRequiredResponseErrorData", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("PaymentRequiredResponseErrorData", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        payment_required_response_error_data = cls(
            code,
            message,
            metadata,
        )

        if not _DECLARED_KEYS.issuperset(d):
            payment_required_response_error_data.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return payment_required_response_error_data

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


PaymentRequiredResponseErrorData.__annotations__ = ResolvingAnnotations(
    PaymentRequiredResponseErrorData.__annotations__, _resolve_lazy_imports
)


def _parse_metadata(data: object) -> None | PaymentRequiredResponseErrorDataMetadataType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if PaymentRequiredResponseErrorDataMetadataType0._matches(data):
        try:
            metadata_type_0 = PaymentRequiredResponseErrorDataMetadataType0.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = PaymentRequiredResponseErrorDataMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PaymentRequiredResponseErrorDataMetadataType0 | Unset", data)
