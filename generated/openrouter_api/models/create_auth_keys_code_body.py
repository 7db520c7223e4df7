from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_auth_keys_code_body_code_challenge_method import CreateAuthKeysCodeBodyCodeChallengeMethod
from ..models.create_auth_keys_code_body_usage_limit_type import CreateAuthKeysCodeBodyUsageLimitType
from ..types import UNSET, FieldParseError, MissingFieldError, Unset, parse_datetime

T = TypeVar("T", bound="CreateAuthKeysCodeBody")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "callback_url",
        "code_challenge",
        "code_challenge_method",
        "expires_at",
        "key_label",
        "limit",
        "spawn_agent",
        "spawn_cloud",
        "usage_limit_type",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class CreateAuthKeysCodeBody:
    """
    Example:
        {'callback_url': 'https://myapp.com/auth/callback', 'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-
            cM', 'code_challenge_method': 'S256', 'limit': 100}

    Attributes:
        callback_url (str): The callback URL to redirect to after authorization. Supports https URLs and
            localhost/127.0.0.1 URLs on any port for local CLI tools. Example: https://myapp.com/auth/callback.
        code_challenge (str | Unset): PKCE code challenge for enhanced security Example:
            E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM.
        code_challenge_method (CreateAuthKeysCodeBodyCodeChallengeMethod | Unset): The method used to generate the code
            challenge Example: S256.
        expires_at (datetime.datetime | None | Unset): Optional expiration time for the API key to be created Example:
            2027-12-31T23:59:59Z.
        key_label (str | Unset): Optional custom label for the API key. Defaults to the app name if not provided.
            Example: My Custom Key.
        limit (float | Unset): Credit limit for the API key to be created Example: 100.
        spawn_agent (str | Unset): Agent identifier for spawn telemetry Example: my-agent.
        spawn_cloud (str | Unset): Cloud identifier for spawn telemetry Example: aws-us-east-1.
        usage_limit_type (CreateAuthKeysCodeBodyUsageLimitType | Unset): Optional credit limit reset interval. When set,
            the credit limit resets on this interval. Example: monthly.
        workspace_id (UUID | Unset): Optional workspace ID to associate the API key with
    """

    _callback_url: str = _attrs_field(alias="callback_url")
    code_challenge: str | Unset = UNSET
    code_challenge_method: CreateAuthKeysCodeBodyCodeChallengeMethod | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    key_label: str | Unset = UNSET
    limit: float | Unset = UNSET
    spawn_agent: str | Unset = UNSET
    spawn_cloud: str | Unset = UNSET
    usage_limit_type: CreateAuthKeysCodeBodyUsageLimitType | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def callback_url(self) -> str:
        value: Any = self._callback_url
        if value is UNSET:
            raise MissingFieldError("CreateAuthKeysCodeBody", "callback_url")
        return value

    @callback_url.setter
    def callback_url(self, value: str) -> None:
        self._callback_url = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"callback_url={self._callback_url!r}, "
            f"code_challenge={self.code_challenge!r}, "
            f"code_challenge_method={self.code_challenge_method!r}, "
            f"expires_at={self.expires_at!r}, "
            f"key_label={self.key_label!r}, "
            f"limit={self.limit!r}, "
            f"spawn_agent={self.spawn_agent!r}, "
            f"spawn_cloud={self.spawn_cloud!r}, "
            f"usage_limit_type={self.usage_limit_type!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        callback_url: Any = self._callback_url

        code_challenge: Any = self.code_challenge

        code_challenge_method: Any = self.code_challenge_method
        if not (isinstance(code_challenge_method, Unset) or code_challenge_method is None):
            code_challenge_method = code_challenge_method.value

        expires_at: Any = self.expires_at
        if not (isinstance(expires_at, Unset) or expires_at is None):
            if isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at

        key_label: Any = self.key_label

        limit: Any = self.limit

        spawn_agent: Any = self.spawn_agent

        spawn_cloud: Any = self.spawn_cloud

        usage_limit_type: Any = self.usage_limit_type
        if not (isinstance(usage_limit_type, Unset) or usage_limit_type is None):
            usage_limit_type = usage_limit_type.value

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if code_challenge is not UNSET:
            field_dict["code_challenge"] = code_challenge
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if key_label is not UNSET:
            field_dict["key_label"] = key_label
        if limit is not UNSET:
            field_dict["limit"] = limit
        if spawn_agent is not UNSET:
            field_dict["spawn_agent"] = spawn_agent
        if spawn_cloud is not UNSET:
            field_dict["spawn_cloud"] = spawn_cloud
        if usage_limit_type is not UNSET:
            field_dict["usage_limit_type"] = usage_limit_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateAuthKeysCodeBody and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "callback_url" not in data:
            return False
        if "code_challenge_method" in data and not CreateAuthKeysCodeBodyCodeChallengeMethod.is_known(
            data["code_challenge_method"]
        ):
            return False
        if "usage_limit_type" in data and not CreateAuthKeysCodeBodyUsageLimitType.is_known(data["usage_limit_type"]):
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
                    f"CreateAuthKeysCodeBody is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            callback_url = d.get("callback_url", UNSET)

            code_challenge = d.get("code_challenge", UNSET)

            _field = "code_challenge_method"
            _raw_code_challenge_method = d.get("code_challenge_method", UNSET)
            code_challenge_method: Any = _raw_code_challenge_method
            if _raw_code_challenge_method is not None and _raw_code_challenge_method is not UNSET:
                code_challenge_method = CreateAuthKeysCodeBodyCodeChallengeMethod._value2member_map_.get(
                    _raw_code_challenge_method
                ) or CreateAuthKeysCodeBodyCodeChallengeMethod._parse(_raw_code_challenge_method)

            _field = "expires_at"
            _raw_expires_at = d.get("expires_at", UNSET)
            expires_at: Any = _raw_expires_at
            if _raw_expires_at is not None and _raw_expires_at is not UNSET:
                expires_at = _parse_expires_at(_raw_expires_at)

            key_label = d.get("key_label", UNSET)

            limit = d.get("limit", UNSET)

            spawn_agent = d.get("spawn_agent", UNSET)

            spawn_cloud = d.get("spawn_cloud", UNSET)

            _field = "usage_limit_type"
            _raw_usage_limit_type = d.get("usage_limit_type", UNSET)
            usage_limit_type: Any = _raw_usage_limit_type
            if _raw_usage_limit_type is not None and _raw_usage_limit_type is not UNSET:
                usage_limit_type = CreateAuthKeysCodeBodyUsageLimitType._value2member_map_.get(
                    _raw_usage_limit_type
                ) or CreateAuthKeysCodeBodyUsageLimitType._parse(_raw_usage_limit_type)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("CreateAuthKeysCodeBody", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateAuthKeysCodeBody", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_auth_keys_code_body = cls(
            callback_url,
            code_challenge,
            code_challenge_method,
            expires_at,
            key_label,
            limit,
            spawn_agent,
            spawn_cloud,
            usage_limit_type,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_auth_keys_code_body.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_auth_keys_code_body

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


def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, str):
            raise TypeError()
        expires_at_type_0 = parse_datetime(data)

        return expires_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("datetime.datetime | None | Unset", data)
