from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter import Parameter
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.default_parameters import DefaultParameters
    from ..models.model_alias_target import ModelAliasTarget
    from ..models.model_architecture import ModelArchitecture
    from ..models.model_benchmarks import ModelBenchmarks
    from ..models.model_links import ModelLinks
    from ..models.model_reasoning import ModelReasoning
    from ..models.per_request_limits import PerRequestLimits
    from ..models.public_pricing import PublicPricing
    from ..models.top_provider_info import TopProviderInfo

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        DefaultParameters, \
        ModelAliasTarget, \
        ModelArchitecture, \
        ModelBenchmarks, \
        ModelLinks, \
        ModelReasoning, \
        PerRequestLimits, \
        PublicPricing, \
        TopProviderInfo
    if _lazy_imports_resolved:
        return
    from ..models.default_parameters import DefaultParameters  # noqa: PLC0415
    from ..models.model_alias_target import ModelAliasTarget  # noqa: PLC0415
    from ..models.model_architecture import ModelArchitecture  # noqa: PLC0415
    from ..models.model_benchmarks import ModelBenchmarks  # noqa: PLC0415
    from ..models.model_links import ModelLinks  # noqa: PLC0415
    from ..models.model_reasoning import ModelReasoning  # noqa: PLC0415
    from ..models.per_request_limits import PerRequestLimits  # noqa: PLC0415
    from ..models.public_pricing import PublicPricing  # noqa: PLC0415
    from ..models.top_provider_info import TopProviderInfo  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="Model")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "architecture",
        "canonical_slug",
        "context_length",
        "created",
        "default_parameters",
        "id",
        "links",
        "name",
        "per_request_limits",
        "pricing",
        "supported_parameters",
        "supported_voices",
        "top_provider",
        "alias_target",
        "benchmarks",
        "description",
        "expiration_date",
        "hugging_face_id",
        "knowledge_cutoff",
        "reasoning",
    }
)


@_attrs_define(repr=False)
class Model:
    """Information about an AI model available on OpenRouter

    Example:
        {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'reasoning': {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False,
            'supported_efforts': ['high', 'medium', 'low', 'minimal']}, 'supported_parameters': ['temperature', 'top_p',
            'max_tokens'], 'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}

    Attributes:
        architecture (ModelArchitecture): Model architecture information Example: {'input_modalities': ['text'],
            'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer': 'GPT'}.
        canonical_slug (str): Canonical slug for the model Example: openai/gpt-4.
        context_length (int | None): Maximum context length in tokens Example: 8192.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        default_parameters (DefaultParameters | None):
        id (str): Unique identifier for the model Example: openai/gpt-4.
        links (ModelLinks): Related API endpoints and resources for this model. Example: {'details':
            '/api/v1/models/openai/gpt-5.4/endpoints'}.
        name (str): Display name of the model Example: GPT-4.
        per_request_limits (None | PerRequestLimits):
        pricing (PublicPricing): Pricing information for the model Example: {'completion': '0.00006', 'image': '0',
            'prompt': '0.00003', 'request': '0'}.
        supported_parameters (list[Parameter]): List of supported parameters for this model
        supported_voices (list[str] | None): List of supported voice identifiers for TTS models. Null for non-TTS
            models.
        top_provider (TopProviderInfo): Information about the top provider for this model Example: {'context_length':
            8192, 'is_moderated': True, 'max_completion_tokens': 4096}.
        alias_target (ModelAliasTarget | Unset): Concrete model targeted by this tilde-latest alias, when applicable
            Example: {'name': 'Claude Sonnet 4.5', 'slug': 'anthropic/claude-sonnet-4.5'}.
        benchmarks (ModelBenchmarks | Unset): Third-party benchmark rankings for this model. Omitted when no benchmark
            data is available. Example: {'artificial_analysis': {'agentic_index': 55.8, 'coding_index': 63.2,
            'intelligence_index': 71.4}, 'design_arena': [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank':
            5, 'win_rate': 62.5}]}.
        description (str | Unset): Description of the model Example: GPT-4 is a large multimodal model that can solve
            difficult problems with greater accuracy..
        expiration_date (None | str | Unset): The date after which the model may be removed. ISO 8601 date string (YYYY-
            MM-DD) or null if no expiration. Example: 2025-06-01.
        hugging_face_id (None | str | Unset): Hugging Face model identifier, if applicable Example: microsoft/DialoGPT-
            medium.
        knowledge_cutoff (None | str | Unset): The date up to which the model was trained on data. ISO 8601 date string
            (YYYY-MM-DD) or null if unknown. Example: 2024-10-01.
        reasoning (ModelReasoning | Unset): Reasoning effort configuration. Omitted for non-reasoning models and dynamic
            router models. Example: {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False,
            'supported_efforts': ['high', 'medium', 'low', 'minimal']}.
    """

    _architecture: ModelArchitecture = _attrs_field(alias="architecture")
    _canonical_slug: str = _attrs_field(alias="canonical_slug")
    _context_length: int | None = _attrs_field(alias="context_length")
    _created: int = _attrs_field(alias="created")
    _default_parameters: DefaultParameters | None = _attrs_field(alias="default_parameters")
    _id: str = _attrs_field(alias="id")
    _links: ModelLinks = _attrs_field(alias="links")
    _name: str = _attrs_field(alias="name")
    _per_request_limits: None | PerRequestLimits = _attrs_field(alias="per_request_limits")
    _pricing: PublicPricing = _attrs_field(alias="pricing")
    _supported_parameters: list[Parameter] = _attrs_field(alias="supported_parameters")
    _supported_voices: list[str] | None = _attrs_field(alias="supported_voices")
    _top_provider: TopProviderInfo = _attrs_field(alias="top_provider")
    alias_target: ModelAliasTarget | Unset = UNSET
    benchmarks: ModelBenchmarks | Unset = UNSET
    description: str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    knowledge_cutoff: None | str | Unset = UNSET
    reasoning: ModelReasoning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def architecture(self) -> ModelArchitecture:
        value: Any = self._architecture
        if value is UNSET:
            raise MissingFieldError("Model", "architecture")
        return value

    @architecture.setter
    def architecture(self, value: ModelArchitecture) -> None:
        self._architecture = value

    @property
    def canonical_slug(self) -> str:
        value: Any = self._canonical_slug
        if value is UNSET:
            raise MissingFieldError("Model", "canonical_slug")
        return value

    @canonical_slug.setter
    def canonical_slug(self, value: str) -> None:
        self._canonical_slug = value

    @property
    def context_length(self) -> int | None:
        value: Any = self._context_length
        if value is UNSET:
            raise MissingFieldError("Model", "context_length")
        return value

    @context_length.setter
    def context_length(self, value: int | None) -> None:
        self._context_length = value

    @property
    def created(self) -> int:
        value: Any = self._created
        if value is UNSET:
            raise MissingFieldError("Model", "created")
        return value

    @created.setter
    def created(self, value: int) -> None:
        self._created = value

    @property
    def default_parameters(self) -> DefaultParameters | None:
        value: Any = self._default_parameters
        if value is UNSET:
            raise MissingFieldError("Model", "default_parameters")
        return value

    @default_parameters.setter
    def default_parameters(self, value: DefaultParameters | None) -> None:
        self._default_parameters = value

    @property
    def id(self) -> str:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("Model", "id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._id = value

    @property
    def links(self) -> ModelLinks:
        value: Any = self._links
        if value is UNSET:
            raise MissingFieldError("Model", "links")
        return value

    @links.setter
    def links(self, value: ModelLinks) -> None:
        self._links = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("Model", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def per_request_limits(self) -> None | PerRequestLimits:
        value: Any = self._per_request_limits
        if value is UNSET:
            raise MissingFieldError("Model", "per_request_limits")
        return value

    @per_request_limits.setter
    def per_request_limits(self, value: None | PerRequestLimits) -> None:
        self._per_request_limits = value

    @property
    def pricing(self) -> PublicPricing:
        value: Any = self._pricing
        if value is UNSET:
            raise MissingFieldError("Model", "pricing")
        return value

    @pricing.setter
    def pricing(self, value: PublicPricing) -> None:
        self._pricing = value

    @property
    def supported_parameters(self) -> list[Parameter]:
        value: Any = self._supported_parameters
        if value is UNSET:
            raise MissingFieldError("Model", "supported_parameters")
        return value

    @supported_parameters.setter
    def supported_parameters(self, value: list[Parameter]) -> None:
        self._supported_parameters = value

    @property
    def supported_voices(self) -> list[str] | None:
        value: Any = self._supported_voices
        if value is UNSET:
            raise MissingFieldError("Model", "supported_voices")
        return value

    @supported_voices.setter
    def supported_voices(self, value: list[str] | None) -> None:
        self._supported_voices = value

    @property
    def top_provider(self) -> TopProviderInfo:
        value: Any = self._top_provider
        if value is UNSET:
            raise MissingFieldError("Model", "top_provider")
        return value

    @top_provider.setter
    def top_provider(self, value: TopProviderInfo) -> None:
        self._top_provider = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"architecture={self._architecture!r}, "
            f"canonical_slug={self._canonical_slug!r}, "
            f"context_length={self._context_length!r}, "
            f"created={self._created!r}, "
            f"default_parameters={self._default_parameters!r}, "
            f"id={self._id!r}, "
            f"links={self._links!r}, "
            f"name={self._name!r}, "
            f"per_request_limits={self._per_request_limits!r}, "
            f"pricing={self._pricing!r}, "
            f"supported_parameters={self._supported_parameters!r}, "
            f"supported_voices={self._supported_voices!r}, "
            f"top_provider={self._top_provider!r}, "
            f"alias_target={self.alias_target!r}, "
            f"benchmarks={self.benchmarks!r}, "
            f"description={self.description!r}, "
            f"expiration_date={self.expiration_date!r}, "
            f"hugging_face_id={self.hugging_face_id!r}, "
            f"knowledge_cutoff={self.knowledge_cutoff!r}, "
            f"reasoning={self.reasoning!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        architecture: Any = self._architecture
        if not (isinstance(architecture, Unset) or architecture is None):
            architecture = self._architecture.to_dict()

        canonical_slug: Any = self._canonical_slug

        context_length: Any = self._context_length

        created: Any = self._created

        default_parameters: Any = self._default_parameters
        if not (isinstance(default_parameters, Unset) or default_parameters is None):
            if isinstance(self._default_parameters, DefaultParameters):
                default_parameters = self._default_parameters.to_dict()
            else:
                default_parameters = self._default_parameters

        id: Any = self._id

        links: Any = self._links
        if not (isinstance(links, Unset) or links is None):
            links = self._links.to_dict()

        name: Any = self._name

        per_request_limits: Any = self._per_request_limits
        if not (isinstance(per_request_limits, Unset) or per_request_limits is None):
            if isinstance(self._per_request_limits, PerRequestLimits):
                per_request_limits = self._per_request_limits.to_dict()
            else:
                per_request_limits = self._per_request_limits

        pricing: Any = self._pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            pricing = self._pricing.to_dict()

        supported_parameters: Any = self._supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = []
            for supported_parameters_item_data in self._supported_parameters:
                supported_parameters_item = supported_parameters_item_data.value
                supported_parameters.append(supported_parameters_item)

        supported_voices: Any = self._supported_voices
        if not (isinstance(supported_voices, Unset) or supported_voices is None):
            if isinstance(self._supported_voices, list):
                supported_voices = self._supported_voices

            else:
                supported_voices = self._supported_voices

        top_provider: Any = self._top_provider
        if not (isinstance(top_provider, Unset) or top_provider is None):
            top_provider = self._top_provider.to_dict()

        alias_target: Any = self.alias_target
        if not (isinstance(alias_target, Unset) or alias_target is None):
            alias_target = alias_target.to_dict()

        benchmarks: Any = self.benchmarks
        if not (isinstance(benchmarks, Unset) or benchmarks is None):
            benchmarks = benchmarks.to_dict()

        description: Any = self.description

        expiration_date: Any = self.expiration_date

        hugging_face_id: Any = self.hugging_face_id

        knowledge_cutoff: Any = self.knowledge_cutoff

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = reasoning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if canonical_slug is not UNSET:
            field_dict["canonical_slug"] = canonical_slug
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if created is not UNSET:
            field_dict["created"] = created
        if default_parameters is not UNSET:
            field_dict["default_parameters"] = default_parameters
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if per_request_limits is not UNSET:
            field_dict["per_request_limits"] = per_request_limits
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if supported_voices is not UNSET:
            field_dict["supported_voices"] = supported_voices
        if top_provider is not UNSET:
            field_dict["top_provider"] = top_provider
        if alias_target is not UNSET:
            field_dict["alias_target"] = alias_target
        if benchmarks is not UNSET:
            field_dict["benchmarks"] = benchmarks
        if description is not UNSET:
            field_dict["description"] = description
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if knowledge_cutoff is not UNSET:
            field_dict["knowledge_cutoff"] = knowledge_cutoff
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Model and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "architecture" not in data:
            return False
        if "canonical_slug" not in data:
            return False
        if "context_length" not in data:
            return False
        if "created" not in data:
            return False
        if "default_parameters" not in data:
            return False
        if "id" not in data:
            return False
        if "links" not in data:
            return False
        if "name" not in data:
            return False
        if "per_request_limits" not in data:
            return False
        if "pricing" not in data:
            return False
        if "supported_parameters" not in data:
            return False
        if "supported_voices" not in data:
            return False
        if "top_provider" not in data:
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
                    f"Model is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "architecture"
            _raw_architecture = d.get("architecture", UNSET)
            architecture: Any = _raw_architecture
            if _raw_architecture is not None and _raw_architecture is not UNSET:
                architecture = ModelArchitecture.from_dict(_raw_architecture)

            canonical_slug = d.get("canonical_slug", UNSET)

            context_length = d.get("context_length", UNSET)

            created = d.get("created", UNSET)

            _field = "default_parameters"
            _raw_default_parameters = d.get("default_parameters", UNSET)
            default_parameters: Any = _raw_default_parameters
            if _raw_default_parameters is not None and _raw_default_parameters is not UNSET:
                default_parameters = (
                    DefaultParameters.from_dict(_raw_default_parameters)
                    if type(_raw_default_parameters) is dict
                    else _parse_default_parameters(_raw_default_parameters)
                )

            id = d.get("id", UNSET)

            _field = "links"
            _raw_links = d.get("links", UNSET)
            links: Any = _raw_links
            if _raw_links is not None and _raw_links is not UNSET:
                links = ModelLinks.from_dict(_raw_links)

            name = d.get("name", UNSET)

            _field = "per_request_limits"
            _raw_per_request_limits = d.get("per_request_limits", UNSET)
            per_request_limits: Any = _raw_per_request_limits
            if _raw_per_request_limits is not None and _raw_per_request_limits is not UNSET:
                per_request_limits = (
                    PerRequestLimits.from_dict(_raw_per_request_limits)
                    if type(_raw_per_request_limits) is dict
                    else _parse_per_request_limits(_raw_per_request_limits)
                )

            _field = "pricing"
            _raw_pricing = d.get("pricing", UNSET)
            pricing: Any = _raw_pricing
            if _raw_pricing is not None and _raw_pricing is not UNSET:
                pricing = PublicPricing.from_dict(_raw_pricing)

            _field = "supported_parameters"
            _raw_supported_parameters = d.get("supported_parameters", UNSET)
            supported_parameters: Any = _raw_supported_parameters
            if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
                supported_parameters = [
                    Parameter._value2member_map_.get(supported_parameters_item_data)
                    or Parameter._parse(supported_parameters_item_data)
                    for supported_parameters_item_data in _raw_supported_parameters
                ]

            _field = "supported_voices"
            _raw_supported_voices = d.get("supported_voices", UNSET)
            supported_voices: Any = _raw_supported_voices
            if _raw_supported_voices is not None and _raw_supported_voices is not UNSET:
                supported_voices = _parse_supported_voices(_raw_supported_voices)

            _field = "top_provider"
            _raw_top_provider = d.get("top_provider", UNSET)
            top_provider: Any = _raw_top_provider
            if _raw_top_provider is not None and _raw_top_provider is not UNSET:
                top_provider = TopProviderInfo.from_dict(_raw_top_provider)

            _field = "alias_target"
            _raw_alias_target = d.get("alias_target", UNSET)
            alias_target: Any = _raw_alias_target
            if _raw_alias_target is not None and _raw_alias_target is not UNSET:
                alias_target = ModelAliasTarget.from_dict(_raw_alias_target)

            _field = "benchmarks"
            _raw_benchmarks = d.get("benchmarks", UNSET)
            benchmarks: Any = _raw_benchmarks
            if _raw_benchmarks is not None and _raw_benchmarks is not UNSET:
                benchmarks = ModelBenchmarks.from_dict(_raw_benchmarks)

            description = d.get("description", UNSET)

            expiration_date = d.get("expiration_date", UNSET)

            hugging_face_id = d.get("hugging_face_id", UNSET)

            knowledge_cutoff = d.get("knowledge_cutoff", UNSET)

            _field = "reasoning"
            _raw_reasoning = d.get("reasoning", UNSET)
            reasoning: Any = _raw_reasoning
            if _raw_reasoning is not None and _raw_reasoning is not UNSET:
                reasoning = ModelReasoning.from_dict(_raw_reasoning)

        except FieldParseError as error:
            raise error.within("Model", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("Model", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        model = cls(
            architecture,
            canonical_slug,
            context_length,
            created,
            default_parameters,
            id,
            links,
            name,
            per_request_limits,
            pricing,
            supported_parameters,
            supported_voices,
            top_provider,
            alias_target,
            benchmarks,
            description,
            expiration_date,
            hugging_face_id,
            knowledge_cutoff,
            reasoning,
        )

        if not _DECLARED_KEYS.issuperset(d):
            model.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return model

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


Model.__annotations__ = ResolvingAnnotations(Model.__annotations__, _resolve_lazy_imports)


def _parse_default_parameters(data: object) -> DefaultParameters | None:
    if data is None:
        return data
    if DefaultParameters._matches(data):
        try:
            default_parameters_type_0 = DefaultParameters.from_dict(data)

            return default_parameters_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        default_parameters_type_0 = DefaultParameters.from_dict(data)

        return default_parameters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("DefaultParameters | None", data)


def _parse_per_request_limits(data: object) -> None | PerRequestLimits:
    if data is None:
        return data
    if PerRequestLimits._matches(data):
        try:
            per_request_limits_type_0 = PerRequestLimits.from_dict(data)

            return per_request_limits_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        per_request_limits_type_0 = PerRequestLimits.from_dict(data)

        return per_request_limits_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | PerRequestLimits", data)


def _parse_supported_voices(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        supported_voices_type_0 = cast("list[str]", data)

        return supported_voices_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None", data)
