from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, Unset

T = TypeVar("T", bound="UpdateBYOKKeyRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"allowed_api_key_hashes", "allowed_models", "allowed_user_ids", "disabled", "is_fallback", "key", "name"}
)


@_attrs_define(repr=False)
class UpdateBYOKKeyRequest:
    """
    Example:
        {'disabled': False, 'name': 'Updated OpenAI Key'}

    Attributes:
        allowed_api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes
            (`api_keys.hash`) that may use this credential. `null` clears the restriction. Must contain at least one hash if
            provided. Hashes that do not belong to your account return a 400. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None | Unset): Optional allowlist of model slugs this credential may be used for.
            `null` means no restriction.
        allowed_user_ids (list[str] | None | Unset): Optional allowlist of user IDs that may use this credential. `null`
            means no restriction.
        disabled (bool | Unset): Whether this credential is disabled. Example: False.
        is_fallback (bool | Unset): Whether this credential is treated as a fallback — used only after non-fallback keys
            for the same provider have been tried. Example: False.
        key (str | Unset): A new raw provider API key to rotate the credential in-place. The previous key material is
            overwritten and the masked label is regenerated. Encrypted at rest and never returned in API responses. Example:
            sk-proj-newkey456....
        name (None | str | Unset): Optional human-readable name for the credential. Example: Updated OpenAI Key.
    """

    allowed_api_key_hashes: list[str] | None | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    allowed_user_ids: list[str] | None | Unset = UNSET
    disabled: bool | Unset = UNSET
    is_fallback: bool | Unset = UNSET
    key: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_api_key_hashes={self.allowed_api_key_hashes!r}, "
            f"allowed_models={self.allowed_models!r}, "
            f"allowed_user_ids={self.allowed_user_ids!r}, "
            f"disabled={self.disabled!r}, "
            f"is_fallback={self.is_fallback!r}, "
            f"key={self.key!r}, "
            f"name={self.name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
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

        key: Any = self.key

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of UpdateBYOKKeyRequest and its fixed values."""
        if not isinstance(data, Mapping):
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
                    f"UpdateBYOKKeyRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
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

            key = d.get("key", UNSET)

            name = d.get("name", UNSET)

        except FieldParseError as error:
            raise error.within("UpdateBYOKKeyRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("UpdateBYOKKeyRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        update_byok_key_request = cls(
            allowed_api_key_hashes,
            allowed_models,
            allowed_user_ids,
            disabled,
            is_fallback,
            key,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            update_byok_key_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return update_byok_key_request

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
