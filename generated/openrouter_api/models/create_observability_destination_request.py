from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_observability_destination_request_type import CreateObservabilityDestinationRequestType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.create_observability_destination_request_config import CreateObservabilityDestinationRequestConfig
    from ..models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, CreateObservabilityDestinationRequestConfig, ObservabilityFilterRulesConfigNullable
    if _lazy_imports_resolved:
        return
    from ..models.create_observability_destination_request_config import CreateObservabilityDestinationRequestConfig  # noqa: PLC0415
    from ..models.observability_filter_rules_config_nullable import ObservabilityFilterRulesConfigNullable  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="CreateObservabilityDestinationRequest")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "config",
        "name",
        "type",
        "api_key_hashes",
        "broadcast_generation_cost",
        "broadcast_generation_identity",
        "broadcast_generation_request_context",
        "enabled",
        "filter_rules",
        "privacy_mode",
        "sampling_rate",
        "workspace_id",
    }
)


@_attrs_define(repr=False)
class CreateObservabilityDestinationRequest:
    """
    Example:
        {'config': {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}

    Attributes:
        config (CreateObservabilityDestinationRequestConfig): Provider-specific configuration. The shape depends on
            `type` and is validated server-side. Example: {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey':
            'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}.
        name (str): Human-readable name for the destination. Example: Production Langfuse.
        type_ (CreateObservabilityDestinationRequestType): The destination type. Only stable destination types are
            accepted. Example: langfuse.
        api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes whose traffic is
            forwarded. `null` or omitted means all keys. Must contain at least one hash if provided.
        broadcast_generation_cost (bool | Unset): When true, include cost and billing generation metadata. Default:
            False. Example: False.
        broadcast_generation_identity (bool | Unset): When true, include identity generation metadata. Default: False.
            Example: False.
        broadcast_generation_request_context (bool | Unset): When true, include request-context generation metadata.
            Default: False. Example: False.
        enabled (bool | Unset): Whether this destination should be enabled immediately. Default: True. Example: True.
        filter_rules (None | ObservabilityFilterRulesConfigNullable | Unset):
        privacy_mode (bool | Unset): When true, request/response bodies are not forwarded — only metadata. Default:
            False. Example: False.
        sampling_rate (float | Unset): Sampling rate between 0.0001 and 1 (1 = 100%). Example: 1.
        workspace_id (UUID | Unset): Optional workspace ID. Defaults to the authenticated entity's default workspace.
            Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    _config: CreateObservabilityDestinationRequestConfig = _attrs_field(alias="config")
    _name: str = _attrs_field(alias="name")
    _type_: CreateObservabilityDestinationRequestType = _attrs_field(alias="type_")
    api_key_hashes: list[str] | None | Unset = UNSET
    broadcast_generation_cost: bool | Unset = False
    broadcast_generation_identity: bool | Unset = False
    broadcast_generation_request_context: bool | Unset = False
    enabled: bool | Unset = True
    filter_rules: None | ObservabilityFilterRulesConfigNullable | Unset = UNSET
    privacy_mode: bool | Unset = False
    sampling_rate: float | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def config(self) -> CreateObservabilityDestinationRequestConfig:
        value: Any = self._config
        if value is UNSET:
            raise MissingFieldError("CreateObservabilityDestinationRequest", "config")
        return value

    @config.setter
    def config(self, value: CreateObservabilityDestinationRequestConfig) -> None:
        self._config = value

    @property
    def name(self) -> str:
        value: Any = self._name
        if value is UNSET:
            raise MissingFieldError("CreateObservabilityDestinationRequest", "name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def type_(self) -> CreateObservabilityDestinationRequestType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("CreateObservabilityDestinationRequest", "type")
        return value

    @type_.setter
    def type_(self, value: CreateObservabilityDestinationRequestType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"config={self._config!r}, "
            f"name={self._name!r}, "
            f"type_={self._type_!r}, "
            f"api_key_hashes={self.api_key_hashes!r}, "
            f"broadcast_generation_cost={self.broadcast_generation_cost!r}, "
            f"broadcast_generation_identity={self.broadcast_generation_identity!r}, "
            f"broadcast_generation_request_context={self.broadcast_generation_request_context!r}, "
            f"enabled={self.enabled!r}, "
            f"filter_rules={self.filter_rules!r}, "
            f"privacy_mode={self.privacy_mode!r}, "
            f"sampling_rate={self.sampling_rate!r}, "
            f"workspace_id={self.workspace_id!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        config: Any = self._config
        if not (isinstance(config, Unset) or config is None):
            config = self._config.to_dict()

        name: Any = self._name

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        api_key_hashes: Any = self.api_key_hashes
        if not (isinstance(api_key_hashes, Unset) or api_key_hashes is None):
            if isinstance(self.api_key_hashes, list):
                api_key_hashes = self.api_key_hashes

            else:
                api_key_hashes = self.api_key_hashes

        broadcast_generation_cost: Any = self.broadcast_generation_cost

        broadcast_generation_identity: Any = self.broadcast_generation_identity

        broadcast_generation_request_context: Any = self.broadcast_generation_request_context

        enabled: Any = self.enabled

        filter_rules: Any = self.filter_rules
        if not (isinstance(filter_rules, Unset) or filter_rules is None):
            if isinstance(self.filter_rules, ObservabilityFilterRulesConfigNullable):
                filter_rules = self.filter_rules.to_dict()
            else:
                filter_rules = self.filter_rules

        privacy_mode: Any = self.privacy_mode

        sampling_rate: Any = self.sampling_rate

        workspace_id: Any = self.workspace_id
        if not (isinstance(workspace_id, Unset) or workspace_id is None):
            workspace_id = str(workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if config is not UNSET:
            field_dict["config"] = config
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if api_key_hashes is not UNSET:
            field_dict["api_key_hashes"] = api_key_hashes
        if broadcast_generation_cost is not UNSET:
            field_dict["broadcast_generation_cost"] = broadcast_generation_cost
        if broadcast_generation_identity is not UNSET:
            field_dict["broadcast_generation_identity"] = broadcast_generation_identity
        if broadcast_generation_request_context is not UNSET:
            field_dict["broadcast_generation_request_context"] = broadcast_generation_request_context
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if filter_rules is not UNSET:
            field_dict["filter_rules"] = filter_rules
        if privacy_mode is not UNSET:
            field_dict["privacy_mode"] = privacy_mode
        if sampling_rate is not UNSET:
            field_dict["sampling_rate"] = sampling_rate
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of CreateObservabilityDestinationRequest and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "config" not in data:
            return False
        if "name" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not CreateObservabilityDestinationRequestType.is_known(data["type"]):
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
                    f"CreateObservabilityDestinationRequest is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "config"
            _raw_config = d.get("config", UNSET)
            config: Any = _raw_config
            if _raw_config is not None and _raw_config is not UNSET:
                config = CreateObservabilityDestinationRequestConfig.from_dict(_raw_config)

            name = d.get("name", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = CreateObservabilityDestinationRequestType._value2member_map_.get(
                    _raw_type_
                ) or CreateObservabilityDestinationRequestType._parse(_raw_type_)

            _field = "api_key_hashes"
            _raw_api_key_hashes = d.get("api_key_hashes", UNSET)
            api_key_hashes: Any = _raw_api_key_hashes
            if _raw_api_key_hashes is not None and _raw_api_key_hashes is not UNSET:
                api_key_hashes = _parse_api_key_hashes(_raw_api_key_hashes)

            broadcast_generation_cost = d.get("broadcast_generation_cost", UNSET)

            broadcast_generation_identity = d.get("broadcast_generation_identity", UNSET)

            broadcast_generation_request_context = d.get("broadcast_generation_request_context", UNSET)

            enabled = d.get("enabled", UNSET)

            _field = "filter_rules"
            _raw_filter_rules = d.get("filter_rules", UNSET)
            filter_rules: Any = _raw_filter_rules
            if _raw_filter_rules is not None and _raw_filter_rules is not UNSET:
                filter_rules = (
                    ObservabilityFilterRulesConfigNullable.from_dict(_raw_filter_rules)
                    if type(_raw_filter_rules) is dict
                    else _parse_filter_rules(_raw_filter_rules)
                )

            privacy_mode = d.get("privacy_mode", UNSET)

            sampling_rate = d.get("sampling_rate", UNSET)

            _field = "workspace_id"
            _raw_workspace_id = d.get("workspace_id", UNSET)
            workspace_id: Any = _raw_workspace_id
            if _raw_workspace_id is not None and _raw_workspace_id is not UNSET:
                workspace_id = UUID(_raw_workspace_id)

        except FieldParseError as error:
            raise error.within("CreateObservabilityDestinationRequest", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("CreateObservabilityDestinationRequest", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        create_observability_destination_request = cls(
            config,
            name,
            type_,
            api_key_hashes,
            broadcast_generation_cost,
            broadcast_generation_identity,
            broadcast_generation_request_context,
            enabled,
            filter_rules,
            privacy_mode,
            sampling_rate,
            workspace_id,
        )

        if not _DECLARED_KEYS.issuperset(d):
            create_observability_destination_request.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return create_observability_destination_request

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


CreateObservabilityDestinationRequest.__annotations__ = ResolvingAnnotations(
    CreateObservabilityDestinationRequest.__annotations__, _resolve_lazy_imports
)


def _parse_api_key_hashes(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    try:
        if not isinstance(data, list):
            raise TypeError()
        api_key_hashes_type_0 = cast("list[str]", data)

        return api_key_hashes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("list[str] | None | Unset", data)


def _parse_filter_rules(data: object) -> None | ObservabilityFilterRulesConfigNullable | Unset:
    if data is None:
        return data
    if data is UNSET:
        return UNSET
    if ObservabilityFilterRulesConfigNullable._matches(data):
        try:
            filter_rules_type_0 = ObservabilityFilterRulesConfigNullable.from_dict(data)

            return filter_rules_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filter_rules_type_0 = ObservabilityFilterRulesConfigNullable.from_dict(data)

        return filter_rules_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast("None | ObservabilityFilterRulesConfigNullable | Unset", data)
