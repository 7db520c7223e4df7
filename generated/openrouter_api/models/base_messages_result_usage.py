from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_service_tier import AnthropicServiceTier
from ..models.anthropic_speed import AnthropicSpeed
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_advisor_message_usage_iteration import AnthropicAdvisorMessageUsageIteration
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from ..models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration

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
        AnthropicOutputTokensDetails, \
        AnthropicServerToolUsage, \
        AnthropicUnknownUsageIteration
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_advisor_message_usage_iteration import AnthropicAdvisorMessageUsageIteration  # noqa: PLC0415
    from ..models.anthropic_cache_creation import AnthropicCacheCreation  # noqa: PLC0415
    from ..models.anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration  # noqa: PLC0415
    from ..models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration  # noqa: PLC0415
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails  # noqa: PLC0415
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage  # noqa: PLC0415
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="BaseMessagesResultUsage")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "cache_creation",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "inference_geo",
        "input_tokens",
        "output_tokens",
        "output_tokens_details",
        "server_tool_use",
        "service_tier",
        "iterations",
        "speed",
    }
)


@_attrs_define(repr=False)
class BaseMessagesResultUsage:
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo':
            None, 'input_tokens': 100, 'output_tokens': 50, 'output_tokens_details': None, 'server_tool_use': None,
            'service_tier': 'standard'}

    Attributes:
        cache_creation (AnthropicCacheCreation | None):
        cache_creation_input_tokens (int | None):
        cache_read_input_tokens (int | None):
        inference_geo (None | str):
        input_tokens (int):
        output_tokens (int):
        output_tokens_details (AnthropicOutputTokensDetails | None):
        server_tool_use (AnthropicServerToolUsage | None):
        service_tier (AnthropicServiceTier | None):
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | Unset):
        speed (AnthropicSpeed | None | Unset):
    """

    _cache_creation: AnthropicCacheCreation | None = _attrs_field(alias="cache_creation")
    _cache_creation_input_tokens: int | None = _attrs_field(alias="cache_creation_input_tokens")
    _cache_read_input_tokens: int | None = _attrs_field(alias="cache_read_input_tokens")
    _inference_geo: None | str = _attrs_field(alias="inference_geo")
    _input_tokens: int = _attrs_field(alias="input_tokens")
    _output_tokens: int = _attrs_field(alias="output_tokens")
    _output_tokens_details: AnthropicOutputTokensDetails | None = _attrs_field(alias="output_tokens_details")
    _server_tool_use: AnthropicServerToolUsage | None = _attrs_field(alias="server_tool_use")
    _service_tier: AnthropicServiceTier | None = _attrs_field(alias="service_tier")
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | Unset
    ) = UNSET
    speed: AnthropicSpeed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cache_creation(self) -> AnthropicCacheCreation | None:
        value: Any = self._cache_creation
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "cache_creation")
        return value

    @cache_creation.setter
    def cache_creation(self, value: AnthropicCacheCreation | None) -> None:
        self._cache_creation = value

    @property
    def cache_creation_input_tokens(self) -> int | None:
        value: Any = self._cache_creation_input_tokens
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "cache_creation_input_tokens")
        return value

    @cache_creation_input_tokens.setter
    def cache_creation_input_tokens(self, value: int | None) -> None:
        self._cache_creation_input_tokens = value

    @property
    def cache_read_input_tokens(self) -> int | None:
        value: Any = self._cache_read_input_tokens
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "cache_read_input_tokens")
        return value

    @cache_read_input_tokens.setter
    def cache_read_input_tokens(self, value: int | None) -> None:
        self._cache_read_input_tokens = value

    @property
    def inference_geo(self) -> None | str:
        value: Any = self._inference_geo
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "inference_geo")
        return value

    @inference_geo.setter
    def inference_geo(self, value: None | str) -> None:
        self._inference_geo = value

    @property
    def input_tokens(self) -> int:
        value: Any = self._input_tokens
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "input_tokens")
        return value

    @input_tokens.setter
    def input_tokens(self, value: int) -> None:
        self._input_tokens = value

    @property
    def output_tokens(self) -> int:
        value: Any = self._output_tokens
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "output_tokens")
        return value

    @output_tokens.setter
    def output_tokens(self, value: int) -> None:
        self._output_tokens = value

    @property
    def output_tokens_details(self) -> AnthropicOutputTokensDetails | None:
        value: Any = self._output_tokens_details
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "output_tokens_details")
        return value

    @output_tokens_details.setter
    def output_tokens_details(self, value: AnthropicOutputTokensDetails | None) -> None:
        self._output_tokens_details = value

    @property
    def server_tool_use(self) -> AnthropicServerToolUsage | None:
        value: Any = self._server_tool_use
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "server_tool_use")
        return value

    @server_tool_use.setter
    def server_tool_use(self, value: AnthropicServerToolUsage | None) -> None:
        self._server_tool_use = value

    @property
    def service_tier(self) -> AnthropicServiceTier | None:
        value: Any = self._service_tier
        if value is UNSET:
            raise MissingFieldError("BaseMessagesResultUsage", "service_tier")
        return value

    @service_tier.setter
    def service_tier(self, value: AnthropicServiceTier | None) -> None:
        self._service_tier = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"cache_creation={self._cache_creation!r}, "
            f"cache_creation_input_tokens={self._cache_creation_input_tokens!r}, "
            f"cache_read_input_tokens={self._cache_read_input_tokens!r}, "
            f"inference_geo={self._inference_geo!r}, "
            f"input_tokens={self._input_tokens!r}, "
            f"output_tokens={self._output_tokens!r}, "
            f"output_tokens_details={self._output_tokens_details!r}, "
            f"server_tool_use={self._server_tool_use!r}, "
            f"service_tier={self._service_tier!r}, "
            f"iterations={self.iterations!r}, "
            f"speed={self.speed!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        cache_creation: Any = self._cache_creation
        if not (isinstance(cache_creation, Unset) or cache_creation is None):
            if isinstance(self._cache_creation, AnthropicCacheCreation):
                cache_creation = self._cache_creation.to_dict()
            else:
                cache_creation = self._cache_creation

        cache_creation_input_tokens: Any = self._cache_creation_input_tokens

        cache_read_input_tokens: Any = self._cache_read_input_tokens

        inference_geo: Any = self._inference_geo

        input_tokens: Any = self._input_tokens

        output_tokens: Any = self._output_tokens

        output_tokens_details: Any = self._output_tokens_details
        if not (isinstance(output_tokens_details, Unset) or output_tokens_details is None):
            if isinstance(self._output_tokens_details, AnthropicOutputTokensDetails):
                output_tokens_details = self._output_tokens_details.to_dict()
            else:
                output_tokens_details = self._output_tokens_details

        server_tool_use: Any = self._server_tool_use
        if not (isinstance(server_tool_use, Unset) or server_tool_use is None):
            if isinstance(self._server_tool_use, AnthropicServerToolUsage):
                server_tool_use = self._server_tool_use.to_dict()
            else:
                server_tool_use = self._server_tool_use

        service_tier: Any = self._service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self._service_tier, AnthropicServiceTier):
                service_tier = self._service_tier.value
            else:
                service_tier = self._service_tier

        iterations: Any = self.iterations
        if not (isinstance(iterations, Unset) or iterations is None):
            iterations = []
            for iterations_item_data in self.iterations:
                iterations_item: dict[str, Any]
                if isinstance(iterations_item_data, AnthropicCompactionUsageIteration):
                    iterations_item = iterations_item_data.to_dict()
                elif isinstance(iterations_item_data, AnthropicMessageUsageIteration):
                    iterations_item = iterations_item_data.to_dict()
                elif isinstance(iterations_item_data, AnthropicAdvisorMessageUsageIteration):
                    iterations_item = iterations_item_data.to_dict()
                else:
                    iterations_item = iterations_item_data.to_dict()

                iterations.append(iterations_item)

        speed: Any = self.speed
        if not (isinstance(speed, Unset) or speed is None):
            if isinstance(self.speed, AnthropicSpeed):
                speed = self.speed.value
            else:
                speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if inference_geo is not UNSET:
            field_dict["inference_geo"] = inference_geo
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of BaseMessagesResultUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "cache_creation" not in data:
            return False
        if "cache_creation_input_tokens" not in data:
            return False
        if "cache_read_input_tokens" not in data:
            return False
        if "inference_geo" not in data:
            return False
        if "input_tokens" not in data:
            return False
        if "output_tokens" not in data:
            return False
        if "output_tokens_details" not in data:
            return False
        if "server_tool_use" not in data:
            return False
        if "service_tier" not in data:
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
                    f"BaseMessagesResultUsage is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "cache_creation"
            _raw_cache_creation = d.get("cache_creation", UNSET)
            cache_creation: Any = _raw_cache_creation
            if _raw_cache_creation is not None and _raw_cache_creation is not UNSET:
                cache_creation = (
                    AnthropicCacheCreation.from_dict(_raw_cache_creation)
                    if type(_raw_cache_creation) is dict
                    else _parse_cache_creation(_raw_cache_creation)
                )

            cache_creation_input_tokens = d.get("cache_creation_input_tokens", UNSET)

            cache_read_input_tokens = d.get("cache_read_input_tokens", UNSET)

            inference_geo = d.get("inference_geo", UNSET)

            input_tokens = d.get("input_tokens", UNSET)

            output_tokens = d.get("output_tokens", UNSET)

            _field = "output_tokens_details"
            _raw_output_tokens_details = d.get("output_tokens_details", UNSET)
            output_tokens_details: Any = _raw_output_tokens_details
            if _raw_output_tokens_details is not None and _raw_output_tokens_details is not UNSET:
                output_tokens_details = (
                    AnthropicOutputTokensDetails.from_dict(_raw_output_tokens_details)
                    if type(_raw_output_tokens_details) is dict
                    else _parse_output_tokens_details(_raw_output_tokens_details)
                )

            _field = "server_tool_use"
            _raw_server_tool_use = d.get("server_tool_use", UNSET)
            server_tool_use: Any = _raw_server_tool_use
            if _raw_server_tool_use is not None and _raw_server_tool_use is not UNSET:
                server_tool_use = (
                    AnthropicServerToolUsage.from_dict(_raw_server_tool_use)
                    if type(_raw_server_tool_use) is dict
                    else _parse_server_tool_use(_raw_server_tool_use)
                )

            _field = "service_tier"
            _raw_service_tier = d.get("service_tier", UNSET)
            service_tier: Any = _raw_service_tier
            if _raw_service_tier is not None and _raw_service_tier is not UNSET:
                service_tier = _parse_service_tier(_raw_service_tier)

            _field = "iterations"
            _raw_iterations = d.get("iterations", UNSET)
            iterations: Any = _raw_iterations
            if _raw_iterations is not None and _raw_iterations is not UNSET:
                iterations = [_parse_iterations_item(iterations_item_data) for iterations_item_data in _raw_iterations]

            _field = "speed"
            _raw_speed = d.get("speed", UNSET)
            speed: Any = _raw_speed
            if _raw_speed is not None and _raw_speed is not UNSET:
                speed = _parse_speed(_raw_speed)

        except FieldParseError as error:
            raise error.within("BaseMessagesResultUsage", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("BaseMessagesResultUsage", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        base_messages_result_usage = cls(
            cache_creation,
            cache_creation_input_tokens,
            cache_read_input_tokens,
            inference_geo,
            input_tokens,
            output_tokens,
            output_tokens_details,
            server_tool_use,
            service_tier,
            iterations,
            speed,
        )

        if not _DECLARED_KEYS.issuperset(d):
            base_messages_result_usage.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return base_messages_result_usage

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


BaseMessagesResultUsage.__annotations__ = ResolvingAnnotations(
    BaseMessagesResultUsage.__annotations__, _resolve_lazy_imports
)


def _parse_cache_creation(data: object) -> AnthropicCacheCreation | None:
    if data is None:
        return data
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
    return cast("AnthropicCacheCreation | None", data)


def _parse_output_tokens_details(data: object) -> AnthropicOutputTokensDetails | None:
    if data is None:
        return data
    if AnthropicOutputTokensDetails._matches(data):
        try:
            output_tokens_details_type_0 = AnthropicOutputTokensDetails.from_dict(data)

            return output_tokens_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_tokens_details_type_0 = AnthropicOutputTokensDetails.from_dict(data)

        return output_tokens_details_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicOutputTokensDetails | None", data)


def _parse_server_tool_use(data: object) -> AnthropicServerToolUsage | None:
    if data is None:
        return data
    if AnthropicServerToolUsage._matches(data):
        try:
            server_tool_use_type_0 = AnthropicServerToolUsage.from_dict(data)

            return server_tool_use_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = AnthropicServerToolUsage.from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicServerToolUsage | None", data)


def _parse_service_tier(data: object) -> AnthropicServiceTier | None:
    if data is None:
        return data
    if AnthropicServiceTier.is_known(data):
        try:
            service_tier_type_0 = AnthropicServiceTier._value2member_map_.get(data) or AnthropicServiceTier._parse(data)

            return service_tier_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_0 = AnthropicServiceTier._value2member_map_.get(data) or AnthropicServiceTier._parse(data)

        return service_tier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicServiceTier | None", data)


def _parse_iterations_item(
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
