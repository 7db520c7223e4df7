from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.shell_call_output_content_outcome_exit import ShellCallOutputContentOutcomeExit
    from ..models.shell_call_output_content_outcome_timeout import ShellCallOutputContentOutcomeTimeout

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, ShellCallOutputContentOutcomeExit, ShellCallOutputContentOutcomeTimeout
    if _lazy_imports_resolved:
        return
    from ..models.shell_call_output_content_outcome_exit import ShellCallOutputContentOutcomeExit  # noqa: PLC0415
    from ..models.shell_call_output_content_outcome_timeout import ShellCallOutputContentOutcomeTimeout  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="ShellCallOutputContent")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"outcome", "stderr", "stdout"})


@_attrs_define(repr=False)
class ShellCallOutputContent:
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome.

    Example:
        {'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'total 0\\n'}

    Attributes:
        outcome (ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout):
        stderr (str):
        stdout (str):
    """

    _outcome: ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout = _attrs_field(alias="outcome")
    _stderr: str = _attrs_field(alias="stderr")
    _stdout: str = _attrs_field(alias="stdout")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def outcome(self) -> ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout:
        value: Any = self._outcome
        if value is UNSET:
            raise MissingFieldError("ShellCallOutputContent", "outcome")
        return value

    @outcome.setter
    def outcome(self, value: ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout) -> None:
        self._outcome = value

    @property
    def stderr(self) -> str:
        value: Any = self._stderr
        if value is UNSET:
            raise MissingFieldError("ShellCallOutputContent", "stderr")
        return value

    @stderr.setter
    def stderr(self, value: str) -> None:
        self._stderr = value

    @property
    def stdout(self) -> str:
        value: Any = self._stdout
        if value is UNSET:
            raise MissingFieldError("ShellCallOutputContent", "stdout")
        return value

    @stdout.setter
    def stdout(self, value: str) -> None:
        self._stdout = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"outcome={self._outcome!r}, "
            f"stderr={self._stderr!r}, "
            f"stdout={self._stdout!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        outcome: Any = self._outcome
        if not (isinstance(outcome, Unset) or outcome is None):
            if isinstance(self._outcome, ShellCallOutputContentOutcomeExit):
                outcome = self._outcome.to_dict()
            else:
                outcome = self._outcome.to_dict()

        stderr: Any = self._stderr

        stdout: Any = self._stdout

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
        if type(src_dict) is dict:
            d = src_dict
        else:
            try:
                d = dict(src_dict)
            except (TypeError, ValueError):
                raise TypeError(
                    f"ShellCallOutputContent is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "outcome"
            _raw_outcome = d.get("outcome", UNSET)
            outcome: Any = _raw_outcome
            if _raw_outcome is not None and _raw_outcome is not UNSET:
                outcome = _parse_outcome(_raw_outcome)

            stderr = d.get("stderr", UNSET)

            stdout = d.get("stdout", UNSET)

        except FieldParseError as error:
            raise error.within("ShellCallOutputContent", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("ShellCallOutputContent", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        shell_call_output_content = cls(
            outcome,
            stderr,
            stdout,
        )

        if not _DECLARED_KEYS.issuperset(d):
            shell_call_output_content.additional_properties = {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
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


ShellCallOutputContent.__annotations__ = ResolvingAnnotations(
    ShellCallOutputContent.__annotations__, _resolve_lazy_imports
)


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
