from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_encrypted_code_execution_result_type import AnthropicEncryptedCodeExecutionResultType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call; an import statement in every call cost ~4 us each (13 on the chat chunk -> choice -> delta path).
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global _lazy_imports_resolved, AnthropicCodeExecutionOutput
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicEncryptedCodeExecutionResult")


@_attrs_define
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

    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type_: AnthropicEncryptedCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self.content
        if not (isinstance(content, Unset) or content is None):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        encrypted_stdout: Any = self.encrypted_stdout

        return_code: Any = self.return_code

        stderr: Any = self.stderr

        type_: Any = self.type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self.type_.value

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
        d = dict(src_dict)
        _raw_content = d.pop("content", UNSET)
        content: Any = _raw_content
        if _raw_content is not None and _raw_content is not UNSET:
            content = []
            _content = _raw_content
            for content_item_data in _content:
                content_item = AnthropicCodeExecutionOutput.from_dict(content_item_data)

                content.append(content_item)

        encrypted_stdout = d.pop("encrypted_stdout", UNSET)

        return_code = d.pop("return_code", UNSET)

        stderr = d.pop("stderr", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        type_: Any = _raw_type_
        if _raw_type_ is not None and _raw_type_ is not UNSET:
            type_ = AnthropicEncryptedCodeExecutionResultType._parse(_raw_type_)

        anthropic_encrypted_code_execution_result = cls(
            content=content,
            encrypted_stdout=encrypted_stdout,
            return_code=return_code,
            stderr=stderr,
            type_=type_,
        )

        anthropic_encrypted_code_execution_result.additional_properties = d
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
