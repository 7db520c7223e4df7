from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shell_call_output_content_outcome_exit import ShellCallOutputContentOutcomeExit
    from ..models.shell_call_output_content_outcome_timeout import ShellCallOutputContentOutcomeTimeout

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ShellCallOutputContentOutcomeExit, ShellCallOutputContentOutcomeTimeout
    from ..models.shell_call_output_content_outcome_exit import ShellCallOutputContentOutcomeExit  # noqa: PLC0415
    from ..models.shell_call_output_content_outcome_timeout import ShellCallOutputContentOutcomeTimeout  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ShellCallOutputContent")


@_attrs_define
class ShellCallOutputContent:
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome.

    Example:
        {'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'total 0\\n'}

    Attributes:
        outcome (ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout):
        stderr (str):
        stdout (str):
    """

    outcome: ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        outcome: Any = self.outcome
        if not (isinstance(outcome, Unset) or outcome is None):
            if isinstance(self.outcome, ShellCallOutputContentOutcomeExit):
                outcome = self.outcome.to_dict()
            else:
                outcome = self.outcome.to_dict()

        stderr: Any = self.stderr

        stdout: Any = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of ShellCallOutputContent and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "outcome" not in data:
            return False
        if "stderr" not in data:
            return False
        if "stdout" not in data:
            return False
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        d = dict(src_dict)
        _raw_outcome = d.pop("outcome", UNSET)
        outcome: Any = _raw_outcome
        if _raw_outcome is not None and _raw_outcome is not UNSET:
            outcome = _parse_outcome(_raw_outcome)

        stderr = d.pop("stderr", UNSET)

        stdout = d.pop("stdout", UNSET)

        shell_call_output_content = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
        )

        shell_call_output_content.additional_properties = d
        return shell_call_output_content

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


def _parse_outcome(data: object) -> ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout:
    if ShellCallOutputContentOutcomeExit._matches(data):
        try:
            outcome_type_0 = ShellCallOutputContentOutcomeExit.from_dict(data)

            return outcome_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if ShellCallOutputContentOutcomeTimeout._matches(data):
        try:
            outcome_type_1 = ShellCallOutputContentOutcomeTimeout.from_dict(data)

            return outcome_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        outcome_type_0 = ShellCallOutputContentOutcomeExit.from_dict(data)

        return outcome_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    outcome_type_1 = ShellCallOutputContentOutcomeTimeout.from_dict(data)

    return outcome_type_1
