from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_arize_destination import ObservabilityArizeDestination
    from ..models.observability_braintrust_destination import ObservabilityBraintrustDestination
    from ..models.observability_clickhouse_destination import ObservabilityClickhouseDestination
    from ..models.observability_datadog_destination import ObservabilityDatadogDestination
    from ..models.observability_grafana_destination import ObservabilityGrafanaDestination
    from ..models.observability_langfuse_destination import ObservabilityLangfuseDestination
    from ..models.observability_langsmith_destination import ObservabilityLangsmithDestination
    from ..models.observability_newrelic_destination import ObservabilityNewrelicDestination
    from ..models.observability_opik_destination import ObservabilityOpikDestination
    from ..models.observability_otel_collector_destination import ObservabilityOtelCollectorDestination
    from ..models.observability_posthog_destination import ObservabilityPosthogDestination
    from ..models.observability_ramp_destination import ObservabilityRampDestination
    from ..models.observability_s3_destination import ObservabilityS3Destination
    from ..models.observability_sentry_destination import ObservabilitySentryDestination
    from ..models.observability_snowflake_destination import ObservabilitySnowflakeDestination
    from ..models.observability_weave_destination import ObservabilityWeaveDestination
    from ..models.observability_webhook_destination import ObservabilityWebhookDestination

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        ObservabilityArizeDestination, \
        ObservabilityBraintrustDestination, \
        ObservabilityClickhouseDestination, \
        ObservabilityDatadogDestination, \
        ObservabilityGrafanaDestination, \
        ObservabilityLangfuseDestination, \
        ObservabilityLangsmithDestination, \
        ObservabilityNewrelicDestination, \
        ObservabilityOpikDestination, \
        ObservabilityOtelCollectorDestination, \
        ObservabilityPosthogDestination, \
        ObservabilityRampDestination, \
        ObservabilityS3Destination, \
        ObservabilitySentryDestination, \
        ObservabilitySnowflakeDestination, \
        ObservabilityWeaveDestination, \
        ObservabilityWebhookDestination
    if _lazy_imports_resolved:
        return
    from ..models.observability_arize_destination import ObservabilityArizeDestination  # noqa: PLC0415
    from ..models.observability_braintrust_destination import ObservabilityBraintrustDestination  # noqa: PLC0415
    from ..models.observability_clickhouse_destination import ObservabilityClickhouseDestination  # noqa: PLC0415
    from ..models.observability_datadog_destination import ObservabilityDatadogDestination  # noqa: PLC0415
    from ..models.observability_grafana_destination import ObservabilityGrafanaDestination  # noqa: PLC0415
    from ..models.observability_langfuse_destination import ObservabilityLangfuseDestination  # noqa: PLC0415
    from ..models.observability_langsmith_destination import ObservabilityLangsmithDestination  # noqa: PLC0415
    from ..models.observability_newrelic_destination import ObservabilityNewrelicDestination  # noqa: PLC0415
    from ..models.observability_opik_destination import ObservabilityOpikDestination  # noqa: PLC0415
    from ..models.observability_otel_collector_destination import ObservabilityOtelCollectorDestination  # noqa: PLC0415
    from ..models.observability_posthog_destination import ObservabilityPosthogDestination  # noqa: PLC0415
    from ..models.observability_ramp_destination import ObservabilityRampDestination  # noqa: PLC0415
    from ..models.observability_s3_destination import ObservabilityS3Destination  # noqa: PLC0415
    from ..models.observability_sentry_destination import ObservabilitySentryDestination  # noqa: PLC0415
    from ..models.observability_snowflake_destination import ObservabilitySnowflakeDestination  # noqa: PLC0415
    from ..models.observability_weave_destination import ObservabilityWeaveDestination  # noqa: PLC0415
    from ..models.observability_webhook_destination import ObservabilityWebhookDestination  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="GetObservabilityDestinationResponse")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"data"})


@_attrs_define(repr=False)
class GetObservabilityDestinationResponse:
    """
    Example:
        {'data': {'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'baseUrl': 'https://us.cloud.langfuse.com',
            'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True,
            'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Langfuse',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'langfuse', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}}

    Attributes:
        data (ObservabilityArizeDestination | ObservabilityBraintrustDestination | ObservabilityClickhouseDestination |
            ObservabilityDatadogDestination | ObservabilityGrafanaDestination | ObservabilityLangfuseDestination |
            ObservabilityLangsmithDestination | ObservabilityNewrelicDestination | ObservabilityOpikDestination |
            ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination | ObservabilityRampDestination |
            ObservabilityS3Destination | ObservabilitySentryDestination | ObservabilitySnowflakeDestination |
            ObservabilityWeaveDestination | ObservabilityWebhookDestination):  Example: {'api_key_hashes': None,
            'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'baseUrl': 'https://us.cloud.langfuse.com',
            'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True,
            'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Langfuse',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'langfuse', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}.
    """

    _data: (
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ) = _attrs_field(alias="data")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def data(
        self,
    ) -> (
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ):
        value: Any = self._data
        if value is UNSET:
            raise MissingFieldError("GetObservabilityDestinationResponse", "data")
        return value

    @data.setter
    def data(
        self,
        value: ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination,
    ) -> None:
        self._data = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self._data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        data: Any = self._data
        if not (isinstance(data, Unset) or data is None):
            if isinstance(self._data, ObservabilityArizeDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityBraintrustDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityClickhouseDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityDatadogDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityGrafanaDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityLangfuseDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityLangsmithDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityNewrelicDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityOpikDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityOtelCollectorDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityPosthogDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityRampDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityS3Destination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilitySentryDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilitySnowflakeDestination):
                data = self._data.to_dict()
            elif isinstance(self._data, ObservabilityWeaveDestination):
                data = self._data.to_dict()
            else:
                data = self._data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of GetObservabilityDestinationResponse and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "data" not in data:
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
                    f"GetObservabilityDestinationResponse is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "data"
            _raw_data = d.get("data", UNSET)
            data: Any = _raw_data
            if _raw_data is not None and _raw_data is not UNSET:
                data = _parse_data(_raw_data)

        except FieldParseError as error:
            raise error.within("GetObservabilityDestinationResponse", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("GetObservabilityDestinationResponse", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        get_observability_destination_response = cls(
            data,
        )

        if not _DECLARED_KEYS.issuperset(d):
            get_observability_destination_response.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return get_observability_destination_response

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


GetObservabilityDestinationResponse.__annotations__ = ResolvingAnnotations(
    GetObservabilityDestinationResponse.__annotations__, _resolve_lazy_imports
)


def _parse_data(
    data: object,
) -> (
    ObservabilityArizeDestination
    | ObservabilityBraintrustDestination
    | ObservabilityClickhouseDestination
    | ObservabilityDatadogDestination
    | ObservabilityGrafanaDestination
    | ObservabilityLangfuseDestination
    | ObservabilityLangsmithDestination
    | ObservabilityNewrelicDestination
    | ObservabilityOpikDestination
    | ObservabilityOtelCollectorDestination
    | ObservabilityPosthogDestination
    | ObservabilityRampDestination
    | ObservabilityS3Destination
    | ObservabilitySentryDestination
    | ObservabilitySnowflakeDestination
    | ObservabilityWeaveDestination
    | ObservabilityWebhookDestination
):
    if ObservabilityArizeDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_0 = ObservabilityArizeDestination.from_dict(data)

            return componentsschemas_observability_destination_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityBraintrustDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_1 = ObservabilityBraintrustDestination.from_dict(data)

            return componentsschemas_observability_destination_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityClickhouseDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_2 = ObservabilityClickhouseDestination.from_dict(data)

            return componentsschemas_observability_destination_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityDatadogDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_3 = ObservabilityDatadogDestination.from_dict(data)

            return componentsschemas_observability_destination_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityGrafanaDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_4 = ObservabilityGrafanaDestination.from_dict(data)

            return componentsschemas_observability_destination_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityLangfuseDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_5 = ObservabilityLangfuseDestination.from_dict(data)

            return componentsschemas_observability_destination_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityLangsmithDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_6 = ObservabilityLangsmithDestination.from_dict(data)

            return componentsschemas_observability_destination_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityNewrelicDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_7 = ObservabilityNewrelicDestination.from_dict(data)

            return componentsschemas_observability_destination_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityOpikDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_8 = ObservabilityOpikDestination.from_dict(data)

            return componentsschemas_observability_destination_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityOtelCollectorDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_9 = ObservabilityOtelCollectorDestination.from_dict(data)

            return componentsschemas_observability_destination_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityPosthogDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_10 = ObservabilityPosthogDestination.from_dict(data)

            return componentsschemas_observability_destination_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityRampDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_11 = ObservabilityRampDestination.from_dict(data)

            return componentsschemas_observability_destination_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityS3Destination._matches(data):
        try:
            componentsschemas_observability_destination_type_12 = ObservabilityS3Destination.from_dict(data)

            return componentsschemas_observability_destination_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilitySentryDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_13 = ObservabilitySentryDestination.from_dict(data)

            return componentsschemas_observability_destination_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilitySnowflakeDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_14 = ObservabilitySnowflakeDestination.from_dict(data)

            return componentsschemas_observability_destination_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityWeaveDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_15 = ObservabilityWeaveDestination.from_dict(data)

            return componentsschemas_observability_destination_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ObservabilityWebhookDestination._matches(data):
        try:
            componentsschemas_observability_destination_type_16 = ObservabilityWebhookDestination.from_dict(data)

            return componentsschemas_observability_destination_type_16
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_0 = ObservabilityArizeDestination.from_dict(data)

        return componentsschemas_observability_destination_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_1 = ObservabilityBraintrustDestination.from_dict(data)

        return componentsschemas_observability_destination_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_2 = ObservabilityClickhouseDestination.from_dict(data)

        return componentsschemas_observability_destination_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_3 = ObservabilityDatadogDestination.from_dict(data)

        return componentsschemas_observability_destination_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_4 = ObservabilityGrafanaDestination.from_dict(data)

        return componentsschemas_observability_destination_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_5 = ObservabilityLangfuseDestination.from_dict(data)

        return componentsschemas_observability_destination_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_6 = ObservabilityLangsmithDestination.from_dict(data)

        return componentsschemas_observability_destination_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_7 = ObservabilityNewrelicDestination.from_dict(data)

        return componentsschemas_observability_destination_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_8 = ObservabilityOpikDestination.from_dict(data)

        return componentsschemas_observability_destination_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_9 = ObservabilityOtelCollectorDestination.from_dict(data)

        return componentsschemas_observability_destination_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_10 = ObservabilityPosthogDestination.from_dict(data)

        return componentsschemas_observability_destination_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_11 = ObservabilityRampDestination.from_dict(data)

        return componentsschemas_observability_destination_type_11
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_12 = ObservabilityS3Destination.from_dict(data)

        return componentsschemas_observability_destination_type_12
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_13 = ObservabilitySentryDestination.from_dict(data)

        return componentsschemas_observability_destination_type_13
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_14 = ObservabilitySnowflakeDestination.from_dict(data)

        return componentsschemas_observability_destination_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_observability_destination_type_15 = ObservabilityWeaveDestination.from_dict(data)

        return componentsschemas_observability_destination_type_15
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_observability_destination_type_16 = ObservabilityWebhookDestination.from_dict(data)

    return componentsschemas_observability_destination_type_16
