from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.byok_provider_slug import BYOKProviderSlug
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="CreateBYOKKeyRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "provider",
        "allowed_api_key_hashes",
        "allowed_models",
        "allowed_user_ids",
        "disabled",
        "is_fallback",
        "name",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class CreateBYOKKeyRequest:
    """
    Example:
        {'key': 'sk-proj-abc123...', 'name': 'Production OpenAI Key', 'provider': 'openai'}

    Attributes:
        key (str): The raw provider API key or credential. This value is encrypted at rest and never returned in API
            responses. Example: sk-proj-abc123....
        provider (BYOKProviderSlug): The upstream provider this credential authenticates against, as a lowercase slug
            (e.g. `openai`, `anthropic`, `amazon-bedrock`). Example: openai.
        allowed_api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes
            (`api_keys.hash`) that may use this credential. `null` means no restriction. Must contain at least one hash if
            provided. Hashes that do not belong to your account return a 400. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None | Unset): Optional allowlist of model slugs this credential may be used for.
            `null` means no restriction.
        allowed_user_ids (list[str] | None | Unset): Optional allowlist of user IDs that may use this credential. `null`
            means no restriction.
        disabled (bool | Unset): Whether this credential should be created in a disabled state. Example: False.
        is_fallback (bool | Unset): Whether this credential is treated as a fallback — used only after non-fallback keys
            for the same provider have been tried. Example: False.
        name (None | str | Unset): Optional human-readable name for the credential. Example: Production OpenAI Key.
        workspace_id (UUID | Unset): Optional workspace ID to scope the credential to. When omitted, the credential is
            created in the account's default workspace; if that default has been deleted, the request returns a 400 and you
            must pass `workspace_id` explicitly. Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    _key: str = _attrs_field(alias="key")
    _provider: BYOKProviderSlug = _attrs_field(alias="provider")
    allowed_api_key_hashes: list[str] | None | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    allowed_user_ids: list[str] | None | Unset = UNSET
    disabled: bool | Unset = UNSET
    is_fallback: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def key(self) -> str:
        value: Any = self._key
        if value is UNSET:
            raise MissingFieldError("CreateBYOKKeyRequest", "key")
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    @property
    def provider(self) -> BYOKProviderSlug:
        value: Any = self._provider
        if value is UNSET:
            raise MissingFieldError("CreateBYOKKeyRequest", "provider")
        return value

    @provider.setter
    def provider(self, value: BYOKProviderSlug) -> None:
        self._provider = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"key={self._key!r}, "
            f"provider={self._provider!r}, "
            f"allowed_api_key_hashes={self.allowed_api_key_hashes!r}, "
            f"allowed_models={self.allowed_models!r}, "
            f"allowed_user_ids={self.allowed_user_ids!r}, "
            f"disabled={self.disabled!r}, "
            f"is_fallback={self.is_fallback!r}, "
            f"name={self.name!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        key: Any = self._key

        provider: Any = self._provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = self._provider.value

        allowed_api_key_hashes: Any = self.allowed_api_key_hashes
        if not (isinstance(allowed_api_key_hashes, Unset) or allowed_api_key_hashes is None):
            if isinstance(self.allowed_api_key_hashes, list):
                allowed_api_key_hashes = self.allowed_api_key_hashes

            else:
                allowed_api_key_hashes = self.allowed_api_key_hashes

        allowed_models: Any = self.allowed_models
        if not (isinstance(allowed_models, Unset) or allowed_models is None):
            if isinstance(self.allowed_models, list):
                allowed_models = self.allowed_models

            else:
                allowed_models = self.allowed_models

        allowed_user_ids: Any = self.allowed_user_ids
        if not (isinstance(allowed_user_ids, Unset) or allowed_user_ids is None):
            if isinstance(self.allowed_user_ids, list):
                allowed_user_ids = self.allowed_user_ids

            else:
                allowed_user_ids = self.allowed_user_ids

        disabled: Any = self.disabled

        is_fallback: Any = self.is_fallback

        name: Any = self.name

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if key is not UNSET:
            field_dict["key"] = key
        if provider is not UNSET:
            field_dict["provider"] = provider
        if allowed_api_key_hashes is not UNSET:
            field_dict["allowed_api_key_hashes"] = allowed_api_key_hashes
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_user_ids is not UNSET:
            field_dict["allowed_user_ids"] = allowed_user_ids
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if is_fallback is not UNSET:
            field_dict["is_fallback"] = is_fallback
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateBYOKKeyRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "key" not in data:
            return False
        if "provider" not in data:
            return False
        if "provider" in data and not BYOKProviderSlug.is_known(data["provider"]):
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
                    f"CreateBYOKKeyRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            key = d.get("key", UNSET)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = BYOKProviderSlug._value2member_map_.get(_raw_provider) or BYOKProviderSlug._parse(
                    _raw_provider
                )

            _field = "allowed_api_key_hashes"
            _raw_allowed_api_key_hashes = d.get("allowed_api_key_hashes", UNSET)
            allowed_api_key_hashes: Any = _raw_allowed_api_key_hashes
            if _raw_allowed_api_key_hashes is not None and _raw_allowed_api_key_hashes is not UNSET:
                allowed_api_key_hashes = _parse_allowed_api_key_hashes(_raw_allowed_api_key_hashes)

            _field = "allowed_models"
            _raw_allowed_models = d.get("allowed_models", UNSET)
            allowed_models: Any = _raw_allowed_models
            if _raw_allowed_models is not None and _raw_allowed_models is not UNSET:
                allowed_models = _parse_allowed_models(_raw_allowed_models)

            _field = "allowed_user_ids"
            _raw_allowed_user_ids = d.get("allowed_user_ids", UNSET)
            allowed_user_ids: Any = _raw_allowed_user_ids
            if _raw_allowed_user_ids is not None and _raw_allowed_user_ids is not UNSET:
                allowed_user_ids = _parse_allowed_user_ids(_raw_allowed_user_ids)

            disabled = d.get("disabled", UNSET)

            is_fallback = d.get("is_fallback", UNSET)

            name = d.get("name", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("CreateBYOKKeyRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateBYOKKeyRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_byok_key_request = cls(
            key,
            provider,
            allowed_api_key_hashes,
            allowed_models,
            allowed_user_ids,
            disabled,
            is_fallback,
            name,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_byok_key_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_byok_key_request

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


def _parse_allowed_api_key_hashes(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_api_key_hashes_type_0 = cast("list[str]", data)

        return allowed_api_key_hashes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_allowed_models(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_models_type_0 = cast("list[str]", data)

        return allowed_models_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_allowed_user_ids(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_user_ids_type_0 = cast("list[str]", data)

        return allowed_user_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)
