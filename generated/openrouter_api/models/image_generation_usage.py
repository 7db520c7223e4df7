from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_speed import AnthropicSpeed
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_advisor_message_usage_iteration import AnthropicAdvisorMessageUsageIteration
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from ..models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from ..models.cost_details import CostDetails
    from ..models.image_generation_usage_completion_tokens_details_type_0 import (
        ImageGenerationUsageCompletionTokensDetailsType0,
    )
    from ..models.image_generation_usage_prompt_tokens_details_type_0 import (
        ImageGenerationUsagePromptTokensDetailsType0,
    )
    from ..models.image_generation_usage_server_tool_use_type_0 import ImageGenerationUsageServerToolUseType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicAdvisorMessageUsageIteration, \
        AnthropicCacheCreation, \
        AnthropicCompactionUsageIteration, \
        AnthropicMessageUsageIteration, \
        AnthropicUnknownUsageIteration, \
        CostDetails, \
        ImageGenerationUsageCompletionTokensDetailsType0, \
        ImageGenerationUsagePromptTokensDetailsType0, \
        ImageGenerationUsageServerToolUseType0
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_advisor_message_usage_iteration import AnthropicAdvisorMessageUsageIteration  # noqa: PLC0415
    from ..models.anthropic_cache_creation import AnthropicCacheCreation  # noqa: PLC0415
    from ..models.anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration  # noqa: PLC0415
    from ..models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration  # noqa: PLC0415
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration  # noqa: PLC0415
    from ..models.cost_details import CostDetails  # noqa: PLC0415
    from ..models.image_generation_usage_completion_tokens_details_type_0 import (
        ImageGenerationUsageCompletionTokensDetailsType0,  # noqa: PLC0415
    )
    from ..models.image_generation_usage_prompt_tokens_details_type_0 import (
        ImageGenerationUsagePromptTokensDetailsType0,  # noqa: PLC0415
    )
    from ..models.image_generation_usage_server_tool_use_type_0 import ImageGenerationUsageServerToolUseType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ImageGenerationUsage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
        "cache_creation",
        "completion_tokens_details",
        "cost",
        "cost_details",
        "is_byok",
        "iterations",
        "prompt_tokens_details",
        "server_tool_use",
        "service_tier",
        "speed",
    }
)


@_attrs_define(repr=False)
class ImageGenerationUsage:
    """Token and cost usage for the image generation request, when available

    Example:
        {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}

    Attributes:
        completion_tokens (int): The tokens generated
        prompt_tokens (int): Including images, input audio, and tools if any
        total_tokens (int): Sum of the above two fields
        cache_creation (AnthropicCacheCreation | None | Unset):
        completion_tokens_details (ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset):
        cost (float | None | Unset): Cost of the completion
        cost_details (CostDetails | None | Unset):
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | None | Unset):
        prompt_tokens_details (ImageGenerationUsagePromptTokensDetailsType0 | None | Unset): Breakdown of tokens used in
            the prompt.
        server_tool_use (ImageGenerationUsageServerToolUseType0 | None | Unset): Usage for server-side tool execution
            (e.g., web search)
        service_tier (None | str | Unset): The service tier used by the upstream provider for this request
        speed (AnthropicSpeed | None | Unset):
    """

    _completion_tokens: int = _attrs_field(alias="completion_tokens")
    _prompt_tokens: int = _attrs_field(alias="prompt_tokens")
    _total_tokens: int = _attrs_field(alias="total_tokens")
    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    completion_tokens_details: ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset = UNSET
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | None
        | Unset
    ) = UNSET
    prompt_tokens_details: ImageGenerationUsagePromptTokensDetailsType0 | None | Unset = UNSET
    server_tool_use: ImageGenerationUsageServerToolUseType0 | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    speed: AnthropicSpeed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def completion_tokens(self) -> int:
        value: Any = self._completion_tokens
        if value is UNSET:
            raise MissingFieldError("ImageGenerationUsage", "completion_tokens")
        return value

    @completion_tokens.setter
    def completion_tokens(self, value: int) -> None:
        self._completion_tokens = value

    @property
    def prompt_tokens(self) -> int:
        value: Any = self._prompt_tokens
        if value is UNSET:
            raise MissingFieldError("ImageGenerationUsage", "prompt_tokens")
        return value

    @prompt_tokens.setter
    def prompt_tokens(self, value: int) -> None:
        self._prompt_tokens = value

    @property
    def total_tokens(self) -> int:
        value: Any = self._total_tokens
        if value is UNSET:
            raise MissingFieldError("ImageGenerationUsage", "total_tokens")
        return value

    @total_tokens.setter
    def total_tokens(self, value: int) -> None:
        self._total_tokens = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"completion_tokens={self._completion_tokens!r}, "
            f"prompt_tokens={self._prompt_tokens!r}, "
            f"total_tokens={self._total_tokens!r}, "
            f"cache_creation={self.cache_creation!r}, "
            f"completion_tokens_details={self.completion_tokens_details!r}, "
            f"cost={self.cost!r}, "
            f"cost_details={self.cost_details!r}, "
            f"is_byok={self.is_byok!r}, "
            f"iterations={self.iterations!r}, "
            f"prompt_tokens_details={self.prompt_tokens_details!r}, "
            f"server_tool_use={self.server_tool_use!r}, "
            f"service_tier={self.service_tier!r}, "
            f"speed={self.speed!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        completion_tokens: Any = self._completion_tokens

        prompt_tokens: Any = self._prompt_tokens

        total_tokens: Any = self._total_tokens

        cache_creation: Any = self.cache_creation
        if not (isinstance(cache_creation, Unset) or cache_creation is None):
            if isinstance(self.cache_creation, AnthropicCacheCreation):
                cache_creation = self.cache_creation.to_dict()
            else:
                cache_creation = self.cache_creation

        completion_tokens_details: Any = self.completion_tokens_details
        if not (isinstance(completion_tokens_details, Unset) or completion_tokens_details is None):
            if isinstance(self.completion_tokens_details, ImageGenerationUsageCompletionTokensDetailsType0):
                completion_tokens_details = self.completion_tokens_details.to_dict()
            else:
                completion_tokens_details = self.completion_tokens_details

        cost: Any = self.cost

        cost_details: Any = self.cost_details
        if not (isinstance(cost_details, Unset) or cost_details is None):
            if isinstance(self.cost_details, CostDetails):
                cost_details = self.cost_details.to_dict()
            else:
                cost_details = self.cost_details

        is_byok: Any = self.is_byok

        iterations: Any = self.iterations
        if not (isinstance(iterations, Unset) or iterations is None):
            if isinstance(self.iterations, list):
                iterations = []
                for iterations_type_0_item_data in self.iterations:
                    iterations_type_0_item: dict[str, Any]
                    if isinstance(iterations_type_0_item_data, AnthropicCompactionUsageIteration):
                        iterations_type_0_item = iterations_type_0_item_data.to_dict()
                    elif isinstance(iterations_type_0_item_data, AnthropicMessageUsageIteration):
                        iterations_type_0_item = iterations_type_0_item_data.to_dict()
                    elif isinstance(iterations_type_0_item_data, AnthropicAdvisorMessageUsageIteration):
                        iterations_type_0_item = iterations_type_0_item_data.to_dict()
                    else:
                        iterations_type_0_item = iterations_type_0_item_data.to_dict()

                    iterations.append(iterations_type_0_item)

            else:
                iterations = self.iterations

        prompt_tokens_details: Any = self.prompt_tokens_details
        if not (isinstance(prompt_tokens_details, Unset) or prompt_tokens_details is None):
            if isinstance(self.prompt_tokens_details, ImageGenerationUsagePromptTokensDetailsType0):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details

        server_tool_use: Any = self.server_tool_use
        if not (isinstance(server_tool_use, Unset) or server_tool_use is None):
            if isinstance(self.server_tool_use, ImageGenerationUsageServerToolUseType0):
                server_tool_use = self.server_tool_use.to_dict()
            else:
                server_tool_use = self.server_tool_use

        service_tier: Any = self.service_tier

        speed: Any = self.speed
        if not (isinstance(speed, Unset) or speed is None):
            if isinstance(self.speed, AnthropicSpeed):
                speed = self.speed.value
            else:
                speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ImageGenerationUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "completion_tokens" not in data:
            return False
        if "prompt_tokens" not in data:
            return False
        if "total_tokens" not in data:
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
                    f"ImageGenerationUsage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            completion_tokens = d.get("completion_tokens", UNSET)

            prompt_tokens = d.get("prompt_tokens", UNSET)

            total_tokens = d.get("total_tokens", UNSET)

            _field = "cache_creation"
            _raw_cache_creation = d.get("cache_creation", UNSET)
            cache_creation: Any = _raw_cache_creation
            if _raw_cache_creation is not None and _raw_cache_creation is not UNSET:
                cache_creation = (
                    AnthropicCacheCreation.from_dict(_raw_cache_creation)
                    if type(_raw_cache_creation) is dict
                    else _parse_cache_creation(_raw_cache_creation)
                )

            _field = "completion_tokens_details"
            _raw_completion_tokens_details = d.get("completion_tokens_details", UNSET)
            completion_tokens_details: Any = _raw_completion_tokens_details
            if _raw_completion_tokens_details is not None and _raw_completion_tokens_details is not UNSET:
                completion_tokens_details = (
                    ImageGenerationUsageCompletionTokensDetailsType0.from_dict(_raw_completion_tokens_details)
                    if type(_raw_completion_tokens_details) is dict
                    else _parse_completion_tokens_details(_raw_completion_tokens_details)
                )

            cost = d.get("cost", UNSET)

            _field = "cost_details"
            _raw_cost_details = d.get("cost_details", UNSET)
            cost_details: Any = _raw_cost_details
            if _raw_cost_details is not None and _raw_cost_details is not UNSET:
                cost_details = (
                    CostDetails.from_dict(_raw_cost_details)
                    if type(_raw_cost_details) is dict
                    else _parse_cost_details(_raw_cost_details)
                )

            is_byok = d.get("is_byok", UNSET)

            _field = "iterations"
            _raw_iterations = d.get("iterations", UNSET)
            iterations: Any = _raw_iterations
            if _raw_iterations is not None and _raw_iterations is not UNSET:
                iterations = _parse_iterations(_raw_iterations)

            _field = "prompt_tokens_details"
            _raw_prompt_tokens_details = d.get("prompt_tokens_details", UNSET)
            prompt_tokens_details: Any = _raw_prompt_tokens_details
            if _raw_prompt_tokens_details is not None and _raw_prompt_tokens_details is not UNSET:
                prompt_tokens_details = (
                    ImageGenerationUsagePromptTokensDetailsType0.from_dict(_raw_prompt_tokens_details)
                    if type(_raw_prompt_tokens_details) is dict
                    else _parse_prompt_tokens_details(_raw_prompt_tokens_details)
                )

            _field = "server_tool_use"
            _raw_server_tool_use = d.get("server_tool_use", UNSET)
            server_tool_use: Any = _raw_server_tool_use
            if _raw_server_tool_use is not None and _raw_server_tool_use is not UNSET:
                server_tool_use = (
                    ImageGenerationUsageServerToolUseType0.from_dict(_raw_server_tool_use)
                    if type(_raw_server_tool_use) is dict
                    else _parse_server_tool_use(_raw_server_tool_use)
                )

            service_tier = d.get("service_tier", UNSET)

            _field = "speed"
            _raw_speed = d.get("speed", UNSET)
            speed: Any = _raw_speed
            if _raw_speed is not None and _raw_speed is not UNSET:
                speed = _parse_speed(_raw_speed)

        except FieldParseError as error:
            raise error.within("ImageGenerationUsage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ImageGenerationUsage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        image_generation_usage = cls(
            completion_tokens,
            prompt_tokens,
            total_tokens,
            cache_creation,
            completion_tokens_details,
            cost,
            cost_details,
            is_byok,
            iterations,
            prompt_tokens_details,
            server_tool_use,
            service_tier,
            speed,
        )

        if not _DECLARED_KEYS.issuperset(d):
            image_generation_usage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return image_generation_usage

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


ImageGenerationUsage.__annotations__ = ResolvingAnnotations(ImageGenerationUsage.__annotations__, _resolve_lazy_imports)


def _parse_cache_creation(data: object) -> AnthropicCacheCreation | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicCacheCreation._matches(data):
        try:
            cache_creation_type_0 = AnthropicCacheCreation.from_dict(data)

            return cache_creation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cache_creation_type_0 = AnthropicCacheCreation.from_dict(data)

        return cache_creation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicCacheCreation | None | Unset", data)


def _parse_completion_tokens_details(data: object) -> ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ImageGenerationUsageCompletionTokensDetailsType0._matches(data):
        try:
            completion_tokens_details_type_0 = ImageGenerationUsageCompletionTokensDetailsType0.from_dict(data)

            return completion_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        completion_tokens_details_type_0 = ImageGenerationUsageCompletionTokensDetailsType0.from_dict(data)

        return completion_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset", data)


def _parse_cost_details(data: object) -> CostDetails | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if CostDetails._matches(data):
        try:
            cost_details_type_0 = CostDetails.from_dict(data)

            return cost_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cost_details_type_0 = CostDetails.from_dict(data)

        return cost_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("CostDetails | None | Unset", data)


def _parse_iterations(
    data: object,
) -> (
    list[
        AnthropicAdvisorMessageUsageIteration
        | AnthropicCompactionUsageIteration
        | AnthropicMessageUsageIteration
        | AnthropicUnknownUsageIteration
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        iterations_type_0 = [
            _parse_iterations_type_0_item(iterations_type_0_item_data) for iterations_type_0_item_data in data
        ]

        return iterations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration | AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | None | Unset",
        data,
    )


def _parse_iterations_type_0_item(
    data: object,
) -> (
    AnthropicAdvisorMessageUsageIteration
    | AnthropicCompactionUsageIteration
    | AnthropicMessageUsageIteration
    | AnthropicUnknownUsageIteration
):
    if AnthropicCompactionUsageIteration._matches(data):
        try:
            componentsschemas_anthropic_usage_iteration_type_0 = AnthropicCompactionUsageIteration.from_dict(data)

            return componentsschemas_anthropic_usage_iteration_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicMessageUsageIteration._matches(data):
        try:
            componentsschemas_anthropic_usage_iteration_type_1 = AnthropicMessageUsageIteration.from_dict(data)

            return componentsschemas_anthropic_usage_iteration_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicAdvisorMessageUsageIteration._matches(data):
        try:
            componentsschemas_anthropic_usage_iteration_type_2 = AnthropicAdvisorMessageUsageIteration.from_dict(data)

            return componentsschemas_anthropic_usage_iteration_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicUnknownUsageIteration._matches(data):
        try:
            componentsschemas_anthropic_usage_iteration_type_3 = AnthropicUnknownUsageIteration.from_dict(data)

            return componentsschemas_anthropic_usage_iteration_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_usage_iteration_type_0 = AnthropicCompactionUsageIteration.from_dict(data)

        return componentsschemas_anthropic_usage_iteration_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_usage_iteration_type_1 = AnthropicMessageUsageIteration.from_dict(data)

        return componentsschemas_anthropic_usage_iteration_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_usage_iteration_type_2 = AnthropicAdvisorMessageUsageIteration.from_dict(data)

        return componentsschemas_anthropic_usage_iteration_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_usage_iteration_type_3 = AnthropicUnknownUsageIteration.from_dict(data)

    return componentsschemas_anthropic_usage_iteration_type_3


def _parse_prompt_tokens_details(data: object) -> ImageGenerationUsagePromptTokensDetailsType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ImageGenerationUsagePromptTokensDetailsType0._matches(data):
        try:
            prompt_tokens_details_type_0 = ImageGenerationUsagePromptTokensDetailsType0.from_dict(data)

            return prompt_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        prompt_tokens_details_type_0 = ImageGenerationUsagePromptTokensDetailsType0.from_dict(data)

        return prompt_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ImageGenerationUsagePromptTokensDetailsType0 | None | Unset", data)


def _parse_server_tool_use(data: object) -> ImageGenerationUsageServerToolUseType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ImageGenerationUsageServerToolUseType0._matches(data):
        try:
            server_tool_use_type_0 = ImageGenerationUsageServerToolUseType0.from_dict(data)

            return server_tool_use_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = ImageGenerationUsageServerToolUseType0.from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("ImageGenerationUsageServerToolUseType0 | None | Unset", data)


def _parse_speed(data: object) -> AnthropicSpeed | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicSpeed.is_known(data):
        try:
            speed_type_0 = AnthropicSpeed._value2member_map_.get(data) or AnthropicSpeed._parse(data)

            return speed_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        speed_type_0 = AnthropicSpeed._value2member_map_.get(data) or AnthropicSpeed._parse(data)

        return speed_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicSpeed | None | Unset", data)
