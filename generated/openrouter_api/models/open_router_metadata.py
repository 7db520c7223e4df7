from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_router_metadata_endpoints import OpenRouterMetadataEndpoints
    from ..models.open_router_metadata_pipeline_item import OpenRouterMetadataPipelineItem

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, OpenRouterMetadataEndpoints, OpenRouterMetadataPipelineItem
    from ..models.open_router_metadata_endpoints import OpenRouterMetadataEndpoints  # noqa: PLC0415
    from ..models.open_router_metadata_pipeline_item import OpenRouterMetadataPipelineItem  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenRouterMetadata")


@_attrs_define
class OpenRouterMetadata:
    """Routing details, returned when the X-OpenRouter-Metadata header is enabled.

    Example:
        {'attempt': 1, 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'region': 'iad', 'is_byok': False, 'summary':
            'available=1, selected=OpenAI', 'endpoints': {'total': 1, 'available': [{'model': 'openai/gpt-4o', 'provider':
            'OpenAI', 'selected': True}]}}

    Attributes:
        attempt (int | Unset): Which attempt produced this response (1 for the first).
        requested (str | Unset): The model asked for.
        strategy (str | Unset):
        region (str | Unset):
        is_byok (bool | Unset):
        summary (str | Unset):
        endpoints (OpenRouterMetadataEndpoints | Unset):
        pipeline (list[OpenRouterMetadataPipelineItem] | Unset): Steps such as guardrails that ran on the request.
    """

    attempt: int | Unset = UNSET
    requested: str | Unset = UNSET
    strategy: str | Unset = UNSET
    region: str | Unset = UNSET
    is_byok: bool | Unset = UNSET
    summary: str | Unset = UNSET
    endpoints: OpenRouterMetadataEndpoints | Unset = UNSET
    pipeline: list[OpenRouterMetadataPipelineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        attempt: Any = self.attempt

        requested: Any = self.requested

        strategy: Any = self.strategy

        region: Any = self.region

        is_byok: Any = self.is_byok

        summary: Any = self.summary

        endpoints: Any = self.endpoints
        if not (isinstance(endpoints, Unset) or endpoints is None):
            endpoints = UNSET
            if not isinstance(self.endpoints, Unset):
                endpoints = self.endpoints.to_dict()

        pipeline: Any = self.pipeline
        if not (isinstance(pipeline, Unset) or pipeline is None):
            pipeline = UNSET
            if not isinstance(self.pipeline, Unset):
                pipeline = []
                for pipeline_item_data in self.pipeline:
                    pipeline_item = pipeline_item_data.to_dict()
                    pipeline.append(pipeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if requested is not UNSET:
            field_dict["requested"] = requested
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if region is not UNSET:
            field_dict["region"] = region
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if summary is not UNSET:
            field_dict["summary"] = summary
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterMetadata and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        attempt = d.pop("attempt", UNSET)

        requested = d.pop("requested", UNSET)

        strategy = d.pop("strategy", UNSET)

        region = d.pop("region", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        summary = d.pop("summary", UNSET)

        _raw_endpoints = d.pop("endpoints", UNSET)
        endpoints: Any = _raw_endpoints
        if _raw_endpoints is not None and _raw_endpoints is not UNSET:
            _endpoints = _raw_endpoints
            endpoints: OpenRouterMetadataEndpoints | Unset
            if isinstance(_endpoints, Unset):
                endpoints = UNSET
            else:
                endpoints = OpenRouterMetadataEndpoints.from_dict(_endpoints)

        _raw_pipeline = d.pop("pipeline", UNSET)
        pipeline: Any = _raw_pipeline
        if _raw_pipeline is not None and _raw_pipeline is not UNSET:
            _pipeline = _raw_pipeline
            pipeline: list[OpenRouterMetadataPipelineItem] | Unset = UNSET
            if _pipeline is not UNSET:
                pipeline = []
                for pipeline_item_data in _pipeline:
                    pipeline_item = OpenRouterMetadataPipelineItem.from_dict(pipeline_item_data)

                    pipeline.append(pipeline_item)

        open_router_metadata = cls(
            attempt=attempt,
            requested=requested,
            strategy=strategy,
            region=region,
            is_byok=is_byok,
            summary=summary,
            endpoints=endpoints,
            pipeline=pipeline,
        )

        open_router_metadata.additional_properties = d
        return open_router_metadata

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
