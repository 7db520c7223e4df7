from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.byok_provider_slug import BYOKProviderSlug
from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="BYOKKey")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "allowed_api_key_hashes",
        "allowed_models",
        "allowed_user_ids",
        "created_at",
        "disabled",
        "id",
        "is_fallback",
        "label",
        "provider",
        "sort_order",
        "workspace_id",
        "name",
    }
)


@_attrs_define(repr=False)
class BYOKKey:
    """
    Example:
        {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None, 'created_at':
            '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555', 'is_fallback': False,
            'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai', 'sort_order': 0, 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        allowed_api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`)
            that may use this credential. `null` means no restriction. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None): Optional allowlist of model slugs this credential may be used for. `null`
            means no restriction.
        allowed_user_ids (list[str] | None): Optional allowlist of user IDs that may use this credential. `null` means
            no restriction.
        created_at (str): ISO timestamp of when the credential was created. Example: 2025-08-24T10:30:00Z.
        disabled (bool): Whether this credential is currently disabled. Example: False.
        id (UUID): Stable public identifier for this BYOK credential. Example: 11111111-2222-3333-4444-555555555555.
        is_fallback (bool): Whether this credential is treated as a fallback — used only after non-fallback keys for the
            same provider have been tried. Example: False.
        label (str): Short masked snippet of the key (e.g. the first/last few characters) used to identify it in the UI.
            Example: sk-...AbCd.
        provider (BYOKProviderSlug): The upstream provider this credential authenticates against, as a lowercase slug
            (e.g. `openai`, `anthropic`, `amazon-bedrock`). Example: openai.
        sort_order (int): Position within the provider — credentials are tried in ascending sort order. Example: 0.
        workspace_id (None | UUID): The workspace this credential is scoped to, or `null` when it is global — usable
            across every workspace in the account. A `null` value does not mean the default workspace. Example:
            550e8400-e29b-41d4-a716-446655440000.
        name (None | str | Unset): Optional human-readable name for the credential. Example: Production OpenAI Key.
    """

    _allowed_api_key_hashes: list[str] | None = _attrs_field(alias="allowed_api_key_hashes")
    _allowed_models: list[str] | None = _attrs_field(alias="allowed_models")
    _allowed_user_ids: list[str] | None = _attrs_field(alias="allowed_user_ids")
    _created_at: str = _attrs_field(alias="created_at")
    _disabled: bool = _attrs_field(alias="disabled")
    _id: UUID = _attrs_field(alias="id")
    _is_fallback: bool = _attrs_field(alias="is_fallback")
    _label: str = _attrs_field(alias="label")
    _provider: BYOKProviderSlug = _attrs_field(alias="provider")
    _sort_order: int = _attrs_field(alias="sort_order")
    _workspace_id: None | UUID = _attrs_field(alias="workspace_id")
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def allowed_api_key_hashes(self) -> list[str] | None:
        value: Any = self._allowed_api_key_hashes
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "allowed_api_key_hashes")
        return value

    @allowed_api_key_hashes.setter
    def allowed_api_key_hashes(self, value: list[str] | None) -> None:
        self._allowed_api_key_hashes = value

    @property
    def allowed_models(self) -> list[str] | None:
        value: Any = self._allowed_models
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "allowed_models")
        return value

    @allowed_models.setter
    def allowed_models(self, value: list[str] | None) -> None:
        self._allowed_models = value

    @property
    def allowed_user_ids(self) -> list[str] | None:
        value: Any = self._allowed_user_ids
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "allowed_user_ids")
        return value

    @allowed_user_ids.setter
    def allowed_user_ids(self, value: list[str] | None) -> None:
        self._allowed_user_ids = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def disabled(self) -> bool:
        value: Any = self._disabled
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "disabled")
        return value

    @disabled.setter
    def disabled(self, value: bool) -> None:
        self._disabled = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def is_fallback(self) -> bool:
        value: Any = self._is_fallback
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "is_fallback")
        return value

    @is_fallback.setter
    def is_fallback(self, value: bool) -> None:
        self._is_fallback = value

    @property
    def label(self) -> str:
        value: Any = self._label
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "label")
        return value

    @label.setter
    def label(self, value: str) -> None:
        self._label = value

    @property
    def provider(self) -> BYOKProviderSlug:
        value: Any = self._provider
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "provider")
        return value

    @provider.setter
    def provider(self, value: BYOKProviderSlug) -> None:
        self._provider = value

    @property
    def sort_order(self) -> int:
        value: Any = self._sort_order
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "sort_order")
        return value

    @sort_order.setter
    def sort_order(self, value: int) -> None:
        self._sort_order = value

    @property
    def workspace_id(self) -> None | UUID:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("BYOKKey", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: None | UUID) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"allowed_api_key_hashes={self._allowed_api_key_hashes!r}, "
            f"allowed_models={self._allowed_models!r}, "
            f"allowed_user_ids={self._allowed_user_ids!r}, "
            f"created_at={self._created_at!r}, "
            f"disabled={self._disabled!r}, "
            f"id={self._id!r}, "
            f"is_fallback={self._is_fallback!r}, "
            f"label={self._label!r}, "
            f"provider={self._provider!r}, "
            f"sort_order={self._sort_order!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"name={self.name!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        allowed_api_key_hashes: Any = self._allowed_api_key_hashes
        if not (isinstance(allowed_api_key_hashes, Unset) or allowed_api_key_hashes is None):
            if isinstance(self._allowed_api_key_hashes, list):
                allowed_api_key_hashes = self._allowed_api_key_hashes

            else:
                allowed_api_key_hashes = self._allowed_api_key_hashes

        allowed_models: Any = self._allowed_models
        if not (isinstance(allowed_models, Unset) or allowed_models is None):
            if isinstance(self._allowed_models, list):
                allowed_models = self._allowed_models

            else:
                allowed_models = self._allowed_models

        allowed_user_ids: Any = self._allowed_user_ids
        if not (isinstance(allowed_user_ids, Unset) or allowed_user_ids is None):
            if isinstance(self._allowed_user_ids, list):
                allowed_user_ids = self._allowed_user_ids

            else:
                allowed_user_ids = self._allowed_user_ids

        created_at: Any = self._created_at

        disabled: Any = self._disabled

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        is_fallback: Any = self._is_fallback

        label: Any = self._label

        provider: Any = self._provider
        if not (isinstance(provider, Unset) or provider is None):
            provider = self._provider.value

        sort_order: Any = self._sort_order

        workspace_id: Any = self._workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            if isinstance(self._workspace_id, UUID):
                workspace_id = str(self._workspace_id)
            else:
                workspace_id = self._workspace_id

        name: Any = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if allowed_api_key_hashes is not UNSET:
            field_dict["allowed_api_key_hashes"] = allowed_api_key_hashes
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_user_ids is not UNSET:
            field_dict["allowed_user_ids"] = allowed_user_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if id is not UNSET:
            field_dict["id"] = id
        if is_fallback is not UNSET:
            field_dict["is_fallback"] = is_fallback
        if label is not UNSET:
            field_dict["label"] = label
        if provider is not UNSET:
            field_dict["provider"] = provider
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BYOKKey and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "allowed_api_key_hashes" not in data:
            return False
        if "allowed_models" not in data:
            return False
        if "allowed_user_ids" not in data:
            return False
        if "created_at" not in data:
            return False
        if "disabled" not in data:
            return False
        if "id" not in data:
            return False
        if "is_fallback" not in data:
            return False
        if "label" not in data:
            return False
        if "provider" not in data:
            return False
        if "provider" in data and not BYOKProviderSlug.is_known(data["provider"]):
            return False
        if "sort_order" not in data:
            return False
        if "workspace_id" not in data:
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
                    f"BYOKKey is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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

            created_at = d.get("created_at", UNSET)

            disabled = d.get("disabled", UNSET)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            is_fallback = d.get("is_fallback", UNSET)

            label = d.get("label", UNSET)

            _field = "provider"
            _raw_provider = d.get("provider", UNSET)
            provider: Any = _raw_provider
            if _raw_provider is not None and _raw_provider is not UNSET:
                provider = BYOKProviderSlug._value2member_map_.get(_raw_provider) or BYOKProviderSlug._parse(
                    _raw_provider
                )

            sort_order = d.get("sort_order", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = _parse_workspace_id(_raw_workspace_id)

            name = d.get("name", UNSET)

        except FieldParseError as error:
            raise error.within("BYOKKey", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BYOKKey", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        byok_key = cls(
            allowed_api_key_hashes,
            allowed_models,
            allowed_user_ids,
            created_at,
            disabled,
            id,
            is_fallback,
            label,
            provider,
            sort_order,
            workspace_id,
            name,
        )

        if not _DECLARED_KEYS.issuperset(d):
            byok_key.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return byok_key

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


def _parse_allowed_api_key_hashes(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_api_key_hashes_type_0 = cast("list[str]", data)

        return allowed_api_key_hashes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None", data)


def _parse_allowed_models(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_models_type_0 = cast("list[str]", data)

        return allowed_models_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None", data)


def _parse_allowed_user_ids(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_user_ids_type_0 = cast("list[str]", data)

        return allowed_user_ids_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None", data)


def _parse_workspace_id(data: object) -> None | UUID:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        workspace_id_type_0 = UUID(data)

        return workspace_id_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | UUID", data)
