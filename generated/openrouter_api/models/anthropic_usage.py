from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_usage_service_tier_type_1 import AnthropicUsageServiceTierType1
from ..models.anthropic_usage_service_tier_type_2_type_1 import AnthropicUsageServiceTierType2Type1
from ..models.anthropic_usage_service_tier_type_3_type_1 import AnthropicUsageServiceTierType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_usage_cache_creation_type_0 import AnthropicUsageCacheCreationType0
    from ..models.anthropic_usage_server_tool_use_type_0 import AnthropicUsageServerToolUseType0

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicUsageCacheCreationType0, AnthropicUsageServerToolUseType0
    from ..models.anthropic_usage_cache_creation_type_0 import AnthropicUsageCacheCreationType0  # noqa: PLC0415
    from ..models.anthropic_usage_server_tool_use_type_0 import AnthropicUsageServerToolUseType0  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicUsage")


@_attrs_define
class AnthropicUsage:
    """Token counts in Anthropic's shape.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        cache_creation_input_tokens (int | None | Unset):
        cache_read_input_tokens (int | None | Unset):
        cache_creation (AnthropicUsageCacheCreationType0 | None | Unset):
        inference_geo (None | str | Unset):
        server_tool_use (AnthropicUsageServerToolUseType0 | None | Unset):
        service_tier (AnthropicUsageServiceTierType1 | AnthropicUsageServiceTierType2Type1 |
            AnthropicUsageServiceTierType3Type1 | None | Unset):
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    cache_creation: AnthropicUsageCacheCreationType0 | None | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    server_tool_use: AnthropicUsageServerToolUseType0 | None | Unset = UNSET
    service_tier: (
        AnthropicUsageServiceTierType1
        | AnthropicUsageServiceTierType2Type1
        | AnthropicUsageServiceTierType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        input_tokens: Any = self.input_tokens

        output_tokens: Any = self.output_tokens

        cache_creation_input_tokens: Any = self.cache_creation_input_tokens
        if not (isinstance(cache_creation_input_tokens, Unset) or cache_creation_input_tokens is None):
            if isinstance(self.cache_creation_input_tokens, Unset):
                cache_creation_input_tokens = UNSET
            else:
                cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens: Any = self.cache_read_input_tokens
        if not (isinstance(cache_read_input_tokens, Unset) or cache_read_input_tokens is None):
            if isinstance(self.cache_read_input_tokens, Unset):
                cache_read_input_tokens = UNSET
            else:
                cache_read_input_tokens = self.cache_read_input_tokens

        cache_creation: Any = self.cache_creation
        if not (isinstance(cache_creation, Unset) or cache_creation is None):
            if isinstance(self.cache_creation, Unset):
                cache_creation = UNSET
            elif isinstance(self.cache_creation, AnthropicUsageCacheCreationType0):
                cache_creation = self.cache_creation.to_dict()
            else:
                cache_creation = self.cache_creation

        inference_geo: Any = self.inference_geo
        if not (isinstance(inference_geo, Unset) or inference_geo is None):
            if isinstance(self.inference_geo, Unset):
                inference_geo = UNSET
            else:
                inference_geo = self.inference_geo

        server_tool_use: Any = self.server_tool_use
        if not (isinstance(server_tool_use, Unset) or server_tool_use is None):
            if isinstance(self.server_tool_use, Unset):
                server_tool_use = UNSET
            elif isinstance(self.server_tool_use, AnthropicUsageServerToolUseType0):
                server_tool_use = self.server_tool_use.to_dict()
            else:
                server_tool_use = self.server_tool_use

        service_tier: Any = self.service_tier
        if not (isinstance(service_tier, Unset) or service_tier is None):
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            elif isinstance(self.service_tier, AnthropicUsageServiceTierType1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, AnthropicUsageServiceTierType2Type1):
                service_tier = self.service_tier.value
            elif isinstance(self.service_tier, AnthropicUsageServiceTierType3Type1):
                service_tier = self.service_tier.value
            else:
                service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if inference_geo is not UNSET:
            field_dict["inference_geo"] = inference_geo
        if server_tool_use is not UNSET:
            field_dict["server_tool_use"] = server_tool_use
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicUsage and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "input_tokens" not in data:
            return False
        if "output_tokens" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        _raw_cache_creation = d.pop("cache_creation", UNSET)
        cache_creation: Any = _raw_cache_creation
        if _raw_cache_creation is not None and _raw_cache_creation is not UNSET:
            cache_creation = _parse_cache_creation(_raw_cache_creation)

        inference_geo = d.pop("inference_geo", UNSET)

        _raw_server_tool_use = d.pop("server_tool_use", UNSET)
        server_tool_use: Any = _raw_server_tool_use
        if _raw_server_tool_use is not None and _raw_server_tool_use is not UNSET:
            server_tool_use = _parse_server_tool_use(_raw_server_tool_use)

        _raw_service_tier = d.pop("service_tier", UNSET)
        service_tier: Any = _raw_service_tier
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            service_tier = _parse_service_tier(_raw_service_tier)

        anthropic_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            cache_creation=cache_creation,
            inference_geo=inference_geo,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
        )

        anthropic_usage.additional_properties = d
        return anthropic_usage

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


def _parse_cache_creation(data: object) -> AnthropicUsageCacheCreationType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicUsageCacheCreationType0._matches(data):
        try:
            cache_creation_type_0 = AnthropicUsageCacheCreationType0.from_dict(data)

            return cache_creation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        cache_creation_type_0 = AnthropicUsageCacheCreationType0.from_dict(data)

        return cache_creation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicUsageCacheCreationType0 | None | Unset", data)


def _parse_server_tool_use(data: object) -> AnthropicUsageServerToolUseType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicUsageServerToolUseType0._matches(data):
        try:
            server_tool_use_type_0 = AnthropicUsageServerToolUseType0.from_dict(data)

            return server_tool_use_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        server_tool_use_type_0 = AnthropicUsageServerToolUseType0.from_dict(data)

        return server_tool_use_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("AnthropicUsageServerToolUseType0 | None | Unset", data)


def _parse_service_tier(
    data: object,
) -> (
    AnthropicUsageServiceTierType1
    | AnthropicUsageServiceTierType2Type1
    | AnthropicUsageServiceTierType3Type1
    | None
    | Unset
):
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if AnthropicUsageServiceTierType1.is_known(data):
        try:
            service_tier_type_1 = AnthropicUsageServiceTierType1._parse(data)

            return service_tier_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicUsageServiceTierType2Type1.is_known(data):
        try:
            service_tier_type_2_type_1 = AnthropicUsageServiceTierType2Type1._parse(data)

            return service_tier_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicUsageServiceTierType3Type1.is_known(data):
        try:
            service_tier_type_3_type_1 = AnthropicUsageServiceTierType3Type1._parse(data)

            return service_tier_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_1 = AnthropicUsageServiceTierType1._parse(data)

        return service_tier_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_2_type_1 = AnthropicUsageServiceTierType2Type1._parse(data)

        return service_tier_type_2_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_3_type_1 = AnthropicUsageServiceTierType3Type1._parse(data)

        return service_tier_type_3_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        "AnthropicUsageServiceTierType1 | AnthropicUsageServiceTierType2Type1 | AnthropicUsageServiceTierType3Type1 | None | Unset",
        data,
    )
