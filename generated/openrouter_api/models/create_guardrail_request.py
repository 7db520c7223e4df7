from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_interval import GuardrailInterval
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
    from ..models.content_filter_entry import ContentFilterEntry

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ContentFilterBuiltinEntryInput, ContentFilterEntry
    if _lazy_imports_resolved:
        return
    from ..models.content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput  # noqa: PLC0415
    from ..models.content_filter_entry import ContentFilterEntry  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateGuardrailRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "name",
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
        "include_byok_in_budgets",
        "limit_usd",
        "reset_interval",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class CreateGuardrailRequest:
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins':
            [{'action': 'block', 'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'ignored_models': None, 'ignored_providers': None,
            'limit_usd': 50, 'name': 'My New Guardrail', 'reset_interval': 'monthly'}

    Attributes:
        name (str): Name for the new guardrail Example: My New Guardrail.
        allowed_models (list[str] | None | Unset): Array of model identifiers (slug or canonical_slug accepted) Example:
            ['openai/gpt-5.2', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None | Unset): List of allowed provider IDs Example: ['openai', 'anthropic',
            'deepseek'].
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None | Unset): Builtin content filters to apply.
            Every builtin slug supports "block", "redact", and the detect-only "flag" action. Example: [{'action': 'block',
            'slug': 'regex-prompt-injection'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters to apply to request
            messages Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (None | str | Unset): Description of the guardrail Example: A guardrail for limiting API usage.
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
        ignored_models (list[str] | None | Unset): Array of model identifiers to exclude from routing (slug or
            canonical_slug accepted) Example: ['openai/gpt-4o-mini'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) inference spend counts toward this
            guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false. Example: False.
        limit_usd (float | None | Unset): Spending limit in USD Example: 50.
        reset_interval (GuardrailInterval | None | Unset):
        workspace_id (UUID | Unset): The workspace to create the guardrail in. When omitted, the guardrail is created in
            the default workspace; if that default has been deleted, the request returns a 400 and you must pass
            `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces
            nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a
            workspace, update the workspace's default guardrail instead. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    _name: str = _attrs_field(alias="name")
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | None | Unset = UNSET
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
    include_byok_in_budgets: bool | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("CreateGuardrailRequest", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"name={self._name!r}, "
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
            f"include_byok_in_budgets={self.include_byok_in_budgets!r}, "
            f"limit_usd={self.limit_usd!r}, "
            f"reset_interval={self.reset_interval!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        name: Any = self._name

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

        include_byok_in_budgets: Any = self.include_byok_in_budgets

        limit_usd: Any = self.limit_usd

        reset_interval: Any = self.reset_interval
        if not (isinstance(reset_interval, Unset) or reset_interval is None):
            if isinstance(self.reset_interval, GuardrailInterval):
                reset_interval = self.reset_interval.value
            else:
                reset_interval = self.reset_interval

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if name is not UNSET:
            field_dict["name"] = name
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
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateGuardrailRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "name" not in data:
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
                    f"CreateGuardrailRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            name = d.get("name", UNSET)

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

            include_byok_in_budgets = d.get("include_byok_in_budgets", UNSET)

            limit_usd = d.get("limit_usd", UNSET)

            _field = "reset_interval"
            _raw_reset_interval = d.get("reset_interval", UNSET)
            reset_interval: Any = _raw_reset_interval
            if _raw_reset_interval is not None and _raw_reset_interval is not UNSET:
                reset_interval = _parse_reset_interval(_raw_reset_interval)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("CreateGuardrailRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateGuardrailRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_guardrail_request = cls(
            name,
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
            include_byok_in_budgets,
            limit_usd,
            reset_interval,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_guardrail_request.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return create_guardrail_request

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


CreateGuardrailRequest.__annotations__ = ResolvingAnnotations(
    CreateGuardrailRequest.__annotations__, _resolve_lazy_imports
)


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


def _parse_content_filter_builtins(data: object) -> list[ContentFilterBuiltinEntryInput] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_filter_builtins_type_0 = [
            ContentFilterBuiltinEntryInput.from_dict(content_filter_builtins_type_0_item_data)
            for content_filter_builtins_type_0_item_data in data
        ]

        return content_filter_builtins_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[ContentFilterBuiltinEntryInput] | None | Unset", data)


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
