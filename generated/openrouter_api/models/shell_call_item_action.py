from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="ShellCallItemAction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"commands", "max_output_length", "timeout_ms"})


@_attrs_define(repr=False)
class ShellCallItemAction:
    """
    Attributes:
        commands (list[str]):
        max_output_length (int | None | Unset):
        timeout_ms (int | None | Unset):
    """

    _commands: list[str] = _attrs_field(alias="commands")
    max_output_length: int | None | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def commands(self) -> list[str]:
        value: Any = self._commands
        if value is UNSET:
            raise MissingFieldError("ShellCallItemAction", "commands")
        return value

    @commands.setter
    def commands(self, value: list[str]) -> None:
        self._commands = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"commands={self._commands!r}, "
            f"max_output_length={self.max_output_length!r}, "
            f"timeout_ms={self.timeout_ms!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        commands: Any = self._commands
        if not (isinstance(commands, Unset) or commands is None):
            commands = self._commands

        max_output_length: Any = self.max_output_length

        timeout_ms: Any = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if commands is not UNSET:
            field_dict["commands"] = commands
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ShellCallItemAction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "commands" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ShellCallItemAction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "commands"
            _raw_commands = d.get("commands", UNSET)
            commands: Any = _raw_commands
            if _raw_commands is not None and _raw_commands is not UNSET:
                commands = cast("list[str]", _raw_commands)

            max_output_length = d.get("max_output_length", UNSET)

            timeout_ms = d.get("timeout_ms", UNSET)

        except FieldParseError as error:
            raise error.within("ShellCallItemAction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ShellCallItemAction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        shell_call_item_action = cls(
            commands,
            max_output_length,
            timeout_ms,
        )

        if not _DECLARED_KEYS.issuperset(d):
            shell_call_item_action.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        return shell_call_item_action

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
