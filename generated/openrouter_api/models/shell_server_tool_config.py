from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_server_tool_engine import ShellServerToolEngine
from ..types import UNSET, FieldParseError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.container_auto_environment import ContainerAutoEnvironment
    from ..models.container_reference_environment import ContainerReferenceEnvironment

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ContainerAutoEnvironment, ContainerReferenceEnvironment
    if _lazy_imports_resolved:
        return
    from ..models.container_auto_environment import ContainerAutoEnvironment  # noqa: PLC0415
    from ..models.container_reference_environment import ContainerReferenceEnvironment  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ShellServerToolConfig")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"engine", "environment", "sleep_after_seconds"})


@_attrs_define(repr=False)
class ShellServerToolConfig:
    """Configuration for the openrouter:shell server tool

    Example:
        {'engine': 'openrouter', 'environment': {'type': 'container_auto'}}

    Attributes:
        engine (ShellServerToolEngine | Unset): Which shell engine to use. "openrouter" runs commands server-side in the
            OpenRouter sandbox. "auto" (default) keeps the provider's native hosted shell when available (OpenAI); on other
            providers the call is routed to the OpenRouter sandbox. Example: openrouter.
        environment (ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset): Server-side execution
            environment for the shell tool. Only container-backed environments are supported; "local" shells are not.
            Example: {'type': 'container_auto'}.
        sleep_after_seconds (int | Unset): How long (in seconds) the container stays warm after its last command before
            sleeping, freeing its capacity slot. Idle-based: each command renews the timer. Defaults to 900 (15 minutes);
            capped at 2592000 (30 days). Example: 900.
    """

    engine: ShellServerToolEngine | Unset = UNSET
    environment: ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset = UNSET
    sleep_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"engine={self.engine!r}, "
            f"environment={self.environment!r}, "
            f"sleep_after_seconds={self.sleep_after_seconds!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        engine: Any = self.engine
        if not (isinstance(engine, Unset) or engine is None):
            engine = engine.value

        environment: Any = self.environment
        if not (isinstance(environment, Unset) or environment is None):
            if isinstance(self.environment, ContainerAutoEnvironment):
                environment = self.environment.to_dict()
            else:
                environment = self.environment.to_dict()

        sleep_after_seconds: Any = self.sleep_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if engine is not UNSET:
            field_dict["engine"] = engine
        if environment is not UNSET:
            field_dict["environment"] = environment
        if sleep_after_seconds is not UNSET:
            field_dict["sleep_after_seconds"] = sleep_after_seconds

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ShellServerToolConfig and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "engine" in data and not ShellServerToolEngine.is_known(data["engine"]):
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
                    f"ShellServerToolConfig is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "engine"
            _raw_engine = d.get("engine", UNSET)
            engine: Any = _raw_engine
            if _raw_engine is not None and _raw_engine is not UNSET:
                engine = ShellServerToolEngine._value2member_map_.get(_raw_engine) or ShellServerToolEngine._parse(
                    _raw_engine
                )

            _field = "environment"
            _raw_environment = d.get("environment", UNSET)
            environment: Any = _raw_environment
            if _raw_environment is not None and _raw_environment is not UNSET:
                environment = _parse_environment(_raw_environment)

            sleep_after_seconds = d.get("sleep_after_seconds", UNSET)

        except FieldParseError as error:
            raise error.within("ShellServerToolConfig", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ShellServerToolConfig", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        shell_server_tool_config = cls(
            engine,
            environment,
            sleep_after_seconds,
        )

        if not _DECLARED_KEYS.issuperset(d):
            shell_server_tool_config.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return shell_server_tool_config

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


ShellServerToolConfig.__annotations__ = ResolvingAnnotations(
    ShellServerToolConfig.__annotations__, _resolve_lazy_imports
)


def _parse_environment(data: object) -> ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset:
    if data is UNSET:
        return UNSET
    if ContainerAutoEnvironment._matches(data):
        try:
            componentsschemas_shell_server_tool_environment_type_0 = ContainerAutoEnvironment.from_dict(data)

            return componentsschemas_shell_server_tool_environment_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ContainerReferenceEnvironment._matches(data):
        try:
            componentsschemas_shell_server_tool_environment_type_1 = ContainerReferenceEnvironment.from_dict(data)

            return componentsschemas_shell_server_tool_environment_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_shell_server_tool_environment_type_0 = ContainerAutoEnvironment.from_dict(data)

        return componentsschemas_shell_server_tool_environment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_shell_server_tool_environment_type_1 = ContainerReferenceEnvironment.from_dict(data)

    return componentsschemas_shell_server_tool_environment_type_1
