from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_grafana_destination_type import ObservabilityGrafanaDestinationType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.observability_filter_rules_config import ObservabilityFilterRulesConfig
    from ..models.observability_grafana_destination_config import ObservabilityGrafanaDestinationConfig

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ObservabilityFilterRulesConfig, ObservabilityGrafanaDestinationConfig
    if _lazy_imports_resolved:
        return
    from ..models.observability_filter_rules_config import ObservabilityFilterRulesConfig  # noqa: PLC0415
    from ..models.observability_grafana_destination_config import ObservabilityGrafanaDestinationConfig  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ObservabilityGrafanaDestination")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "api_key_hashes",
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "config",
        "created_at",
        "enabled",
        "filter_rules",
        "id",
        "name",
        "privacy_mode",
        "sampling_rate",
        "type",
        "updated_at",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class ObservabilityGrafanaDestination:
    """
    Example:
        {'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'apiKey': 'glc_...AbCd', 'baseUrl': 'https://otlp-
            gateway-prod-us-west-0.grafana.net', 'instanceId': '123456'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled':
            True, 'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Grafana',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'grafana', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) whose
            traffic is forwarded to this destination. `null` means all keys.
        broadcast_generation_cost (bool): When true, include cost and billing generation metadata. Example: False.
        broadcast_generation_identity (bool): When true, include identity generation metadata. Example: False.
        broadcast_generation_request_context (bool): When true, include request-context generation metadata. Example:
            False.
        config (ObservabilityGrafanaDestinationConfig):
        created_at (str): ISO timestamp of when the destination was created. Example: 2025-08-24T10:30:00Z.
        enabled (bool): Whether this destination is currently enabled. Example: True.
        filter_rules (None | ObservabilityFilterRulesConfig):
        id (UUID): Stable public identifier for this destination. Example: 99999999-aaaa-bbbb-cccc-dddddddddddd.
        name (None | str): Human-readable name for the destination. Example: Production Langfuse.
        privacy_mode (bool): When true, request/response bodies are not forwarded to this destination — only metadata.
            Example: False.
        sampling_rate (float): Sampling rate for events sent to this destination, between 0.0001 and 1 (1 = 100%).
            Example: 1.
        type_ (ObservabilityGrafanaDestinationType):
        updated_at (str): ISO timestamp of when the destination was last updated. Example: 2025-08-24T15:45:00Z.
        workspace_id (UUID): ID of the workspace this destination belongs to. Example:
            550e8400-e29b-41d4-a716-446655440000.
    """

    _api_key_hashes: list[str] | None = _attrs_field(alias="api_key_hashes")
    _broadcast_generation_cost: bool = _attrs_field(alias="broadcast_generation_cost")
    _broadcast_generation_identity: bool = _attrs_field(alias="broadcast_generation_identity")
    _broadcast_generation_request_context: bool = _attrs_field(alias="broadcast_generation_request_context")
    _config: ObservabilityGrafanaDestinationConfig = _attrs_field(alias="config")
    _created_at: str = _attrs_field(alias="created_at")
    _enabled: bool = _attrs_field(alias="enabled")
    _filter_rules: None | ObservabilityFilterRulesConfig = _attrs_field(alias="filter_rules")
    _id: UUID = _attrs_field(alias="id")
    _name: None | str = _attrs_field(alias="name")
    _privacy_mode: bool = _attrs_field(alias="privacy_mode")
    _sampling_rate: float = _attrs_field(alias="sampling_rate")
    _type_: ObservabilityGrafanaDestinationType = _attrs_field(alias="type_")
    _updated_at: str = _attrs_field(alias="updated_at")
    _workspace_id: UUID = _attrs_field(alias="workspace_id")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def api_key_hashes(self) -> list[str] | None:
        value: Any = self._api_key_hashes
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "api_key_hashes")
        return value

    @api_key_hashes.setter
    def api_key_hashes(self, value: list[str] | None) -> None:
        self._api_key_hashes = value

    @property
    def broadcast_generation_cost(self) -> bool:
        value: Any = self._broadcast_generation_cost
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "broadcast_generation_cost")
        return value

    @broadcast_generation_cost.setter
    def broadcast_generation_cost(self, value: bool) -> None:
        self._broadcast_generation_cost = value

    @property
    def broadcast_generation_identity(self) -> bool:
        value: Any = self._broadcast_generation_identity
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "broadcast_generation_identity")
        return value

    @broadcast_generation_identity.setter
    def broadcast_generation_identity(self, value: bool) -> None:
        self._broadcast_generation_identity = value

    @property
    def broadcast_generation_request_context(self) -> bool:
        value: Any = self._broadcast_generation_request_context
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "broadcast_generation_request_context")
        return value

    @broadcast_generation_request_context.setter
    def broadcast_generation_request_context(self, value: bool) -> None:
        self._broadcast_generation_request_context = value

    @property
    def config(self) -> ObservabilityGrafanaDestinationConfig:
        value: Any = self._config
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "config")
        return value

    @config.setter
    def config(self, value: ObservabilityGrafanaDestinationConfig) -> None:
        self._config = value

    @property
    def created_at(self) -> str:
        value: Any = self._created_at
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: str) -> None:
        self._created_at = value

    @property
    def enabled(self) -> bool:
        value: Any = self._enabled
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "enabled")
        return value

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._enabled = value

    @property
    def filter_rules(self) -> None | ObservabilityFilterRulesConfig:
        value: Any = self._filter_rules
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "filter_rules")
        return value

    @filter_rules.setter
    def filter_rules(self, value: None | ObservabilityFilterRulesConfig) -> None:
        self._filter_rules = value

    @property
    def id(self) -> UUID:
        value: Any = self._id
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    @property
    def name(self) -> None | str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "name")
        return value

    @name.setter
    def name(self, value: None | str) -> None:
        self._name = value

    @property
    def privacy_mode(self) -> bool:
        value: Any = self._privacy_mode
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "privacy_mode")
        return value

    @privacy_mode.setter
    def privacy_mode(self, value: bool) -> None:
        self._privacy_mode = value

    @property
    def sampling_rate(self) -> float:
        value: Any = self._sampling_rate
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "sampling_rate")
        return value

    @sampling_rate.setter
    def sampling_rate(self, value: float) -> None:
        self._sampling_rate = value

    @property
    def type_(self) -> ObservabilityGrafanaDestinationType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "type")
        return value

    @type_.setter
    def type_(self, value: ObservabilityGrafanaDestinationType) -> None:
        self._type_ = value

    @property
    def updated_at(self) -> str:
        value: Any = self._updated_at
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "updated_at")
        return value

    @updated_at.setter
    def updated_at(self, value: str) -> None:
        self._updated_at = value

    @property
    def workspace_id(self) -> UUID:
        value: Any = self._workspace_id
        if value is UNSET:
            raise MissingFieldError("ObservabilityGrafanaDestination", "workspace_id")
        return value

    @workspace_id.setter
    def workspace_id(self, value: UUID) -> None:
        self._workspace_id = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"api_key_hashes={self._api_key_hashes!r}, "
            f"broadcast_generation_cost={self._broadcast_generation_cost!r}, "
            f"broadcast_generation_identity={self._broadcast_generation_identity!r}, "
            f"broadcast_generation_request_context={self._broadcast_generation_request_context!r}, "
            f"config={self._config!r}, "
            f"created_at={self._created_at!r}, "
            f"enabled={self._enabled!r}, "
            f"filter_rules={self._filter_rules!r}, "
            f"id={self._id!r}, "
            f"name={self._name!r}, "
            f"privacy_mode={self._privacy_mode!r}, "
            f"sampling_rate={self._sampling_rate!r}, "
            f"type_={self._type_!r}, "
            f"updated_at={self._updated_at!r}, "
            f"workspace_id={self._workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        api_key_hashes: Any = self._api_key_hashes
        if not (isinstance(api_key_hashes, Unset) or api_key_hashes is None):
            if isinstance(self._api_key_hashes, list):
                api_key_hashes = self._api_key_hashes

            else:
                api_key_hashes = self._api_key_hashes

        broadcast_generation_cost: Any = self._broadcast_generation_cost

        broadcast_generation_identity: Any = self._broadcast_generation_identity

        broadcast_generation_request_context: Any = self._broadcast_generation_request_context

        config: Any = self._config
        if not (isinstance(config, Unset) or config is None):
            config = self._config.to_dict()

        created_at: Any = self._created_at

        enabled: Any = self._enabled

        filter_rules: Any = self._filter_rules
        if not (isinstance(filter_rules, Unset) or filter_rules is None):
            if isinstance(self._filter_rules, ObservabilityFilterRulesConfig):
                filter_rules = self._filter_rules.to_dict()
            else:
                filter_rules = self._filter_rules

        id: Any = self._id
        if not (isinstance(id, Unset) or id is None):
            id = str(self._id)

        name: Any = self._name

        privacy_mode: Any = self._privacy_mode

        sampling_rate: Any = self._sampling_rate

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        updated_at: Any = self._updated_at

        workspace_id: Any = self._workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(self._workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if api_key_hashes is not UNSET:
            field_dict["api_key_hashes"] = api_key_hashes
        if broadcast_generation_cost is not UNSET:
            field_dict["broadcast_generation_cost"] = broadcast_generation_cost
        if broadcast_generation_identity is not UNSET:
            field_dict["broadcast_generation_identity"] = broadcast_generation_identity
        if broadcast_generation_request_context is not UNSET:
            field_dict["broadcast_generation_request_context"] = broadcast_generation_request_context
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if filter_rules is not UNSET:
            field_dict["filter_rules"] = filter_rules
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if privacy_mode is not UNSET:
            field_dict["privacy_mode"] = privacy_mode
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ObservabilityGrafanaDestination and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "api_key_hashes" not in data:
            return False
        if "broadcast_generation_cost" not in data:
            return False
        if "broadcast_generation_identity" not in data:
            return False
        if "broadcast_generation_request_context" not in data:
            return False
        if "config" not in data:
            return False
        if "created_at" not in data:
            return False
        if "enabled" not in data:
            return False
        if "filter_rules" not in data:
            return False
        if "id" not in data:
            return False
        if "name" not in data:
            return False
        if "privacy_mode" not in data:
            return False
        if "sampling_rate" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not ObservabilityGrafanaDestinationType.is_known(data["type"]):
            return False
        if "updated_at" not in data:
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
                    f"ObservabilityGrafanaDestination is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "api_key_hashes"
            _raw_api_key_hashes = d.get("api_key_hashes", UNSET)
            api_key_hashes: Any = _raw_api_key_hashes
            if _raw_api_key_hashes is not None and _raw_api_key_hashes is not UNSET:
                api_key_hashes = _parse_api_key_hashes(_raw_api_key_hashes)

            broadcast_generation_cost = d.get("broadcast_generation_cost", UNSET)

            broadcast_generation_identity = d.get("broadcast_generation_identity", UNSET)

            broadcast_generation_request_context = d.get("broadcast_generation_request_context", UNSET)

            _field = "config"
            _raw_config = d.get("config", UNSET)
            config: Any = _raw_config
            if _raw_config is not None and _raw_config is not UNSET:
                config = ObservabilityGrafanaDestinationConfig.from_dict(_raw_config)

            created_at = d.get("created_at", UNSET)

            enabled = d.get("enabled", UNSET)

            _field = "filter_rules"
            _raw_filter_rules = d.get("filter_rules", UNSET)
            filter_rules: Any = _raw_filter_rules
            if _raw_filter_rules is not None and _raw_filter_rules is not UNSET:
                filter_rules = (
                    ObservabilityFilterRulesConfig.from_dict(_raw_filter_rules)
                    if type(_raw_filter_rules) is dict
                    else _parse_filter_rules(_raw_filter_rules)
                )

            _field = "id"
            _raw_id = d.get("id", UNSET)
            id: Any = _raw_id
            if _raw_id is not None and _raw_id is not UNSET:
                id = UUID(_raw_id)

            name = d.get("name", UNSET)

            privacy_mode = d.get("privacy_mode", UNSET)

            sampling_rate = d.get("sampling_rate", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = ObservabilityGrafanaDestinationType._value2member_map_.get(
                    _raw_type_
                ) or ObservabilityGrafanaDestinationType._parse(_raw_type_)

            updated_at = d.get("updated_at", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("ObservabilityGrafanaDestination", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ObservabilityGrafanaDestination", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        observability_grafana_destination = cls(
            api_key_hashes,
            broadcast_generation_cost,
            broadcast_generation_identity,
            broadcast_generation_request_context,
            config,
            created_at,
            enabled,
            filter_rules,
            id,
            name,
            privacy_mode,
            sampling_rate,
            type_,
            updated_at,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            observability_grafana_destination.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return observability_grafana_destination

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


ObservabilityGrafanaDestination.__annotations__ = ResolvingAnnotations(
    ObservabilityGrafanaDestination.__annotations__, _resolve_lazy_imports
)


def _parse_api_key_hashes(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        api_key_hashes_type_0 = cast("list[str]", data)

        return api_key_hashes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None", data)


def _parse_filter_rules(data: object) -> None | ObservabilityFilterRulesConfig:
    if data is None:
        return data
    if ObservabilityFilterRulesConfig._matches(data):
        try:
            filter_rules_type_0 = ObservabilityFilterRulesConfig.from_dict(data)

            return filter_rules_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filter_rules_type_0 = ObservabilityFilterRulesConfig.from_dict(data)

        return filter_rules_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ObservabilityFilterRulesConfig", data)
