from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observability_s3_destination_config_headers import ObservabilityS3DestinationConfigHeaders

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityS3DestinationConfigHeaders
    from ..models.observability_s3_destination_config_headers import ObservabilityS3DestinationConfigHeaders  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityS3DestinationConfig")


@_attrs_define
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

    access_key_id: str
    bucket_name: str
    secret_access_key: str
    endpoint: str | Unset = UNSET
    headers: ObservabilityS3DestinationConfigHeaders | Unset = UNSET
    path_template: str | Unset = "{prefix}/{date}"
    prefix: str | Unset = "openrouter-traces"
    region: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        access_key_id: Any = self.access_key_id

        bucket_name: Any = self.bucket_name

        secret_access_key: Any = self.secret_access_key

        endpoint: Any = self.endpoint

        headers: Any = self.headers
        if not (isinstance(headers, Unset) or headers is None):
            headers = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

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
        d = dict(src_dict)
        access_key_id = d.pop("accessKeyId", UNSET)

        bucket_name = d.pop("bucketName", UNSET)

        secret_access_key = d.pop("secretAccessKey", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        _raw_headers = d.pop("headers", UNSET)
        headers: Any = _raw_headers
        if _raw_headers is not None and _raw_headers is not UNSET:
            _headers = _raw_headers
            headers: ObservabilityS3DestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityS3DestinationConfigHeaders.from_dict(_headers)

        path_template = d.pop("pathTemplate", UNSET)

        prefix = d.pop("prefix", UNSET)

        region = d.pop("region", UNSET)

        session_token = d.pop("sessionToken", UNSET)

        observability_s3_destination_config = cls(
            access_key_id=access_key_id,
            bucket_name=bucket_name,
            secret_access_key=secret_access_key,
            endpoint=endpoint,
            headers=headers,
            path_template=path_template,
            prefix=prefix,
            region=region,
            session_token=session_token,
        )

        observability_s3_destination_config.additional_properties = d
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
