from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, Unset

T = TypeVar("T", bound="OutputShellCallItemAction")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"commands", "max_output_length", "timeout_ms"})


@_attrs_define(repr=False)
class OutputShellCallItemAction:
    """
    Attributes:
        commands (list[str]):
        max_output_length (int | None):
        timeout_ms (int | None):
    """

    _commands: list[str] = _attrs_field(alias="commands")
    _max_output_length: int | None = _attrs_field(alias="max_output_length")
    _timeout_ms: int | None = _attrs_field(alias="timeout_ms")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def commands(self) -> list[str]:
        value: Any = self._commands
        if value is UNSET:
            raise MissingFieldError("OutputShellCallItemAction", "commands")
        return value

    @commands.setter
    def commands(self, value: list[str]) -> None:
        self._commands = value

    @property
    def max_output_length(self) -> int | None:
        value: Any = self._max_output_length
        if value is UNSET:
            raise MissingFieldError("OutputShellCallItemAction", "max_output_length")
        return value

    @max_output_length.setter
    def max_output_length(self, value: int | None) -> None:
        self._max_output_length = value

    @property
    def timeout_ms(self) -> int | None:
        value: Any = self._timeout_ms
        if value is UNSET:
            raise MissingFieldError("OutputShellCallItemAction", "timeout_ms")
        return value

    @timeout_ms.setter
    def timeout_ms(self, value: int | None) -> None:
        self._timeout_ms = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"commands={self._commands!r}, "
            f"max_output_length={self._max_output_length!r}, "
            f"timeout_ms={self._timeout_ms!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        commands: Any = self._commands
        if not (isinstance(commands, Unset) or commands is None):
            commands = self._commands

        max_output_length: Any = self._max_output_length

        timeout_ms: Any = self._timeout_ms

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
        """True if data is an object with every required key of OutputShellCallItemAction and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "commands" not in data:
            return False
        if "max_output_length" not in data:
            return False
        if "timeout_ms" not in data:
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
                    f"OutputShellCallItemAction is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
            raise error.within("OutputShellCallItemAction", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("OutputShellCallItemAction", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        output_shell_call_item_action = cls(
            commands,
            max_output_length,
            timeout_ms,
        )

        if not _DECLARED_KEYS.issuperset(d):
            output_shell_call_item_action.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return output_shell_call_item_action

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
