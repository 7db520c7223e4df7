from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_interval import GuardrailInterval
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
    from ..models.content_filter_entry import ContentFilterEntry

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ContentFilterBuiltinEntry, ContentFilterEntry
    if _lazy_imports_resolved:
        return
    from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry  # noqa: PLC0415
    from ..models.content_filter_entry import ContentFilterEntry  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="Guardrail")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "created_at",
        "id",
        "include_byok_in_budgets",
        "name",
        "workspace_id",
        "allowed_models",
        "allowed_providers",
        "content_filter_builtins",
        "content_filters",
        "description",
        "enable_free_model_publication",
        "enable_free_model_training",
        "enable_paid_model_training",
        "enforce_zdr",
        "enforce_zdr_anthropic",
        "enforce_zdr_google",
        "enforce_zdr_openai",
        "enforce_zdr_other",
        "enforce_zdr_xai",
        "ignored_models",
        "ignored_providers",
        "limit_usd",
        "reset_interval",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class Guardrail:
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'], 'content_filter_builtins':
            [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at':
            '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enable_free_model_publication':
            False, 'enable_free_model_training': True, 'enable_paid_model_training': True, 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name': 'Production Guardrail',
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the guardrail was created Example: 2025-08-24T10:30:00Z.
        id (UUID): Unique identifier for the guardrail Example: 550e8400-e29b-41d4-a716-446655440000.
        include_byok_in_budgets (bool): Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's
            limit_usd, in addition to OpenRouter credit spend. Example: False.
        name (str): Name of the guardrail Example: Production Guardrail.
        workspace_id (None | str): The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail
            predating workspaces. Workspace membership organizes the guardrail; it does not apply the guardrail to the
            workspace's traffic. A `null` value does not mean the default workspace, and does not apply the guardrail across
            every workspace. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        allowed_models (list[str] | None | Unset): Array of model canonical_slugs (immutable identifiers) Example:
            ['openai/gpt-5.2-20251211', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None | Unset): List of allowed provider IDs Example: ['openai', 'anthropic',
            'google'].
        content_filter_builtins (list[ContentFilterBuiltinEntry] | None | Unset): Builtin content filters applied to
            requests. Includes PII detectors and the regex-based prompt injection detector. Example: [{'action': 'redact',
            'label': '[EMAIL]', 'slug': 'email'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters applied to request
            messages Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (None | str | Unset): Description of the guardrail Example: Guardrail for production environment.
        enable_free_model_publication (bool | None | Unset): Whether this guardrail allows free endpoints that publish
            prompts. Example: False.
        enable_free_model_training (bool | None | Unset): Whether this guardrail allows free endpoints that train on
            request data. Example: True.
        enable_paid_model_training (bool | None | Unset): Whether this guardrail allows paid endpoints that train on
            request data. Example: True.
        enforce_zdr (bool | None | Unset): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
            enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any
            of those per-provider fields that are not explicitly specified on the request. Example: False.
        enforce_zdr_anthropic (bool | None | Unset): Whether to enforce zero data retention for Anthropic models. Falls
            back to enforce_zdr when not provided. Example: False.
        enforce_zdr_google (bool | None | Unset): Whether to enforce zero data retention for Google models. Falls back
            to enforce_zdr when not provided. Example: False.
        enforce_zdr_openai (bool | None | Unset): Whether to enforce zero data retention for OpenAI models. Falls back
            to enforce_zdr when not provided. Example: False.
        enforce_zdr_other (bool | None | Unset): Whether to enforce zero data retention for models that are not from
            Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided. Example: False.
        enforce_zdr_xai (bool | None | Unset): Whether to enforce zero data retention for xAI models. Falls back to
            enforce_zdr when not provided. Example: False.
        ignored_models (list[str] | None | Unset): Array of model canonical_slugs to exclude from routing Example:
            ['openai/gpt-4o-mini-2024-07-18'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        limit_usd (float | None | Unset): Spending limit in USD Example: 100.
        reset_interval (GuardrailInterval | None | Unset):
        updated_at (None | str | Unset): ISO 8601 timestamp of when the guardrail was last updated Example:
            2025-08-24T15:45:00Z.
    """

    _created_at: str = _attrs_field(alias="created_at")
    _id: UUID = _attrs_field(alias="id")
    _include_byok_in_budgets: bool = _attrs_field(alias="include_byok_in_budgets")
    _name: str = _attrs_field(alias="name")
    _workspace_id: None | str = _attrs_field(alias="workspace_id")
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None | Unset = UNSET
    content_filters: list[ContentFilterEntry] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_free_model_publication: bool | None | Unset = UNSET
    enable_free_model_training: bool | None | Unset = UNSET
    enable_paid_model_training: bool | None | Unset = UNSET
    enforce_zdr: bool | None | Unset = UNSET
    enforce_zdr_anthropic: bool | None | Unset = UNSET
    enforce_zdr_google: bool | None | Unset = UNSET
    enforce_zdr_openai: bool | None | Unset = UNSET
    enforce_zdr_other: bool | None | Unset = UNSET
    enforce_zdr_xai: bool | None | Unset = UNSET
    ignored_models: list[str] | None | Unset = UNSET
    ignored_providers: list[str] | None | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("Guardrail", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("Guardrail", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def include_byok_in_budgets(self) -> bool:
        value: Any = self._include_byok_in_budgets
        if value is UNSET:
            raise MissingFieldError("Guardrail", "include_byok_in_budgets")
        return value

    @include_byok_in_budgets.setter
    def include_byok_in_budgets(self, value: bool) -> None:
        self._include_byok_in_budgets = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("Guardrail", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def workspace_id(self) -> None | str:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("Guardrail", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: None | str) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"created_at={self._created_at!r}, "
            f"id={self._id!r}, "
            f"include_byok_in_budgets={self._include_byok_in_budgets!r}, "
            f"name={self._name!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"allowed_models={self.allowed_models!r}, "
            f"allowed_providers={self.allowed_providers!r}, "
            f"content_filter_builtins={self.content_filter_builtins!r}, "
            f"content_filters={self.content_filters!r}, "
            f"description={self.description!r}, "
            f"enable_free_model_publication={self.enable_free_model_publication!r}, "
            f"enable_free_model_training={self.enable_free_model_training!r}, "
            f"enable_paid_model_training={self.enable_paid_model_training!r}, "
            f"enforce_zdr={self.enforce_zdr!r}, "
            f"enforce_zdr_anthropic={self.enforce_zdr_anthropic!r}, "
            f"enforce_zdr_google={self.enforce_zdr_google!r}, "
            f"enforce_zdr_openai={self.enforce_zdr_openai!r}, "
            f"enforce_zdr_other={self.enforce_zdr_other!r}, "
            f"enforce_zdr_xai={self.enforce_zdr_xai!r}, "
            f"ignored_models={self.ignored_models!r}, "
            f"ignored_providers={self.ignored_providers!r}, "
            f"limit_usd={self.limit_usd!r}, "
            f"reset_interval={self.reset_interval!r}, "
            f"updated_at={self.updated_at!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        created_at: Any = self._created_at

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        include_byok_in_budgets: Any = self._include_byok_in_budgets

        name: Any = self._name

        workspace_id: Any = self._workspace_id

        allowed_models: Any = self.allowed_models
        if not (isinstance(allowed_models, Unset) or allowed_models is None):
            if isinstance(self.allowed_models, list):
                allowed_models = self.allowed_models

            else:
                allowed_models = self.allowed_models

        allowed_providers: Any = self.allowed_providers
        if not (isinstance(allowed_providers, Unset) or allowed_providers is None):
            if isinstance(self.allowed_providers, list):
                allowed_providers = self.allowed_providers

            else:
                allowed_providers = self.allowed_providers

        content_filter_builtins: Any = self.content_filter_builtins
        if not (isinstance(content_filter_builtins, Unset) or content_filter_builtins is None):
            if isinstance(self.content_filter_builtins, list):
                content_filter_builtins = []
                for content_filter_builtins_type_0_item_data in self.content_filter_builtins:
                    content_filter_builtins_type_0_item = content_filter_builtins_type_0_item_data.to_dict()
                    content_filter_builtins.append(content_filter_builtins_type_0_item)

            else:
                content_filter_builtins = self.content_filter_builtins

        content_filters: Any = self.content_filters
        if not (isinstance(content_filters, Unset) or content_filters is None):
            if isinstance(self.content_filters, list):
                content_filters = []
                for content_filters_type_0_item_data in self.content_filters:
                    content_filters_type_0_item = content_filters_type_0_item_data.to_dict()
                    content_filters.append(content_filters_type_0_item)

            else:
                content_filters = self.content_filters

        description: Any = self.description

        enable_free_model_publication: Any = self.enable_free_model_publication

        enable_free_model_training: Any = self.enable_free_model_training

        enable_paid_model_training: Any = self.enable_paid_model_training

        enforce_zdr: Any = self.enforce_zdr

        enforce_zdr_anthropic: Any = self.enforce_zdr_anthropic

        enforce_zdr_google: Any = self.enforce_zdr_google

        enforce_zdr_openai: Any = self.enforce_zdr_openai

        enforce_zdr_other: Any = self.enforce_zdr_other

        enforce_zdr_xai: Any = self.enforce_zdr_xai

        ignored_models: Any = self.ignored_models
        if not (isinstance(ignored_models, Unset) or ignored_models is None):
            if isinstance(self.ignored_models, list):
                ignored_models = self.ignored_models

            else:
                ignored_models = self.ignored_models

        ignored_providers: Any = self.ignored_providers
        if not (isinstance(ignored_providers, Unset) or ignored_providers is None):
            if isinstance(self.ignored_providers, list):
                ignored_providers = self.ignored_providers

            else:
                ignored_providers = self.ignored_providers

        limit_usd: Any = self.limit_usd

        reset_interval: Any = self.reset_interval
        if not (isinstance(reset_interval, Unset) or reset_interval is None):
            if isinstance(self.reset_interval, GuardrailInterval):
                reset_interval = self.reset_interval.value
            else:
                reset_interval = self.reset_interval

        updated_at: Any = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_providers is not UNSET:
            field_dict["allowed_providers"] = allowed_providers
        if content_filter_builtins is not UNSET:
            field_dict["content_filter_builtins"] = content_filter_builtins
        if content_filters is not UNSET:
            field_dict["content_filters"] = content_filters
        if description is not UNSET:
            field_dict["description"] = description
        if enable_free_model_publication is not UNSET:
            field_dict["enable_free_model_publication"] = enable_free_model_publication
        if enable_free_model_training is not UNSET:
            field_dict["enable_free_model_training"] = enable_free_model_training
        if enable_paid_model_training is not UNSET:
            field_dict["enable_paid_model_training"] = enable_paid_model_training
        if enforce_zdr is not UNSET:
            field_dict["enforce_zdr"] = enforce_zdr
        if enforce_zdr_anthropic is not UNSET:
            field_dict["enforce_zdr_anthropic"] = enforce_zdr_anthropic
        if enforce_zdr_google is not UNSET:
            field_dict["enforce_zdr_google"] = enforce_zdr_google
        if enforce_zdr_openai is not UNSET:
            field_dict["enforce_zdr_openai"] = enforce_zdr_openai
        if enforce_zdr_other is not UNSET:
            field_dict["enforce_zdr_other"] = enforce_zdr_other
        if enforce_zdr_xai is not UNSET:
            field_dict["enforce_zdr_xai"] = enforce_zdr_xai
        if ignored_models is not UNSET:
            field_dict["ignored_models"] = ignored_models
        if ignored_providers is not UNSET:
            field_dict["ignored_providers"] = ignored_providers
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Guardrail and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "created_at" not in data:
            return False
        if "id" not in data:
            return False
        if "include_byok_in_budgets" not in data:
            return False
        if "name" not in data:
            return False
        if "workspace_id" not in data:
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
                    f"Guardrail is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            created_at = d.get("created_at", UNSET)

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            include_byok_in_budgets = d.get("include_byok_in_budgets", UNSET)

            name = d.get("name", UNSET)

            workspace_id = d.get("workspace_id", UNSET)

            _field = "allowed_models"
            _raw_allowed_models = d.get("allowed_models", UNSET)
            allowed_models: Any = _raw_allowed_models
            if _raw_allowed_models is not None and _raw_allowed_models is not UNSET:
                allowed_models = _parse_allowed_models(_raw_allowed_models)

            _field = "allowed_providers"
            _raw_allowed_providers = d.get("allowed_providers", UNSET)
            allowed_providers: Any = _raw_allowed_providers
            if _raw_allowed_providers is not None and _raw_allowed_providers is not UNSET:
                allowed_providers = _parse_allowed_providers(_raw_allowed_providers)

            _field = "content_filter_builtins"
            _raw_content_filter_builtins = d.get("content_filter_builtins", UNSET)
            content_filter_builtins: Any = _raw_content_filter_builtins
            if _raw_content_filter_builtins is not None and _raw_content_filter_builtins is not UNSET:
                content_filter_builtins = _parse_content_filter_builtins(_raw_content_filter_builtins)

            _field = "content_filters"
            _raw_content_filters = d.get("content_filters", UNSET)
            content_filters: Any = _raw_content_filters
            if _raw_content_filters is not None and _raw_content_filters is not UNSET:
                content_filters = _parse_content_filters(_raw_content_filters)

            description = d.get("description", UNSET)

            enable_free_model_publication = d.get("enable_free_model_publication", UNSET)

            enable_free_model_training = d.get("enable_free_model_training", UNSET)

            enable_paid_model_training = d.get("enable_paid_model_training", UNSET)

            enforce_zdr = d.get("enforce_zdr", UNSET)

            enforce_zdr_anthropic = d.get("enforce_zdr_anthropic", UNSET)

            enforce_zdr_google = d.get("enforce_zdr_google", UNSET)

            enforce_zdr_openai = d.get("enforce_zdr_openai", UNSET)

            enforce_zdr_other = d.get("enforce_zdr_other", UNSET)

            enforce_zdr_xai = d.get("enforce_zdr_xai", UNSET)

            _field = "ignored_models"
            _raw_ignored_models = d.get("ignored_models", UNSET)
            ignored_models: Any = _raw_ignored_models
            if _raw_ignored_models is not None and _raw_ignored_models is not UNSET:
                ignored_models = _parse_ignored_models(_raw_ignored_models)

            _field = "ignored_providers"
            _raw_ignored_providers = d.get("ignored_providers", UNSET)
            ignored_providers: Any = _raw_ignored_providers
            if _raw_ignored_providers is not None and _raw_ignored_providers is not UNSET:
                ignored_providers = _parse_ignored_providers(_raw_ignored_providers)

            limit_usd = d.get("limit_usd", UNSET)

            _field = "reset_interval"
            _raw_reset_interval = d.get("reset_interval", UNSET)
            reset_interval: Any = _raw_reset_interval
            if _raw_reset_interval is not None and _raw_reset_interval is not UNSET:
                reset_interval = _parse_reset_interval(_raw_reset_interval)

            updated_at = d.get("updated_at", UNSET)

        except FieldParseError as error:
            raise error.within("Guardrail", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("Guardrail", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        guardrail = cls(
            created_at,
            id,
            include_byok_in_budgets,
            name,
            workspace_id,
            allowed_models,
            allowed_providers,
            content_filter_builtins,
            content_filters,
            description,
            enable_free_model_publication,
            enable_free_model_training,
            enable_paid_model_training,
            enforce_zdr,
            enforce_zdr_anthropic,
            enforce_zdr_google,
            enforce_zdr_openai,
            enforce_zdr_other,
            enforce_zdr_xai,
            ignored_models,
            ignored_providers,
            limit_usd,
            reset_interval,
            updated_at,
        )

        if not _DECLARED_KEYS.issuperset(d):
            guardrail.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return guardrail

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


Guardrail.__annotations__ = ResolvingAnnotations(Guardrail.__annotations__, _resolve_lazy_imports)


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


def _parse_allowed_providers(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_providers_type_0 = cast("list[str]", data)

        return allowed_providers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_content_filter_builtins(data: object) -> list[ContentFilterBuiltinEntry] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_filter_builtins_type_0 = [
            ContentFilterBuiltinEntry.from_dict(content_filter_builtins_type_0_item_data)
            for content_filter_builtins_type_0_item_data in data
        ]

        return content_filter_builtins_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ContentFilterBuiltinEntry] | None | Unset", data)


def _parse_content_filters(data: object) -> list[ContentFilterEntry] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_filters_type_0 = [
            ContentFilterEntry.from_dict(content_filters_type_0_item_data) for content_filters_type_0_item_data in data
        ]

        return content_filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ContentFilterEntry] | None | Unset", data)


def _parse_ignored_models(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        ignored_models_type_0 = cast("list[str]", data)

        return ignored_models_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_ignored_providers(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        ignored_providers_type_0 = cast("list[str]", data)

        return ignored_providers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_reset_interval(data: object) -> GuardrailInterval | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if GuardrailInterval.is_known(data):
        try:
            reset_interval_type_0 = GuardrailInterval._value2member_map_.get(data) or GuardrailInterval._parse(data)

            return reset_interval_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        reset_interval_type_0 = GuardrailInterval._value2member_map_.get(data) or GuardrailInterval._parse(data)

        return reset_interval_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("GuardrailInterval | None | Unset", data)
