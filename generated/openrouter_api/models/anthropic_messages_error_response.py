from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_messages_error_response_type import AnthropicMessagesErrorResponseType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_messages_error_response_error import AnthropicMessagesErrorResponseError
    from ..models.anthropic_messages_error_response_metadata import AnthropicMessagesErrorResponseMetadata
    from ..models.anthropic_messages_error_response_openrouter_metadata_type_0 import (
        AnthropicMessagesErrorResponseOpenrouterMetadataType0,
    )

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicMessagesErrorResponseError, \
        AnthropicMessagesErrorResponseMetadata, \
        AnthropicMessagesErrorResponseOpenrouterMetadataType0
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_messages_error_response_error import AnthropicMessagesErrorResponseError  # noqa: PLC0415
    from ..models.anthropic_messages_error_response_metadata import AnthropicMessagesErrorResponseMetadata  # noqa: PLC0415
    from ..models.anthropic_messages_error_response_openrouter_metadata_type_0 import (
        AnthropicMessagesErrorResponseOpenrouterMetadataType0,  # noqa: PLC0415
    )

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicMessagesErrorResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"error", "request_id", "type", "metadata", "openrouter_metadata"})


@_attrs_define(repr=False)
class AnthropicMessagesErrorResponse:
    """Error response from the Anthropic Messages API

    Example:
        {'error': {'error_type': 'invalid_request', 'message': 'Invalid request: messages field is required', 'type':
            'invalid_request_error'}, 'request_id': None, 'type': 'error'}

    Attributes:
        error (AnthropicMessagesErrorResponseError):
        request_id (None | str):
        type_ (AnthropicMessagesErrorResponseType):
        metadata (AnthropicMessagesErrorResponseMetadata | Unset):
        openrouter_metadata (AnthropicMessagesErrorResponseOpenrouterMetadataType0 | None | Unset):
    """

    _error: AnthropicMessagesErrorResponseError = _attrs_field(alias="error")
    _request_id: None | str = _attrs_field(alias="request_id")
    _type_: AnthropicMessagesErrorResponseType = _attrs_field(alias="type_")
    metadata: AnthropicMessagesErrorResponseMetadata | Unset = UNSET
    openrouter_metadata: AnthropicMessagesErrorResponseOpenrouterMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def error(self) -> AnthropicMessagesErrorResponseError:
        value: Any = self._error
        if value is UNSET:
            raise MissingFieldError("AnthropicMessagesErrorResponse", "error")
        return value

    @error.setter
    def error(self, value: AnthropicMessagesErrorResponseError) -> None:
        self._error = value

    @property
    def request_id(self) -> None | str:
        value: Any = self._request_id
        if value is UNSET:
            raise MissingFieldError("AnthropicMessagesErrorResponse", "request_id")
        return value

    @request_id.setter
    def request_id(self, value: None | str) -> None:
        self._request_id = value

    @property
    def type_(self) -> AnthropicMessagesErrorResponseType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicMessagesErrorResponse", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicMessagesErrorResponseType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"error={self._error!r}, "
            f"request_id={self._request_id!r}, "
            f"type_={self._type_!r}, "
            f"metadata={self.metadata!r}, "
            f"openrouter_metadata={self.openrouter_metadata!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        error: Any = self._error
        if not (isinstance(error, Unset) or error is None):
            error = self._error.to_dict()

        request_id: Any = self._request_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        metadata: Any = self.metadata
        if not (isinstance(metadata, Unset) or metadata is None):
            metadata = metadata.to_dict()

        openrouter_metadata: Any = self.openrouter_metadata
        if not (isinstance(openrouter_metadata, Unset) or openrouter_metadata is None):
            if isinstance(self.openrouter_metadata, AnthropicMessagesErrorResponseOpenrouterMetadataType0):
                openrouter_metadata = self.openrouter_metadata.to_dict()
            else:
                openrouter_metadata = self.openrouter_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if error is not UNSET:
            field_dict["error"] = error
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicMessagesErrorResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "error" not in data:
            return False
        if "request_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicMessagesErrorResponseType.is_known(data["type"]):
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
                    f"AnthropicMessagesErrorResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "error"
            _raw_error = d.get("error", UNSET)
            error: Any = _raw_error
            if _raw_error is not None and _raw_error is not UNSET:
                error = AnthropicMessagesErrorResponseError.from_dict(_raw_error)

            request_id = d.get("request_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicMessagesErrorResponseType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicMessagesErrorResponseType._parse(_raw_type_)

            _field = "metadata"
            _raw_metadata = d.get("metadata", UNSET)
            metadata: Any = _raw_metadata
            if _raw_metadata is not None and _raw_metadata is not UNSET:
                metadata = AnthropicMessagesErrorResponseMetadata.from_dict(_raw_metadata)

            _field = "openrouter_metadata"
            _raw_openrouter_metadata = d.get("openrouter_metadata", UNSET)
            openrouter_metadata: Any = _raw_openrouter_metadata
            if _raw_openrouter_metadata is not None and _raw_openrouter_metadata is not UNSET:
                openrouter_metadata = (
                    AnthropicMessagesErrorResponseOpenrouterMetadataType0.from_dict(_raw_openrouter_metadata)
                    if type(_raw_openrouter_metadata) is dict
                    else _parse_openrouter_metadata(_raw_openrouter_metadata)
                )

        except FieldParseError as error:
            raise error.within("AnthropicMessagesErrorResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicMessagesErrorResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_messages_error_response = cls(
            error,
            request_id,
            type_,
            metadata,
            openrouter_metadata,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_messages_error_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_messages_error_response

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


AnthropicMessagesErrorResponse.__annotations__ = ResolvingAnnotations(
    AnthropicMessagesErrorResponse.__annotations__, _resolve_lazy_imports
)


def _parse_openrouter_metadata(data: object) -> AnthropicMessagesErrorResponseOpenrouterMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicMessagesErrorResponseOpenrouterMetadataType0._matches(data):
        try:
            openrouter_metadata_type_0 = AnthropicMessagesErrorResponseOpenrouterMetadataType0.from_dict(data)

            return openrouter_metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        openrouter_metadata_type_0 = AnthropicMessagesErrorResponseOpenrouterMetadataType0.from_dict(data)

        return openrouter_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicMessagesErrorResponseOpenrouterMetadataType0 | None | Unset", data)
