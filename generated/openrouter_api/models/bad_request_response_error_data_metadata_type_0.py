from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, GenerationContentErrorAttempt
    if _lazy_imports_resolved:
        return
    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BadRequestResponseErrorDataMetadataType0")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"provider_name", "previous_errors"})


@_attrs_define(repr=False)
class BadRequestResponseErrorDataMetadataType0:
    """
    Attributes:
        provider_name (None | str | Unset): Provider whose error was returned, when known
        previous_errors (list[GenerationContentErrorAttempt] | Unset): Every upstream attempt that failed before the
            returned error, in attempt order
    """

    provider_name: None | str | Unset = UNSET
    previous_errors: list[GenerationContentErrorAttempt] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"provider_name={self.provider_name!r}, "
            f"previous_errors={self.previous_errors!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        provider_name: Any = self.provider_name

        previous_errors: Any = self.previous_errors
        if not (isinstance(previous_errors, Unset) or previous_errors is None):
            previous_errors = []
            for previous_errors_item_data in self.previous_errors:
                previous_errors_item = previous_errors_item_data.to_dict()
                previous_errors.append(previous_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if previous_errors is not UNSET:
            field_dict["previous_errors"] = previous_errors

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BadRequestResponseErrorDataMetadataType0 and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"BadRequestResponseErrorDataMetadataType0 is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            provider_name = d.get("provider_name", UNSET)

            _field = "previous_errors"
            _raw_previous_errors = d.get("previous_errors", UNSET)
            previous_errors: Any = _raw_previous_errors
            if _raw_previous_errors is not None and _raw_previous_errors is not UNSET:
                previous_errors = [
                    GenerationContentErrorAttempt.from_dict(previous_errors_item_data)
                    for previous_errors_item_data in _raw_previous_errors
                ]

        except FieldParseError as error:
            raise error.within("BadRequestResponseErrorDataMetadataType0", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BadRequestResponseErrorDataMetadataType0", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bad_request_response_error_data_metadata_type_0 = cls(
            provider_name,
            previous_errors,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bad_request_response_error_data_metadata_type_0.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return bad_request_response_error_data_metadata_type_0

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


BadRequestResponseErrorDataMetadataType0.__annotations__ = ResolvingAnnotations(
    BadRequestResponseErrorDataMetadataType0.__annotations__, _resolve_lazy_imports
)
