from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_item_action_type import LocalShellCallItemActionType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action_env import LocalShellCallItemActionEnv

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, LocalShellCallItemActionEnv
    if _lazy_imports_resolved:
        return
    from ..models.local_shell_call_item_action_env import LocalShellCallItemActionEnv  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="LocalShellCallItemAction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"command", "env", "type", "timeout_ms", "user", "working_directory"})


@_attrs_define(repr=False)
class LocalShellCallItemAction:
    """
    Attributes:
        command (list[str]):
        env (LocalShellCallItemActionEnv):
        type_ (LocalShellCallItemActionType):
        timeout_ms (int | None | Unset):
        user (None | str | Unset):
        working_directory (None | str | Unset):
    """

    _command: list[str] = _attrs_field(alias="command")
    _env: LocalShellCallItemActionEnv = _attrs_field(alias="env")
    _type_: LocalShellCallItemActionType = _attrs_field(alias="type_")
    timeout_ms: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def command(self) -> list[str]:
        value: Any = self._command
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItemAction", "command")
        return value

    @command.setter
    def command(self, value: list[str]) -> None:
        self._command = value

    @property
    def env(self) -> LocalShellCallItemActionEnv:
        value: Any = self._env
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItemAction", "env")
        return value

    @env.setter
    def env(self, value: LocalShellCallItemActionEnv) -> None:
        self._env = value

    @property
    def type_(self) -> LocalShellCallItemActionType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("LocalShellCallItemAction", "type")
        return value

    @type_.setter
    def type_(self, value: LocalShellCallItemActionType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"command={self._command!r}, "
            f"env={self._env!r}, "
            f"type_={self._type_!r}, "
            f"timeout_ms={self.timeout_ms!r}, "
            f"user={self.user!r}, "
            f"working_directory={self.working_directory!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        command: Any = self._command
        if not (isinstance(command, Unset) or command is None):
            command = self._command

        env: Any = self._env
        if not (isinstance(env, Unset) or env is None):
            env = self._env.to_dict()

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        timeout_ms: Any = self.timeout_ms

        user: Any = self.user

        working_directory: Any = self.working_directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if command is not UNSET:
            field_dict["command"] = command
        if env is not UNSET:
            field_dict["env"] = env
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if user is not UNSET:
            field_dict["user"] = user
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of LocalShellCallItemAction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "command" not in data:
            return False
        if "env" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not LocalShellCallItemActionType.is_known(data["type"]):
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
                    f"LocalShellCallItemAction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "command"
            _raw_command = d.get("command", UNSET)
            command: Any = _raw_command
            if _raw_command is not None and _raw_command is not UNSET:
                command = cast("list[str]", _raw_command)

            _field = "env"
            _raw_env = d.get("env", UNSET)
            env: Any = _raw_env
            if _raw_env is not None and _raw_env is not UNSET:
                env = LocalShellCallItemActionEnv.from_dict(_raw_env)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = LocalShellCallItemActionType._value2member_map_.get(
                    _raw_type_
                ) or LocalShellCallItemActionType._parse(_raw_type_)

            timeout_ms = d.get("timeout_ms", UNSET)

            user = d.get("user", UNSET)

            working_directory = d.get("working_directory", UNSET)

        except FieldParseError as error:
            raise error.within("LocalShellCallItemAction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("LocalShellCallItemAction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        local_shell_call_item_action = cls(
            command,
            env,
            type_,
            timeout_ms,
            user,
            working_directory,
        )

        if not _DECLARED_KEYS.issuperset(d):
            local_shell_call_item_action.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return local_shell_call_item_action

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


LocalShellCallItemAction.__annotations__ = ResolvingAnnotations(
    LocalShellCallItemAction.__annotations__, _resolve_lazy_imports
)
