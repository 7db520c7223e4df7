from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_s3_destination_config_headers import ObservabilityS3DestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityS3DestinationConfigHeaders
    if _lazy_imports_resolved:
        return
    from ..models.observability_s3_destination_config_headers import ObservabilityS3DestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityS3DestinationConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "accessKeyId",
        "bucketName",
        "secretAccessKey",
        "endpoint",
        "headers",
        "pathTemplate",
        "prefix",
        "region",
        "sessionToken",
    }
)


@_attrs_define(repr=False)
class ObservabilityS3DestinationConfig:
    """
    Attributes:
        access_key_id (str):
        bucket_name (str):
        secret_access_key (str):
        endpoint (str | Unset): Only for S3-compatible services like Cloudflare R2 (https://account-
            id.r2.cloudflarestorage.com) or MinIO. Leave blank for standard AWS S3.
        headers (ObservabilityS3DestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
        path_template (str | Unset): Template for S3 object path. The filename ({traceId}-{timestamp}.json) is
            automatically appended. Available variables: {prefix}, {date}, {year}, {month}, {day}, {apiKeyName} Default:
            '{prefix}/{date}'.
        prefix (str | Unset):  Default: 'openrouter-traces'.
        region (str | Unset):
        session_token (str | Unset):
    """

    _access_key_id: str = _attrs_field(alias="access_key_id")
    _bucket_name: str = _attrs_field(alias="bucket_name")
    _secret_access_key: str = _attrs_field(alias="secret_access_key")
    endpoint: str | Unset = UNSET
    headers: ObservabilityS3DestinationConfigHeaders | Unset = UNSET
    path_template: str | Unset = "{prefix}/{date}"
    prefix: str | Unset = "openrouter-traces"
    region: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def access_key_id(self) -> str:
        value: Any = self._access_key_id
        if value is UNSET:
            raise MissingFieldError("ObservabilityS3DestinationConfig", "accessKeyId")
        return value

    @access_key_id.setter
    def access_key_id(self, value: str) -> None:
        self._access_key_id = value

    @property
    def bucket_name(self) -> str:
        value: Any = self._bucket_name
        if value is UNSET:
            raise MissingFieldError("ObservabilityS3DestinationConfig", "bucketName")
        return value

    @bucket_name.setter
    def bucket_name(self, value: str) -> None:
        self._bucket_name = value

    @property
    def secret_access_key(self) -> str:
        value: Any = self._secret_access_key
        if value is UNSET:
            raise MissingFieldError("ObservabilityS3DestinationConfig", "secretAccessKey")
        return value

    @secret_access_key.setter
    def secret_access_key(self, value: str) -> None:
        self._secret_access_key = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"access_key_id={self._access_key_id!r}, "
            f"bucket_name={self._bucket_name!r}, "
            f"secret_access_key={self._secret_access_key!r}, "
            f"endpoint={self.endpoint!r}, "
            f"headers={self.headers!r}, "
            f"path_template={self.path_template!r}, "
            f"prefix={self.prefix!r}, "
            f"region={self.region!r}, "
            f"session_token={self.session_token!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        access_key_id: Any = self._access_key_id

        bucket_name: Any = self._bucket_name

        secret_access_key: Any = self._secret_access_key

        endpoint: Any = self.endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = headers.to_dict()

        path_template: Any = self.path_template

        prefix: Any = self.prefix

        region: Any = self.region

        session_token: Any = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if access_key_id is not UNSET:
            field_dict["accessKeyId"] = access_key_id
        if bucket_name is not UNSET:
            field_dict["bucketName"] = bucket_name
        if secret_access_key is not UNSET:
            field_dict["secretAccessKey"] = secret_access_key
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if headers is not UNSET:
            field_dict["headers"] = headers
        if path_template is not UNSET:
            field_dict["pathTemplate"] = path_template
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if region is not UNSET:
            field_dict["region"] = region
        if session_token is not UNSET:
            field_dict["sessionToken"] = session_token

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityS3DestinationConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "accessKeyId" not in data:
            return False
        if "bucketName" not in data:
            return False
        if "secretAccessKey" not in data:
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
                    f"ObservabilityS3DestinationConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            access_key_id = d.get("accessKeyId", UNSET)

            bucket_name = d.get("bucketName", UNSET)

            secret_access_key = d.get("secretAccessKey", UNSET)

            endpoint = d.get("endpoint", UNSET)

            _field = "headers"
            _raw_headers = d.get("headers", UNSET)
            headers: Any = _raw_headers
            if _raw_headers is not None and _raw_headers is not UNSET:
                headers = ObservabilityS3DestinationConfigHeaders.from_dict(_raw_headers)

            path_template = d.get("pathTemplate", UNSET)

            prefix = d.get("prefix", UNSET)

            region = d.get("region", UNSET)

            session_token = d.get("sessionToken", UNSET)

        except FieldParseError as error:
            raise error.within("ObservabilityS3DestinationConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityS3DestinationConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_s3_destination_config = cls(
            access_key_id,
            bucket_name,
            secret_access_key,
            endpoint,
            headers,
            path_template,
            prefix,
            region,
            session_token,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_s3_destination_config.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_s3_destination_config

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


ObservabilityS3DestinationConfig.__annotations__ = ResolvingAnnotations(
    ObservabilityS3DestinationConfig.__annotations__, _resolve_lazy_imports
)
