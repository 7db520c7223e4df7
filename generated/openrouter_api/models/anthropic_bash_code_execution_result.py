from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_bash_code_execution_result_type import AnthropicBashCodeExecutionResultType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_bash_code_execution_output import AnthropicBashCodeExecutionOutput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicBashCodeExecutionOutput
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_bash_code_execution_output import AnthropicBashCodeExecutionOutput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicBashCodeExecutionResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "return_code", "stderr", "stdout", "type"})


@_attrs_define(repr=False)
class AnthropicBashCodeExecutionResult:
    """
    Example:
        {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'bash_code_execution_result'}

    Attributes:
        content (list[AnthropicBashCodeExecutionOutput]):
        return_code (int):
        stderr (str):
        stdout (str):
        type_ (AnthropicBashCodeExecutionResultType):
    """

    _content: list[AnthropicBashCodeExecutionOutput] = _attrs_field(alias="content")
    _return_code: int = _attrs_field(alias="return_code")
    _stderr: str = _attrs_field(alias="stderr")
    _stdout: str = _attrs_field(alias="stdout")
    _type_: AnthropicBashCodeExecutionResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[AnthropicBashCodeExecutionOutput]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicBashCodeExecutionResult", "content")
        return value

    @content.setter
    def content(self, value: list[AnthropicBashCodeExecutionOutput]) -> None:
        self._content = value

    @property
    def return_code(self) -> int:
        value: Any = self._return_code
        if value is UNSET:
            raise MissingFieldError("AnthropicBashCodeExecutionResult", "return_code")
        return value

    @return_code.setter
    def return_code(self, value: int) -> None:
        self._return_code = value

    @property
    def stderr(self) -> str:
        value: Any = self._stderr
        if value is UNSET:
            raise MissingFieldError("AnthropicBashCodeExecutionResult", "stderr")
        return value

    @stderr.setter
    def stderr(self, value: str) -> None:
        self._stderr = value

    @property
    def stdout(self) -> str:
        value: Any = self._stdout
        if value is UNSET:
            raise MissingFieldError("AnthropicBashCodeExecutionResult", "stdout")
        return value

    @stdout.setter
    def stdout(self, value: str) -> None:
        self._stdout = value

    @property
    def type_(self) -> AnthropicBashCodeExecutionResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicBashCodeExecutionResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicBashCodeExecutionResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"return_code={self._return_code!r}, "
            f"stderr={self._stderr!r}, "
            f"stdout={self._stdout!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self._content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        return_code: Any = self._return_code

        stderr: Any = self._stderr

        stdout: Any = self._stdout

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if return_code is not UNSET:
            field_dict["return_code"] = return_code
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicBashCodeExecutionResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "return_code" not in data:
            return False
        if "stderr" not in data:
            return False
        if "stdout" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicBashCodeExecutionResultType.is_known(data["type"]):
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
                    f"AnthropicBashCodeExecutionResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = [
                    AnthropicBashCodeExecutionOutput.from_dict(content_item_data) for content_item_data in _raw_content
                ]

            return_code = d.get("return_code", UNSET)

            stderr = d.get("stderr", UNSET)

            stdout = d.get("stdout", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicBashCodeExecutionResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicBashCodeExecutionResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicBashCodeExecutionResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicBashCodeExecutionResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_bash_code_execution_result = cls(
            content,
            return_code,
            stderr,
            stdout,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_bash_code_execution_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_bash_code_execution_result

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


AnthropicBashCodeExecutionResult.__annotations__ = ResolvingAnnotations(
    AnthropicBashCodeExecutionResult.__annotations__, _resolve_lazy_imports
)
