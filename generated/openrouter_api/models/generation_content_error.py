from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

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


T = TypeVar("T", bound="GenerationContentError")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"message", "previous_errors", "provider_name", "raw", "status"})


@_attrs_define(repr=False)
class GenerationContentError:
    """The stored failure for this generation, or null when it succeeded

    Example:
        {'message': 'Timed out waiting for the provider', 'previous_errors': [{'code': 429, 'message': 'Provider
            returned error', 'provider_name': 'Google', 'raw': '{"error":{"code":429,"message":"Resource exhausted"}}'}],
            'provider_name': 'Vertex', 'raw': '{"error":{"code":504,"message":"Deadline exceeded"}}', 'status': 504}

    Attributes:
        message (None | str): Error message returned to the client Example: Timed out waiting for the provider.
        previous_errors (list[GenerationContentErrorAttempt]): Every upstream attempt that failed before the returned
            error, in attempt order
        provider_name (None | str): Provider whose error was returned to the client, when known Example: Vertex.
        raw (None | str): Raw error body behind the returned error, when stored Example:
            {"error":{"code":504,"message":"Deadline exceeded"}}.
        status (int | None): HTTP status returned to the client Example: 504.
    """

    _message: None | str = _attrs_field(alias="message")
    _previous_errors: list[GenerationContentErrorAttempt] = _attrs_field(alias="previous_errors")
    _provider_name: None | str = _attrs_field(alias="provider_name")
    _raw: None | str = _attrs_field(alias="raw")
    _status: int | None = _attrs_field(alias="status")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def message(self) -> None | str:
        value: Any = self._message
        if value is UNSET:
            raise MissingFieldError("GenerationContentError", "message")
        return value

    @message.setter
    def message(self, value: None | str) -> None:
        self._message = value

    @property
    def previous_errors(self) -> list[GenerationContentErrorAttempt]:
        value: Any = self._previous_errors
        if value is UNSET:
            raise MissingFieldError("GenerationContentError", "previous_errors")
        return value

    @previous_errors.setter
    def previous_errors(self, value: list[GenerationContentErrorAttempt]) -> None:
        self._previous_errors = value

    @property
    def provider_name(self) -> None | str:
        value: Any = self._provider_name
        if value is UNSET:
            raise MissingFieldError("GenerationContentError", "provider_name")
        return value

    @provider_name.setter
    def provider_name(self, value: None | str) -> None:
        self._provider_name = value

    @property
    def raw(self) -> None | str:
        value: Any = self._raw
        if value is UNSET:
            raise MissingFieldError("GenerationContentError", "raw")
        return value

    @raw.setter
    def raw(self, value: None | str) -> None:
        self._raw = value

    @property
    def status(self) -> int | None:
        value: Any = self._status
        if value is UNSET:
            raise MissingFieldError("GenerationContentError", "status")
        return value

    @status.setter
    def status(self, value: int | None) -> None:
        self._status = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"message={self._message!r}, "
            f"previous_errors={self._previous_errors!r}, "
            f"provider_name={self._provider_name!r}, "
            f"raw={self._raw!r}, "
            f"status={self._status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        message: Any = self._message

        previous_errors: Any = self._previous_errors
        if not (isinstance(previous_errors, Unset) or previous_errors is None):
            previous_errors = []
            for previous_errors_item_data in self._previous_errors:
                previous_errors_item = previous_errors_item_data.to_dict()
                previous_errors.append(previous_errors_item)

        provider_name: Any = self._provider_name

        raw: Any = self._raw

        status: Any = self._status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if message is not UNSET:
            field_dict["message"] = message
        if previous_errors is not UNSET:
            field_dict["previous_errors"] = previous_errors
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if raw is not UNSET:
            field_dict["raw"] = raw
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GenerationContentError and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "message" not in data:
            return False
        if "previous_errors" not in data:
            return False
        if "provider_name" not in data:
            return False
        if "raw" not in data:
            return False
        if "status" not in data:
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
                    f"GenerationContentError is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            message = d.get("message", UNSET)

            _field = "previous_errors"
            _raw_previous_errors = d.get("previous_errors", UNSET)
            previous_errors: Any = _raw_previous_errors
            if _raw_previous_errors is not None and _raw_previous_errors is not UNSET:
                previous_errors = [
                    GenerationContentErrorAttempt.from_dict(previous_errors_item_data)
                    for previous_errors_item_data in _raw_previous_errors
                ]

            provider_name = d.get("provider_name", UNSET)

            raw = d.get("raw", UNSET)

            status = d.get("status", UNSET)

        except FieldParseError as error:
            raise error.within("GenerationContentError", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GenerationContentError", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        generation_content_error = cls(
            message,
            previous_errors,
            provider_name,
            raw,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            generation_content_error.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return generation_content_error

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


GenerationContentError.__annotations__ = ResolvingAnnotations(
    GenerationContentError.__annotations__, _resolve_lazy_imports
)
