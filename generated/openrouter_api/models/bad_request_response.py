from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.bad_request_response_error_data import BadRequestResponseErrorData
    from ..models.bad_request_response_openrouter_metadata_type_0 import BadRequestResponseOpenrouterMetadataType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, BadRequestResponseErrorData, BadRequestResponseOpenrouterMetadataType0
    if _lazy_imports_resolved:
        return
    from ..models.bad_request_response_error_data import BadRequestResponseErrorData  # noqa: PLC0415
    from ..models.bad_request_response_openrouter_metadata_type_0 import BadRequestResponseOpenrouterMetadataType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BadRequestResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error", "openrouter_metadata", "user_id"})


@_attrs_define(repr=False)
class BadRequestResponse:
    """Bad Request - Invalid request parameters or malformed input

    Example:
        {'error': {'code': 400, 'message': 'Invalid request parameters'}}

    Attributes:
        error (BadRequestResponseErrorData): Error data for BadRequestResponse Example: {'code': 400, 'message':
            'Invalid request parameters'}.
        openrouter_metadata (BadRequestResponseOpenrouterMetadataType0 | None | Unset):
        user_id (None | str | Unset):
    """

    _error: BadRequestResponseErrorData = _attrs_field(alias="error")
    openrouter_metadata: BadRequestResponseOpenrouterMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error(self) -> BadRequestResponseErrorData:
        value: Any = self._error
        if value is UNSET:
            raise MissingFieldError("BadRequestResponse", "error")
        return value

    @error.setter
    def error(self, value: BadRequestResponseErrorData) -> None:
        self._error = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error={self._error!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"user_id={self.user_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        error: Any = self._error
        if not (isinstance(error, Unset) or error is None):
            error = self._error.to_dict()

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            if isinstance(self.openrouter_metadata, BadRequestResponseOpenrouterMetadataType0):
                openrouter_metadata = self.openrouter_metadata.to_dict()
            else:
                openrouter_metadata = self.openrouter_metadata

        user_id: Any = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BadRequestResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
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
                    f"BadRequestResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "error"
            _raw_error = d.get("error", UNSET)
            error: Any = _raw_error
            if _raw_error is not None and _raw_error is not UNSET:
                error = BadRequestResponseErrorData.from_dict(_raw_error)

            _field = "openrouter_metadata"
            _raw_openrouter_metadata = d.get("openrouter_metadata", UNSET)
            openrouter_metadata: Any = _raw_openrouter_metadata
            if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
                openrouter_metadata = (
                    BadRequestResponseOpenrouterMetadataType0.from_dict(_raw_openrouter_metadata)
                    if type(_raw_openrouter_metadata) is dict
                    else _parse_openrouter_metadata(_raw_openrouter_metadata)
                )

            user_id = d.get("user_id", UNSET)

        except FieldParseError as error:
            raise error.within("BadRequestResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BadRequestResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        bad_request_response = cls(
            error,
            openrouter_metadata,
            user_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            bad_request_response.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return bad_request_response

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


BadRequestResponse.__annotations__ = ResolvingAnnotations(BadRequestResponse.__annotations__, _resolve_lazy_imports)


def _parse_openrouter_metadata(data: object) -> BadRequestResponseOpenrouterMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if BadRequestResponseOpenrouterMetadataType0._matches(data):
        try:
            openrouter_metadata_type_0 = BadRequestResponseOpenrouterMetadataType0.from_dict(data)

            return openrouter_metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        openrouter_metadata_type_0 = BadRequestResponseOpenrouterMetadataType0.from_dict(data)

        return openrouter_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("BadRequestResponseOpenrouterMetadataType0 | None | Unset", data)
