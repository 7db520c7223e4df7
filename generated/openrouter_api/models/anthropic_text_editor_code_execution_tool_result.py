from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_tool_result_type import (
    AnthropicTextEditorCodeExecutionToolResultType,
)
from ..types import UNSET, FieldParseError, MissingFieldError, ResolvingAnnotations, Unset

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_create_result import AnthropicTextEditorCodeExecutionCreateResult
    from ..models.anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,
    )
    from ..models.anthropic_text_editor_code_execution_view_result import AnthropicTextEditorCodeExecutionViewResult

# The models above are imported on first use, not with this module: importing one model (or the package) stays
# cheap, and models that refer to each other import fine. They are bound here once, by the first from_dict /
# to_dict call, because an import statement in every call is costly on the hot parse path.
_lazy_imports_resolved = False


def _resolve_lazy_imports() -> None:
    global \
        _lazy_imports_resolved, \
        AnthropicTextEditorCodeExecutionCreateResult, \
        AnthropicTextEditorCodeExecutionStrReplaceResult, \
        AnthropicTextEditorCodeExecutionToolResultError, \
        AnthropicTextEditorCodeExecutionViewResult
    if _lazy_imports_resolved:
        return
    from ..models.anthropic_text_editor_code_execution_create_result import AnthropicTextEditorCodeExecutionCreateResult  # noqa: PLC0415
    from ..models.anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,  # noqa: PLC0415
    )
    from ..models.anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,  # noqa: PLC0415
    )
    from ..models.anthropic_text_editor_code_execution_view_result import AnthropicTextEditorCodeExecutionViewResult  # noqa: PLC0415

    _lazy_imports_resolved = True


T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionToolResult")

# The JSON keys of the declared properties; every other key of a parsed object goes to additional_properties.
_DECLARED_KEYS: frozenset[str] = frozenset({"content", "tool_use_id", "type"})


@_attrs_define(repr=False)
class AnthropicTextEditorCodeExecutionToolResult:
    """
    Example:
        {'content': {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines':
            10, 'type': 'text_editor_code_execution_view_result'}, 'tool_use_id': 'srvtoolu_01abc', 'type':
            'text_editor_code_execution_tool_result'}

    Attributes:
        content (AnthropicTextEditorCodeExecutionCreateResult | AnthropicTextEditorCodeExecutionStrReplaceResult |
            AnthropicTextEditorCodeExecutionToolResultError | AnthropicTextEditorCodeExecutionViewResult):  Example:
            {'content': 'file content', 'file_type': 'text', 'num_lines': 10, 'start_line': 1, 'total_lines': 10, 'type':
            'text_editor_code_execution_view_result'}.
        tool_use_id (str):
        type_ (AnthropicTextEditorCodeExecutionToolResultType):
    """

    _content: (
        AnthropicTextEditorCodeExecutionCreateResult
        | AnthropicTextEditorCodeExecutionStrReplaceResult
        | AnthropicTextEditorCodeExecutionToolResultError
        | AnthropicTextEditorCodeExecutionViewResult
    ) = _attrs_field(alias="content")
    _tool_use_id: str = _attrs_field(alias="tool_use_id")
    _type_: AnthropicTextEditorCodeExecutionToolResultType = _attrs_field(alias="type_")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def content(
        self,
    ) -> (
        AnthropicTextEditorCodeExecutionCreateResult
        | AnthropicTextEditorCodeExecutionStrReplaceResult
        | AnthropicTextEditorCodeExecutionToolResultError
        | AnthropicTextEditorCodeExecutionViewResult
    ):
        value: Any = self._content
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionToolResult", "content")
        return value

    @content.setter
    def content(
        self,
        value: AnthropicTextEditorCodeExecutionCreateResult
        | AnthropicTextEditorCodeExecutionStrReplaceResult
        | AnthropicTextEditorCodeExecutionToolResultError
        | AnthropicTextEditorCodeExecutionViewResult,
    ) -> None:
        self._content = value

    @property
    def tool_use_id(self) -> str:
        value: Any = self._tool_use_id
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionToolResult", "tool_use_id")
        return value

    @tool_use_id.setter
    def tool_use_id(self, value: str) -> None:
        self._tool_use_id = value

    @property
    def type_(self) -> AnthropicTextEditorCodeExecutionToolResultType:
        value: Any = self._type_
        if value is UNSET:
            raise MissingFieldError("AnthropicTextEditorCodeExecutionToolResult", "type")
        return value

    @type_.setter
    def type_(self, value: AnthropicTextEditorCodeExecutionToolResultType) -> None:
        self._type_ = value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}("
            f"content={self._content!r}, "
            f"tool_use_id={self._tool_use_id!r}, "
            f"type_={self._type_!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_resolved:
            _resolve_lazy_imports()
        content: Any = self._content
        if not (isinstance(content, Unset) or content is None):
            if isinstance(self._content, AnthropicTextEditorCodeExecutionToolResultError):
                content = self._content.to_dict()
            elif isinstance(self._content, AnthropicTextEditorCodeExecutionViewResult):
                content = self._content.to_dict()
            elif isinstance(self._content, AnthropicTextEditorCodeExecutionCreateResult):
                content = self._content.to_dict()
            else:
                content = self._content.to_dict()

        tool_use_id: Any = self._tool_use_id

        type_: Any = self._type_
        if not (isinstance(type_, Unset) or type_ is None):
            type_ = self._type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if content is not UNSET:
            field_dict["content"] = content
        if tool_use_id is not UNSET:
            field_dict["tool_use_id"] = tool_use_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _matches(cls, data: object) -> TypeGuard[Mapping[str, Any]]:
        """True if data is an object with every required key of AnthropicTextEditorCodeExecutionToolResult and its fixed values."""
        if not isinstance(data, Mapping):
            return False
        if "content" not in data:
            return False
        if "tool_use_id" not in data:
            return False
        if "type" not in data:
            return False
        if "type" in data and not AnthropicTextEditorCodeExecutionToolResultType.is_known(data["type"]):
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
                    f"AnthropicTextEditorCodeExecutionToolResult is built from a JSON object, not {type(src_dict).__name__} {src_dict!r:.80}"
                ) from None
        # A value that cannot be built into its declared type (a string where the spec has a list of objects, ...)
        # raises FieldParseError naming the model and the field, instead of a bare error from deep inside.
        _field = ""
        try:
            _field = "content"
            _raw_content = d.get("content", UNSET)
            content: Any = _raw_content
            if _raw_content is not None and _raw_content is not UNSET:
                content = _parse_content(_raw_content)

            tool_use_id = d.get("tool_use_id", UNSET)

            _field = "type"
            _raw_type_ = d.get("type", UNSET)
            type_: Any = _raw_type_
            if _raw_type_ is not None and _raw_type_ is not UNSET:
                type_ = AnthropicTextEditorCodeExecutionToolResultType._value2member_map_.get(
                    _raw_type_
                ) or AnthropicTextEditorCodeExecutionToolResultType._parse(_raw_type_)

        except FieldParseError as error:
            raise error.within("AnthropicTextEditorCodeExecutionToolResult", _field) from None
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise FieldParseError.at("AnthropicTextEditorCodeExecutionToolResult", _field, error) from error
        # Positional, in the order the attributes are declared above (cheaper than keywords on the hot parse path).
        anthropic_text_editor_code_execution_tool_result = cls(
            content,
            tool_use_id,
            type_,
        )

        if not _DECLARED_KEYS.issuperset(d):
            anthropic_text_editor_code_execution_tool_result.additional_properties = {
                k: v for k, v in d.items() if k not in _DECLARED_KEYS
            }
        return anthropic_text_editor_code_execution_tool_result

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


AnthropicTextEditorCodeExecutionToolResult.__annotations__ = ResolvingAnnotations(
    AnthropicTextEditorCodeExecutionToolResult.__annotations__, _resolve_lazy_imports
)


def _parse_content(
    data: object,
) -> (
    AnthropicTextEditorCodeExecutionCreateResult
    | AnthropicTextEditorCodeExecutionStrReplaceResult
    | AnthropicTextEditorCodeExecutionToolResultError
    | AnthropicTextEditorCodeExecutionViewResult
):
    if AnthropicTextEditorCodeExecutionToolResultError._matches(data):
        try:
            componentsschemas_anthropic_text_editor_code_execution_content_type_0 = (
                AnthropicTextEditorCodeExecutionToolResultError.from_dict(data)
            )

            return componentsschemas_anthropic_text_editor_code_execution_content_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicTextEditorCodeExecutionViewResult._matches(data):
        try:
            componentsschemas_anthropic_text_editor_code_execution_content_type_1 = (
                AnthropicTextEditorCodeExecutionViewResult.from_dict(data)
            )

            return componentsschemas_anthropic_text_editor_code_execution_content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicTextEditorCodeExecutionCreateResult._matches(data):
        try:
            componentsschemas_anthropic_text_editor_code_execution_content_type_2 = (
                AnthropicTextEditorCodeExecutionCreateResult.from_dict(data)
            )

            return componentsschemas_anthropic_text_editor_code_execution_content_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if AnthropicTextEditorCodeExecutionStrReplaceResult._matches(data):
        try:
            componentsschemas_anthropic_text_editor_code_execution_content_type_3 = (
                AnthropicTextEditorCodeExecutionStrReplaceResult.from_dict(data)
            )

            return componentsschemas_anthropic_text_editor_code_execution_content_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_editor_code_execution_content_type_0 = (
            AnthropicTextEditorCodeExecutionToolResultError.from_dict(data)
        )

        return componentsschemas_anthropic_text_editor_code_execution_content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_editor_code_execution_content_type_1 = (
            AnthropicTextEditorCodeExecutionViewResult.from_dict(data)
        )

        return componentsschemas_anthropic_text_editor_code_execution_content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_anthropic_text_editor_code_execution_content_type_2 = (
            AnthropicTextEditorCodeExecutionCreateResult.from_dict(data)
        )

        return componentsschemas_anthropic_text_editor_code_execution_content_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_anthropic_text_editor_code_execution_content_type_3 = (
        AnthropicTextEditorCodeExecutionStrReplaceResult.from_dict(data)
    )

    return componentsschemas_anthropic_text_editor_code_execution_content_type_3
