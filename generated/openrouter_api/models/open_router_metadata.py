from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_strategy import RoutingStrategy
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.endpoints_metadata import EndpointsMetadata
    from ..models.pipeline_stage import PipelineStage
    from ..models.router_attempt import RouterAttempt
    from ..models.router_params import RouterParams

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, EndpointsMetadata, PipelineStage, RouterAttempt, RouterParams
    if _lazy_imports_resolved:
        return
    from ..models.endpoints_metadata import EndpointsMetadata  # noqa: PLC0415
    from ..models.pipeline_stage import PipelineStage  # noqa: PLC0415
    from ..models.router_attempt import RouterAttempt  # noqa: PLC0415
    from ..models.router_params import RouterParams  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="OpenRouterMetadata")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {"attempt", "endpoints", "is_byok", "region", "requested", "strategy", "summary", "attempts", "params", "pipeline"}
)


@_attrs_define(repr=False)
class OpenRouterMetadata:
    """
    Example:
        {'attempt': 1, 'endpoints': {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}],
            'total': 1}, 'is_byok': False, 'region': 'iad', 'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary':
            'available=1, selected=OpenAI'}

    Attributes:
        attempt (int):
        endpoints (EndpointsMetadata):  Example: {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI',
            'selected': True}], 'total': 3}.
        is_byok (bool):
        region (None | str):
        requested (str):
        strategy (RoutingStrategy):  Example: direct.
        summary (str):
        attempts (list[RouterAttempt] | Unset):
        params (RouterParams | Unset):  Example: {'version_group': 'anthropic/claude-sonnet-4'}.
        pipeline (list[PipelineStage] | Unset):
    """

    _attempt: int = _attrs_field(alias="attempt")
    _endpoints: EndpointsMetadata = _attrs_field(alias="endpoints")
    _is_byok: bool = _attrs_field(alias="is_byok")
    _region: None | str = _attrs_field(alias="region")
    _requested: str = _attrs_field(alias="requested")
    _strategy: RoutingStrategy = _attrs_field(alias="strategy")
    _summary: str = _attrs_field(alias="summary")
    attempts: list[RouterAttempt] | Unset = UNSET
    params: RouterParams | Unset = UNSET
    pipeline: list[PipelineStage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def attempt(self) -> int:
        value: Any = self._attempt
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "attempt")
        return value

    @attempt.setter
    def attempt(self, value: int) -> None:
        self._attempt = value

    @property
    def endpoints(self) -> EndpointsMetadata:
        value: Any = self._endpoints
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "endpoints")
        return value

    @endpoints.setter
    def endpoints(self, value: EndpointsMetadata) -> None:
        self._endpoints = value

    @property
    def is_byok(self) -> bool:
        value: Any = self._is_byok
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "is_byok")
        return value

    @is_byok.setter
    def is_byok(self, value: bool) -> None:
        self._is_byok = value

    @property
    def region(self) -> None | str:
        value: Any = self._region
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "region")
        return value

    @region.setter
    def region(self, value: None | str) -> None:
        self._region = value

    @property
    def requested(self) -> str:
        value: Any = self._requested
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "requested")
        return value

    @requested.setter
    def requested(self, value: str) -> None:
        self._requested = value

    @property
    def strategy(self) -> RoutingStrategy:
        value: Any = self._strategy
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "strategy")
        return value

    @strategy.setter
    def strategy(self, value: RoutingStrategy) -> None:
        self._strategy = value

    @property
    def summary(self) -> str:
        value: Any = self._summary
        if value is UNSET:
            raise MissingFieldError("OpenRouterMetadata", "summary")
        return value

    @summary.setter
    def summary(self, value: str) -> None:
        self._summary = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"attempt={self._attempt!r}, "
            f"endpoints={self._endpoints!r}, "
            f"is_byok={self._is_byok!r}, "
            f"region={self._region!r}, "
            f"requested={self._requested!r}, "
            f"strategy={self._strategy!r}, "
            f"summary={self._summary!r}, "
            f"attempts={self.attempts!r}, "
            f"params={self.params!r}, "
            f"pipeline={self.pipeline!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        attempt: Any = self._attempt

        endpoints: Any = self._endpoints
        if not (isinstance(endpoints, Unset) or endpoints is None):
            endpoints = self._endpoints.to_dict()

        is_byok: Any = self._is_byok

        region: Any = self._region

        requested: Any = self._requested

        strategy: Any = self._strategy
        if not (isinstance(strategy, Unset) or strategy is None):
            strategy = self._strategy.value

        summary: Any = self._summary

        attempts: Any = self.attempts
        if not (isinstance(attempts, Unset) or attempts is None):
            attempts = []
            for attempts_item_data in self.attempts:
                attempts_item = attempts_item_data.to_dict()
                attempts.append(attempts_item)

        params: Any = self.params
        if not (isinstance(params, Unset) or params is None):
            params = params.to_dict()

        pipeline: Any = self.pipeline
        if not (isinstance(pipeline, Unset) or pipeline is None):
            pipeline = []
            for pipeline_item_data in self.pipeline:
                pipeline_item = pipeline_item_data.to_dict()
                pipeline.append(pipeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if region is not UNSET:
            field_dict["region"] = region
        if requested is not UNSET:
            field_dict["requested"] = requested
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if summary is not UNSET:
            field_dict["summary"] = summary
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if params is not UNSET:
            field_dict["params"] = params
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of OpenRouterMetadata and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "attempt" not in data:
            return False
        if "endpoints" not in data:
            return False
        if "is_byok" not in data:
            return False
        if "region" not in data:
            return False
        if "requested" not in data:
            return False
        if "strategy" not in data:
            return False
        if "strategy" in data and not RoutingStrategy.is_known(data["strategy"]):
            return False
        if "summary" not in data:
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
                    f"OpenRouterMetadata is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            attempt = d.get("attempt", UNSET)

            _field = "endpoints"
            _raw_endpoints = d.get("endpoints", UNSET)
            endpoints: Any = _raw_endpoints
            if _raw_endpoints is not None and _raw_endpoints is not UNSET:
                endpoints = EndpointsMetadata.from_dict(_raw_endpoints)

            is_byok = d.get("is_byok", UNSET)

            region = d.get("region", UNSET)

            requested = d.get("requested", UNSET)

            _field = "strategy"
            _raw_strategy = d.get("strategy", UNSET)
            strategy: Any = _raw_strategy
            if _raw_strategy is not None and _raw_strategy is not UNSET:
                strategy = RoutingStrategy._value2member_map_.get(_raw_strategy) or RoutingStrategy._parse(
                    _raw_strategy
                )

            summary = d.get("summary", UNSET)

            _field = "attempts"
            _raw_attempts = d.get("attempts", UNSET)
            attempts: Any = _raw_attempts
            if _raw_attempts is not None and _raw_attempts is not UNSET:
                attempts = [RouterAttempt.from_dict(attempts_item_data) for attempts_item_data in _raw_attempts]

            _field = "params"
            _raw_params = d.get("params", UNSET)
            params: Any = _raw_params
            if _raw_params is not None and _raw_params is not UNSET:
                params = RouterParams.from_dict(_raw_params)

            _field = "pipeline"
            _raw_pipeline = d.get("pipeline", UNSET)
            pipeline: Any = _raw_pipeline
            if _raw_pipeline is not None and _raw_pipeline is not UNSET:
                pipeline = [PipelineStage.from_dict(pipeline_item_data) for pipeline_item_data in _raw_pipeline]

        except FieldParseError as error:
            raise error.within("OpenRouterMetadata", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OpenRouterMetadata", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        open_router_metadata = cls(
            attempt,
            endpoints,
            is_byok,
            region,
            requested,
            strategy,
            summary,
            attempts,
            params,
            pipeline,
        )

        if not _DECLARED_KEYS.issuperset(d):
            open_router_metadata.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


OpenRouterMetadata.__annotations__ = ResolvingAnnotations(OpenRouterMetadata.__annotations__, _resolve_lazy_imports)
