from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_file_output_type import CodeInterpreterFileOutputType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CodeInterpreterFileOutput")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "download_url",
        "error_code",
        "expires_at",
        "filename",
        "id",
        "media_type",
        "sha256",
        "size_bytes",
        "status",
    }
)


@_attrs_define(repr=False)
class CodeInterpreterFileOutput:
    """
    Example:
        {'download_url': 'https://example.com/download/file_abc123', 'filename': 'summary.txt', 'id': 'file_abc123',
            'type': 'file'}

    Attributes:
        type_ (CodeInterpreterFileOutputType):
        download_url (str | Unset): Provider-issued download URL for the generated file. Typically signed and time-
            limited (see `expires_at`); fetch promptly rather than persisting the URL.
        error_code (None | str | Unset): Provider error code when generating or persisting the file failed; null or
            absent on success.
        expires_at (str | Unset): When the `download_url` stops working, as an ISO 8601 timestamp. After this time the
            file must be regenerated.
        filename (str | Unset):
        id (str | Unset):
        media_type (str | Unset):
        sha256 (str | Unset):
        size_bytes (int | Unset):
        status (str | Unset): Provider-reported readiness of the generated file (e.g. `ready`). Values other than
            `ready` indicate the artifact may not be downloadable.
    """

    _type_: CodeInterpreterFileOutputType = _attrs_field(alias="type_")
    download_url: str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    expires_at: str | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    media_type: str | Unset = UNSET
    sha256: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> CodeInterpreterFileOutputType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CodeInterpreterFileOutput", "type")
        return value

    @type_.setter
    def type_(self, value: CodeInterpreterFileOutputType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"type_={self._type_!r}, "
            f"download_url={self.download_url!r}, "
            f"error_code={self.error_code!r}, "
            f"expires_at={self.expires_at!r}, "
            f"filename={self.filename!r}, "
            f"id={self.id!r}, "
            f"media_type={self.media_type!r}, "
            f"sha256={self.sha256!r}, "
            f"size_bytes={self.size_bytes!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        download_url: Any = self.download_url

        error_code: Any = self.error_code

        expires_at: Any = self.expires_at

        filename: Any = self.filename

        id: Any = self.id

        media_type: Any = self.media_type

        sha256: Any = self.sha256

        size_bytes: Any = self.size_bytes

        status: Any = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if type_ is not UNSET:
            field_dict["type"] = type_
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CodeInterpreterFileOutput and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "type" not in data:
            return False
        if "type" in data and not CodeInterpreterFileOutputType.is_known(data["type"]):
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
                    f"CodeInterpreterFileOutput is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CodeInterpreterFileOutputType._value2member_map_.get(
                    _raw_type_
                ) or CodeInterpreterFileOutputType._parse(_raw_type_)

            download_url = d.get("download_url", UNSET)

            error_code = d.get("error_code", UNSET)

            expires_at = d.get("expires_at", UNSET)

            filename = d.get("filename", UNSET)

            id = d.get("id", UNSET)

            media_type = d.get("media_type", UNSET)

            sha256 = d.get("sha256", UNSET)

            size_bytes = d.get("size_bytes", UNSET)

            status = d.get("status", UNSET)

        except FieldParseError as error:
            raise error.within("CodeInterpreterFileOutput", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CodeInterpreterFileOutput", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        code_interpreter_file_output = cls(
            type_,
            download_url,
            error_code,
            expires_at,
            filename,
            id,
            media_type,
            sha256,
            size_bytes,
            status,
        )

        if not _DECLARED_KEYS.issuperset(d):
            code_interpreter_file_output.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return code_interpreter_file_output

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
