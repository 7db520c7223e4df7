from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter import Parameter
from ..types import UNSET, Unset

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
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
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


@_attrs_define
class Model:
    """One model of the catalogue.

    Attributes:
        id (str): Model id used in requests, author/slug. Example: openai/gpt-4o.
        canonical_slug (str): Permanent slug of this exact model version. Example: openai/gpt-4o-2024-08-06.
        name (str): Display name.
        created (int): When the model was added, Unix seconds.
        pricing (PublicPricing): Prices in USD as decimal strings (strings keep the precision of very small numbers);
            per token unless the field says otherwise.
        context_length (int | None): Largest context window, in tokens.
        architecture (ModelArchitecture): What goes in and out of the model, and how it tokenizes.
        top_provider (TopProviderInfo): Limits of the provider that ranks first for this model.
        per_request_limits (None | PerRequestLimits):
        supported_parameters (list[Parameter]): Request parameters at least one endpoint of the model accepts.
        default_parameters (DefaultParameters | None):
        supported_voices (list[str] | None): Voice ids of a text-to-speech model; null for other models.
        links (ModelLinks): API paths related to the model.
        hugging_face_id (None | str | Unset): Hugging Face repository of the weights, when public.
        description (str | Unset): Prose description of the model.
        expiration_date (None | str | Unset): Date (YYYY-MM-DD) after which the model may be withdrawn; null when none
            is planned.
        knowledge_cutoff (None | str | Unset): Date (YYYY-MM-DD) of the end of the training data, when known.
        alias_target (ModelAliasTarget | Unset): For a "latest" alias, the concrete model it currently points to.
        benchmarks (ModelBenchmarks | Unset): Third-party benchmark results; absent when none are known.
        reasoning (ModelReasoning | Unset): How the model's reasoning can be configured; absent for models that do not
            reason.
    """

    id: str
    canonical_slug: str
    name: str
    created: int
    pricing: PublicPricing
    context_length: int | None
    architecture: ModelArchitecture
    top_provider: TopProviderInfo
    per_request_limits: None | PerRequestLimits
    supported_parameters: list[Parameter]
    default_parameters: DefaultParameters | None
    supported_voices: list[str] | None
    links: ModelLinks
    hugging_face_id: None | str | Unset = UNSET
    description: str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    knowledge_cutoff: None | str | Unset = UNSET
    alias_target: ModelAliasTarget | Unset = UNSET
    benchmarks: ModelBenchmarks | Unset = UNSET
    reasoning: ModelReasoning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        id: Any = self.id

        canonical_slug: Any = self.canonical_slug

        name: Any = self.name

        created: Any = self.created

        pricing: Any = self.pricing
        if not (isinstance(pricing, Unset) or pricing is None):
            pricing = self.pricing.to_dict()

        context_length: Any = self.context_length
        if not (isinstance(context_length, Unset) or context_length is None):
            context_length = self.context_length

        architecture: Any = self.architecture
        if not (isinstance(architecture, Unset) or architecture is None):
            architecture = self.architecture.to_dict()

        top_provider: Any = self.top_provider
        if not (isinstance(top_provider, Unset) or top_provider is None):
            top_provider = self.top_provider.to_dict()

        per_request_limits: Any = self.per_request_limits
        if not (isinstance(per_request_limits, Unset) or per_request_limits is None):
            if isinstance(self.per_request_limits, PerRequestLimits):
                per_request_limits = self.per_request_limits.to_dict()
            else:
                per_request_limits = self.per_request_limits

        supported_parameters: Any = self.supported_parameters
        if not (isinstance(supported_parameters, Unset) or supported_parameters is None):
            supported_parameters = []
            for supported_parameters_item_data in self.supported_parameters:
                supported_parameters_item = supported_parameters_item_data.value
                supported_parameters.append(supported_parameters_item)

        default_parameters: Any = self.default_parameters
        if not (isinstance(default_parameters, Unset) or default_parameters is None):
            if isinstance(self.default_parameters, DefaultParameters):
                default_parameters = self.default_parameters.to_dict()
            else:
                default_parameters = self.default_parameters

        supported_voices: Any = self.supported_voices
        if not (isinstance(supported_voices, Unset) or supported_voices is None):
            if isinstance(self.supported_voices, list):
                supported_voices = self.supported_voices

            else:
                supported_voices = self.supported_voices

        links: Any = self.links
        if not (isinstance(links, Unset) or links is None):
            links = self.links.to_dict()

        hugging_face_id: Any = self.hugging_face_id
        if not (isinstance(hugging_face_id, Unset) or hugging_face_id is None):
            if isinstance(self.hugging_face_id, Unset):
                hugging_face_id = UNSET
            else:
                hugging_face_id = self.hugging_face_id

        description: Any = self.description

        expiration_date: Any = self.expiration_date
        if not (isinstance(expiration_date, Unset) or expiration_date is None):
            if isinstance(self.expiration_date, Unset):
                expiration_date = UNSET
            else:
                expiration_date = self.expiration_date

        knowledge_cutoff: Any = self.knowledge_cutoff
        if not (isinstance(knowledge_cutoff, Unset) or knowledge_cutoff is None):
            if isinstance(self.knowledge_cutoff, Unset):
                knowledge_cutoff = UNSET
            else:
                knowledge_cutoff = self.knowledge_cutoff

        alias_target: Any = self.alias_target
        if not (isinstance(alias_target, Unset) or alias_target is None):
            alias_target = UNSET
            if not isinstance(self.alias_target, Unset):
                alias_target = self.alias_target.to_dict()

        benchmarks: Any = self.benchmarks
        if not (isinstance(benchmarks, Unset) or benchmarks is None):
            benchmarks = UNSET
            if not isinstance(self.benchmarks, Unset):
                benchmarks = self.benchmarks.to_dict()

        reasoning: Any = self.reasoning
        if not (isinstance(reasoning, Unset) or reasoning is None):
            reasoning = UNSET
            if not isinstance(self.reasoning, Unset):
                reasoning = self.reasoning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if id is not UNSET:
            field_dict["id"] = id
        if canonical_slug is not UNSET:
            field_dict["canonical_slug"] = canonical_slug
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if top_provider is not UNSET:
            field_dict["top_provider"] = top_provider
        if per_request_limits is not UNSET:
            field_dict["per_request_limits"] = per_request_limits
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if default_parameters is not UNSET:
            field_dict["default_parameters"] = default_parameters
        if supported_voices is not UNSET:
            field_dict["supported_voices"] = supported_voices
        if links is not UNSET:
            field_dict["links"] = links
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if description is not UNSET:
            field_dict["description"] = description
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if knowledge_cutoff is not UNSET:
            field_dict["knowledge_cutoff"] = knowledge_cutoff
        if alias_target is not UNSET:
            field_dict["alias_target"] = alias_target
        if benchmarks is not UNSET:
            field_dict["benchmarks"] = benchmarks
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of Model and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "id" not in data:
            return False
        if "canonical_slug" not in data:
            return False
        if "name" not in data:
            return False
        if "created" not in data:
            return False
        if "pricing" not in data:
            return False
        if "context_length" not in data:
            return False
        if "architecture" not in data:
            return False
        if "top_provider" not in data:
            return False
        if "per_request_limits" not in data:
            return False
        if "supported_parameters" not in data:
            return False
        if "default_parameters" not in data:
            return False
        if "supported_voices" not in data:
            return False
        if "links" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        canonical_slug = d.pop("canonical_slug", UNSET)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        _raw_pricing = d.pop("pricing", UNSET)
        pricing: Any = _raw_pricing
        if _raw_pricing is not None and _raw_pricing is not UNSET:
            pricing = PublicPricing.from_dict(_raw_pricing)

        context_length = d.pop("context_length", UNSET)

        _raw_architecture = d.pop("architecture", UNSET)
        architecture: Any = _raw_architecture
        if _raw_architecture is not None and _raw_architecture is not UNSET:
            architecture = ModelArchitecture.from_dict(_raw_architecture)

        _raw_top_provider = d.pop("top_provider", UNSET)
        top_provider: Any = _raw_top_provider
        if _raw_top_provider is not None and _raw_top_provider is not UNSET:
            top_provider = TopProviderInfo.from_dict(_raw_top_provider)

        _raw_per_request_limits = d.pop("per_request_limits", UNSET)
        per_request_limits: Any = _raw_per_request_limits
        if _raw_per_request_limits is not None and _raw_per_request_limits is not UNSET:
            per_request_limits = _parse_per_request_limits(_raw_per_request_limits)

        _raw_supported_parameters = d.pop("supported_parameters", UNSET)
        supported_parameters: Any = _raw_supported_parameters
        if _raw_supported_parameters is not None and _raw_supported_parameters is not UNSET:
            supported_parameters = []
            _supported_parameters = _raw_supported_parameters
            for supported_parameters_item_data in _supported_parameters:
                supported_parameters_item = Parameter._parse(supported_parameters_item_data)

                supported_parameters.append(supported_parameters_item)

        _raw_default_parameters = d.pop("default_parameters", UNSET)
        default_parameters: Any = _raw_default_parameters
        if _raw_default_parameters is not None and _raw_default_parameters is not UNSET:
            default_parameters = _parse_default_parameters(_raw_default_parameters)

        _raw_supported_voices = d.pop("supported_voices", UNSET)
        supported_voices: Any = _raw_supported_voices
        if _raw_supported_voices is not None and _raw_supported_voices is not UNSET:
            supported_voices = _parse_supported_voices(_raw_supported_voices)

        _raw_links = d.pop("links", UNSET)
        links: Any = _raw_links
        if _raw_links is not None and _raw_links is not UNSET:
            links = ModelLinks.from_dict(_raw_links)

        hugging_face_id = d.pop("hugging_face_id", UNSET)

        description = d.pop("description", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        knowledge_cutoff = d.pop("knowledge_cutoff", UNSET)

        _raw_alias_target = d.pop("alias_target", UNSET)
        alias_target: Any = _raw_alias_target
        if _raw_alias_target is not None and _raw_alias_target is not UNSET:
            _alias_target = _raw_alias_target
            alias_target: ModelAliasTarget | Unset
            if isinstance(_alias_target, Unset):
                alias_target = UNSET
            else:
                alias_target = ModelAliasTarget.from_dict(_alias_target)

        _raw_benchmarks = d.pop("benchmarks", UNSET)
        benchmarks: Any = _raw_benchmarks
        if _raw_benchmarks is not None and _raw_benchmarks is not UNSET:
            _benchmarks = _raw_benchmarks
            benchmarks: ModelBenchmarks | Unset
            if isinstance(_benchmarks, Unset):
                benchmarks = UNSET
            else:
                benchmarks = ModelBenchmarks.from_dict(_benchmarks)

        _raw_reasoning = d.pop("reasoning", UNSET)
        reasoning: Any = _raw_reasoning
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            _reasoning = _raw_reasoning
            reasoning: ModelReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = ModelReasoning.from_dict(_reasoning)

        model = cls(
            id=id,
            canonical_slug=canonical_slug,
            name=name,
            created=created,
            pricing=pricing,
            context_length=context_length,
            architecture=architecture,
            top_provider=top_provider,
            per_request_limits=per_request_limits,
            supported_parameters=supported_parameters,
            default_parameters=default_parameters,
            supported_voices=supported_voices,
            links=links,
            hugging_face_id=hugging_face_id,
            description=description,
            expiration_date=expiration_date,
            knowledge_cutoff=knowledge_cutoff,
            alias_target=alias_target,
            benchmarks=benchmarks,
            reasoning=reasoning,
        )

        model.additional_properties = d
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
