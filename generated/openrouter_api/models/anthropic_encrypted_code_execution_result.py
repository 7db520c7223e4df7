from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_encrypted_code_execution_result_type import AnthropicEncryptedCodeExecutionResultType
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCodeExecutionOutput
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicEncryptedCodeExecutionResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "encrypted_stdout", "return_code", "stderr", "type"})


@_attrs_define(repr=False)
class AnthropicEncryptedCodeExecutionResult:
    """
    Example:
        {'content': [], 'encrypted_stdout': 'enc_stdout', 'return_code': 0, 'stderr': '', 'type':
            'encrypted_code_execution_result'}

    Attributes:
        content (list[AnthropicCodeExecutionOutput]):
        encrypted_stdout (str):
        return_code (int):
        stderr (str):
        type_ (AnthropicEncryptedCodeExecutionResultType):
    """

    _content: list[AnthropicCodeExecutionOutput] = _attrs_field(alias="content")
    _encrypted_stdout: str = _attrs_field(alias="encrypted_stdout")
    _return_code: int = _attrs_field(alias="return_code")
    _stderr: str = _attrs_field(alias="stderr")
    _type_: AnthropicEncryptedCodeExecutionResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(self) -> list[AnthropicCodeExecutionOutput]:
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicEncryptedCodeExecutionResult", "content")
        return value

    @content.setter
    def content(self, value: list[AnthropicCodeExecutionOutput]) -> None:
        self._content = value

    @property
    def encrypted_stdout(self) -> str:
        value: Any = self._encrypted_stdout
        if value is UNSET:
            raise MissingFieldError("AnthropicEncryptedCodeExecutionResult", "encrypted_stdout")
        return value

    @encrypted_stdout.setter
    def encrypted_stdout(self, value: str) -> None:
        self._encrypted_stdout = value

    @property
    def return_code(self) -> int:
        value: Any = self._return_code
        if value is UNSET:
            raise MissingFieldError("AnthropicEncryptedCodeExecutionResult", "return_code")
        return value

    @return_code.setter
    def return_code(self, value: int) -> None:
        self._return_code = value

    @property
    def stderr(self) -> str:
        value: Any = self._stderr
        if value is UNSET:
            raise MissingFieldError("AnthropicEncryptedCodeExecutionResult", "stderr")
        return value

    @stderr.setter
    def stderr(self, value: str) -> None:
        self._stderr = value

    @property
    def type_(self) -> AnthropicEncryptedCodeExecutionResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicEncryptedCodeExecutionResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicEncryptedCodeExecutionResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"encrypted_stdout={self._encrypted_stdout!r}, "
            f"return_code={self._return_code!r}, "
            f"stderr={self._stderr!r}, "
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

        encrypted_stdout: Any = self._encrypted_stdout

        return_code: Any = self._return_code

        stderr: Any = self._stderr

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_stdout is not UNSET:
            field_dict["encrypted_stdout"] = encrypted_stdout
        if return_code is not UNSET:
            field_dict["return_code"] = return_code
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicEncryptedCodeExecutionResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "encrypted_stdout" not in data:
            return False
        if "return_code" not in data:
            return False
        if "stderr" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicEncryptedCodeExecutionResultType.is_known(data["type"]):
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
                    f"AnthropicEncryptedCodeExecutionResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
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
                    AnthropicCodeExecutionOutput.from_dict(content_item_data) for content_item_data in _raw_content
                ]

            encrypted_stdout = d.get("encrypted_stdout", UNSET)

            return_code = d.get("return_code", UNSET)

            stderr = d.get("stderr", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicEncryptedCodeExecutionResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicEncryptedCodeExecutionResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicEncryptedCodeExecutionResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicEncryptedCodeExecutionResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_encrypted_code_execution_result = cls(
            content,
            encrypted_stdout,
            return_code,
            stderr,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_encrypted_code_execution_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_encrypted_code_execution_result

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


AnthropicEncryptedCodeExecutionResult.__annotations__ = ResolvingAnnotations(
    AnthropicEncryptedCodeExecutionResult.__annotations__, _resolve_lazy_imports
)
